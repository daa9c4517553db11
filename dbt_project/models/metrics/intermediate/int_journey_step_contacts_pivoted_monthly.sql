{#- Customer-initiated contacts per journey step per month, split by channel group. -#}
with

contacts as (

    select * from {{ ref('fct_contacts') }}
    where is_customer_initiated and journey_step_id is not null

),

final as (

    select
        journey_step_id,
        cast(date_trunc('month', contact_date) as date) as month,
        count(*) filter (where channel_group = 'assisted') as contacts_assisted,
        count(*) filter (where channel_group = 'digital') as contacts_digital,
        count(*) filter (where channel_group = 'self_service') as contacts_self_service,
        count(*) as contacts,
        sum(coalesce(cost_eur, 0)) as cost_eur
    from contacts
    group by journey_step_id, month

)

select * from final
