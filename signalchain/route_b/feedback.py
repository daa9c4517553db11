"""Step 10 of route B: feedback drafts to submitters, in Dutch, with the numbers from the marts.

One draft per submission that has something to tell: sent back by the quality check or by a person
(the reason and a tip), a duplicate of a signal already known (which one, and how far it is), or
closed (what was done and the measured result in contacts, euros and satisfaction). The method's
words: "dit was je signaal, dit hebben we gedaan, dit is het resultaat; dank je wel, blijf ze sturen".
Drafts are for a person to read and send; the pipeline never sends them.
"""

from __future__ import annotations

import pandas as pd

from signalchain.route_b import dutch
from signalchain.route_b.quality import OK
from signalchain.seeds import read_seed

DRAFT_COLUMNS = ["submission_id", "addressee", "submitter_team", "kind", "subject", "message"]
STATUS_NL = {"submitted": "ingediend", "accepted": "geaccepteerd", "prioritised": "geprioriteerd",
             "cause_found": "oorzaak gevonden", "action_planned": "actie gepland", "action_live": "actie loopt",
             "closed": "afgerond", "rejected": "teruggestuurd", "merged": "samengevoegd"}
THANKS = "Dank je wel, en blijf je signalen sturen: zo maken we het samen beter voor onze klanten.\n\nHet verbeterteam"


def _day(value) -> str:
    stamp = pd.Timestamp(value)
    return (stamp.tz_convert("Europe/Amsterdam") if stamp.tzinfo else stamp).strftime("%d-%m-%Y")


def _opening(row: dict) -> str:
    """The greeting names the addressee; without one (the published copy) it reads "collega"."""
    name = row["submitter"] if isinstance(row.get("submitter"), str) else "collega"
    return f"Beste {name},\n\nOp {_day(row['submitted_at'])} stuurde je ons dit signaal: \"{row['text']}\"."


def _rejected(row: dict) -> str:
    by_person = row["status"] == "rejected" and isinstance(row.get("note"), str)
    reason = row["note"] if by_person else row["quality_reason"]
    return (f"{_opening(row)}\n\nWe hebben het bekeken en sturen het terug. {reason}\n\n"
            f"Past het toch? Vul het aan en stuur het opnieuw in. {THANKS}")


def _duplicate(row: dict, primary: dict, names: dict) -> str:
    signal = names.get(row["signal_id"], row["signal_id"])
    running = f" Er loopt al een verbeteractie: {primary['action_title']}." if primary.get("action_title") else ""
    contacts = (f" Het gaat om ongeveer {dutch.number(primary['contacts_now'])} klantcontacten per maand."
                if pd.notna(primary.get("contacts_now")) else "")
    return (f"{_opening(row)}\n\nDit signaal kennen we al: het is hetzelfde als signaal {primary['submission_id']} "
            f"({signal}), status: {STATUS_NL.get(primary['status'], primary['status'])}.{running}{contacts} "
            f"We hebben jouw melding eraan gekoppeld, zodat we zien hoeveel collega's het tegenkomen. {THANKS}")


def _result(row: dict, step: str) -> str:
    verdict = row.get("effect_verdict")
    if verdict == "improved":
        return (f"Het resultaat: in de weken na de invoering {dutch.number(row['contacts_saved'])} klantcontacten "
                f"minder dan verwacht zonder de actie, dat is {dutch.euros(row['eur_saved'])} bespaard "
                f"({dutch.euros(row['eur_saved_per_year'])} per jaar). De tevredenheid over {step} veranderde "
                f"met {dutch.signed(row['satisfaction_change'])} punt.")
    if verdict in ("no_change", "worsened"):
        change = "geen meetbare daling" if verdict == "no_change" else "helaas een stijging"
        return (f"Het resultaat: we zien {change} van het aantal klantcontacten over dit signaal "
                f"({dutch.number(row['contacts_saved'])} bespaard, niet significant). We kijken wat er beter kan.")
    return "Het effect meten we zodra er genoeg weken na de invoering voorbij zijn; je hoort het van ons."


def _closed(row: dict, action: dict, names: dict, steps: dict) -> str:
    what = f"{action['title']} (live sinds {_day(action['go_live_date'])})" if action else "een verbeteractie"
    cause = f" De oorzaak bleek: {row['cause']}" if row.get("cause") else ""
    signal = names.get(row["signal_id"], row["signal_id"])
    return (f"{_opening(row)}\n\nDit was je signaal: {signal}.{cause}\n\nDit hebben we gedaan: {what}.\n\n"
            f"{_result(row, steps.get(row['signal_id'], 'deze stap'))}\n\n{THANKS}")


def draft_kind(row: dict) -> str | None:
    if row["status"] == "closed":
        return "closed"
    if row["status"] == "merged" or (row["status"] == "submitted" and row["quality_verdict"] == OK
                                     and pd.notna(row.get("duplicate_of"))):
        return "duplicate"
    if row["status"] == "rejected" or (row["status"] == "submitted" and row["quality_verdict"] != OK):
        return "rejected"
    return None


def feedback_drafts(submissions: pd.DataFrame, actions: pd.DataFrame, seeds=None) -> pd.DataFrame:
    """DRAFT_COLUMNS, one row per message; `submissions` is mart_submissions plus submitter and text."""
    signals = read_seed("signals", seeds)
    step_names = {r["journey_step_id"]: r["name_nl"] for r in read_seed("journey_steps", seeds)}
    names = {r["signal_id"]: r["name_nl"] for r in signals}
    steps = {r["signal_id"]: step_names.get(r["journey_step_id"], r["journey_step_id"]) for r in signals}
    by_action = {a["action_id"]: a for a in actions.to_dict("records")}
    by_id = {r["submission_id"]: r for r in submissions.to_dict("records")}
    drafts = []
    for row in by_id.values():
        kind = draft_kind(row)
        if kind == "closed":
            message = _closed(row, by_action.get(row["action_id"]), names, steps)
        elif kind == "duplicate":
            primary = dict(by_id.get(row["duplicate_of"], {"submission_id": row["duplicate_of"], "status": "?"}))
            action_id = primary.get("action_id") or primary.get("running_action_id") or row.get("running_action_id")
            primary["action_title"] = by_action.get(action_id, {}).get("title")
            message = _duplicate(row, primary, names)
        elif kind == "rejected":
            message = _rejected(row)
        else:
            continue
        drafts.append((row["submission_id"], row["submitter"], row["submitter_team"], kind,
                       f"Je signaal {row['submission_id']}", message))
    return pd.DataFrame(drafts, columns=DRAFT_COLUMNS)
