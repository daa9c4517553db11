{#- Survey responses with their local (Europe/Amsterdam) date, month and week, for the metric models. -#}
with

responses as (

    select * from {{ ref('fct_survey_responses') }}

),

dated as (

    select
        response_id,
        customer_key,
        survey_type,
        score,
        nps_group,
        journey_step_id,
        {{ local_date('responded_at') }} as response_date
    from responses

),

final as (

    select
        *,
        cast(date_trunc('month', response_date) as date) as month,
        cast(date_trunc('week', response_date) as date) as week_start
    from dated

)

select * from final
