{{
    config(
        post_hook="{{ delete_rows_not_in('contact_id', ref('int_contacts_unioned')) }}",
        **incremental_config('contact_id')
    )
}}
{#-
    Signal and journey step per contact, each from the first source that has one:
      signal:       label on the contact > signal-level wrap-up code > classifier tag > 'unknown'
      journey step: the signal's step > the wrap-up code's step > the classifier's step > the survey touchpoint's step

    Incremental on contact_id: a night places again the contacts staged since the last build (new
    or re-delivered), those with a new classifier tag, those whose hand label arrived, moved or went
    (the labels are compared with the stored placement), those inside the backfill window, and every
    contact after a seed edit. Contacts no longer upstream are deleted after the build.
-#}
with

unioned as (

    select * from {{ ref('int_contacts_unioned') }}

),

contact_labels as (

    select * from {{ ref('int_contact_labels') }}

),

tags as (

    select * from {{ ref('stg_ml__contact_signal_tags') }}

),

seed_fingerprints as (

    select * from {{ ref('stg_seeds__fingerprints') }}

),

{% if is_incremental() %}

stored_labels as (

    select contact_id, signal_id from {{ this }} where signal_source = 'label'

),

relabelled as (

    select coalesce(contact_labels.contact_id, stored_labels.contact_id) as contact_id
    from contact_labels
    full join stored_labels on contact_labels.contact_id = stored_labels.contact_id
    where contact_labels.signal_id is distinct from stored_labels.signal_id

),

{% endif %}

contacts as (

    select * from unioned
    {%- if is_incremental() %}
    where _staged_at > {{ last_build() }}
        or contact_id in (select contact_id from tags where _staged_at > {{ last_build() }})
        or contact_id in (select contact_id from relabelled)
        or {{ in_backfill_window(local_date('occurred_at')) }}
        or {{ seeds_changed_since('seed_fingerprints', last_build()) }}
    {%- endif %}

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
        _row_hash,
        {{ loaded_at() }} as _loaded_at

    from step_assigned

)

select * from final
