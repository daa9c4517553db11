with

source as (

    select * from {{ ref('channel_aliases') }}

),

renamed as (

    select
        lower(trim(alias)) as alias,
        lower(trim(channel)) as channel

    from source

)

select * from renamed
