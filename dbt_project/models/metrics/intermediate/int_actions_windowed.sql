{#-
    Each improvement action with its measurement windows, whole Monday-Sunday weeks:
    - baseline: the `action_baseline_weeks` weeks before the week of go-live;
    - effect: `action_effect_weeks` weeks, starting `action_rampup_weeks` after the first full
      week after go-live (the go-live week itself is in neither window).
    Plus CSAT on the signal's journey step in both windows and the signal's cost per contact in
    the baseline window (its channel mix), to the cent as the mart publishes it, so that
    eur_saved = contacts_saved x cost_per_contact_eur holds for the published numbers. The
    statistics are in signalchain/metrics.
-#}
{%- set baseline_weeks = var('action_baseline_weeks', 8) %}
{%- set effect_weeks = var('action_effect_weeks', 8) %}
{%- set rampup_weeks = var('action_rampup_weeks', 1) %}
with

actions as (

    select * from {{ ref('stg_raw__actions') }}

),

signals as (

    select signal_id, journey_step_id from {{ ref('dim_signals') }}

),

periods as (

    select * from {{ ref('int_metric_periods_bounded') }}

),

contacts as (

    select * from {{ ref('int_signal_contacts_filtered') }}

),

responses as (

    select * from {{ ref('int_survey_responses_dated') }}
    where survey_type = 'CSAT'

),

windowed as (

    select
        actions.action_id,
        actions.signal_id,
        signals.journey_step_id,
        actions.title,
        actions.status,
        actions.go_live_date,
        cast(date_trunc('week', actions.go_live_date) as date) - 7 * {{ baseline_weeks }} as baseline_start,
        cast(date_trunc('week', actions.go_live_date) as date) - 1 as baseline_end,
        cast(date_trunc('week', actions.go_live_date + 6) as date) + 7 * {{ rampup_weeks }} as effect_start,
        cast(date_trunc('week', actions.go_live_date + 6) as date)
            + 7 * ({{ rampup_weeks }} + {{ effect_weeks }}) - 1 as effect_end,
        periods.data_start,
        periods.data_end
    from actions
    left join signals on actions.signal_id = signals.signal_id
    cross join periods

),

answers as (

    select
        windowed.action_id,
        responses.response_date <= windowed.baseline_end as is_baseline,
        {{ exact_decimal('responses.score') }} as score
    from windowed
    inner join responses
        on windowed.journey_step_id = responses.journey_step_id
        and (responses.response_date between windowed.baseline_start and windowed.baseline_end
            or responses.response_date between windowed.effect_start and windowed.effect_end)

),

-- mean and sample SD from exact sums: avg and stddev_samp of doubles depend on the row order
answer_moments as (

    select
        action_id,
        is_baseline,
        count(*) as n_responses,
        cast(sum(score) as double) / count(*) as mean_score,
        sqrt(greatest(cast(sum(score * score) as double) - power(cast(sum(score) as double), 2) / count(*), 0)
            / nullif(count(*) - 1, 0)) as sd_score
    from answers
    group by action_id, is_baseline

),

satisfaction as (

    select
        action_id,
        max(mean_score) filter (where is_baseline) as satisfaction_before,
        max(mean_score) filter (where not is_baseline) as satisfaction_after,
        max(sd_score) filter (where is_baseline) as satisfaction_sd_before,
        max(sd_score) filter (where not is_baseline) as satisfaction_sd_after,
        max(n_responses) filter (where is_baseline) as n_responses_before,
        max(n_responses) filter (where not is_baseline) as n_responses_after
    from answer_moments
    group by action_id

),

costs as (

    select
        windowed.action_id,
        sum(contacts.cost_eur) / nullif(count(*), 0) as cost_per_contact_eur
    from windowed
    inner join contacts
        on windowed.signal_id = contacts.signal_id
        and contacts.contact_date between windowed.baseline_start and windowed.baseline_end
    group by windowed.action_id

),

final as (

    select
        windowed.*,
        windowed.effect_end <= windowed.data_end as is_effect_window_complete,
        satisfaction.satisfaction_before,
        satisfaction.satisfaction_after,
        satisfaction.satisfaction_sd_before,
        satisfaction.satisfaction_sd_after,
        coalesce(satisfaction.n_responses_before, 0) as n_responses_before,
        coalesce(satisfaction.n_responses_after, 0) as n_responses_after,
        {{ round_euros('costs.cost_per_contact_eur') }} as cost_per_contact_eur
    from windowed
    left join satisfaction on windowed.action_id = satisfaction.action_id
    left join costs on windowed.action_id = costs.action_id

)

select * from final
