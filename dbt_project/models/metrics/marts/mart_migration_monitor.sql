with

weeks as (

    select * from {{ ref('int_migration_weeks_counted') }}

),

plan as (

    select * from {{ ref('stg_seeds__capacity_plan') }}

),

waves as (

    select migration_wave, count(*) as migrated_customers, min(migrated_at) as first_migrated_at,
        max(migrated_at) as last_migrated_at
    from {{ ref('dim_customers') }}
    where migration_wave is not null and migrated_at is not null
    group by migration_wave

),

baselines as (

    select
        migration_wave,
        sum(contacts) as baseline_contacts,
        sum(customers_observed) as baseline_customer_weeks,
        count(*) as baseline_weeks,
        1000.0 * sum(contacts) / nullif(sum(customers_observed), 0) as baseline_contacts_per_1000,
        {{ weighted_mean('control_contacts_per_1000', 'customers_observed') }} as baseline_control_per_1000
    from weeks
    where week_since_migration < 0
    group by migration_wave

),

after_migration as (

    select
        *,
        1000.0 * contacts / nullif(customers_observed, 0) as contacts_per_1000
    from weeks
    where week_since_migration >= 0

),

expected as (

    select
        after_migration.*,
        baselines.baseline_contacts_per_1000,
        baselines.baseline_weeks,
        after_migration.control_contacts_per_1000 / nullif(baselines.baseline_control_per_1000, 0) as trend_factor,
        baselines.baseline_contacts_per_1000 * coalesce(
            after_migration.control_contacts_per_1000 / nullif(baselines.baseline_control_per_1000, 0), 1
        ) as expected_contacts_per_1000
    from after_migration
    left join baselines on after_migration.migration_wave = baselines.migration_wave

),

final as (

    select
        expected.migration_wave,
        cast(expected.week_since_migration as integer) as week_since_migration,
        waves.first_migrated_at,
        waves.last_migrated_at,
        cast(waves.migrated_customers as bigint) as migrated_customers,
        cast(expected.customers_observed as bigint) as customers_observed,
        cast(expected.contacts as bigint) as contacts,
        {{ round_measure('expected.contacts_per_1000') }} as contacts_per_1000,
        {{ round_measure('expected.baseline_contacts_per_1000') }} as baseline_contacts_per_1000,
        cast(expected.baseline_weeks as integer) as baseline_weeks,
        {{ round_measure('expected.trend_factor') }} as trend_factor,
        {{ round_measure('expected.expected_contacts_per_1000') }} as expected_contacts_per_1000,
        {{ round_measure('expected.contacts_per_1000 - expected.expected_contacts_per_1000') }} as uplift_per_1000,
        {{ round_measure('100.0 * (expected.contacts_per_1000 / nullif(expected.expected_contacts_per_1000, 0) - 1)') }}
            as uplift_pct,
        {{ round_measure('expected.contacts_per_1000 - expected.baseline_contacts_per_1000') }}
            as uplift_vs_baseline_per_1000,
        {{ round_measure('(expected.contacts_per_1000 - expected.expected_contacts_per_1000)
            * expected.customers_observed / 1000.0') }} as extra_contacts,
        {{ round_measure('expected.repeat_contacts / nullif(expected.contacts, 0)') }} as repeat_contact_rate,
        {{ round_measure('plan.planned_extra_contacts_per_1000') }} as planned_uplift_per_1000,
        {{ round_measure('expected.contacts_per_1000 - expected.expected_contacts_per_1000
            - plan.planned_extra_contacts_per_1000') }} as deviation_from_plan_per_1000
    from expected
    inner join waves on expected.migration_wave = waves.migration_wave
    left join plan
        on expected.migration_wave = plan.migration_wave
        and expected.week_since_migration = plan.week_since_migration

)

select * from final
