with

source as (

    select * from {{ ref('signals') }}

),

renamed as (

    select
        trim(signal_id) as signal_id,
        nullif(trim(journey_step_id), '') as journey_step_id,
        name_nl,
        name_en,
        description

    from source

)

select * from renamed
