{#-
    A double as DECIMAL(38, 9), for sums and means of doubles. A sum of decimals is exact, so it
    does not depend on the order the rows arrive in (DuckDB's threads, a table rewritten after a
    crash), where a sum of doubles differs in its last digits from one order to the next. Nine
    decimals lose nothing a score or rate can show; the marts round what they publish (macros
    round_euros, round_measure).
-#}
{% macro exact_decimal(value) -%}
    cast({{ value }} as decimal(38, 9))
{%- endmacro %}
