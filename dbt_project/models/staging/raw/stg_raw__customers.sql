with

source as (

    select * from {{ source('raw', 'customers') }}

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
        _file_name

    from latest

)

select * from renamed
