{#-
    The latest version per id. Raw tables keep every delivered version of a row; the latest is the
    one ingested last (`_ingested_at`), then from the file that sorts last (`_file_name`), then the
    one furthest down that file (`_line`). Written as a QUALIFY clause:

        select * from source {{ latest_version('call_id') }}

    `key` is the id (one column or a comma-separated list). `tie_breaker` replaces the last order
    term: int_contacts_signals_assigned takes the latest label per contact with `label_key` as the
    tie-breaker. Python reads the staging models, never raw tables, so this is the rule's one place.
-#}
{% macro latest_version(key, tie_breaker='_line desc') -%}
    qualify row_number() over (
        partition by {{ key }}
        order by _ingested_at desc, _file_name desc, {{ tie_breaker }}
    ) = 1
{%- endmacro %}
