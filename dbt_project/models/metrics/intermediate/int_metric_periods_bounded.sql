{#- One row: the dates the data covers, and the full weeks and months inside them. -#}
with

contacts as (

    select contact_date
    from {{ ref('fct_contacts') }}
    where is_customer_initiated

),

bounds as (

    select
        min(contact_date) as data_start,
        max(contact_date) as data_end
    from contacts

),

final as (

    select
        data_start,
        data_end,
        -- Monday on or after the first day; Monday of the last week that ends on or before the last day
        cast(date_trunc('week', data_start + 6) as date) as first_week_start,
        cast(date_trunc('week', data_end + 1) as date) - 7 as last_week_start,
        cast(date_trunc('month', data_start) as date) as first_month,
        cast(date_trunc('month', data_end) as date) as last_month
    from bounds

)

select * from final
