"""Each improvement action against its counterfactual (mart_action_effect): verdict, the sentence
people quote ("5.000 contacten minder, EUR 50.000 bespaard, tevredenheid +0,3"), and the weekly
chart of the signal against what the control signals say it would have been."""

from __future__ import annotations

from signalchain.metrics.tables import ACTION_EFFECT
from signalchain.report import queries
from signalchain.report.action_series import ActionSeries, action_series, weekly_signal_contacts
from signalchain.report.blocks import Card, Heading, Section, Text
from signalchain.report.context import Context
from signalchain.report.formatting import is_missing
from signalchain.report.sections.action_chart import action_chart
from signalchain.report.sections.missing import absent


def actions_section(context: Context) -> Section:
    text = context.text
    effects = queries.action_effects(context.con)
    note = absent(context, effects, ACTION_EFFECT, "no_actions")
    if note:
        return Section("actions", text("actions_title"), text("actions_intro"), [note])
    weekly = weekly_signal_contacts(context.con, effects["baseline_start"].min(), effects["effect_end"].max())
    data_end = queries.data_end(context.con)
    cards = [_card(context, action, None if weekly is None else action_series(weekly, action), data_end)
             for action in effects.to_dict("records")]
    return Section("actions", text("actions_title"), text("actions_intro"), cards)


def _card(context: Context, action: dict, series: ActionSeries | None, data_end) -> Card:
    text, fmt = context.text, context.fmt
    verdict = action["verdict"]
    blocks = [Heading(text("action_head", action_id=action["action_id"], signal=context.signal(action["signal_id"]),
                           go_live=fmt.date(action["go_live_date"])),
                      badge=text.optional("verdict", verdict), badge_css=f"verdict-{verdict}"),
              Text(action["title"] or "", "action-title")]
    sentence = effect_sentence(context, action)
    if sentence:
        blocks.append(Text(sentence, "sentence"))
        blocks.append(Text(text("per_year", euros=fmt.euros(_unsigned(action["eur_saved_per_year"])),
                                contacts=fmt.number(_unsigned(action["contacts_saved_per_year"]))), "note"))
    detail = _detail(context, action, data_end)
    if detail:
        blocks.append(Text(detail, "note"))
    if verdict != "too_early" and not is_missing(action["note"]):
        blocks.append(Text(action["note"], "note"))
    if series is not None and len(series.weeks):
        blocks.append(action_chart(context, action, series))
    return Card(blocks, f"action verdict-{verdict}")


def effect_sentence(context: Context, action: dict) -> str | None:
    """"N contacten minder, EUR X bespaard, tevredenheid +Y" for an improved action (the mirror for
    a worsened one); None for no change or too early, whose numbers say no effect was shown."""
    verdict = action["verdict"]
    if verdict not in {"improved", "worsened"} or is_missing(action["contacts_saved"]):
        return None
    fmt, text = context.fmt, context.text
    saved = action["contacts_saved"]
    key = "saved_sentence" if verdict == "improved" else "extra_sentence"
    parts = [text(key, contacts=fmt.number(abs(saved)), euros=fmt.euros(_unsigned(action["eur_saved"])))]
    if not is_missing(action["satisfaction_change"]):
        parts.append(text("satisfaction_part", change=fmt.number(action["satisfaction_change"], 1, signed=True)))
    return ", ".join(parts)


def _unsigned(value):
    """Saved and extra are said in words, so the number is shown without its sign."""
    return None if is_missing(value) else abs(value)


def _detail(context: Context, action: dict, data_end) -> str | None:
    """The numbers behind the verdict; None when the mart has none (its note says why)."""
    fmt, text = context.fmt, context.text
    if is_missing(action["contacts_change_pct"]):
        if action["verdict"] != "too_early":
            return None
        return text("too_early_detail", effect_end=fmt.date(action["effect_end"]), data_end=fmt.date(data_end))
    return text("effect_detail", change=fmt.percent(action["contacts_change_pct"], signed=True),
                low=fmt.percent(action["ci_low_pct"], signed=True), high=fmt.percent(action["ci_high_pct"], signed=True),
                p=fmt.p_value(action["p_value"]), weeks=fmt.number(action["effect_weeks"]))

