{#-
    The contacts that count for signal volume: customer-initiated (survey comments are not extra
    contacts) and carrying a taxonomy signal (not `other`, not `unknown`, not missing).
-#}
with

contacts as (

    select * from {{ ref('fct_contacts') }}

),

signals as (

    select signal_id, journey_step_id
    from {{ ref('dim_signals') }}
    where is_customer_signal

),

final as (

    select
        contacts.contact_id,
        contacts.customer_key,
        contacts.contact_date,
        cast(date_trunc('month', contacts.contact_date) as date) as month,
        cast(date_trunc('week', contacts.contact_date) as date) as week_start,
        contacts.signal_id,
        signals.journey_step_id,
        contacts.channel,
        contacts.channel_group,
        coalesce(contacts.cost_eur, 0) as cost_eur,
        contacts.is_repeat_contact
    from contacts
    inner join signals on contacts.signal_id = signals.signal_id
    where contacts.is_customer_initiated

)

select * from final
