{#-
    The values of the organisation's exports that no seed maps, with their contact volume, so it
    knows which seed rows to add: channels in neither channels.csv nor channel_aliases.csv (those
    contacts have no cost), and codes or categories not in wrap_up_codes.csv (those contacts get
    their signal from a label or the classifier only). Empty when everything maps.
-#}
with

contacts as (

    select * from {{ ref('int_contacts_unioned') }}

),

channels as (

    select * from {{ ref('stg_seeds__channels') }}

),

codes as (

    select * from {{ ref('stg_seeds__wrap_up_codes') }}

),

unmapped_channels as (

    select contacts.source, 'channel' as value_kind, contacts.channel as value, contacts.occurred_at
    from contacts
    left join channels using (channel)
    where channels.channel is null and contacts.channel is not null

),

unmapped_codes as (

    select contacts.source, 'code' as value_kind, contacts.wrap_up_code as value, contacts.occurred_at
    from contacts
    left join codes using (wrap_up_code)
    where codes.wrap_up_code is null and contacts.wrap_up_code is not null

),

counted as (

    select
        source,
        value_kind,
        value,
        count(*) as contacts,
        min(occurred_at) as first_seen_at,
        max(occurred_at) as last_seen_at

    from (select * from unmapped_channels union all select * from unmapped_codes)
    group by source, value_kind, value

)

select * from counted
order by source, value_kind, contacts desc, value
