{#-
    The contact's own customer id written in its text ("Mijn klantnummer is KL1500554"), replaced
    by [KLANTNUMMER], case-insensitively. Other customers' ids are masked by the inferred id pattern
    (macro inferred_customer_id_pattern, passed to redact_pii_with_ids); the row's own id is masked
    here as well because an id of a shape without letters (100234567) has no pattern: it would take
    order numbers with it. Ids shorter than 4 characters are left alone: masking them would shred text.
-#}
{% macro mask_customer_id(text, customer_id) -%}
    case
        when length({{ customer_id }}) >= 4
            then {{ replace_ignoring_case(text, customer_id, "'[KLANTNUMMER]'") }}
        else {{ text }}
    end
{%- endmacro %}
