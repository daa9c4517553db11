{#-
    Contract and source data types are written once, in DuckDB's names (the yml files, read by
    Python too). On Spark these names become Spark's: `varchar` is `string`, an instant
    (`timestamptz`, `timestamp with time zone`) is `timestamp`; other types (integer, bigint, double,
    decimal(p,s), date, boolean) are the same. dbt's contract check (macro cast) and the unit tests'
    fixtures (macro safe_cast) cast to each yml type.
-#}
{% macro spark_type(data_type) -%}
    {%- set name = data_type | trim | lower -%}
    {%- if name == 'varchar' or name.startswith('varchar(') or name == 'text' -%}
        string
    {%- elif name in ('timestamptz', 'timestamp with time zone') -%}
        timestamp
    {%- else -%}
        {{ data_type }}
    {%- endif -%}
{%- endmacro %}

{% macro spark__cast(field, type) -%}
    cast({{ field }} as {{ spark_type(type) }})
{%- endmacro %}

{% macro spark__safe_cast(field, type) -%}
    cast({{ field }} as {{ spark_type(type) }})
{%- endmacro %}
