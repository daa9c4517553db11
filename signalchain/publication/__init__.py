"""The BI publication: a read-only copy of the marts that BI tools open, swapped in atomically after
each night whose blocking checks passed (no Dagster here; assets/publication.py calls it).

catalog.py reads dbt's manifest (which tables, their docs and keys), types.py the published type
of each column, views.py the views with names joined, build.py writes the database, manifest.py
the facts of the night, layout.py the files and the swap, night.py puts them together.
"""
