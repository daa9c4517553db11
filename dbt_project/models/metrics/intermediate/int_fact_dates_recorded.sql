{{
    config(
        **incremental_config(['record_id', 'record_date'])
    )
}}
{#-
    Every date a contact or survey response has had in the facts, with when it was last written
    (_loaded_at). A fact row rewritten since the last build is recorded again at its current date;
    its earlier dates stay, so a re-delivered row that moved to another month still names the month
    it left. The incremental metric marts rebuild the periods of the records written since their own
    last build (macro periods_to_rebuild).
-#}
with

contacts as (

    select contact_id as record_id, contact_date as record_date, _loaded_at
    from {{ ref('fct_contacts') }}

),

responses as (

    select 'response:' || response_id as record_id, response_date as record_date, _loaded_at
    from {{ ref('fct_survey_responses') }}

),

written as (

    select * from contacts
    union all
    select * from responses

),

final as (

    select record_id, record_date, {{ loaded_at() }} as _loaded_at
    from written
    {%- if is_incremental() %}
    where _loaded_at > {{ last_build() }}
    {%- endif %}

)

select * from final
