{#-
    The mean of `value` weighted by `weight` over a group, null when the weights sum to 0. The
    products are summed as exact decimals (macro exact_decimal), so the mean does not depend on
    the order of the rows.
-#}
{% macro weighted_mean(value, weight) -%}
    cast(sum({{ exact_decimal(value ~ ' * ' ~ weight) }}) as double) / nullif(sum({{ weight }}), 0)
{%- endmacro %}
