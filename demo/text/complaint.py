"""Complaints: formal letters (with an address block), webform complaints and complaint e-mails."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from demo.phrases import bank
from demo.text.bank import Bank
from demo.text.context import TextContext
from demo.text.problems import with_secondary

frame = bank("complaint_frame")


@lru_cache(maxsize=8)
def _grievances(signals: tuple[str, ...]) -> Bank:
    return Bank({**bank("complaints").COMPLAINTS, "other": bank("other").OTHER_COMPLAINTS}, signals)


def _pick(options: list[str], u: float) -> str:
    return options[int(u * len(options))]


def _english(problem: str, second: str, u: list[float], signature: str) -> str:
    body = " ".join(p for p in [_pick(frame.INTROS_EN, u[1]), problem, second, _pick(frame.GRIEVANCES_EN, u[2])] if p)
    return f"{_pick(frame.OPENINGS_EN, u[3])}\n\n{body}\n\n{_pick(frame.CLOSINGS_EN, u[4])}\n{signature}"


def _dutch(ctx: TextContext, c: int, channel: str, problem: str, second: str, grievance: str, pii: list[str],
           u: list[float]) -> str:
    years = str(2 + int(u[5] * 20))
    escalation = _pick(frame.ESCALATIONS_NL, u[6]).replace("{times}", str(2 + int(u[7] * 5))).replace("{years}", years)
    sentences = [_pick(frame.INTROS_NL, u[1]), problem, second, grievance, escalation]
    sentences += [ctx.pii.sentence(kind, c, False, u[8]) for kind in pii]
    body = " ".join(s for s in sentences if s)
    demand = _pick(frame.DEMANDS_NL, u[2])
    if channel == "webform":
        return f"{body} {demand}".strip()
    signature = ctx.personas.signature(c, int(u[9] * 8))
    blocks = [_pick(frame.OPENINGS_NL, u[3]), body, demand, f"{_pick(frame.CLOSINGS_NL, u[4])}\n{signature}"]
    letter = "\n\n".join(b for b in blocks if b)
    if channel == "letter":
        p = ctx.personas
        head = (f"{p.signature(c, 0)}\n{p.street_name(c)} {p.house[c]}\n{p.postcode_text(c, False)} {p.city_name(c)}"
                f"\n\nBetreft: klacht")
        return f"{head}\n\n{letter}"
    return letter


def compose_complaints(ctx: TextContext, signal: np.ndarray, secondary: np.ndarray, customer: np.ndarray,
                       day: np.ndarray, channel: np.ndarray, english: np.ndarray) -> list[str]:
    rng = ctx.rng("complaint")
    problem, second = with_secondary(ctx, signal, secondary, day, english, rng, typo_rate=0.12)
    grievance = _grievances(ctx.scenario.signals).pick(signal, rng)
    pii = ctx.pii_kinds(signal, rng, scale=1.5)
    other = (signal == ctx.scenario.index("other")).tolist()
    draws = rng.random((len(signal), 10)).tolist()
    texts = []
    for i, (c, ch, en, u) in enumerate(zip(customer.tolist(), channel.tolist(), english.tolist(), draws)):
        if other[i]:
            texts.append(grievance[i])
        elif en:
            texts.append(_english(problem[i], second[i], u, ctx.personas.signature(c, int(u[9] * 8))))
        else:
            texts.append(_dutch(ctx, c, ch, problem[i], second[i], grievance[i], pii[i], u))
    return texts
