with

source as (

    select * from {{ source('raw', 'submissions') }}

),

latest as (

    select *
    from source
    {{ latest_version('submission_id') }}

),

renamed as (

    select
        submission_id,
        submitted_at,
        submitter,
        text as submission_text,
        nullif(lower(trim(channel)), '') as channel,
        nullif(trim(product), '') as product,
        nullif(trim(process), '') as process,
        nullif(trim(submitter_team), '') as submitter_team,
        nullif(trim(customer_example), '') as customer_example,
        _ingested_at,
        _file_name

    from latest

)

select * from renamed
