{{ config(materialized='table') }}
{#-
    Volume and satisfaction per signal for two grains, scored alike downstream:
    - `month`: each calendar month (dense);
    - `trailing_year`: the last `impact_trailing_months` months up to the last data date, with
      customers counted once and the "without" satisfaction taken in the same months as the
      "with" answers (weighted by them), so that the comparison stays within a month.
    A table: both signal-impact marts and the tests read it, and each read of a view would
    aggregate every contact and answer again.
-#}
{%- set trailing_months = var('impact_trailing_months', 12) %}
with

monthly as (

    select * from {{ ref('int_signal_contacts_aggregated_monthly') }}

),

satisfaction as (

    select * from {{ ref('int_signal_satisfaction_compared_monthly') }}

),

periods as (

    select
        *,
        cast(last_month - interval {{ trailing_months - 1 }} month as date) as trailing_start
    from {{ ref('int_metric_periods_bounded') }}

),

contacts as (

    select * from {{ ref('int_signal_contacts_filtered') }}

),

months as (

    select
        'month' as grain,
        monthly.month as period_start,
        least(cast(monthly.month + interval 1 month as date) - 1, periods.data_end) as period_end,
        monthly.is_complete_month as is_complete_period,
        monthly.signal_id,
        monthly.journey_step_id,
        monthly.contacts,
        monthly.customers_affected,
        monthly.cost_eur,
        coalesce(satisfaction.n_csat_with, 0) as n_csat_with,
        coalesce(satisfaction.n_csat_without, 0) as n_csat_without,
        satisfaction.csat_with,
        satisfaction.csat_without,
        coalesce(satisfaction.n_nps_with, 0) as n_nps_with,
        satisfaction.nps_with,
        satisfaction.nps_without
    from monthly
    cross join periods
    left join satisfaction
        on monthly.signal_id = satisfaction.signal_id
        and monthly.month = satisfaction.month

),

trailing_customers as (

    select contacts.signal_id, count(distinct contacts.customer_key) as customers_affected
    from contacts
    cross join periods
    where contacts.month >= periods.trailing_start
    group by contacts.signal_id

),

trailing_year as (

    select
        'trailing_year' as grain,
        periods.trailing_start as period_start,
        periods.data_end as period_end,
        periods.trailing_start >= periods.data_start as is_complete_period,
        months.signal_id,
        months.journey_step_id,
        sum(months.contacts) as contacts,
        coalesce(trailing_customers.customers_affected, 0) as customers_affected,
        sum(months.cost_eur) as cost_eur,
        sum(months.n_csat_with) as n_csat_with,
        sum(months.n_csat_without) as n_csat_without,
        {{ weighted_mean('months.csat_with', 'months.n_csat_with') }} as csat_with,
        {{ weighted_mean('months.csat_without', 'months.n_csat_with') }} as csat_without,
        sum(months.n_nps_with) as n_nps_with,
        {{ weighted_mean('months.nps_with', 'months.n_nps_with') }} as nps_with,
        {{ weighted_mean('months.nps_without', 'months.n_nps_with') }} as nps_without
    from months
    cross join periods
    left join trailing_customers on months.signal_id = trailing_customers.signal_id
    where months.period_start >= periods.trailing_start
    group by
        periods.trailing_start, periods.data_end, periods.data_start, months.signal_id, months.journey_step_id,
        trailing_customers.customers_affected

),

final as (

    select * from months
    union all
    select * from trailing_year

)

select * from final
