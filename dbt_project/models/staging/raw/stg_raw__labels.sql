with

source as (

    select * from {{ source('raw', 'labels') }}

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
        _line

    from latest

)

select * from renamed
