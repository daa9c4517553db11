"""Customer mails: e-mail and webform messages in full, chat/social/app messages short."""

from __future__ import annotations

import numpy as np

from demo.phrases import bank
from demo.text.context import TextContext
from demo.text.problems import with_secondary

LONG_CHANNELS = ("email", "webform")
en_frame, nl_frame = bank("mail_frame_en"), bank("mail_frame_nl")


def _pick(options: list[str], u: float) -> str:
    return options[int(u * len(options))]


def _long(ctx: TextContext, c: int, problem: str, second: str, english: bool, pii: list[str], u: list[float],
          business: bool) -> str:
    f = en_frame if english else nl_frame
    greeting = "" if u[0] < 0.08 else _pick(f.GREETINGS, u[1]).replace("{agent}", _pick(nl_frame.AGENTS, u[2]))
    parts = []
    if u[3] < 0.3:
        parts.append(_pick(f.OPENERS, u[4]).replace("{years}", str(2 + int(u[5] * 20))))
    parts.append(problem)
    if second:
        parts.append(f"{_pick(f.SECONDARY_CONNECTORS, u[6])} {second}")
    if u[7] < 0.45:
        parts.append(_pick(f.CONTEXTS, u[8]).replace("{years}", str(2 + int(u[5] * 20)))
                     .replace("{days}", str(2 + int(u[8] * 10))))
    parts.extend(ctx.pii.sentence(kind, c, english, u[9]) for kind in pii)
    question = _pick(f.QUESTIONS, u[11]) if u[10] < 0.55 else ""
    signature = ""
    if u[12] < 0.85:
        signature = ctx.personas.signature(c, int(u[13] * 8))
        if business and u[14] < 0.5:
            signature += f"\n{ctx.personas.last_name(c).title()} {'B.V.' if u[14] < 0.25 else 'Installatietechniek'}"
        signature = f"{_pick(f.CLOSINGS, u[15])}\n{signature}"
    if u[16] < 0.5:
        blocks = [greeting, " ".join(parts), question, signature]
        return "\n\n".join(b for b in blocks if b)
    return " ".join(b for b in [greeting, " ".join(parts), question, signature.replace("\n", " ")] if b)


def _short(problem: str, second: str, english: bool, u: list[float], pii_sentence: str) -> str:
    opener = _pick(en_frame.CHAT_OPENERS if english else nl_frame.CHAT_OPENERS, u[0])
    text = f"{opener.strip()} {problem}" if opener.strip() else problem
    if second:
        joint = ("also", "and") if english else ("en ook", "ook:")
        text += f" {joint[u[1] < 0.5]} {second[:1].lower()}{second[1:]}"
    if pii_sentence:
        text += f" {pii_sentence}"
    ending = _pick(nl_frame.CHAT_ENDINGS, u[2])
    return text if ending == "?" and text.endswith((".", "?", "!")) else text + ending


def _subject(channel: str, step: str, english: bool, u: float) -> str | None:
    if channel == "webform":
        topic = nl_frame.WEBFORM_TOPICS["" if u < 0.15 else step]
        return f"Contactformulier - {topic}"
    if channel != "email":
        return None
    if english:
        return _pick(en_frame.SUBJECTS, u)
    if u < 0.55:
        return _pick(nl_frame.SUBJECTS_BY_STEP[step], u / 0.55)
    return _pick(nl_frame.SUBJECTS_GENERIC, (u - 0.55) / 0.45)


def compose_mails(ctx: TextContext, signal: np.ndarray, secondary: np.ndarray, customer: np.ndarray,
                  day: np.ndarray, channel: np.ndarray, english: np.ndarray) -> tuple[list[str], list]:
    """Body and subject per mail."""
    rng = ctx.rng("mail")
    problem, second = with_secondary(ctx, signal, secondary, day, english, rng, typo_rate=0.25)
    pii = ctx.pii_kinds(signal, rng)
    steps = ctx.step_names(signal).tolist()
    other = signal == ctx.scenario.index("other")
    business = ctx.customers.segment[customer] == "zakelijk"
    draws = rng.random((len(signal), 17)).tolist()
    bodies, subjects = [], []
    for i, (c, ch, en, u) in enumerate(zip(customer.tolist(), channel.tolist(), english.tolist(), draws)):
        if other[i]:
            bodies.append(problem[i])
        elif ch in LONG_CHANNELS:
            bodies.append(_long(ctx, c, problem[i], second[i], en, pii[i], u, bool(business[i])))
        else:
            phone = ctx.pii.sentence("phone", c, en, u[9]) if u[3] < 0.03 else ""
            bodies.append(_short(problem[i], second[i], en, u, phone))
        subjects.append(_subject(ch, steps[i], en, u[15]))
    return bodies, subjects
