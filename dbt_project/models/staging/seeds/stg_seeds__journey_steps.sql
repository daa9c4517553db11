with

source as (

    select * from {{ ref('journey_steps') }}

),

renamed as (

    select
        trim(journey_step_id) as journey_step_id,
        step_order,
        name_nl,
        name_en,
        description

    from source

)

select * from renamed
