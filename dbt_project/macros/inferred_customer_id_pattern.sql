{#-
    The regex of the organisation's customer-id shapes (KL + 7 digits, C- + 6 digits), inferred
    by the UDF customer_id_pattern (privacy/customer_ids.py) from the staging customers; null when
    no shape is distinctive. Every digit is folded to 0 first: only the digits' count shapes the
    pattern, and the list shrinks to the few distinct shapes. The review queue reads the same ids
    with privacy.customer_ids.

    DuckDB: a scalar subquery, computed once per statement. Spark cannot pass a scalar subquery to
    a Python UDF (the plan fails on the executors), so it computes the pattern once, when the
    model compiles, and writes it into the SQL as a literal.
-#}
{% macro inferred_customer_id_pattern() -%}
    {{ return(adapter.dispatch('inferred_customer_id_pattern', 'signalchain')()) }}
{%- endmacro %}

{% macro customer_id_pattern_query() -%}
    select customer_id_pattern({{ distinct_list(regexp_replace_all('trim(customer_id)', "'[1-9]'", "'0'")) }})
    from {{ ref('stg_raw__customers') }}
{%- endmacro %}

{% macro default__inferred_customer_id_pattern() -%}
    ({{ customer_id_pattern_query() }})
{%- endmacro %}

{% macro spark__inferred_customer_id_pattern() -%}
    {%- set query = customer_id_pattern_query() -%}
    {%- set pattern = run_query(query).columns[0].values()[0] if execute else none -%}
    {%- if pattern is none -%}
        cast(null as string)
    {%- else -%}
        '{{ pattern | replace("\\", "\\\\") | replace("'", "\\'") }}'
    {%- endif -%}
{%- endmacro %}
