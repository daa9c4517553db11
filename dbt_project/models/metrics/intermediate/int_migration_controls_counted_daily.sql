{{ config(materialized='table') }}
{#-
    The comparison group of the migration monitor, per day: active customers not migrated (yet)
    on that day and their customer-initiated contacts. Their movement over time is the season
    and the base trend that a migrated wave would have seen anyway.
    A table: the migration weeks and the tests read it, and each read of a view would count
    every customer-day again.
-#}
with

periods as (

    select * from {{ ref('int_metric_periods_bounded') }}

),

days as (

    select {{ series('cast(data_start as timestamp)', 'cast(data_end as timestamp)', 'interval 1 day', 'date') }} as day
    from periods

),

customers as (

    select customer_key, customer_since, customer_until, migrated_at
    from {{ ref('dim_customers') }}

),

contacts as (

    select customer_key, contact_date
    from {{ ref('fct_contacts') }}
    where is_customer_initiated

),

active as (

    select days.day, count(*) as control_customers
    from days
    inner join customers
        on coalesce(customers.customer_since, days.day) <= days.day
        and coalesce(customers.customer_until, days.day) >= days.day
        and coalesce(customers.migrated_at, days.day + 1) > days.day
    group by days.day

),

contacted as (

    select contacts.contact_date as day, count(*) as control_contacts
    from contacts
    inner join customers on contacts.customer_key = customers.customer_key
    where coalesce(customers.migrated_at, contacts.contact_date + 1) > contacts.contact_date
    group by contacts.contact_date

),

final as (

    select
        days.day,
        coalesce(active.control_customers, 0) as control_customers,
        coalesce(contacted.control_contacts, 0) as control_contacts
    from days
    left join active on days.day = active.day
    left join contacted on days.day = contacted.day

)

select * from final
