{{
    config(
        **incremental_config('label_key')
    )
}}
with

source as (

    select * from {{ source('raw', 'labels') }}
    {{ new_versions_only(source('raw', 'labels'), 'label_key') }}

),

latest as (

    select *
    from source
    {{ latest_version('label_key') }}

),

renamed as (

    select
        label_key,
        text as label_text,
        trim(signal_id) as signal_id,
        nullif(trim(contact_id), '') as contact_id,
        _ingested_at,
        _file_name,
        _line,
        {{ loaded_at() }} as _staged_at

    from latest

)

select * from renamed
