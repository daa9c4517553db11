"""The summary `signalchain run` and `make demo` print: rows per source, journey coverage, data
gaps, unmapped export values, the top signals and each action's verdict. A table that does not exist yet is reported, not raised."""

from __future__ import annotations

import duckdb

from signalchain.metrics.tables import ACTION_EFFECT, top_signals


def night_summary(database: str) -> list[str]:
    with duckdb.connect(database, read_only=True) as con:
        lines = ["", f"warehouse: {database}", "ingested files and rows per source:"]
        lines += [f"  {source:<12} files {files:>3} (rejected {rejected})  rows {loaded:>9,}  "
                  f"quarantined {quarantined:>6,}  duplicates {dupes:>6,}"
                  for source, files, rejected, loaded, quarantined, dupes in con.execute("""
                    SELECT source, count(*), count(*) FILTER (status = 'rejected'), coalesce(sum(rows_loaded), 0),
                           coalesce(sum(rows_quarantined), 0), coalesce(sum(rows_duplicate), 0)
                    FROM raw._ingested_files GROUP BY source ORDER BY source""").fetchall()]
        return [*lines, *_coverage_lines(con), *_gap_lines(con), *_unmapped_lines(con), "",
                *summary_lines(con)]


def summary_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The metrics part: the top signals and each action's verdict."""
    return [*_signal_lines(con), "", *_action_lines(con)]


def _coverage_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The journey-step coverage as the mart defines it: contacts that are no customer signal
    (`other`) are outside the chain and left out of the share."""
    try:
        on_step, in_scope, without, other = con.execute("""
            SELECT contacts_on_step, contacts_in_scope, contacts_without_step, contacts_other
            FROM marts.mart_journey_step_coverage WHERE source = 'all'""").fetchall()[0]
    except (duckdb.Error, IndexError):
        return ["", "contacts on the journey: not built yet (marts.mart_journey_step_coverage missing)"]
    share = on_step / in_scope if in_scope else 0.0
    return ["", f"contacts on a journey step: {on_step:,} of {in_scope:,} ({share:.2%}); {without:,} without a step "
                f"(marts.mart_journey_step_coverage); {other:,} more are no customer signal"]


def _missing_sources(con: duckdb.DuckDBPyConnection) -> dict[str, str] | None:
    """Source -> what the marts lack without it, for each source the night had no data from;
    None while marts.mart_source_coverage is not built."""
    try:
        return dict(con.execute("SELECT source, when_missing FROM marts.mart_source_coverage WHERE NOT has_data "
                                "ORDER BY source").fetchall())
    except duckdb.Error:
        return None


def _gap_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    missing = _missing_sources(con)
    if missing is None:
        return ["data gaps: not checked yet (marts.mart_source_coverage missing)"]
    if not missing:
        return ["data gaps: none, every source has data (marts.mart_source_coverage)"]
    return [f"data gap: no {source} data this night, so {when_missing} (marts.mart_source_coverage)"
            for source, when_missing in missing.items()]


def _unmapped_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Export values no seed maps, largest first: the seed rows the organisation should add."""
    try:
        unmapped = con.execute("""
            SELECT source, value_kind, value, contacts FROM marts.mart_unmapped_values
            ORDER BY contacts DESC, source, value_kind, value""").fetchall()
    except duckdb.Error:
        return []
    if not unmapped:
        return ["unmapped values: none, every channel and code maps to a seed row (marts.mart_unmapped_values)"]
    lines = [f"unmapped values: {len(unmapped)} (add them to channel_aliases.csv or wrap_up_codes.csv; "
             "marts.mart_unmapped_values):"]
    lines += [f"  {source:<10} {kind:<8} {value[:60]!r:<62} {contacts:>7,} contacts"
              for source, kind, value, contacts in unmapped[:5]]
    return lines


def _signal_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    try:
        top = top_signals(con, 5)
    except duckdb.Error:
        return ["top signals: not computed yet (marts.mart_signal_impact_trailing_year missing)"]
    why_no_csat = "no survey data" if "survey" in (_missing_sources(con) or {}) else "too few answers"
    lines = ["top 5 signals by impact (trailing year):"]
    for row in top.itertuples():
        penalty = (f"CSAT -{row.satisfaction_penalty:.2f}" if row.satisfaction_penalty == row.satisfaction_penalty
                   and row.satisfaction_penalty is not None else f"CSAT n/a ({why_no_csat})")
        lines.append(f"  {row.rank:>2}. {row.signal_id:<28} {row.priority:<6} {row.contacts:>7,} contacts  "
                     f"EUR {row.cost_eur:>10,.0f}  {penalty}")
    return lines


def _action_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    try:
        actions = con.sql(f"SELECT * FROM {ACTION_EFFECT} ORDER BY go_live_date, action_id").df()
    except duckdb.Error:
        return ["improvement actions: not computed yet (marts.mart_action_effect missing)"]
    lines = ["improvement actions:"]
    for row in actions.itertuples():
        head = f"  {row.action_id:<10} {row.signal_id:<26} live {row.go_live_date:%Y-%m-%d}  {row.verdict:<9}"
        if row.verdict == "too_early":
            lines.append(f"{head} (effect window ends {row.effect_end:%Y-%m-%d})")
            continue
        if row.contacts_change_pct != row.contacts_change_pct:  # NaN: no numbers (see note)
            lines.append(f"{head} ({row.note})")
            continue
        euros = f"EUR {row.eur_saved:,.0f} saved" if row.eur_saved == row.eur_saved else "EUR n/a"
        per_year = (f" (EUR {row.eur_saved_per_year:,.0f}/year)"
                    if row.eur_saved_per_year == row.eur_saved_per_year else "")
        satisfaction = (f", CSAT {row.satisfaction_change:+.2f}" if row.satisfaction_change == row.satisfaction_change
                        else "")
        lines.append(f"{head} contacts {row.contacts_change_pct:+.1f}% (p={row.p_value:.3f}), "
                     f"{row.contacts_saved:,.0f} contacts, {euros}{per_year}{satisfaction}")
    return lines
