"""Composing free text (mails, call notes, complaints, survey comments) from the phrase banks.

Composition is vectorised where it matters: random choices are numpy index arrays into
pre-built phrase lists; only slot filling, typos and final joins are per-text Python.
"""
