{#-
    Which sources the night had data from, and for which dates. A source without data is a data
    gap, not a failure: the marts that need it are built with nulls where it is missing, and
    when_missing says which numbers those are. The warn-level test on has_data (a warning asset
    check in Dagster) and the night summary (cli/summary.py) name the missing source.
-#}
with

contacts as (

    select * from {{ ref('fct_contacts') }}

),

responses as (

    select * from {{ ref('fct_survey_responses') }}

),

customers as (

    select * from {{ ref('dim_customers') }}

),

expected as (

    select * from (values
        ('call', 'no calls in the contact volumes, costs and repeat contacts'),
        ('mail', 'no mails, chats or other messages in the contact volumes, costs and repeat contacts'),
        ('complaint', 'no complaints in the contact volumes, costs and repeat contacts'),
        ('survey', 'no satisfaction: CSAT, NPS and CES are null and signal priority falls back to volume'),
        ('customer', 'no customer base: no rates per 1,000 customers and no migration monitor')
    ) as t(source, when_missing)

),

delivered as (

    select source, count(*) as rows, min(contact_date) as first_date, max(contact_date) as last_date
    from contacts
    where source <> 'survey'
    group by source

    union all

    select 'survey', count(*), min(response_date), max(response_date)
    from responses

    union all

    select 'customer', count(*), cast(null as date), cast(null as date)
    from customers

),

final as (

    select
        expected.source,
        coalesce(delivered.rows, 0) as rows,
        delivered.first_date,
        delivered.last_date,
        coalesce(delivered.rows, 0) > 0 as has_data,
        expected.when_missing

    from expected
    left join delivered using (source)

)

select * from final
order by source
