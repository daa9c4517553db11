{{
    config(
        **incremental_config('seed_name')
    )
}}
{#-
    One row per seed: the md5 of its content, and when dbt first saw that content (_staged_at).
    A row is rewritten only when its seed's content changed, so an incremental model whose last
    build is older than a row here recomputes everything (macro seeds_changed_since): an edited
    seed reaches every contact and period without a backfill.
-#}
{%- set seed_names = ['journey_steps', 'signals', 'channels', 'channel_aliases', 'wrap_up_codes',
                      'survey_touchpoints', 'capacity_plan'] %}
with

fingerprints as (

    {%- for seed_name in seed_names %}
    select '{{ seed_name }}' as seed_name, {{ content_hash('seed_row') }} as content_hash
    from {{ ref(seed_name) }} as seed_row
    {%- if not loop.last %}
    union all
    {%- endif %}
    {%- endfor %}

),

changed as (

    select fingerprints.*, {{ loaded_at() }} as _staged_at
    from fingerprints
    {%- if is_incremental() %}
    left join {{ this }} as stored using (seed_name)
    where stored.content_hash is distinct from fingerprints.content_hash
    {%- endif %}

)

select * from changed
