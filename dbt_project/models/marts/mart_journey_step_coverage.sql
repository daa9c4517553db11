{#-
    How many contacts land on a journey step, per source and in total, and through which rule.
    Contacts whose signal is `other` (not about a customer problem at all) are outside the chain:
    counted in contacts_other, left out of the share.
-#}
with

contacts as (

    select * from {{ ref('fct_contacts') }}

),

per_source as (

    select
        coalesce(source, 'all') as source,
        count(*) as contacts,
        count(*) filter (where signal_id = 'other') as contacts_other,
        count(*) filter (where signal_id <> 'other') as contacts_in_scope,
        count(journey_step_id) filter (where signal_id <> 'other') as contacts_on_step,
        count(*) filter (where signal_id <> 'other' and journey_step_id is null) as contacts_without_step,
        count(*) filter (where signal_id <> 'other' and journey_step_source = 'signal') as steps_from_signal,
        count(*) filter (where signal_id <> 'other' and journey_step_source = 'wrap_up_code') as steps_from_wrap_up_code,
        count(*) filter (where signal_id <> 'other' and journey_step_source = 'classifier') as steps_from_classifier,
        count(*) filter (where signal_id <> 'other' and journey_step_source = 'touchpoint') as steps_from_touchpoint

    from contacts
    group by rollup (source)

)

select
    source,
    contacts,
    contacts_other,
    contacts_in_scope,
    contacts_on_step,
    contacts_without_step,
    {{ round_measure('coalesce(contacts_on_step / nullif(contacts_in_scope, 0), 1.0)') }} as share_on_step,
    steps_from_signal,
    steps_from_wrap_up_code,
    steps_from_classifier,
    steps_from_touchpoint

from per_source
