{#-
    One row per survey response. Journey step: the touchpoint's step, else the step of the contact
    the survey is about, else the step of the response's own comment.
-#}
with

surveys as (

    select * from {{ ref('stg_raw__surveys') }}

),

touchpoints as (

    select * from {{ ref('stg_seeds__survey_touchpoints') }}

),

contacts as (

    select * from {{ ref('int_contacts_signals_assigned') }}

),

contact_references as (

    select * from {{ ref('int_contact_references_resolved') }}

),

joined as (

    select
        surveys.* exclude (contact_id),
        contact_references.contact_id,
        touchpoints.journey_step_id as touchpoint_journey_step_id,
        about_contact.journey_step_id as contact_journey_step_id,
        own_comment.journey_step_id as comment_journey_step_id

    from surveys
    left join touchpoints using (touchpoint)
    left join contact_references on contact_references.reference = surveys.contact_id
    left join contacts as about_contact on about_contact.contact_id = contact_references.contact_id
    left join contacts as own_comment
        on own_comment.source = 'survey' and own_comment.source_contact_id = surveys.response_id

),

final as (

    select
        response_id,
        pseudonymise(customer_id) as customer_key,
        responded_at,
        cast(timezone('Europe/Amsterdam', responded_at) as date) as response_date,
        survey_type,
        score,
        case when survey_type = 'NPS' then {{ nps_group('score') }} end as nps_group,
        touchpoint,
        coalesce(touchpoint_journey_step_id, contact_journey_step_id, comment_journey_step_id) as journey_step_id,
        contact_id,
        comment is not null as has_comment

    from joined

)

select * from final
