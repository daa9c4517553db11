{#-
    The backfill window: dbt vars `backfill_start` and `backfill_end` (ISO dates, end exclusive,
    default none). With both set, every incremental model rebuilds from scratch the rows whose
    local (Europe/Amsterdam) date lies inside the window, as after fixing a mapping or editing a
    seed; without them the window is empty. README.md, "Incremental nights".

        where {{ in_backfill_window(local_date('started_at')) }}
-#}
{% macro backfill_window_is_set() -%}
    {{ return(var('backfill_start', none) is not none and var('backfill_end', none) is not none) }}
{%- endmacro %}

{% macro in_backfill_window(date_expression) -%}
    {%- if backfill_window_is_set() -%}
        ({{ date_expression }} >= date '{{ var("backfill_start") }}' and {{ date_expression }} < date '{{ var("backfill_end") }}')
    {%- else -%}
        false
    {%- endif -%}
{%- endmacro %}

{#- A period [first_day, last_day] overlaps the backfill window. -#}
{% macro overlaps_backfill_window(first_day, last_day) -%}
    {%- if backfill_window_is_set() -%}
        ({{ last_day }} >= date '{{ var("backfill_start") }}' and {{ first_day }} < date '{{ var("backfill_end") }}')
    {%- else -%}
        false
    {%- endif -%}
{%- endmacro %}
