"""Every word the report shows, in Dutch and English. Signal and journey step names are not here:
they come from the organisation's seeds (dim_signals, dim_journey_steps: name_nl, name_en).

Texts with `{placeholders}` take already formatted values (formatting.py).
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # page
    "title": ("Nachtrapport klantsignalen", "Nightly customer signal report"),
    "period": ("Periode {start} t/m {end}", "Period {start} to {end}"),
    "no_period": ("Nog geen periode: er zijn geen contacten.", "No period yet: there are no contacts."),
    "source_database": ("Bron: {database}", "Source: {database}"),
    "source_publication": ("Bron: {database}, publicatie van run {run_id} (gebouwd {built_at}, gegevens t/m {data_up_to})",
                           "Source: {database}, the publication of run {run_id} (built {built_at}, data up to "
                           "{data_up_to})"),
    "not_available": ("Niet beschikbaar: tabel {table} ontbreekt.", "Not available: table {table} is missing."),
    "no_rows": ("Geen gegevens in {table}.", "No data in {table}."),
    "footnote_partial": ("* maand niet volledig in de gegevens", "* month only partly in the data"),
    # key figures
    "kf_contacts": ("Contacten over signalen", "Contacts on signals"),
    "kf_cost": ("Kosten van die contacten", "Cost of those contacts"),
    "kf_top_signal": ("Grootste impact", "Highest impact"),
    "kf_saved": ("Bespaard door verbeteracties", "Saved by improvement actions"),
    # signals
    "signals_title": ("Top signalen naar impact", "Top signals by impact"),
    "signals_intro": ("Afgelopen twaalf maanden, gerangschikt op impact: kosten x tevredenheidsverlies (CSAT).",
                      "Trailing twelve months, ranked by impact: cost x satisfaction penalty (CSAT)."),
    "col_rank": ("#", "#"),
    "col_signal": ("Signaal", "Signal"),
    "col_step": ("Stap", "Step"),
    "col_priority": ("Prioriteit", "Priority"),
    "col_contacts": ("Contacten", "Contacts"),
    "col_cost": ("Kosten", "Cost"),
    "col_penalty": ("Tevredenheidsverlies (CSAT)", "Satisfaction penalty (CSAT)"),
    "too_few_answers": ("te weinig antwoorden", "too few answers"),
    "priority_high": ("hoog", "high"),
    "priority_medium": ("middel", "medium"),
    "priority_low": ("laag", "low"),
    "trend_title": ("Contacten per maand per signaal", "Contacts per month per signal"),
    # journey
    "journey_title": ("Klantreis: stappen x maanden", "Customer journey: steps x months"),
    "journey_intro": ("Contacten, digitaal aandeel en tevredenheid per stap en maand. Laag digitaal aandeel bij "
                      "veel contacten en lage tevredenheid is waar digitaliseren het meest oplevert.",
                      "Contacts, digital share and satisfaction per step and month. A low digital share with many "
                      "contacts and low satisfaction is where digitising pays most."),
    "hm_contacts": ("Contacten", "Contacts"),
    "hm_digital_share": ("Digitaal aandeel (%)", "Digital share (%)"),
    "hm_csat": ("CSAT (1-10)", "CSAT (1-10)"),
    "hm_nps": ("NPS (-100..100)", "NPS (-100..100)"),
    "hm_ces": ("CES (1-7)", "CES (1-7)"),
    "hm_gaps": ("Datagaten", "Data gaps"),
    "gap_none": ("✓", "✓"),
    "gap_no_contacts": ("geen contacten", "no contacts"),
    "gap_no_surveys": ("geen enquêtes", "no surveys"),
    "gap_both": ("geen gegevens", "no data"),
    "sources_complete": ("Geen datagaten: elke bron levert gegevens.", "No data gaps: every source has data."),
    "source_gap": ("Datagat: geen gegevens van {source}, dus {when_missing}.",
                   "Data gap: no {source} data, so {when_missing}."),
    # actions
    "actions_title": ("Verbeteracties en hun effect", "Improvement actions and their effect"),
    "actions_intro": ("Contacten per week op het signaal van de actie tegen de verwachting zonder actie: het "
                      "signaal bewoog in de basisperiode mee met controlesignalen die de actie niet raakt.",
                      "Contacts per week on the action's signal against the expectation without the action: the "
                      "signal as the control signals the action does not touch moved."),
    "action_head": ("{action_id} · {signal} · live sinds {go_live}", "{action_id} · {signal} · live since {go_live}"),
    "verdict_improved": ("verbeterd", "improved"),
    "verdict_worsened": ("verslechterd", "worsened"),
    "verdict_no_change": ("geen aantoonbaar effect", "no measurable effect"),
    "verdict_too_early": ("te vroeg", "too early"),
    "saved_sentence": ("{contacts} contacten minder, {euros} bespaard", "{contacts} contacts fewer, {euros} saved"),
    "extra_sentence": ("{contacts} contacten meer, {euros} extra kosten", "{contacts} contacts more, {euros} extra cost"),
    "satisfaction_part": ("tevredenheid {change}", "satisfaction {change}"),
    "per_year": ("Op jaarbasis {euros} ({contacts} contacten).", "Per year {euros} ({contacts} contacts)."),
    "effect_detail": ("Contacten {change} t.o.v. de verwachting (95%-interval {low} tot {high}; {p}) over "
                      "{weeks} weken effectperiode.",
                      "Contacts {change} against the expectation (95% interval {low} to {high}; {p}) over "
                      "{weeks} weeks of effect window."),
    "too_early_detail": ("Het effectvenster loopt tot {effect_end}; de gegevens lopen tot {data_end}.",
                         "The effect window runs until {effect_end}; the data runs until {data_end}."),
    "no_actions": ("Nog geen verbeteracties.", "No improvement actions yet."),
    "series_actual": ("werkelijk", "actual"),
    "series_expected": ("verwacht zonder actie", "expected without the action"),
    "window_baseline": ("basisperiode", "baseline"),
    "window_effect": ("effectperiode", "effect window"),
    "go_live": ("live", "live"),
    "axis_contacts_per_week": ("contacten per week", "contacts per week"),
    # migration
    "migration_title": ("Migratiemonitor", "Migration monitor"),
    "migration_intro": ("Extra contacten per 1.000 gemigreerde klanten per week sinds migratie, tegen de eigen "
                        "basislijn (gecorrigeerd voor de trend van niet-gemigreerde klanten) en tegen het "
                        "capaciteitsplan.",
                        "Extra contacts per 1,000 migrated customers per week since migration, against their own "
                        "baseline (corrected for the trend of customers not migrated) and against the capacity "
                        "plan."),
    "wave_head": ("{wave}: {customers} klanten, gemigreerd {first} t/m {last}",
                  "{wave}: {customers} customers, migrated {first} to {last}"),
    "wave_head_one_day": ("{wave}: {customers} klanten, gemigreerd op {first}",
                          "{wave}: {customers} customers, migrated on {first}"),
    "row_week": ("Week sinds migratie", "Week since migration"),
    "row_uplift": ("Extra per 1.000", "Extra per 1,000"),
    "row_plan": ("Plan per 1.000", "Plan per 1,000"),
    "row_deviation": ("Afwijking van plan", "Deviation from plan"),
    "row_extra_contacts": ("Extra contacten", "Extra contacts"),
    "series_uplift": ("extra contacten per 1.000", "extra contacts per 1,000"),
    "series_plan": ("capaciteitsplan", "capacity plan"),
    "over_plan": ("Boven plan in week {weeks} sinds migratie.", "Above plan in week {weeks} since migration."),
    "within_plan": ("Binnen het plan.", "Within the plan."),
    "no_migration": ("Geen migratiegolven in de gegevens.", "No migration waves in the data."),
    # data quality
    "quality_title": ("Datakwaliteit", "Data quality"),
    "coverage_title": ("Klantreisdekking", "Journey coverage"),
    "col_source": ("Bron", "Source"),
    "col_on_step": ("Op een stap", "On a step"),
    "col_without_step": ("Zonder stap", "Without a step"),
    "col_other": ("Geen klantsignaal", "No customer signal"),
    "col_share": ("Aandeel op een stap", "Share on a step"),
    "sources_title": ("Bronnen en datagaten", "Sources and data gaps"),
    "col_rows": ("Rijen", "Rows"),
    "col_first": ("Eerste datum", "First date"),
    "col_last": ("Laatste datum", "Last date"),
    "col_has_data": ("Gegevens", "Data"),
    "yes": ("ja", "yes"),
    "no": ("nee", "no"),
    "quarantine_title": ("Rijen in quarantaine per reden", "Quarantined rows by reason"),
    "col_reason": ("Reden", "Reason"),
    "col_quarantined": ("Rijen", "Rows"),
    "quarantine_none": ("Geen rijen in quarantaine.", "No rows quarantined."),
    "unmapped_title": ("Niet-gekoppelde waarden", "Unmapped values"),
    "col_kind": ("Soort", "Kind"),
    "col_value": ("Waarde", "Value"),
    "unmapped_none": ("Geen: elk kanaal en elke code is gekoppeld.", "None: every channel and code is mapped."),
    "checks_title": ("Controles met een waarschuwing", "Checks that warned"),
    "col_check": ("Controle", "Check"),
    "col_asset": ("Asset", "Asset"),
    "col_severity": ("Ernst", "Severity"),
    "checks_none": ("Geen: elke controle is geslaagd.", "None: every check passed."),
    # route B: employee submissions
    "route_b_title": ("Signalen van medewerkers (route B)", "Signals from employees (route B)"),
    "route_b_intro": ("Wat medewerkers aandragen, hoe ver het is, welke signalen al lopen, en de terugkoppeling "
                      "die klaarstaat.", "What employees submit, how far it is, which signals are already running, "
                      "and the feedback ready to send."),
    "route_b_open_title": ("Open signalen per status", "Open submissions per status"),
    "route_b_none_open": ("Geen open signalen.", "No open submissions."),
    "route_b_running_title": ("Signalen die al lopen", "Signals already running"),
    "route_b_none_running": ("Nog geen signalen in behandeling.", "No signals in progress yet."),
    "route_b_feedback_title": ("Terugkoppeling aan indieners (concepten)", "Feedback to submitters (drafts)"),
    "route_b_feedback_intro": ("{drafts} concepten klaar; hier zonder geadresseerde, verstuurd door een persoon.",
                               "{drafts} drafts ready; shown here without the addressee, sent by a person."),
    "route_b_no_drafts": ("Geen terugkoppeling klaar.", "No feedback ready."),
    "col_status": ("Status", "Status"),
    "col_submissions": ("Signalen", "Submissions"),
    "col_longest_in_status": ("Langst in status (dagen)", "Longest in status (days)"),
    "col_submission": ("Signaal", "Submission"),
    "col_customer_signal": ("Klantsignaal", "Customer signal"),
    "col_reported": ("Gemeld door", "Reported by"),
    "col_action": ("Actie", "Action"),
    "status_submitted": ("ingediend", "submitted"),
    "status_accepted": ("geaccepteerd", "accepted"),
    "status_prioritised": ("geprioriteerd", "prioritised"),
    "status_cause_found": ("oorzaak gevonden", "cause found"),
    "status_action_planned": ("actie gepland", "action planned"),
    "status_action_live": ("actie loopt", "action live"),
    "kind_rejected": ("teruggestuurd", "sent back"),
    "kind_duplicate": ("dubbel", "duplicate"),
    "kind_closed": ("afgerond", "closed"),
    # sources
    "source_all": ("totaal", "all"),
    "source_call": ("gesprekken", "calls"),
    "source_mail": ("mails", "mails"),
    "source_complaint": ("klachten", "complaints"),
    "source_survey": ("enquêtes", "surveys"),
    "source_customer": ("klantenbestand", "customer register"),
}
LANGUAGES = ("nl", "en")


class Labels:
    def __init__(self, language: str):
        if language not in LANGUAGES:
            raise ValueError(f"report language must be one of {LANGUAGES}, not {language!r}")
        self.language = language
        self._index = LANGUAGES.index(language)

    def __call__(self, key: str, **values: str) -> str:
        return TEXTS[key][self._index].format(**values)

    def optional(self, prefix: str, value: str) -> str:
        """The label of a coded value (a verdict, a source), or the value itself when it has none."""
        key = f"{prefix}_{value}"
        return self(key) if key in TEXTS else str(value)
