"""Names, found by their context; a name elsewhere in running text is not recognised.

- After an opening at the start of a line or sentence ("Beste Jan", "Geachte heer De Vries",
  "Hello Anna"), and after an introduction anywhere ("mijn naam is ...", "Naam: ...").
- After a title, anywhere: heer, de heer, meneer, mevrouw, mevr., mw., dhr., fam., mr., mrs., ms.,
  miss ("ik sprak met mw. De Boer", "dhr. van Dijk belde"), written in lower case, Capitalised or
  in capitals; the name must start with a capital or with a particle before one (van, de, ...).
- After a sign-off (Met vriendelijke groet(en), Mvg, Groetjes, Hoogachtend, Kind regards, ...) at the
  start of a line or after a sentence: the name on the same line, or on a later line when only blank
  lines lie between. A capitalised name may be followed by more text on its line ("Mvg Piet, tot
  snel"); a lowercase one ("groetjes,\\nkees") must end its line, so that "Groetjes aan iedereen"
  stays.
Words that address a role rather than a person (klantenservice, team, heer/mevrouw) stay, and so
does a one-word sentence start after an opening without a comma ("Hallo Ik heb ..."). A company
line under a signature ("Jansen B.V.") is not recognised.
"""

from __future__ import annotations

import re

_PARTICLE = r"(?:van|der|den|de|ter|ten|te|het|'t|in|el|al|la|le|du|da|op|von|zu)\b"
_CAPITALISED = r"(?:[A-ZÀ-Ý]\.(?:[ \t]?[A-ZÀ-Ý]\.)*|[A-ZÀ-Ý][\w'-]+)"
_NAME = rf"(?:{_PARTICLE}[ \t]+)*{_CAPITALISED}(?:(?:[ \t]+{_PARTICLE})*[ \t]+{_CAPITALISED})*"
_ROLES = {
    "klantenservice", "klant", "klanten", "heer", "mevrouw", "meneer", "medewerker", "team", "allen", "dames",
    "heren", "sir", "madam", "support", "afdeling", "lezer", "collega", "directie", "helpdesk", "iedereen",
    "allemaal", "mensen", "all", "everyone", "there",
}
# One word after a greeting that starts the sentence instead of naming ("Hallo Ik heb ...", "Hello Why ...")
_SENTENCE_STARTS = {
    "ik", "i", "wij", "we", "u", "you", "mijn", "my", "het", "de", "een", "dit", "dat", "er", "kan", "kunt",
    "can", "could", "graag", "hoe", "how", "why", "what", "wat", "waarom", "wanneer", "when", "sinds", "since",
    "please", "the", "this", "your", "our", "onze", "uw", "vandaag", "gisteren", "today", "sorry", "helaas",
    "nu", "now", "hierbij", "wie", "who", "waar", "where", "welke", "is", "are", "ben", "heb", "have", "jullie",
    "op", "in", "via", "met", "bij", "voor", "ook", "omdat", "because", "vorige", "last",
}
_NOT_LOWERCASE_NAMES = {"aan", "uit", "voor", "van", "en", "tot", "nog", "namens", "again", "from", "to", "and",
                        "for"}


def _spellings(*phrases: str) -> str:
    """An alternation of the phrases as written, Capitalised and in CAPITALS. Every branch starts
    with a literal letter, which lets the regex engine skip to where one can start (no (?i))."""
    variants = dict.fromkeys(v for p in phrases for v in (p, p[0].upper() + p[1:], p.upper()))
    return "(?:" + "|".join(variants).replace(" ", r"[ \t]+") + ")"


