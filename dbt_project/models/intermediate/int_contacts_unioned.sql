{#-
    One stream of contacts across sources; survey responses with a comment are contacts too.
    contact_id is qualified by its source ('call:C001', 'mail:C001'), so sources may share an id
    space; source_contact_id is the source's own id. A channel an export names in its own words
    becomes ours through channel_aliases.csv; a mail's or complaint's category travels as its
    wrap_up_code, so wrap_up_codes.csv maps it to a signal as it maps a call's code.
-#}
with

calls as (

    select * from {{ ref('stg_raw__calls') }}

),

mails as (

    select * from {{ ref('stg_raw__mails') }}

),

complaints as (

    select * from {{ ref('stg_raw__complaints') }}

),

surveys as (

    select * from {{ ref('stg_raw__surveys') }}

),

channel_aliases as (

    select * from {{ ref('stg_seeds__channel_aliases') }}

),

call_contacts as (

    select
        'call:' || call_id as contact_id,
        call_id as source_contact_id,
        'call' as source,
        '{{ var("call_channel") }}' as channel,
        customer_id,
        started_at as occurred_at,
        true as is_customer_initiated,
        wrap_up_code,
        cast(null as string) as touchpoint,
        notes as text,
        _row_hash,
        _staged_at

    from calls

),

mail_contacts as (

    select
        'mail:' || mail_id as contact_id,
        mail_id as source_contact_id,
        'mail' as source,
        channel,
        customer_id,
        received_at as occurred_at,
        true as is_customer_initiated,
        category as wrap_up_code,
        cast(null as string) as touchpoint,
        nullif(concat_ws(chr(10), subject, body), '') as text,
        _row_hash,
        _staged_at

    from mails

),

complaint_contacts as (

    select
        'complaint:' || complaint_id as contact_id,
        complaint_id as source_contact_id,
        'complaint' as source,
        channel,
        customer_id,
        filed_at as occurred_at,
        true as is_customer_initiated,
        category as wrap_up_code,
        cast(null as string) as touchpoint,
        complaint_text as text,
        _row_hash,
        _staged_at

    from complaints

),

survey_contacts as (

    select
        'survey:' || response_id as contact_id,
        response_id as source_contact_id,
        'survey' as source,
        'survey' as channel,
        customer_id,
        responded_at as occurred_at,
        false as is_customer_initiated,
        cast(null as string) as wrap_up_code,
        touchpoint,
        comment as text,
        _row_hash,
        _staged_at

    from surveys
    where comment is not null

),

unioned as (

    select * from call_contacts
    union all
    select * from mail_contacts
    union all
    select * from complaint_contacts
    union all
    select * from survey_contacts

),

channels_named as (

    select
        unioned.contact_id,
        unioned.source_contact_id,
        unioned.source,
        coalesce(channel_aliases.channel, unioned.channel) as channel,
        unioned.customer_id,
        unioned.occurred_at,
        unioned.is_customer_initiated,
        unioned.wrap_up_code,
        unioned.touchpoint,
        unioned.text,
        unioned._row_hash,
        unioned._staged_at

    from unioned
    left join channel_aliases on channel_aliases.alias = unioned.channel

)

select * from channels_named
