"""Personal data out of what leaves the warehouse: redaction of free text, keyed pseudonyms of
customer ids, and the dbt plugin that registers both as SQL functions."""
