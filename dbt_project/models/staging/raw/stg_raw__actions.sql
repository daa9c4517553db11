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
        expected_cost_eur,
        nullif(trim(parent_action_id), '') as parent_action_id,
        done_at,
        _ingested_at,
        _file_name

    from latest

)

select * from renamed
