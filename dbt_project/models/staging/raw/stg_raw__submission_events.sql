with

source as (

    select * from {{ source('raw', 'submission_events') }}

),

latest as (

    select *
    from source
    {{ latest_version('event_key') }}

),

renamed as (

    select
        event_key,
        submission_id,
        "at" as event_at,
        nullif(lower(trim(status)), '') as status,
        "by" as event_by,
        nullif(trim(note), '') as note,
        nullif(trim(signal_id), '') as signal_id,
        nullif(lower(trim(priority)), '') as priority,
        nullif(trim(context), '') as context,
        nullif(trim(cause), '') as cause,
        nullif(trim(action_id), '') as action_id,
        nullif(trim(duplicate_of), '') as duplicate_of,
        _ingested_at,
        _file_name,
        _line

    from latest

)

select * from renamed
