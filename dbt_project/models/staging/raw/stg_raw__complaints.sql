{{
    config(
        **incremental_config('complaint_id')
    )
}}
with

source as (

    select * from {{ source('raw', 'complaints') }}
    {{ new_versions_only(source('raw', 'complaints'), 'complaint_id', 'filed_at') }}

),

latest as (

    select *
    from source
    {{ latest_version('complaint_id') }}

),

renamed as (

    select
        complaint_id,
        customer_id,
        filed_at,
        nullif(trim(text), '') as complaint_text,
        coalesce(nullif(lower(trim(channel)), ''), 'webform') as channel,
        nullif(upper(trim(category)), '') as category,
        nullif(lower(trim(status)), '') as status,
        closed_at,
        coalesce(escalated, false) as is_escalated,
        _row_hash,
        _ingested_at,
        _file_name,
        {{ loaded_at() }} as _staged_at

    from latest

)

select * from renamed
