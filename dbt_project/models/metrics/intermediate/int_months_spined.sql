{#- Every calendar month the data touches, so that a month without contacts still gets a row. -#}
with

periods as (

    select * from {{ ref('int_metric_periods_bounded') }}

),

months as (

    select {{ series('cast(first_month as timestamp)', 'cast(last_month as timestamp)', 'interval 1 month', 'date') }} as month
    from periods

),

final as (

    select
        months.month,
        cast(months.month + interval 1 month as date) - 1 as month_end,
        months.month >= periods.data_start
            and cast(months.month + interval 1 month as date) - 1 <= periods.data_end as is_complete_month
    from months
    cross join periods

)

select * from final
