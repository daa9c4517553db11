{#-
    What a data test reads. dbt's own rule (the test's `where` config) plus one of ours: a test on an
    incremental model reads only the rows this invocation wrote, since rows written earlier were
    tested when they were written and cannot change without being written again. Key tests (unique,
    unique_combination, and not_null on the model's unique_key) read every row, since a new row can
    collide with an old one. Rows written in this invocation carry a lineage time at or after dbt's
    start: `_staged_at` in staging models (stg_*), `_loaded_at` in the others.
    `--vars '{test_all_rows: true}'` tests every row (after a failed night, or with `dbt test` alone).
    The alias `tested` is for Spark, which reads `<table> where (...)` as an alias `where` with columns.
-#}
{% macro get_where_subquery(relation) -%}
    {%- set filters = [] -%}
    {%- if config.get('where') -%}
        {%- do filters.append('(' ~ config.get('where') ~ ')') -%}
    {%- endif -%}
    {%- set lineage_column = written_this_run_column() -%}
    {%- if lineage_column -%}
        {%- do filters.append(lineage_column ~ " >= cast('" ~ run_started_at.isoformat() ~ "' as " ~ type_instant() ~ ")") -%}
    {%- endif -%}
    {%- if filters -%}
        {%- do return('(select * from ' ~ relation ~ ' as tested where ' ~ filters | join(' and ') ~ ') dbt_subquery') -%}
    {%- endif -%}
    {%- do return(relation) -%}
{%- endmacro %}

{#- The lineage column a test on an incremental model filters on, or none for a full test. -#}
{% macro written_this_run_column() -%}
    {%- if not execute or var('test_all_rows', false) or model.resource_type != 'test' or not model.attached_node -%}
        {%- do return(none) -%}
    {%- endif -%}
    {%- set tested = graph.nodes.get(model.attached_node) -%}
    {%- if tested is none or tested.config.materialized != 'incremental' -%}
        {%- do return(none) -%}
    {%- endif -%}
    {%- set test_name = model.test_metadata.name if model.test_metadata else none -%}
    {%- set unique_key = tested.config.unique_key or [] -%}
    {%- set keys = unique_key if unique_key is not string else [unique_key] -%}
    {%- if test_name in ('unique', 'unique_combination') or (test_name == 'not_null' and model.column_name in keys) -%}
        {%- do return(none) -%}
    {%- endif -%}
    {%- do return('_staged_at' if tested.name.startswith('stg_') else '_loaded_at') -%}
{%- endmacro %}
