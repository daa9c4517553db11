{{
    config(
        **incremental_config('contact_id')
    )
}}
{#-
    The latest tag per contact. Incremental on the tagging watermark: a following night reads only
    the tags written after the latest one staged (`tagged_at`); a backfill window restages them all.
-#}
with

source as (

    select * from {{ source('ml', 'contact_signal_tags') }}
    {%- if is_incremental() %}
    where tagged_at > {{ last_build('tagged_at') }}
        {%- if backfill_window_is_set() %} or true{% endif %}
    {%- endif %}

),

latest as (

    select *
    from source
    qualify row_number() over (partition by contact_id order by tagged_at desc) = 1

),

renamed as (

    select
        contact_id,
        coalesce(nullif(trim(signal_id), ''), 'unknown') as signal_id,
        signal_confidence,
        nullif(trim(journey_step_id), '') as journey_step_id,
        journey_step_confidence,
        nullif(trim(secondary_signal_id), '') as secondary_signal_id,
        model_version,
        tagged_at,
        {{ loaded_at() }} as _staged_at

    from latest

)

select * from renamed
