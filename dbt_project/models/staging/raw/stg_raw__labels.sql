with

source as (

    select * from {{ source('raw', 'labels') }}

),

latest as (

    select *
    from source
    qualify row_number() over (
        partition by label_key
        order by _ingested_at desc, _file_name desc, _line desc
    ) = 1

),

renamed as (

    select
        label_key,
        text as label_text,
        trim(signal_id) as signal_id,
        nullif(trim(contact_id), '') as contact_id,
        _ingested_at,
        _file_name

    from latest

)

select * from renamed
