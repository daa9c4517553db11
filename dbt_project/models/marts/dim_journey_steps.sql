with

journey_steps as (

    select * from {{ ref('stg_seeds__journey_steps') }}

)

select
    journey_step_id,
    step_order,
    name_nl,
    name_en,
    description

from journey_steps
