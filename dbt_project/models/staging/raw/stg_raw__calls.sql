with

source as (

    select * from {{ source('raw', 'calls') }}

),

latest as (

    select *
    from source
    {{ latest_version('call_id') }}

),

renamed as (

    select
        call_id,
        customer_id,
        started_at,
        duration_seconds,
        nullif(trim(queue), '') as queue,
        nullif(upper(trim(wrap_up_code)), '') as wrap_up_code,
        nullif(trim(notes), '') as notes,
        _row_hash,
        _ingested_at,
        _file_name

    from latest

)

select * from renamed
