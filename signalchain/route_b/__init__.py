"""Route B: signals employees submit, from intake to feedback (docs/SPEC.md section 6).

A plain library, no Dagster: the lifecycle (lifecycle.py), the quality check (quality.py), duplicates
(duplicates.py), the taxonomy link (signals.py), impact and effect (impact.py), the business case
(business_case.py), the issue register (register.py), the feedback drafts (feedback.py, dutch.py), and
the warehouse reads and writes that tie them together (tables.py). assets/route_b.py calls them.
"""
