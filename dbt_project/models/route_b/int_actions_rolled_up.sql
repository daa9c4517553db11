{#-
    One row per top-level improvement action with its sub-activities (parent_action_id) rolled in:
    a long action is carried out in parts, and its business case counts the cost of all of them.
    A row's cost is its cost_eur, else its expected_cost_eur; the action is done when it and every
    sub-activity have a done_at (the last of them), else null. A sub-activity whose parent is not in
    the register stands on its own.
-#}
with

actions as (

    select * from {{ ref('stg_raw__actions') }}

),

parents as (

    select a.*
    from actions as a
    left join actions as p on a.parent_action_id = p.action_id
    where a.parent_action_id is null or p.action_id is null

),

members as (

    select action_id as top_action_id, action_id, cost_eur, expected_cost_eur, done_at, false as is_sub_activity
    from parents

    union all

    select parent_action_id, action_id, cost_eur, expected_cost_eur, done_at, true
    from actions
    where parent_action_id in (select action_id from parents)

),

rolled_up as (

    select
        top_action_id,
        count(*) filter (where is_sub_activity) as sub_activities,
        count(done_at) filter (where is_sub_activity) as sub_activities_done,
        sum({{ exact_decimal('coalesce(cost_eur, expected_cost_eur)') }}) as cost_eur,
        sum({{ exact_decimal('coalesce(expected_cost_eur, cost_eur)') }}) as expected_cost_eur,
        case when count(done_at) = count(*) then max(done_at) end as done_at
    from members
    group by top_action_id

),

final as (

    select
        p.action_id,
        p.signal_id,
        p.title,
        p.owner,
        p.status,
        p.go_live_date,
        r.done_at,
        cast(r.sub_activities as integer) as sub_activities,
        cast(r.sub_activities_done as integer) as sub_activities_done,
        {{ round_euros('r.cost_eur') }} as cost_eur,
        {{ round_euros('r.expected_cost_eur') }} as expected_cost_eur
    from parents as p
    inner join rolled_up as r on p.action_id = r.top_action_id

)

select * from final
