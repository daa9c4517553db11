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

)

select *, has_no_contacts or has_no_survey_data as is_data_gap from final
