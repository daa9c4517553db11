with

source as (

    select * from {{ source('ml', 'contact_signal_tags') }}

),

latest as (

    select *
    from source
    qualify row_number() over (partition by contact_id order by tagged_at desc) = 1

),

renamed as (

    select
        contact_id,
        coalesce(nullif(trim(signal_id), ''), 'unknown') as signal_id,
        signal_confidence,
        nullif(trim(journey_step_id), '') as journey_step_id,
        journey_step_confidence,
        nullif(trim(secondary_signal_id), '') as secondary_signal_id,
        model_version,
        tagged_at

    from latest

)

select * from renamed
