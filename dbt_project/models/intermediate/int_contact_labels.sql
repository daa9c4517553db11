{{ config(materialized='table') }}
{#-
    The hand label of a contact: the latest label whose contact_id resolves to it. Placement puts
    it first among a contact's signals; training reads it for the contact a survey follows.
    A table: placement and the tests read it, and each read of a view would resolve every
    reference again.
-#}
with

labels as (

    select * from {{ ref('stg_raw__labels') }}

),

contact_references as (

    select * from {{ ref('int_contact_references_resolved') }}

),

contact_labels as (

    select
        contact_references.contact_id,
        labels.signal_id

    from labels
    inner join contact_references on contact_references.reference = labels.contact_id
    {{ latest_version('contact_references.contact_id', tie_breaker='labels.label_key') }}

)

select * from contact_labels
