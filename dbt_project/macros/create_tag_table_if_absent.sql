{#-
    The classifier's output table is written by a Python asset (docs/ARCHITECTURE.md). Creating it
    empty when absent lets the marts build before any classifier exists: signals then come from
    labels and wrap-up codes only.
-#}
{% macro create_tag_table_if_absent() -%}
    create schema if not exists ml;
    create table if not exists ml.contact_signal_tags (
        contact_id varchar,
        signal_id varchar,
        signal_confidence double,
        journey_step_id varchar,
        journey_step_confidence double,
        secondary_signal_id varchar,
        model_version varchar,
        tagged_at timestamptz
    )
{%- endmacro %}
