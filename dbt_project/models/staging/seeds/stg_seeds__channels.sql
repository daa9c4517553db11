with

source as (

    select * from {{ ref('channels') }}

),

renamed as (

    select
        lower(trim(channel)) as channel,
        lower(trim(channel_group)) as channel_group,
        cast(cost_per_contact_eur as decimal(10, 2)) as cost_per_contact_eur

    from source

)

select * from renamed
