"""Personal data out of what leaves the warehouse: redaction of free text (`privacy.redaction`, one
module per kind of data), keyed pseudonyms of customer ids, and the dbt plugin that registers them
as SQL functions."""
