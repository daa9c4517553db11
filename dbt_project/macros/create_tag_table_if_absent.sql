{#-
    The classifier's output table is written by a Python asset (docs/ARCHITECTURE.md). Creating it
    empty when absent lets the marts build before any classifier exists: signals then come from
    labels and wrap-up codes only.

    The table is defined once, as the dbt source ml.contact_signal_tags
    (models/ml/_ml__sources.yml): its schema, name and columns with their data_type, in order.
    These macros read that definition from the `graph` context variable; ml/tag_table.py reads the
    same yml for Python. A source column without a data_type fails the run. Two on-run-start hooks,
    the schema and then the table, since Spark runs one statement per hook.
-#}
{% macro tag_source() -%}
    {%- set source_id = 'source.' ~ project_name ~ '.ml.contact_signal_tags' -%}
    {%- set tags_source = graph.sources[source_id] -%}
    {%- if not tags_source.columns -%}
        {{ exceptions.raise_compiler_error(source_id ~ ' lists no columns in models/ml/_ml__sources.yml') }}
    {%- endif -%}
    {%- for column in tags_source.columns.values() if not column.data_type -%}
        {{ exceptions.raise_compiler_error(source_id ~ ': column ' ~ column.name ~ ' has no data_type') }}
    {%- endfor -%}
    {{ return(tags_source) }}
{%- endmacro %}

{% macro create_tag_schema_if_absent() -%}
    {%- if execute %}
    create schema if not exists {{ tag_source().schema }}
    {%- endif -%}
{%- endmacro %}

{% macro create_tag_table_if_absent() -%}
    {%- if execute -%}
    {{ adapter.dispatch('create_tag_table_if_absent', 'signalchain')(tag_source()) }}
    {%- endif -%}
{%- endmacro %}

{#- DuckDB also adds the columns a table created by an older version lacks. -#}
{% macro default__create_tag_table_if_absent(tags_source) -%}
    {%- set columns = tags_source.columns.values() | list %}
    create table if not exists {{ tags_source.schema }}.{{ tags_source.identifier }} (
        {%- for column in columns %}
        {{ column.name }} {{ column.data_type }}{{ "," if not loop.last }}
        {%- endfor %}
    );
    {%- for column in columns %}
    alter table {{ tags_source.schema }}.{{ tags_source.identifier }}
        add column if not exists {{ column.name }} {{ column.data_type }}{{ ";" if not loop.last }}
    {%- endfor %}
{%- endmacro %}

{% macro spark__create_tag_table_if_absent(tags_source) -%}
    create table if not exists {{ tags_source.schema }}.{{ tags_source.identifier }} (
        {%- for column in tags_source.columns.values() %}
        {{ column.name }} {{ spark_type(column.data_type) }}{{ "," if not loop.last }}
        {%- endfor %}
    ) using {{ env_var('SIGNALCHAIN_SPARK_FILE_FORMAT') }}
{%- endmacro %}
