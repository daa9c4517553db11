{{ config(materialized='table') }}
{#-
    Contacts per taxonomy signal per full week with the week's active customers, dense (zeros
    included): the weekly series the action-effect statistics (signalchain/metrics) read.
    Contacts in a customer's first `action_migration_exclusion_weeks` after their platform
    migration are left out (see int_active_customers_counted_weekly).
    A table: its tests and the action-effect asset read it, and each read of a view would count
    every contact again.
-#}
{%- set exclusion_weeks = var('action_migration_exclusion_weeks', 8) %}
with

signals as (

    select signal_id, journey_step_id
    from {{ ref('dim_signals') }}
    where is_customer_signal

),

weeks as (

    select * from {{ ref('int_weeks_spined') }}

),

active as (

    select * from {{ ref('int_active_customers_counted_weekly') }}

),

customers as (

    select customer_key, migrated_at from {{ ref('dim_customers') }}

),

contacts as (

    select contacts.*
    from {{ ref('int_signal_contacts_filtered') }} as contacts
    left join customers on contacts.customer_key = customers.customer_key
    where not coalesce(
        contacts.contact_date >= customers.migrated_at
        and contacts.contact_date < customers.migrated_at + 7 * {{ exclusion_weeks }}, false)

),

volume as (

    select
        signal_id,
        week_start,
        count(*) as contacts,
        sum(cost_eur) as cost_eur
    from contacts
    group by signal_id, week_start

),

final as (

    select
        signals.signal_id,
        signals.journey_step_id,
        weeks.week_start,
        coalesce(volume.contacts, 0) as contacts,
        cast(coalesce(volume.cost_eur, 0) as double) as cost_eur,
        active.active_customers
    from signals
    cross join weeks
    inner join active on weeks.week_start = active.week_start
    left join volume
        on signals.signal_id = volume.signal_id
        and weeks.week_start = volume.week_start

)

select * from final
