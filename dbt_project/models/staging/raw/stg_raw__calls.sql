with

source as (

    select * from {{ source('raw', 'calls') }}

),

latest as (

    select *
    from source
    qualify row_number() over (
        partition by call_id
        order by _ingested_at desc, _file_name desc, _line desc
    ) = 1

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
