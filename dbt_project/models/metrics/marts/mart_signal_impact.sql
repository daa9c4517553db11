with

scored as (

    select * from {{ ref('int_signal_impacts_scored') }}
    where grain = 'month'

),

final as (

    select
        signal_id,
        journey_step_id,
        period_start as month,
        is_complete_period as is_complete_month,
        {{ signal_impact_measures() }}
    from scored

)

select * from final
