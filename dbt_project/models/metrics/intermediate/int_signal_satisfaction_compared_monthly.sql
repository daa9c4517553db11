{{ config(materialized='table') }}
{#-
    Satisfaction of customers who had a signal against customers who did not, per month.

    A customer "had" a signal in a month when they made at least one customer-initiated contact on
    it that month. Their survey answers that month are "with"; every other answer that month is
    "without". CSAT (mean 1-10) is the satisfaction axis; NPS is computed beside it. Only signals
    with at least one answer "with" get a row; the mart fills the rest. Scores are summed as exact
    decimals (macro exact_decimal) and divided as doubles, as DuckDB divides decimals: Spark would
    keep a decimal quotient to 6 places.
    A table: its tests and int_signal_periods_aggregated read it, and each read of a view would
    compare every answer again.
-#}
with

contacts as (

    select distinct customer_key, signal_id, month
    from {{ ref('int_signal_contacts_filtered') }}
    where customer_key is not null

),

responses as (

    select customer_key, month, survey_type, score
    from {{ ref('int_survey_responses_dated') }}
    where survey_type in ('CSAT', 'NPS') and customer_key is not null

),

month_totals as (

    select
        month,
        count(*) filter (where survey_type = 'CSAT') as n_csat,
        sum({{ exact_decimal('score') }}) filter (where survey_type = 'CSAT') as sum_csat,
        count(*) filter (where survey_type = 'NPS') as n_nps,
        count(*) filter (where survey_type = 'NPS' and {{ nps_group('score') }} = 'promoter') as promoters,
        count(*) filter (where survey_type = 'NPS' and {{ nps_group('score') }} = 'detractor') as detractors
    from responses
    group by month

),

with_signal as (

    select
        contacts.signal_id,
        contacts.month,
        count(*) filter (where responses.survey_type = 'CSAT') as n_csat,
        sum({{ exact_decimal('responses.score') }}) filter (where responses.survey_type = 'CSAT') as sum_csat,
        count(*) filter (where responses.survey_type = 'NPS') as n_nps,
        count(*) filter (where responses.survey_type = 'NPS'
            and {{ nps_group('responses.score') }} = 'promoter') as promoters,
        count(*) filter (where responses.survey_type = 'NPS'
            and {{ nps_group('responses.score') }} = 'detractor') as detractors
    from contacts
    inner join responses
        on contacts.customer_key = responses.customer_key
        and contacts.month = responses.month
    group by contacts.signal_id, contacts.month

),

final as (

    select
        with_signal.signal_id,
        with_signal.month,
        with_signal.n_csat as n_csat_with,
        month_totals.n_csat - with_signal.n_csat as n_csat_without,
        cast(with_signal.sum_csat as double) / nullif(with_signal.n_csat, 0) as csat_with,
        cast(month_totals.sum_csat - coalesce(with_signal.sum_csat, 0) as double)
            / nullif(month_totals.n_csat - with_signal.n_csat, 0) as csat_without,
        with_signal.n_nps as n_nps_with,
        month_totals.n_nps - with_signal.n_nps as n_nps_without,
        cast(100.0 * (with_signal.promoters - with_signal.detractors) as double) / nullif(with_signal.n_nps, 0) as nps_with,
        cast(100.0 * ((month_totals.promoters - with_signal.promoters) - (month_totals.detractors - with_signal.detractors)) as double)
            / nullif(month_totals.n_nps - with_signal.n_nps, 0) as nps_without
    from with_signal
    inner join month_totals on with_signal.month = month_totals.month

)

select * from final
