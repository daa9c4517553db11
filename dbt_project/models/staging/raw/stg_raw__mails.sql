with

source as (

    select * from {{ source('raw', 'mails') }}

),

latest as (

    select *
    from source
    qualify row_number() over (
        partition by mail_id
        order by _ingested_at desc, _file_name desc, _line desc
    ) = 1

),

renamed as (

    select
        mail_id,
        customer_id,
        received_at,
        nullif(trim(subject), '') as subject,
        nullif(trim(body), '') as body,
        coalesce(nullif(lower(trim(channel)), ''), 'email') as channel,
        _row_hash,
        _ingested_at,
        _file_name

    from latest

)

select * from renamed
