{#-
    Impact = volume axis x satisfaction axis, with priority and rank, per grain and period.

    - Satisfaction axis: satisfaction_penalty = CSAT without - CSAT with the signal (CSAT points,
      higher = hurts more). Measured only with at least `impact_min_survey_responses` CSAT
      answers "with"; otherwise it is null and satisfaction_status = 'too_few_responses'.
    - impact_score = cost_eur x greatest(satisfaction_penalty, 0): grows with both axes; null
      when the satisfaction axis is not measured.
    - priority (Pareto): signals ordered by impact_score; those before the cumulative share
      reaches `impact_high_share` of the period's total impact are high, before
      `impact_medium_share` medium, the rest low. A signal without a measured satisfaction axis
      falls back to the same rule on cost_eur among all signals (priority_basis = 'volume').
    - rank: 1 = most urgent; by priority, then impact_score, then cost_eur.
    Published measures are rounded here (macro round_measure) and impact_score is a decimal, so the
    Pareto shares sum exact values: the priority of a signal never depends on the row order.
-#}
{%- set min_responses = var('impact_min_survey_responses', 20) %}
{%- set high_share = var('impact_high_share', 0.5) %}
{%- set medium_share = var('impact_medium_share', 0.8) %}
with

periods as (

    select * from {{ ref('int_signal_periods_aggregated') }}

),

measured as (

    select
        *,
        n_csat_with >= {{ min_responses }} and csat_without is not null as is_satisfaction_measured,
        n_nps_with >= {{ min_responses }} and nps_without is not null as is_nps_measured
    from periods

),

scored as (

    select
        grain, period_start, period_end, is_complete_period, signal_id, journey_step_id,
        contacts, customers_affected, cost_eur,
        case when is_satisfaction_measured then {{ round_measure('csat_with') }} end as satisfaction_with,
        case when is_satisfaction_measured then {{ round_measure('csat_without') }} end as satisfaction_without,
        case when is_satisfaction_measured then {{ round_measure('csat_without - csat_with') }} end
            as satisfaction_penalty,
        n_csat_with as n_responses_with,
        is_satisfaction_measured,
        case when is_satisfaction_measured then 'measured' else 'too_few_responses' end as satisfaction_status,
        case when is_nps_measured then {{ round_measure('nps_with') }} end as nps_with,
        case when is_nps_measured then {{ round_measure('nps_without') }} end as nps_without,
        case when is_nps_measured then {{ round_measure('nps_without - nps_with') }} end as nps_penalty,
        n_nps_with as n_nps_responses_with,
        case when is_satisfaction_measured
            then cast(round(cost_eur * greatest(csat_without - csat_with, 0), 6) as decimal(38, 6))
        end as impact_score
    from measured

),

cumulated as (

    select
        *,
        coalesce(sum(impact_score) over (
            partition by grain, period_start order by impact_score desc nulls last, signal_id
            rows between unbounded preceding and 1 preceding), 0)
            / nullif(sum(impact_score) over (partition by grain, period_start), 0) as impact_share_before,
        coalesce(sum(cost_eur) over (
            partition by grain, period_start order by cost_eur desc, signal_id
            rows between unbounded preceding and 1 preceding), 0)
            / nullif(sum(cost_eur) over (partition by grain, period_start), 0) as cost_share_before
    from scored

),

prioritised as (

    select
        {{ star_except(['impact_share_before', 'cost_share_before']) }},
        case when is_satisfaction_measured then 'impact' else 'volume' end as priority_basis,
        case
            when is_satisfaction_measured and impact_score > 0 then
                case when impact_share_before < {{ high_share }} then 'high'
                     when impact_share_before < {{ medium_share }} then 'medium' else 'low' end
            when not is_satisfaction_measured and cost_eur > 0 then
                case when cost_share_before < {{ high_share }} then 'high'
                     when cost_share_before < {{ medium_share }} then 'medium' else 'low' end
            else 'low'
        end as priority
    from cumulated

),

final as (

    select
        *,
        row_number() over (
            partition by grain, period_start
            order by case priority when 'high' then 1 when 'medium' then 2 else 3 end,
                impact_score desc nulls last, cost_eur desc, signal_id
        ) as rank
    from prioritised

)

select * from final
