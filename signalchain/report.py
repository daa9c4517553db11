"""Summary lines of the metrics for `make demo`: the top signals and each action's verdict."""

from __future__ import annotations

import duckdb

from signalchain.metrics.tables import ACTION_EFFECT, top_signals


def summary_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Human-readable lines; a mart that does not exist yet is reported, not raised."""
    return [*_signal_lines(con), "", *_action_lines(con)]


def _signal_lines(con: duckdb.DuckDBPyConnection) -> list[str]:
    try:
        top = top_signals(con, 5)
    except duckdb.Error:
        return ["top signals: not computed yet (marts.mart_signal_impact_trailing_year missing)"]
    lines = ["top 5 signals by impact (trailing year):"]
    for row in top.itertuples():
        penalty = (f"CSAT -{row.satisfaction_penalty:.2f}" if row.satisfaction_penalty == row.satisfaction_penalty
                   and row.satisfaction_penalty is not None else "CSAT n/a (too few answers)")
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