_TITLE = _spellings("de heer", "heer", "meneer", "mevrouw", "mevr.", "mevr", "mw.", "mw", "dhr.", "dhr", "fam.",
                    "fam", "familie", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss").replace(".", r"\.")
_OPENING_WORDS = _spellings("beste", "geachte", "hallo", "hoi", "dag", "goedemorgen", "goedemiddag", "goedenavond",
                            "goedendag", "dear", "hi", "hello")
_INTRODUCTION_WORDS = _spellings("mijn naam is", "ik heet", "my name is", "naam:", "name:")
# Openings and sign-offs are anchored on the line break or sentence end before them (redact_names
# puts a line break before the text), so that the engine tries their long alternations only there.
_OPENING = re.compile(rf"([\n.!?][ \t]*{_OPENING_WORDS}(?:[ \t]+{_TITLE})?[ \t]+)({_NAME})")
_INTRODUCTION = re.compile(rf"({_INTRODUCTION_WORDS}[ \t]+)({_NAME})")
_AFTER_TITLE = re.compile(rf"({_TITLE}[ \t]+)({_NAME})")
_SIGN_OFF_WORDS = _spellings(
    "met vriendelijke groeten", "met vriendelijke groet", "vriendelijke groeten", "vriendelijke groet",
    "met hartelijke groet", "hartelijke groeten", "hartelijke groet", "warme groet", "lieve groet", "beste groet",
    "met groet", "dank en groet", "groetjes", "groeten", "groet", "gr.", "gr", "vr.gr.", "vr. gr.", "vr.gr", "mvg",
    "m.v.g.", "m.v.g", "hoogachtend", "alvast bedankt", "bedankt", "dank u wel", "dank je wel", "bvd",
    "fijne dag", "doei", "kind regards", "best regards", "warm regards", "regards", "best wishes", "best",
    "yours sincerely", "sincerely", "yours faithfully", "many thanks", "thanks", "thank you", "thx", "cheers",
).replace(".", r"\.")
_ANY_GREETINGS = r"(?:[Mm]et[ \t]+)?[A-Za-zà-ÿ]+e[ \t]+groet(?:en)?"  # met teleurgestelde groet, zonnige groeten
_SIGN_OFF_WORDS = f"(?:{_SIGN_OFF_WORDS}|{_ANY_GREETINGS})"
_LOWERCASE_NAME = r"[a-zà-ÿ][\w'-]+(?:[ \t]+[a-zà-ÿ][\w'-]+)?"
_SIGN_OFF = re.compile(rf"(?m)([\n.!?][ \t]*{_SIGN_OFF_WORDS}\b)([ \t]*[,.!:-]?[ \t]*(?:\n[ \t]*)*)"
                       rf"(?!{_SIGN_OFF_WORDS}\b)"
                       rf"(?:((?:{_TITLE}[ \t]+)?{_NAME})|({_LOWERCASE_NAME})(?=[ \t]*[.!]?[ \t]*$))")


def _starts_a_word(match: re.Match) -> bool:
    start = match.start()
    return start == 0 or not (match.string[start - 1].isalnum() or match.string[start - 1] in "._-")


def _is_role(name: str) -> bool:
    words = name.lower().split()
    return words[0].rstrip(".,") in _ROLES or (len(words) == 1 and words[0] in _SENTENCE_STARTS)


def _named(match: re.Match) -> str:
    return match.group(0) if _is_role(match.group(2)) else match.group(1) + "[NAAM]"


def _named_at_word_start(match: re.Match) -> str:
    return _named(match) if _starts_a_word(match) else match.group(0)


def _sign_off(match: re.Match) -> str:
    """A lowercase word after a sign-off is a name only when set apart: by a comma or on its own line."""
    sign_off, separator, capitalised, lowercase = match.groups()
    if capitalised and _is_role(capitalised):
        return match.group(0)
    if lowercase and (lowercase.split()[0] in _NOT_LOWERCASE_NAMES or not {",", "\n"} & set(separator)):
        return match.group(0)
    return sign_off + separator + "[NAAM]"


def redact_names(text: str) -> str:
    framed = _OPENING.sub(_named, _SIGN_OFF.sub(_sign_off, "\n" + text))
    text = framed[1:]
    lowered = text.lower()
    if "naam" in lowered or "heet" in lowered or "name" in lowered:
        text = _INTRODUCTION.sub(_named_at_word_start, text)
    return _AFTER_TITLE.sub(_named_at_word_start, text)
