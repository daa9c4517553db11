{#-
    Signal and journey step per contact, each from the first source that has one:
      signal:       label on the contact > signal-level wrap-up code > classifier tag > 'unknown'
      journey step: the signal's step > the wrap-up code's step > the classifier's step > the survey touchpoint's step
-#}
with

contacts as (

    select * from {{ ref('int_contacts_unioned') }}

),

contact_labels as (

    select * from {{ ref('int_contact_labels') }}

),

tags as (

    select * from {{ ref('stg_ml__contact_signal_tags') }}

),

wrap_up_codes as (

    select * from {{ ref('stg_seeds__wrap_up_codes') }}

),

signals as (

    select * from {{ ref('stg_seeds__signals') }}

),

touchpoints as (

    select * from {{ ref('stg_seeds__survey_touchpoints') }}

),

candidates as (

    select
        contacts.*,
        contact_labels.signal_id as label_signal_id,
        wrap_up_codes.signal_id as code_signal_id,
        wrap_up_codes.journey_step_id as code_journey_step_id,
        tags.signal_id as tag_signal_id,
        tags.signal_confidence as tag_signal_confidence,
        tags.journey_step_id as tag_journey_step_id,
        tags.secondary_signal_id as tag_secondary_signal_id,
        touchpoints.journey_step_id as touchpoint_journey_step_id

    from contacts
    left join contact_labels using (contact_id)
    left join wrap_up_codes using (wrap_up_code)
    left join tags using (contact_id)
    left join touchpoints using (touchpoint)

),

signal_assigned as (

    select
        *,
        case
            when label_signal_id is not null then 'label'
            when code_signal_id is not null then 'wrap_up_code'
            when tag_signal_id is not null then 'classifier'
            else 'none'
        end as signal_source

    from candidates

),

signal_resolved as (

    select
        *,
        case signal_source
            when 'label' then label_signal_id
            when 'wrap_up_code' then code_signal_id
            when 'classifier' then tag_signal_id
            else 'unknown'
        end as signal_id,
        case signal_source
            when 'label' then 1.0
            when 'wrap_up_code' then 1.0
            when 'classifier' then tag_signal_confidence
        end as signal_confidence

    from signal_assigned

),

step_assigned as (

    select
        signal_resolved.*,
        signals.journey_step_id as signal_journey_step_id,
        case
            when signals.journey_step_id is not null then 'signal'
            when code_journey_step_id is not null then 'wrap_up_code'
            when tag_journey_step_id is not null then 'classifier'
            when touchpoint_journey_step_id is not null then 'touchpoint'
            else 'none'
        end as journey_step_source

    from signal_resolved
    left join signals using (signal_id)

),

final as (

    select
        contact_id,
        source,
        source_contact_id,
        channel,
        customer_id,
        occurred_at,
        is_customer_initiated,
        wrap_up_code,
        touchpoint,
        text,
        signal_id,
        signal_source,
        signal_confidence,
        case
            when tag_secondary_signal_id is distinct from signal_id then tag_secondary_signal_id
        end as secondary_signal_id,
        case journey_step_source
            when 'signal' then signal_journey_step_id
            when 'wrap_up_code' then code_journey_step_id
            when 'classifier' then tag_journey_step_id
            when 'touchpoint' then touchpoint_journey_step_id
        end as journey_step_id,
        journey_step_source,
        _row_hash

    from step_assigned

)

select * from final
