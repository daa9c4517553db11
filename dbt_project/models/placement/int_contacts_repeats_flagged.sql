{{
    config(
        post_hook="{{ delete_rows_not_in('contact_id', ref('int_contacts_signals_assigned')) }}",
        **incremental_config('contact_id')
    )
}}
{#-
    A repeat contact is a customer-initiated contact on a known signal (not 'unknown' or 'other')
    whose customer had an earlier customer-initiated contact on the same signal at most
    repeat_window_days x 24 hours before it. The boundary counts: exactly 168 hours later is a
    repeat. Ties in time are ordered by contact_id. Survey comments are never repeats and never
    make another contact one.

    Incremental: a night flags again every contact of each customer whose contacts were placed
    since the last build (their current and, for a re-delivered contact, former customer), over that
    customer's whole history; no other customer's flags can move. A customer one of whose contacts
    left the placement (the post-hook deletes it) is flagged again too. Only the customer's contacts
    from the earliest time its history changed (a placed contact's time, where a re-delivered one
    stood before, where a deleted one stood) are written back: a contact's flag depends on the
    contacts before it alone, so the earlier ones cannot move, and a following night rewrites about
    its new contacts, not their customers' histories.
-#}
with

placed as (

    select * from {{ ref('int_contacts_signals_assigned') }}

),

{% if is_incremental() %}

placed_since as (

    select contact_id, customer_id, occurred_at from placed where _loaded_at > {{ last_build() }}

),

changes as (

    select customer_id, occurred_at from placed_since
    union all
    select customer_id, occurred_at from {{ this }}
    where contact_id in (select contact_id from placed_since)
       or contact_id not in (select contact_id from placed)

),

touched_customers as (

    select
        customer_id,
        case when count(*) = count(occurred_at) then min(occurred_at) end as changed_from

    from changes
    group by customer_id

),

{% endif %}

contacts as (

    select {{ star_except(['_loaded_at']) }} from placed
    {%- if is_incremental() %}
    where customer_id in (select customer_id from touched_customers)
    {%- endif %}

),

eligible as (

    select
        contact_id,
        customer_id,
        signal_id,
        occurred_at

    from contacts
    where is_customer_initiated
      and signal_id not in ('unknown', 'other')

),

with_previous as (

    select
        contact_id,
        occurred_at,
        lag(contact_id) over by_customer_signal as previous_contact_id,
        lag(occurred_at) over by_customer_signal as previous_occurred_at

    from eligible
    window by_customer_signal as (partition by customer_id, signal_id order by occurred_at, contact_id)

),

repeats as (

    select
        contact_id,
        previous_contact_id as repeat_of_contact_id

    from with_previous
    where previous_occurred_at >= occurred_at - {{ hours(var('repeat_window_days') * 24) }}

),

final as (

    select
        contacts.*,
        repeats.contact_id is not null as is_repeat_contact,
        repeats.repeat_of_contact_id,
        {{ loaded_at() }} as _loaded_at

    from contacts
    left join repeats using (contact_id)
    {%- if is_incremental() %}
    where not exists (
        select 1 from touched_customers
        where touched_customers.customer_id = contacts.customer_id
          and contacts.occurred_at < touched_customers.changed_from
    )
    {%- endif %}

)

select * from final
