{#-
    One row per quarantined line, with its reason reduced to a kind that can be counted and
    published: quoted values become '…' and digits N, so "bad integer in duration_seconds: 'abc'"
    and "... 'x1'" count as one reason, and no original value leaves raw. The record itself
    (the line's values) is not selected.
-#}
with

source as (

    select * from {{ source('raw', '_quarantine') }}

),

renamed as (

    select
        source,
        file_name,
        line,
        {{ regexp_replace_all(regexp_replace_all('reason', "'''[^'']*'''", "'''…'''"), "'[0-9]+'", "'N'") }} as reason_kind,
        quarantined_at

    from source

)

select * from renamed
