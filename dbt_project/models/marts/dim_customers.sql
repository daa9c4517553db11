with

customers as (

    select * from {{ ref('stg_raw__customers') }}

)

select
    pseudonymise(customer_id) as customer_key,
    segment,
    product,
    customer_since,
    customer_until,
    migration_wave,
    migrated_at

from customers
