{#- The unredacted free text per contact, read by the tagging asset (assets/tagging.py). -#}
with

contacts as (

    select * from {{ ref('int_contacts_unioned') }}

),

texts as (

    select
        contact_id,
        source,
        customer_id,
        occurred_at,
        text

    from contacts
    where text is not null

)

select * from texts
