with

source as (

    select * from {{ ref('wrap_up_codes') }}

),

renamed as (

    select
        upper(trim(wrap_up_code)) as wrap_up_code,
        nullif(trim(signal_id), '') as signal_id,
        nullif(trim(journey_step_id), '') as journey_step_id,
        description

    from source

)

select * from renamed
