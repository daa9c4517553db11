{#-
    Survey scores per journey step per month (docs/SPEC.md): NPS = % promoters - % detractors
    (macro nps_group); CSAT = mean 1-10; CES = mean 1-7. A score with no answers is null. Means
    are taken over exact decimals, so they do not depend on the order of the answers.
-#}
with

responses as (

    select * from {{ ref('int_survey_responses_dated') }}
    where journey_step_id is not null

),

final as (

    select
        journey_step_id,
        month,
        count(*) filter (where survey_type = 'CSAT') as n_csat,
        avg({{ exact_decimal('score') }}) filter (where survey_type = 'CSAT') as csat,
        count(*) filter (where survey_type = 'NPS') as n_nps,
        100.0 * (count(*) filter (where survey_type = 'NPS' and {{ nps_group('score') }} = 'promoter')
            - count(*) filter (where survey_type = 'NPS' and {{ nps_group('score') }} = 'detractor'))
            / nullif(count(*) filter (where survey_type = 'NPS'), 0) as nps,
        count(*) filter (where survey_type = 'CES') as n_ces,
        avg({{ exact_decimal('score') }}) filter (where survey_type = 'CES') as ces
    from responses
    group by journey_step_id, month

)

select * from final
