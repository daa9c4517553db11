{#- The model has no rows: for lists of things to fix, such as mart_unmapped_values (at warn severity). -#}
{% test no_rows(model) %}
    select * from {{ model }}
{% endtest %}
