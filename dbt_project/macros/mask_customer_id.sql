{#-
    The contact's own customer id written in its text ("Mijn klantnummer is KL1500554"), replaced
    by [KLANTNUMMER], case-insensitively. redact_pii cannot know an organisation's id format; the
    row knows the id. Ids shorter than 4 characters are left alone: masking them would shred text.
-#}
{% macro mask_customer_id(text, customer_id) -%}
    case
        when length({{ customer_id }}) >= 4
            then regexp_replace({{ text }}, regexp_escape({{ customer_id }}), '[KLANTNUMMER]', 'gi')
        else {{ text }}
    end
{%- endmacro %}
