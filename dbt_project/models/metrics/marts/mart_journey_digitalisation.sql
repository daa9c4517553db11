{{
    config(
        on_schema_change='append_new_columns',
        post_hook="{{ delete_rows_not_in('month', ref('int_months_spined')) }}",
        **incremental_config('month', partition_by='month')
    )
}}
{#-
    Incremental by month: a night rebuilds the months its new and changed contacts and responses
    touch (macro periods_to_rebuild); months that left the data are deleted after the build.
-#}
with

steps as (

    select journey_step_id, step_order from {{ ref('dim_journey_steps') }}

),

months as (

    select * from {{ ref('int_months_spined') }}

),

contacts as (

    select * from {{ ref('int_journey_step_contacts_pivoted_monthly') }}

),

surveys as (

    select * from {{ ref('int_journey_step_surveys_scored_monthly') }}

),

dates_recorded as (

    select * from {{ ref('int_fact_dates_recorded') }}

),

seed_fingerprints as (

    select * from {{ ref('stg_seeds__fingerprints') }}

),

{% if is_incremental() %}

months_to_rebuild as (

    {{ periods_to_rebuild('months', 'dates_recorded', 'seed_fingerprints') }}

),

{% endif %}

final as (

    select
        steps.journey_step_id,
        cast(steps.step_order as integer) as step_order,
        months.month,
        months.is_complete_month,
        cast(coalesce(contacts.contacts_assisted, 0) as bigint) as contacts_assisted,
        cast(coalesce(contacts.contacts_digital, 0) as bigint) as contacts_digital,
        cast(coalesce(contacts.contacts_self_service, 0) as bigint) as contacts_self_service,
        cast(coalesce(contacts.contacts, 0) as bigint) as contacts,
        {{ round_euros('coalesce(contacts.cost_eur, 0)') }} as cost_eur,
        {{ round_measure('(contacts.contacts_digital + contacts.contacts_self_service)
            / nullif(contacts.contacts_assisted + contacts.contacts_digital + contacts.contacts_self_service, 0)') }}
            as digital_share,
        {{ round_measure('surveys.csat') }} as csat,
        {{ round_measure('surveys.nps') }} as nps,
        {{ round_measure('surveys.ces') }} as ces,
        cast(coalesce(surveys.n_csat, 0) as bigint) as n_csat,
        cast(coalesce(surveys.n_nps, 0) as bigint) as n_nps,
        cast(coalesce(surveys.n_ces, 0) as bigint) as n_ces,
        coalesce(contacts.contacts, 0) = 0 as has_no_contacts,
        coalesce(surveys.n_csat, 0) + coalesce(surveys.n_nps, 0) + coalesce(surveys.n_ces, 0) = 0
            as has_no_survey_data
    from steps
    cross join months
    left join contacts
        on steps.journey_step_id = contacts.journey_step_id
        and months.month = contacts.month
    left join surveys
        on steps.journey_step_id = surveys.journey_step_id
        and months.month = surveys.month
    {%- if is_incremental() %}
    where months.month in (select month from months_to_rebuild)
    {%- endif %}

)

select *, has_no_contacts or has_no_survey_data as is_data_gap, {{ loaded_at() }} as _loaded_at from final
