{{
    config(
        **incremental_config('response_id')
    )
}}
with

source as (

    select * from {{ source('raw', 'surveys') }}
    {{ new_versions_only(source('raw', 'surveys'), 'response_id', 'responded_at') }}

),

latest as (

    select *
    from source
    {{ latest_version('response_id') }}

),

renamed as (

    select
        response_id,
        customer_id,
        responded_at,
        upper(survey_type) as survey_type,
        score,
        nullif(lower(trim(touchpoint)), '') as touchpoint,
        nullif(trim(comment), '') as comment,
        nullif(trim(contact_id), '') as contact_id,
        _row_hash,
        _ingested_at,
        _file_name,
        {{ loaded_at() }} as _staged_at

    from latest

)

select * from renamed
