{#-
    The months an incremental metric mart rebuilds (a select of one column, `month`), with `spine`
    its month spine (int_months_spined), `dates_recorded` and `fingerprints` its import CTEs of
    int_fact_dates_recorded and stg_seeds__fingerprints:
      - every month a contact or response written since the mart's last build is in or was in
        (a new or late contact, a re-delivered row, a new label or tag that placed a contact again);
      - the first and last month of the data before and after (their completeness and end follow
        the data's bounds) and months the spine gained;
      - the months that overlap the backfill window;
      - every month after a seed edit.
    A month outside every one of these has the same contacts and responses as when it was built.
-#}
{% macro periods_to_rebuild(spine, dates_recorded, fingerprints) -%}
    select cast(date_trunc('month', record_date) as date) as month
    from {{ dates_recorded }}
    where record_id in (select record_id from {{ dates_recorded }} where _loaded_at > {{ last_build() }})

    union

    select min(month) from {{ this }}
    union
    select max(month) from {{ this }}
    union
    select min(month) from {{ spine }}
    union
    select max(month) from {{ spine }}

    union

    select month from {{ spine }}
    where month not in (select month from {{ this }})
        or {{ overlaps_backfill_window('month', 'month_end') }}
        or {{ seeds_changed_since(fingerprints, last_build()) }}
{%- endmacro %}
