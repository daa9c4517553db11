{#- The measures both signal-impact marts publish, typed for their contracts (month and trailing year). -#}
{% macro signal_impact_measures() %}
        cast(contacts as bigint) as contacts,
        cast(customers_affected as bigint) as customers_affected,
        cast(cost_eur as double) as cost_eur,
        cast(satisfaction_with as double) as satisfaction_with,
        cast(satisfaction_without as double) as satisfaction_without,
        cast(satisfaction_penalty as double) as satisfaction_penalty,
        cast(n_responses_with as bigint) as n_responses_with,
        satisfaction_status,
        cast(nps_with as double) as nps_with,
        cast(nps_without as double) as nps_without,
        cast(nps_penalty as double) as nps_penalty,
        cast(n_nps_responses_with as bigint) as n_nps_responses_with,
        cast(impact_score as double) as impact_score,
        priority,
        priority_basis,
        cast(rank as integer) as rank
{%- endmacro %}
