{{
    config(
        on_schema_change='append_new_columns',
        **incremental_config('response_id')
    )
}}
{#-
    One row per survey response. Journey step: the touchpoint's step, else the step of the contact
    the survey is about, else the step of the response's own comment (both as fct_contacts places them).

    Incremental on response_id, like fct_contacts: the placement of every response is compared with
    the stored one (plain joins, no Python); a new or re-delivered response (staged since the last
    build) or one inside the backfill window is pseudonymised afresh, one whose journey step or
    contact moved (a contact placed again, a reference that resolves elsewhere, an edited seed) is
    rewritten with its stored customer_key, every other row is left alone.
-#}
{%- set derived_columns = ['responded_at', 'response_date', 'survey_type', 'score', 'nps_group', 'touchpoint',
                           'journey_step_id', 'contact_id', 'has_comment'] -%}
with

surveys as (

    select * from {{ ref('stg_raw__surveys') }}

),

touchpoints as (

    select * from {{ ref('stg_seeds__survey_touchpoints') }}

),

contacts as (

    select contact_id, journey_step_id from {{ ref('fct_contacts') }}

),

contact_references as (

    select * from {{ ref('int_contact_references_resolved') }}

),

joined as (

    select
        {{ star_except(['contact_id'], 'surveys') }},
        contact_references.contact_id,
        touchpoints.journey_step_id as touchpoint_journey_step_id,
        about_contact.journey_step_id as contact_journey_step_id,
        own_comment.journey_step_id as comment_journey_step_id

    from surveys
    left join touchpoints using (touchpoint)
    left join contact_references on contact_references.reference = surveys.contact_id
    left join contacts as about_contact on about_contact.contact_id = contact_references.contact_id
    left join contacts as own_comment on own_comment.contact_id = 'survey:' || surveys.response_id

),

placed as (

    select
        response_id,
        customer_id,
        responded_at,
        {{ local_date('responded_at') }} as response_date,
        survey_type,
        score,
        case when survey_type = 'NPS' then {{ nps_group('score') }} end as nps_group,
        touchpoint,
        coalesce(touchpoint_journey_step_id, contact_journey_step_id, comment_journey_step_id) as journey_step_id,
        contact_id,
        comment is not null as has_comment,
        _staged_at

    from joined

),

{% if is_incremental() %}

previous_build as (

    select * from {{ this }}

),

new_versions as (

    select placed.*
    from placed
    left join previous_build using (response_id)
    where previous_build.response_id is null
        or placed._staged_at > {{ last_build() }}
        or {{ in_backfill_window('placed.response_date') }}

),

restated as (

    select {{ star_except(['customer_id'], 'placed') }}, previous_build.customer_key
    from placed
    inner join previous_build using (response_id)
    where placed.response_id not in (select response_id from new_versions)
      and (
        {%- for column in derived_columns %}
        {% if not loop.first %}or {% endif %}placed.{{ column }} is distinct from previous_build.{{ column }}
        {%- endfor %}
      )

),

rebuilt as (

    select {{ star_except(['customer_id']) }}, pseudonymise(customer_id) as customer_key from new_versions
    union all
    select * from restated

),

{% else %}

rebuilt as (

    select {{ star_except(['customer_id']) }}, pseudonymise(customer_id) as customer_key from placed

),

{% endif %}

final as (

    select
        response_id,
        customer_key,
        responded_at,
        response_date,
        survey_type,
        score,
        nps_group,
        touchpoint,
        journey_step_id,
        contact_id,
        has_comment,
        {{ loaded_at() }} as _loaded_at

    from rebuilt

)

select * from final
