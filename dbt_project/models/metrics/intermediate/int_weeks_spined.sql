{#- Every full week (Monday to Sunday) inside the data: partial first and last weeks are left out. -#}
with

periods as (

    select * from {{ ref('int_metric_periods_bounded') }}

),

final as (

    select
        {{ series('cast(first_week_start as timestamp)', 'cast(last_week_start as timestamp)', 'interval 7 day', 'date') }} as week_start
    from periods
    where first_week_start <= last_week_start

)

select week_start, week_start + 6 as week_end from final
