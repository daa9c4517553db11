{#-
    The unredacted free text per contact, read by the tagging asset (assets/tagging.py); a survey
    comment carries its survey type and score, the context it is tagged in (ml/survey_context.py).
-#}
with

contacts as (

    select * from {{ ref('int_contacts_unioned') }}

),

surveys as (

    select * from {{ ref('stg_raw__surveys') }}

),

texts as (

    select
        contacts.contact_id,
        contacts.source,
        contacts.customer_id,
        contacts.occurred_at,
        contacts.text,
        surveys.survey_type,
        surveys.score

    from contacts
    left join surveys
        on contacts.source = 'survey' and surveys.response_id = contacts.source_contact_id
    where contacts.text is not null

)

select * from texts
