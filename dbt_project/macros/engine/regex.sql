{#- Every match of the regex `pattern` in `text` replaced by `replacement`. -#}
{% macro regexp_replace_all(text, pattern, replacement) -%}
    {{ return(adapter.dispatch('regexp_replace_all', 'signalchain')(text, pattern, replacement)) }}
{%- endmacro %}

{% macro default__regexp_replace_all(text, pattern, replacement) -%}
    regexp_replace({{ text }}, {{ pattern }}, {{ replacement }}, 'g')
{%- endmacro %}

{% macro spark__regexp_replace_all(text, pattern, replacement) -%}
    regexp_replace({{ text }}, {{ pattern }}, {{ replacement }})
{%- endmacro %}

{#- Every occurrence of the string `literal` in `text`, in any case, replaced by `replacement`. -#}
{% macro replace_ignoring_case(text, literal, replacement) -%}
    {{ return(adapter.dispatch('replace_ignoring_case', 'signalchain')(text, literal, replacement)) }}
{%- endmacro %}

{% macro default__replace_ignoring_case(text, literal, replacement) -%}
    regexp_replace({{ text }}, regexp_escape({{ literal }}), {{ replacement }}, 'gi')
{%- endmacro %}

{#- Java regex: \Q...\E quotes the literal, (?i) ignores case. -#}
{% macro spark__replace_ignoring_case(text, literal, replacement) -%}
    regexp_replace({{ text }}, concat('(?i)\\Q', replace({{ literal }}, '\\E', '\\E\\\\E\\Q'), '\\E'), {{ replacement }})
{%- endmacro %}
