{#-
    The regex of the organisation's customer-id shapes (KL + 7 digits, C- + 6 digits), inferred
    by the UDF customer_id_pattern (privacy/customer_ids.py) from the staging customers; null when
    no shape is distinctive. A scalar subquery, so it is computed once per statement. Every digit
    is folded to 0 first: only the digits' count shapes the pattern, and the list shrinks to the
    few distinct shapes. The review queue reads the same ids with privacy.customer_ids.
-#}
{% macro inferred_customer_id_pattern() -%}
    (
        select customer_id_pattern(list(distinct regexp_replace(trim(customer_id), '[1-9]', '0', 'g')))
        from {{ ref('stg_raw__customers') }}
    )
{%- endmacro %}
