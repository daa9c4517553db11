{#-
    The NPS group of a 0-10 score: promoter 9-10, passive 7-8, detractor 0-6 (docs/SPEC.md;
    signalchain/metrics/scores.py is the same rule in Python). A case expression; a null score has
    no group. Counts compare against it, e.g.
        count(*) filter (where {{ nps_group('score') }} = 'promoter')
-#}
{% macro nps_group(score) -%}
    case when {{ score }} >= 9 then 'promoter' when {{ score }} > 6 then 'passive' when {{ score }} <= 6 then 'detractor' end
{%- endmacro %}
