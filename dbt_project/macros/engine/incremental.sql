{#-
    The config of an incremental model, per engine and table format, used as
        {{ config(**incremental_config('contact_id')) }}
    DuckDB: `delete+insert` on the unique key. Spark with a table format that can update rows
    (SIGNALCHAIN_SPARK_FILE_FORMAT delta, iceberg or hudi): `merge` on the same key. Spark on plain
    Parquet cannot delete or update rows: a model that rewrites whole periods (`partition_by`)
    overwrites its partitions (`insert_overwrite`); the others are rebuilt as tables every night.
-#}
{% macro incremental_config(unique_key, partition_by=none) -%}
    {{ return(adapter.dispatch('incremental_config', 'signalchain')(unique_key, partition_by)) }}
{%- endmacro %}

{% macro default__incremental_config(unique_key, partition_by) -%}
    {{ return({'materialized': 'incremental', 'unique_key': unique_key, 'incremental_strategy': 'delete+insert'}) }}
{%- endmacro %}

{% macro spark__incremental_config(unique_key, partition_by) -%}
    {%- set file_format = env_var('SIGNALCHAIN_SPARK_FILE_FORMAT') -%}
    {%- if file_format in ('delta', 'iceberg', 'hudi') -%}
        {{ return({'materialized': 'incremental', 'unique_key': unique_key, 'incremental_strategy': 'merge'}) }}
    {%- elif partition_by -%}
        {{ return({'materialized': 'incremental', 'incremental_strategy': 'insert_overwrite', 'partition_by': partition_by}) }}
    {%- else -%}
        {{ return({'materialized': 'table'}) }}
    {%- endif -%}
{%- endmacro %}

{#-
    Post-hook of an incremental model: delete the rows whose `key` is no longer in `upstream`
    (ids of an earlier id scheme). A model rebuilt as a table has none; a model that overwrites its
    partitions on plain Parquet cannot delete, and keeps them until a full refresh (docs/SPARK.md).
-#}
{% macro delete_rows_not_in(key, upstream) -%}
    {{ return(adapter.dispatch('delete_rows_not_in', 'signalchain')(key, upstream)) }}
{%- endmacro %}

{% macro default__delete_rows_not_in(key, upstream) -%}
    delete from {{ this }} where {{ key }} not in (select {{ key }} from {{ upstream }})
{%- endmacro %}

{% macro spark__delete_rows_not_in(key, upstream) -%}
    {%- if config.get('incremental_strategy') == 'merge' -%}
        {{ default__delete_rows_not_in(key, upstream) }}
    {%- endif -%}
{%- endmacro %}
