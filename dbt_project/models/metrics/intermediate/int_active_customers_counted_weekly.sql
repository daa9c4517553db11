{{ config(materialized='table') }}
{#-
    Active customers per full week: customer since on or before the week's last day and not left
    before its first day. A customer without customer_since counts from the start of the data.
    The denominator of the weekly per-1,000 rates of the action-effect series. A customer in the
    first `action_migration_exclusion_weeks` (default 8) after their platform migration is left
    out, as their contacts are (int_signal_contacts_counted_weekly): migration contacts are
    monitored in mart_migration_monitor and would otherwise move the action counterfactuals.
    A table: its tests and int_signal_contacts_counted_weekly read it, and each read of a view would
    count every customer-week again.
-#}
{%- set exclusion_weeks = var('action_migration_exclusion_weeks', 8) %}
with

weeks as (

    select * from {{ ref('int_weeks_spined') }}

),

customers as (

    select customer_key, customer_since, customer_until, migrated_at
    from {{ ref('dim_customers') }}

),

final as (

    select
        weeks.week_start,
        count(customers.customer_key) as active_customers
    from weeks
    left join customers
        on coalesce(customers.customer_since, weeks.week_start) <= weeks.week_end
        and coalesce(customers.customer_until, weeks.week_start) >= weeks.week_start
        and not coalesce(
            customers.migrated_at <= weeks.week_end
            and customers.migrated_at + 7 * {{ exclusion_weeks }} > weeks.week_start, false)
    group by weeks.week_start

)

select * from final
