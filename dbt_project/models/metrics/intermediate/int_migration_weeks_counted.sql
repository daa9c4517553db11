{{ config(materialized='table') }}
{#-
    Per migration wave and week relative to each customer's own migration date: the customers
    observed that week and their customer-initiated contacts. Week 0 is the customer's first seven
    days on the new platform; negative weeks are the `migration_baseline_weeks` before it.
    A customer-week counts only when it lies fully inside the data and the customer was active.
    A table: its test and the migration monitor read it, and each read of a view would count every
    customer-week again.
-#}
{%- set baseline_weeks = var('migration_baseline_weeks', 8) %}
{%- set monitor_weeks = var('migration_monitor_weeks', 12) %}
with

customers as (

    select customer_key, migration_wave, migrated_at, customer_since, customer_until
    from {{ ref('dim_customers') }}
    where migration_wave is not null and migrated_at is not null

),

periods as (

    select * from {{ ref('int_metric_periods_bounded') }}

),

contacts as (

    select customer_key, contact_date, is_repeat_contact
    from {{ ref('fct_contacts') }}
    where is_customer_initiated

),

relative_weeks as (

    select {{ series(-baseline_weeks, monitor_weeks - 1, 1, 'integer') }} as week_since_migration

),

customer_weeks as (

    select
        customers.customer_key,
        customers.migration_wave,
        relative_weeks.week_since_migration,
        customers.migrated_at + 7 * relative_weeks.week_since_migration as week_start,
        customers.migrated_at + 7 * relative_weeks.week_since_migration + 6 as week_end
    from customers
    cross join relative_weeks
    cross join periods
    where customers.migrated_at + 7 * relative_weeks.week_since_migration >= periods.data_start
        and customers.migrated_at + 7 * relative_weeks.week_since_migration + 6 <= periods.data_end
        and coalesce(customers.customer_since, periods.data_start)
            <= customers.migrated_at + 7 * relative_weeks.week_since_migration + 6
        and coalesce(customers.customer_until, periods.data_end)
            >= customers.migrated_at + 7 * relative_weeks.week_since_migration

),

controls as (

    select * from {{ ref('int_migration_controls_counted_daily') }}

),

calendar_weeks as (

    select migration_wave, week_since_migration, week_start, count(*) as customers
    from customer_weeks
    group by migration_wave, week_since_migration, week_start

),

control_rates as (

    select
        calendar_weeks.migration_wave,
        calendar_weeks.week_since_migration,
        calendar_weeks.week_start,
        calendar_weeks.customers,
        7000.0 * sum(controls.control_contacts) / nullif(sum(controls.control_customers), 0) as control_per_1000
    from calendar_weeks
    inner join controls
        on controls.day between calendar_weeks.week_start and calendar_weeks.week_start + 6
    group by
        calendar_weeks.migration_wave, calendar_weeks.week_since_migration, calendar_weeks.week_start,
        calendar_weeks.customers

),

wave_controls as (

    select
        migration_wave,
        week_since_migration,
        {{ weighted_mean('control_per_1000', 'customers') }} as control_contacts_per_1000
    from control_rates
    group by migration_wave, week_since_migration

),

counted as (

    select
        customer_weeks.migration_wave,
        customer_weeks.week_since_migration,
        min(customer_weeks.week_start) as first_week_start,
        max(customer_weeks.week_start) as last_week_start,
        count(distinct customer_weeks.customer_key) as customers_observed,
        count(contacts.customer_key) as contacts,
        count(*) filter (where contacts.is_repeat_contact) as repeat_contacts
    from customer_weeks
    left join contacts
        on customer_weeks.customer_key = contacts.customer_key
        and contacts.contact_date between customer_weeks.week_start and customer_weeks.week_end
    group by customer_weeks.migration_wave, customer_weeks.week_since_migration

),

final as (

    select counted.*, wave_controls.control_contacts_per_1000
    from counted
    left join wave_controls
        on counted.migration_wave = wave_controls.migration_wave
        and counted.week_since_migration = wave_controls.week_since_migration

)

select * from final
