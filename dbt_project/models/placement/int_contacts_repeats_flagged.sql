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
    customer's whole history; no other customer's flags can move.
-#}
with

placed as (

    select * from {{ ref('int_contacts_signals_assigned') }}

),

{% if is_incremental() %}

placed_since as (

    select contact_id, customer_id from placed where _loaded_at > {{ last_build() }}

),

touched_customers as (

    select customer_id from placed_since
    union
    select customer_id from {{ this }} where contact_id in (select contact_id from placed_since)

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

)

select * from final
