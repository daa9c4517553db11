{#- The organisation's channels plus `survey` (cost 0) when its seed lacks it. -#}
with

channels as (

    select * from {{ ref('stg_seeds__channels') }}

),

survey as (

    select 'survey' as channel, 'survey' as channel_group, cast(0 as decimal(10, 2)) as cost_per_contact_eur
    where 'survey' not in (select channel from channels)

),

unioned as (

    select * from channels
    union all
    select * from survey

)

select
    channel,
    channel_group,
    cost_per_contact_eur,
    channel_group in ('digital', 'self_service') as is_digital

from unioned
