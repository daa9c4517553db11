{#- Every column of `relation` (a CTE or alias; none for the whole from clause) but `columns`. -#}
{% macro star_except(columns, relation=none) -%}
    {{ return(adapter.dispatch('star_except', 'signalchain')(columns, relation)) }}
{%- endmacro %}

{% macro default__star_except(columns, relation) -%}
    {{ relation ~ '.' if relation }}* exclude ({{ columns | join(', ') }})
{%- endmacro %}

{% macro spark__star_except(columns, relation) -%}
    {{ relation ~ '.' if relation }}* except ({{ columns | join(', ') }})
{%- endmacro %}

{#- The distinct values of `expression` over a group, as a list. -#}
{% macro distinct_list(expression) -%}
    {{ return(adapter.dispatch('distinct_list', 'signalchain')(expression)) }}
{%- endmacro %}

{% macro default__distinct_list(expression) -%}
    list(distinct {{ expression }})
{%- endmacro %}

{% macro spark__distinct_list(expression) -%}
    collect_set({{ expression }})
{%- endmacro %}

{#- The md5 of a table's rows, each as text, in a fixed order: it changes when any value does. -#}
{% macro content_hash(alias) -%}
    {{ return(adapter.dispatch('content_hash', 'signalchain')(alias)) }}
{%- endmacro %}

{% macro default__content_hash(alias) -%}
    md5(coalesce(string_agg(cast({{ alias }} as varchar), chr(10) order by cast({{ alias }} as varchar)), ''))
{%- endmacro %}

{% macro spark__content_hash(alias) -%}
    md5(coalesce(array_join(array_sort(collect_list(to_json(struct({{ alias }}.*)))), chr(10)), ''))
{%- endmacro %}
