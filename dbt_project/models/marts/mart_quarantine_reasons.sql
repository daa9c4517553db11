{#-
    Quarantined rows per source and reason kind, for the data-quality panel and BI: which
    problems the organisation's exports have, and how often. The lines themselves stay in raw._quarantine.
-#}
with

quarantined as (

    select * from {{ ref('stg_raw__quarantined_rows') }}

),

counted as (

    select
        source,
        reason_kind as reason,
        count(*) as rows_quarantined,
        count(distinct file_name) as files,
        min(quarantined_at) as first_quarantined_at,
        max(quarantined_at) as last_quarantined_at

    from quarantined
    group by source, reason_kind

)

select * from counted
