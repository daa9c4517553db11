"""Free text reads like real contacts: large phrase banks, varied texts, personal data, typos, English."""

import re

from demo.phrases import bank, mail_nl
from demo.seeds import load_taxonomy
from demo.text.pii import is_valid_iban, passes_eleven_test

MAIL_NL, MAIL_EN = mail_nl(), bank("mail_en").MAIL_EN
CALL_NOTES_A, CALL_NOTES_B = bank("call_notes_a").CALL_NOTES_A, bank("call_notes_b").CALL_NOTES_B
COMPLAINTS = bank("complaints").COMPLAINTS
SIGNALS = load_taxonomy().signals
IBAN = re.compile(r"\bNL\d{2} ?[A-Z]{4} ?\d{4} ?\d{4} ?\d{2}\b")


def test_phrase_banks_are_large_per_signal():
    notes = {**CALL_NOTES_A, **CALL_NOTES_B}
    for signal in SIGNALS:
        assert len(set(MAIL_NL[signal])) >= 15, signal
        assert len(set(MAIL_EN[signal])) >= 5, signal
        assert len(set(notes[signal][0])) >= 6 and len(set(notes[signal][1])) >= 5, signal
        assert len(set(COMPLAINTS[signal])) >= 5, signal


def test_texts_are_varied(mails, calls, complaints):
    for texts in (mails["body"], calls["Notes"][calls["Notes"] != ""], complaints["text"]):
        assert texts.nunique() / len(texts) > 0.85


def test_many_distinct_problem_phrasings_per_signal(mails, truth_contacts):
    signal = truth_contacts.set_index("contact_id")["signal_id"]
    frame = mails.assign(signal=mails["mail_id"].map(signal))
    for name, group in frame.groupby("signal"):
        if name == "other" or len(group) < 150:
            continue
        starts = {p.split("{")[0][:25] for p in MAIL_NL[name] if len(p.split("{")[0]) >= 25}
        seen = {s for s in starts if group["body"].str.contains(s, regex=False).any()}
        assert len(seen) >= min(10, len(starts)), name


def test_personal_data_appears_and_is_valid(mails, complaints):
    text = "\n".join(mails["body"]) + "\n" + "\n".join(complaints["text"])
    ibans = IBAN.findall(text)
    assert len(ibans) >= 10 and all(is_valid_iban(i) for i in ibans)
    assert re.search(r"\b06-?\d{8}\b", text) and re.search(r"\+31 ?6 ?\d{8}", text)
    assert re.search(r"\b\d{4} ?[A-Z]{2} \d{1,3}\b", text)
    assert re.search(r"[a-z0-9._]+@[a-z0-9]+\.(nl|com)", text)
    bsns = re.findall(r"(?:BSN is|burgerservicenummer:) (\d{9})", text)
    assert bsns and all(passes_eleven_test(b) for b in bsns)
    orders = re.findall(r"(?:rdernummer:?|order|Referentie) (\d{9})\b", text)
    assert orders and not any(passes_eleven_test(o) for o in orders)


def test_english_secondary_and_typos(truth_contacts, mails):
    written = truth_contacts[truth_contacts["source"].isin(["mail", "complaint"])]
    assert 0.03 < (written["language"] == "en").mean() < 0.09
    customer = truth_contacts[truth_contacts["source"] != "survey"]
    assert 0.06 < customer["secondary_signal_id"].notna().mean() < 0.10
    lower_start = mails["body"].str.match(r"^[a-z]").mean()
    assert lower_start > 0.03


def test_wrap_up_codes_follow_the_planted_mix(calls, truth_contacts):
    signal = truth_contacts.set_index("contact_id")["signal_id"]
    frame = calls.assign(signal=calls["Call_ID"].map(signal))
    frame = frame[frame["signal"] != "other"]
    empty = (frame["Wrap_Up_Code"] == "").mean()
    general = frame["Wrap_Up_Code"].isin(["DOORVERBONDEN", "OVERIG"]).mean()
    assert 0.07 < empty < 0.13 and 0.07 < general < 0.13
    own = frame[frame["signal"] == "invoice_unclear"]["Wrap_Up_Code"].value_counts(normalize=True)
    assert 0.48 < own["FACT-UITLEG"] < 0.62 and 0.18 < own["FACTUUR"] < 0.32
