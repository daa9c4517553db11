{#-
    The WHERE clause of an incremental staging model's raw source: on a following night only the
    versions ingested after the latest one already staged (the ingest watermark `_ingested_at`),
    plus every version of the ids inside the backfill window (macro in_backfill_window). A first
    build or `--full-refresh` reads all versions. Ingest writes a file's rows in one statement with
    one `_ingested_at`, and dbt runs after it, so a strictly later watermark misses nothing.

    `occurred_at` is the column that dates the row; undated sources (labels, customers) pass none
    and are restaged whole when a backfill window is set.

        select * from {{ source('raw', 'calls') }}
        {{ new_versions_only(source('raw', 'calls'), 'call_id', 'started_at') }}
-#}
{% macro new_versions_only(relation, key, occurred_at=none) -%}
    {%- if is_incremental() %}
    where _ingested_at > (select coalesce(max(_ingested_at), {{ earliest_instant() }}) from {{ this }})
        {%- if backfill_window_is_set() %}
        {%- if occurred_at %}
        or {{ key }} in (
            select {{ key }} from {{ relation }}
            where {{ in_backfill_window(local_date(occurred_at)) }}
        )
        {%- else %}
        or true
        {%- endif %}
        {%- endif %}
    {%- endif %}
{%- endmacro %}

{#- When a row was last written by dbt: the lineage column of every incremental model. -#}
{% macro loaded_at() -%}
    current_timestamp
{%- endmacro %}

{#- The time of the previous build of this incremental model: the last `column` it wrote. -#}
{% macro last_build(column='_loaded_at') -%}
    (select coalesce(max({{ column }}), {{ earliest_instant() }}) from {{ this }})
{%- endmacro %}
