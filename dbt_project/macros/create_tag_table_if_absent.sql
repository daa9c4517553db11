{#-
    The classifier's output table is written by a Python asset (docs/ARCHITECTURE.md). Creating it
    empty when absent lets the marts build before any classifier exists: signals then come from
    labels and wrap-up codes only.

    The table is defined once, as the dbt source ml.contact_signal_tags
    (models/ml/_ml__sources.yml): its schema, name and columns with their data_type, in order.
    This macro reads that definition from the `graph` context variable; ml/tag_table.py reads the
    same yml for the Python side. A source column without a data_type fails the run.
-#}
{% macro create_tag_table_if_absent() -%}
    {%- if execute -%}
        {%- set source_id = 'source.' ~ project_name ~ '.ml.contact_signal_tags' -%}
        {%- set tags_source = graph.sources[source_id] -%}
        {%- set columns = tags_source.columns.values() | list -%}
        {%- if not columns -%}
            {{ exceptions.raise_compiler_error(source_id ~ ' lists no columns in models/ml/_ml__sources.yml') }}
        {%- endif -%}
        {%- for column in columns if not column.data_type -%}
            {{ exceptions.raise_compiler_error(source_id ~ ': column ' ~ column.name ~ ' has no data_type') }}
        {%- endfor %}
    create schema if not exists {{ tags_source.schema }};
    create table if not exists {{ tags_source.schema }}.{{ tags_source.identifier }} (
        {%- for column in columns %}
        {{ column.name }} {{ column.data_type }}{{ "," if not loop.last }}
        {%- endfor %}
    );
    {%- for column in columns %}
    alter table {{ tags_source.schema }}.{{ tags_source.identifier }}
        add column if not exists {{ column.name }} {{ column.data_type }}{{ ";" if not loop.last }}
    {%- endfor %}
    {%- endif -%}
{%- endmacro %}
