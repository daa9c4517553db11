{{ config(materialized='table') }}
{#-
    What a reference to a contact in a label or a survey (their contact_id column) points to. A
    reference is either the qualified id the product publishes ('call:C001') or the source's own
    id ('C001'); the own id resolves only when exactly one contact carries it, since two sources
    may share an id space and a guess would place a label or a survey on the wrong contact.
    A table: placement, the survey facts and the tests read it, and each read of a view would
    group every contact again.
-#}
with

contacts as (

    select * from {{ ref('int_contacts_unioned') }}

),

qualified as (

    select
        contact_id as reference,
        contact_id

    from contacts

),

own_ids as (

    select
        source_contact_id as reference,
        min(contact_id) as contact_id

    from contacts
    group by source_contact_id
    having count(*) = 1

),

references_unioned as (

    select * from qualified
    union all
    select * from own_ids where reference not in (select reference from qualified)

)

select * from references_unioned
