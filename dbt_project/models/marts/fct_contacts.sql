{{
    config(
        on_schema_change='append_new_columns',
        post_hook="{{ delete_rows_not_in('contact_id', ref('int_contacts_repeats_flagged')) }}",
        **incremental_config('contact_id')
    )
}}
{#-
    Incremental on contact_id. A night reads only the contacts the placement models wrote since its
    last build (models/placement: the contacts a night's changes touch, and every contact of their
    customers for the repeat flags). Of those it rewrites:
      - new contacts and re-delivered versions (their source row hash differs from the stored one),
        and contacts inside the backfill window: pseudonymised and redacted afresh;
      - contacts whose derived columns differ from the stored ones (a new label or classifier
        tag, a repeat flag moved by a late or changed contact, an edited seed): rewritten with
        their stored customer_key and text_redacted, so the Python UDFs only see new text.
    Every rewritten row gets the run's time in _loaded_at; the others keep theirs.
    A change of the pseudonym key or of the redaction rules needs `dbt build --full-refresh`.
    Contacts no longer upstream (ids of an earlier id scheme) are deleted after each build.
-#}
{%- set derived_columns = [
    'source', 'channel', 'channel_group', 'occurred_at', 'contact_date', 'signal_id', 'signal_source',
    'signal_confidence', 'secondary_signal_id', 'journey_step_id', 'journey_step_source',
    'is_customer_initiated', 'is_repeat_contact', 'repeat_of_contact_id', 'cost_eur', 'is_channel_costed',
] -%}

with

placed as (

    select * from {{ ref('int_contacts_repeats_flagged') }}

),

contacts as (

    select * from placed
    {%- if is_incremental() %}
    where _loaded_at > {{ last_build() }}
    {%- endif %}

),

channels as (

    select * from {{ ref('dim_channels') }}

),

enriched as (

    select
        contacts.contact_id,
        contacts.source,
        contacts.channel,
        channels.channel_group,
        contacts.customer_id,
        contacts.occurred_at,
        {{ local_date('contacts.occurred_at') }} as contact_date,
        contacts.signal_id,
        contacts.signal_source,
        cast(contacts.signal_confidence as double) as signal_confidence,
        contacts.secondary_signal_id,
        contacts.journey_step_id,
        contacts.journey_step_source,
        contacts.is_customer_initiated,
        contacts.is_repeat_contact,
        contacts.repeat_of_contact_id,
        cast(
            case
                when contacts.is_customer_initiated then channels.cost_per_contact_eur
                else coalesce(channels.cost_per_contact_eur, 0)
            end as decimal(10, 2)
        ) as cost_eur,
        channels.channel is not null as is_channel_costed,
        contacts.text,
        contacts._row_hash

    from contacts
    left join channels using (channel)

),

{% if is_incremental() %}

previous_build as (

    select * from {{ this }}

),

new_versions as (

    select enriched.*
    from enriched
    left join previous_build using (contact_id)
    where previous_build._row_hash is distinct from enriched._row_hash
        or {{ in_backfill_window('enriched.contact_date') }}

),

restated as (

    select
        {{ star_except(['customer_id', 'text'], 'enriched') }},
        previous_build.customer_key,
        previous_build.text_redacted

    from enriched
    inner join previous_build using (contact_id)
    where enriched._row_hash = previous_build._row_hash
      and not {{ in_backfill_window('enriched.contact_date') }}
      and (
        {%- for column in derived_columns %}
        {% if not loop.first %}or {% endif %}enriched.{{ column }} is distinct from previous_build.{{ column }}
        {%- endfor %}
      )

),

rebuilt as (

    select
        {{ star_except(['customer_id', 'text']) }},
        pseudonymise(customer_id) as customer_key,
        redact_pii_with_ids({{ mask_customer_id('text', 'customer_id') }}, {{ inferred_customer_id_pattern() }})
            as text_redacted

    from new_versions

    union all

    select * from restated

),

{% else %}

rebuilt as (

    select
        {{ star_except(['customer_id', 'text']) }},
        pseudonymise(customer_id) as customer_key,
        redact_pii_with_ids({{ mask_customer_id('text', 'customer_id') }}, {{ inferred_customer_id_pattern() }})
            as text_redacted

    from enriched

),

{% endif %}

final as (

    select
        contact_id,
        source,
        channel,
        channel_group,
        customer_key,
        occurred_at,
        contact_date,
        signal_id,
        signal_source,
        signal_confidence,
        secondary_signal_id,
        journey_step_id,
        journey_step_source,
        is_customer_initiated,
        is_repeat_contact,
        repeat_of_contact_id,
        cost_eur,
        is_channel_costed,
        text_redacted,
        _row_hash,
        current_timestamp as _loaded_at

    from rebuilt

)

select * from final
