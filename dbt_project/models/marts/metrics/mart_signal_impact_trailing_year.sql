with

scored as (

    select * from {{ ref('int_signal_impacts_scored') }}
    where grain = 'trailing_year'

),

final as (

    select
        signal_id,
        journey_step_id,
        period_start,
        period_end,
        is_complete_period,
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
    from scored

)

select * from final
