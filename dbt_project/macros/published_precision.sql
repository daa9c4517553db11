{#-
    The precision of every number a mart publishes: euros to the cent, every other measure (rates,
    shares, scores, per-1,000 figures) to 6 decimals, as doubles. Rounded where published, from
    inputs summed exactly (macro exact_decimal), a re-run gives the same bits.
    signalchain/metrics/precision.py rounds the Python-written mart_action_effect the same way.
-#}
{% macro round_euros(value) -%}
    cast(round({{ value }}, 2) as double)
{%- endmacro %}

{% macro round_measure(value) -%}
    cast(round({{ value }}, 6) as double)
{%- endmacro %}
