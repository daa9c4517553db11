{{
    config(
        **incremental_config('mail_id')
    )
}}
with

source as (

    select * from {{ source('raw', 'mails') }}
    {{ new_versions_only(source('raw', 'mails'), 'mail_id', 'received_at') }}

),

latest as (

    select *
    from source
    {{ latest_version('mail_id') }}

),

renamed as (

    select
        mail_id,
        customer_id,
        received_at,
        nullif(trim(subject), '') as subject,
        nullif(trim(body), '') as body,
        coalesce(nullif(lower(trim(channel)), ''), 'email') as channel,
        nullif(upper(trim(category)), '') as category,
        _row_hash,
        _ingested_at,
        _file_name,
        {{ loaded_at() }} as _staged_at

    from latest

)

select * from renamed
