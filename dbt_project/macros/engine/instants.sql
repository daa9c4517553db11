{#- The type of an instant (a point in time, stored in UTC): DuckDB's timestamptz, Spark's timestamp. -#}
{% macro type_instant() -%}
    {{ return(adapter.dispatch('type_instant', 'signalchain')()) }}
{%- endmacro %}

{% macro default__type_instant() -%}
    timestamptz
{%- endmacro %}

{% macro spark__type_instant() -%}
    timestamp
{%- endmacro %}

{#- An instant before every other: the watermark of an empty table. -#}
{% macro earliest_instant() -%}
    {{ return(adapter.dispatch('earliest_instant', 'signalchain')()) }}
{%- endmacro %}

{% macro default__earliest_instant() -%}
    '-infinity'::timestamptz
{%- endmacro %}

{% macro spark__earliest_instant() -%}
    timestamp '0001-01-01 00:00:00'
{%- endmacro %}

{#- The calendar date of an instant in Amsterdam, the date every mart counts in. Spark's session time
    zone must be UTC (signalchain/spark/session.py; docs/SPARK.md for a cluster). -#}
{% macro local_date(instant) -%}
    {{ return(adapter.dispatch('local_date', 'signalchain')(instant)) }}
{%- endmacro %}

{% macro default__local_date(instant) -%}
    cast(timezone('Europe/Amsterdam', {{ instant }}) as date)
{%- endmacro %}

{% macro spark__local_date(instant) -%}
    cast(from_utc_timestamp({{ instant }}, 'Europe/Amsterdam') as date)
{%- endmacro %}

{#- A duration of `hours` hours, to add to or subtract from an instant. -#}
{% macro hours(hours) -%}
    {{ return(adapter.dispatch('hours', 'signalchain')(hours)) }}
{%- endmacro %}

{% macro default__hours(hours) -%}
    to_hours({{ hours }})
{%- endmacro %}

{% macro spark__hours(hours) -%}
    make_dt_interval(0, {{ hours }})
{%- endmacro %}

{#- One row per value from `start` to `stop` (both included) by `step`, as `type`: a select-list generator. -#}
{% macro series(start, stop, step, type) -%}
    {{ return(adapter.dispatch('series', 'signalchain')(start, stop, step, type)) }}
{%- endmacro %}

{% macro default__series(start, stop, step, type) -%}
    cast(unnest(generate_series({{ start }}, {{ stop }}, {{ step }})) as {{ type }})
{%- endmacro %}

{#- Spark allows no expression around a generator: the bounds are cast instead. -#}
{% macro spark__series(start, stop, step, type) -%}
    explode(sequence(cast({{ start }} as {{ type }}), cast({{ stop }} as {{ type }}), {{ step }}))
{%- endmacro %}
