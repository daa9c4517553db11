{{
    config(
        on_schema_change='append_new_columns',
        **incremental_config('customer_key')
    )
}}
{#-
    One row per customer in the register. Incremental: a night pseudonymises only the customers
    staged since the last build (new or re-delivered); every column comes from the customer's own
    row, so no other row can change. A backfill window restages the whole register (macro
    new_versions_only), which rebuilds it here.
-#}
with

customers as (

    select * from {{ ref('stg_raw__customers') }}
    {%- if is_incremental() %}
    where _staged_at > {{ last_build() }}
    {%- endif %}

)

select
    pseudonymise(customer_id) as customer_key,
    segment,
    product,
    customer_since,
    customer_until,
    migration_wave,
    migrated_at,
    {{ loaded_at() }} as _loaded_at

from customers
