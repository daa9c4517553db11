with

source as (

    select * from {{ source('raw', 'actions') }}

),

latest as (

    select *
    from source
    {{ latest_version('action_id') }}

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
