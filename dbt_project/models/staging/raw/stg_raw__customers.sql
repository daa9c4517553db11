{{
    config(
        **incremental_config('customer_id')
    )
}}
with

source as (

    select * from {{ source('raw', 'customers') }}
    {{ new_versions_only(source('raw', 'customers'), 'customer_id') }}

),

latest as (

    select *
    from source
    {{ latest_version('customer_id') }}

),

renamed as (

    select
        customer_id,
        nullif(trim(segment), '') as segment,
        nullif(trim(product), '') as product,
        customer_since,
        customer_until,
        nullif(trim(migration_wave), '') as migration_wave,
        migrated_at,
        _ingested_at,
        _file_name,
        {{ loaded_at() }} as _staged_at

    from latest

)

select * from renamed
