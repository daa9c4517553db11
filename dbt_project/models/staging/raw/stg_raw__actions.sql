with

source as (

    select * from {{ source('raw', 'actions') }}

),

latest as (

    select *
    from source
    qualify row_number() over (
        partition by action_id
        order by _ingested_at desc, _file_name desc, _line desc
    ) = 1

),

renamed as (

    select
        action_id,
        trim(signal_id) as signal_id,
        title,
        go_live_date,
        nullif(trim(owner), '') as owner,
        cost_eur,
        nullif(lower(trim(status)), '') as status,
        _ingested_at,
        _file_name

    from latest

)

select * from renamed
