{{ config(materialized='table') }}
{#-
    Volume per taxonomy signal per month, dense: a month without contacts on a signal has zeros.
    cost_eur stays a decimal, so the trailing year and the Pareto shares sum it exactly.
    A table: its tests and int_signal_periods_aggregated read it, and each read of a view would
    aggregate every contact again.
-#}
with

signals as (

    select signal_id, journey_step_id
    from {{ ref('dim_signals') }}
    where is_customer_signal

),

months as (

    select * from {{ ref('int_months_spined') }}

),

contacts as (

    select * from {{ ref('int_signal_contacts_filtered') }}

),

volume as (

    select
        signal_id,
        month,
        count(*) as contacts,
        count(distinct customer_key) as customers_affected,
        sum(cost_eur) as cost_eur
    from contacts
    group by signal_id, month

),

final as (

    select
        signals.signal_id,
        signals.journey_step_id,
        months.month,
        months.is_complete_month,
        coalesce(volume.contacts, 0) as contacts,
        coalesce(volume.customers_affected, 0) as customers_affected,
        coalesce(volume.cost_eur, 0) as cost_eur
    from signals
    cross join months
    left join volume
        on signals.signal_id = volume.signal_id
        and months.month = volume.month

)

select * from final
