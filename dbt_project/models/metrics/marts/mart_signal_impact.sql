{{
    config(
        on_schema_change='append_new_columns',
        post_hook="{{ delete_rows_not_in('month', ref('int_months_spined')) }}",
        **incremental_config('month', partition_by='month')
    )
}}
{#-
    Incremental by month: a night rebuilds the months its new and changed contacts and responses
    touch (macro periods_to_rebuild); months that left the data are deleted after the build.
-#}
with

scored as (

    select * from {{ ref('int_signal_impacts_scored') }}
    where grain = 'month'

),

months as (

    select * from {{ ref('int_months_spined') }}

),

dates_recorded as (

    select * from {{ ref('int_fact_dates_recorded') }}

),

seed_fingerprints as (

    select * from {{ ref('stg_seeds__fingerprints') }}

),

{% if is_incremental() %}

months_to_rebuild as (

    {{ periods_to_rebuild('months', 'dates_recorded', 'seed_fingerprints') }}

),

{% endif %}

final as (

    select
        signal_id,
        journey_step_id,
        period_start as month,
        is_complete_period as is_complete_month,
        {{ signal_impact_measures() }},
        {{ loaded_at() }} as _loaded_at
    from scored
    {%- if is_incremental() %}
    where period_start in (select month from months_to_rebuild)
    {%- endif %}

)

select * from final
