with

source as (

    select * from {{ ref('capacity_plan') }}

),

renamed as (

    select
        trim(migration_wave) as migration_wave,
        week_since_migration,
        planned_extra_contacts_per_1000

    from source

)

select * from renamed
