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
        {{ signal_impact_measures() }}
    from scored

)

select * from final
