{#- The taxonomy plus `other` (when the organisation's seed lacks it) and `unknown`. -#}
with

signals as (

    select * from {{ ref('stg_seeds__signals') }}

),

reserved as (

    select * from (
        values
            ('other', 'Geen klantsignaal', 'Not a customer signal',
             'Text that is not about a customer problem'),
            ('unknown', 'Onbekend', 'Unknown',
             'No label, wrap-up code or confident classifier tag assigned a signal')
    ) as reserved (signal_id, name_nl, name_en, description)
    where signal_id not in (select signal_id from signals)

),

unioned as (

    select signal_id, journey_step_id, name_nl, name_en, description from signals
    union all
    select signal_id, cast(null as string), name_nl, name_en, description from reserved

)

select
    signal_id,
    journey_step_id,
    name_nl,
    name_en,
    description,
    signal_id not in ('other', 'unknown') as is_customer_signal

from unioned
