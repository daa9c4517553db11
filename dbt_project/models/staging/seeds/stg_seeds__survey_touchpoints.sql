with

source as (

    select * from {{ ref('survey_touchpoints') }}

),

renamed as (

    select
        lower(trim(touchpoint)) as touchpoint,
        nullif(trim(journey_step_id), '') as journey_step_id

    from source

)

select * from renamed
