{{
    config(
        **incremental_config('call_id')
    )
}}
with

source as (

    select * from {{ source('raw', 'calls') }}
    {{ new_versions_only(source('raw', 'calls'), 'call_id', 'started_at') }}

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
        _file_name,
        {{ loaded_at() }} as _staged_at

    from latest

)

select * from renamed
