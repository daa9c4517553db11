"""Agent call notes: terse, abbreviated, sometimes empty, rarely with a phone number or name."""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from demo.phrases import bank
from demo.text.bank import Bank
from demo.text.context import TextContext
from demo.text.typos import add_typos

EMPTY_SHARE = 0.03
call_frame = bank("call_frame")


@lru_cache(maxsize=8)
def _banks(signals: tuple[str, ...]) -> tuple[Bank, Bank]:
    notes = {**bank("call_notes_a").CALL_NOTES_A, **bank("call_notes_b").CALL_NOTES_B}
    problems = {s: list(p) for s, (p, _) in notes.items()} | {"other": call_frame.OTHER_NOTES}
    actions = {s: list(a) for s, (_, a) in notes.items()} | {"other": [""]}
    return Bank(problems, signals), Bank(actions, signals)


def _pick(options: list[str], u: float) -> str:
    return options[int(u * len(options))]


def _pii(ctx: TextContext, c: int, u: float) -> str:
    template = _pick(call_frame.PII_SUFFIXES, u)
    p = ctx.personas
    return template.format(phone=p.phone(c, int(u * 1e6)), name=ctx.personas.salutation_name(c), email=p.email(c))


def compose_notes(ctx: TextContext, signal: np.ndarray, secondary: np.ndarray, customer: np.ndarray,
                  day: np.ndarray) -> list[str]:
    rng = ctx.rng("call")
    problems, actions = _banks(ctx.scenario.signals)
    problem = ctx.slots.fill(problems.pick(signal, rng), day)
    action = ctx.slots.fill(actions.pick(signal, rng), day)
    has_second = secondary >= 0
    second = problems.pick(np.where(has_second, secondary, signal), rng)
    second = ctx.slots.fill(second, day)
    other = (signal == ctx.scenario.index("other")).tolist()
    draws = rng.random((len(signal), 8)).tolist()
    notes = []
    for i, (c, u) in enumerate(zip(customer.tolist(), draws)):
        if u[0] < EMPTY_SHARE:
            notes.append("")
            continue
        if other[i]:
            notes.append(problem[i])
            continue
        prefix = _pick(call_frame.PREFIXES, u[1])
        text = f"{prefix} {problem[i]}" if prefix else problem[i]
        if has_second[i]:
            text += f", {_pick(call_frame.SECONDARY, u[2])} {second[i]}"
        if action[i] and u[3] < 0.85:
            text += _pick(call_frame.CONNECTORS, u[4]) + action[i]
        suffix = _pick(call_frame.SUFFIXES, u[5])
        if suffix:
            text += f". {suffix}"
        if u[6] < 0.06:
            text += f". {_pii(ctx, c, u[7])}"
        if u[7] < 0.3:
            text = text[:1].upper() + text[1:]
        notes.append(text)
    return add_typos(notes, 0.15, rng)
