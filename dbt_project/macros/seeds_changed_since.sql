{#-
    True when a seed's content changed after `since`, read from `fingerprints` (the model's import
    CTE of stg_seeds__fingerprints): an incremental model then recomputes all its rows, since a
    mapping (a wrap-up code, a channel's cost, a signal's step) can move any contact or period.
-#}
{% macro seeds_changed_since(fingerprints, since) -%}
    exists (select 1 from {{ fingerprints }} where _staged_at > {{ since }})
{%- endmacro %}
