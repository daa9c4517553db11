{{ config(materialized='table') }}
{#-
    What a reference to a contact in a label or a survey (their contact_id column) points to. A
    reference is either the qualified id the product publishes ('call:C001') or the source's own
    id ('C001'); the own id resolves only when exactly one contact carries it, since two sources
    may share an id space and a guess would place a label or a survey on the wrong contact.
    Only the references labels and surveys make are resolved: every contact would be two rows, a
    million contacts two million, rebuilt every night for the few thousand that are referenced.
    A table: placement, the survey facts and the tests read it, and each read of a view would
    group the contacts again.
-#}
with

labels as (

    select * from {{ ref('stg_raw__labels') }}

),

surveys as (

    select * from {{ ref('stg_raw__surveys') }}

),

contacts as (

    select * from {{ ref('int_contacts_unioned') }}

),

referenced as (

    select contact_id as reference from labels where contact_id is not null
    union
    select contact_id as reference from surveys where contact_id is not null

),

qualified as (

    select
        contact_id as reference,
        contact_id

    from contacts
    where contact_id in (select reference from referenced)

),

own_ids as (

    select
        source_contact_id as reference,
        min(contact_id) as contact_id

    from contacts
    where source_contact_id in (select reference from referenced)
    group by source_contact_id
    having count(*) = 1

),

references_unioned as (

    select * from qualified
    union all
    select * from own_ids where reference not in (select reference from qualified)

)

select * from references_unioned
