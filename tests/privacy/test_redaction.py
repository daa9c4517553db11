"""PII redaction on Dutch formats: what must go, and look-alikes that must stay."""

import pytest

from privacy.redaction import redact_many, redact_pii


@pytest.mark.parametrize("text, expected", [
    ("bel me op 06-12345678 aub", "bel me op [TELEFOON] aub"),
    ("mijn nummer: 0612345678.", "mijn nummer: [TELEFOON]."),
    ("06 12 34 56 78", "[TELEFOON]"),
    ("Bereikbaar op +31 6 12345678", "Bereikbaar op [TELEFOON]"),
    ("+31612345678", "[TELEFOON]"),
    ("0031 6 1234 5678", "[TELEFOON]"),
    ("vast nummer 020-1234567", "vast nummer [TELEFOON]"),
    ("of (010) 123 45 67", "of [TELEFOON]"),
    ("IBAN NL91ABNA0417164300, graag terugstorten", "IBAN [IBAN], graag terugstorten"),
    ("rekening NL91 ABNA 0417 1643 00 en verder", "rekening [IBAN] en verder"),
    ("Belgische rekening BE68539007547034", "Belgische rekening [IBAN]"),
    ("mijn bsn is 111222333", "mijn bsn is [BSN]"),
    ("BSN 111.222.333", "BSN [BSN]"),
    ("mail naar j.de-vries+klant@voorbeeld.nl svp", "mail naar [EMAIL] svp"),
    ("ik woon op 1234 AB 12", "ik woon op [POSTCODE]"),
    ("Postcode 1011AB, huisnummer volgt", "Postcode [POSTCODE], huisnummer volgt"),
    ("adres Kerkstraat 12a in Utrecht", "adres [ADRES] in Utrecht"),
])
def test_personal_data_is_replaced_by_a_placeholder(text, expected):
    assert redact_pii(text) == expected


@pytest.mark.parametrize("text", [
    "IBAN NL92ABNA0417164300 klopt niet",  # check digits invalid: not an account number, left as is
    "ordernummer 123456789 is niet aangekomen",  # fails the 11-test: not a BSN
    "factuur 2024123456 van 45,50 euro op 12-03-2024",
    "ik betaal al 2000 euro per jaar",
    "Beste klantenservice, het werkt niet",
    "Geachte heer/mevrouw, ik heb een vraag",
])
def test_look_alikes_stay(text):
    assert redact_pii(text) == text


@pytest.mark.parametrize("text, expected", [
    ("Beste Jan, dank", "Beste [NAAM], dank"),
    ("Geachte heer De Vries,", "Geachte heer [NAAM],"),
    ("Geachte mevrouw J. van der Berg,\n", "Geachte mevrouw [NAAM],\n"),
    ("Mijn naam is Fatima el Amrani en ik bel over", "Mijn naam is [NAAM] en ik bel over"),
    ("Het werkt niet.\nMet vriendelijke groet,\nJan de Vries", "Het werkt niet.\nMet vriendelijke groet,\n[NAAM]"),
    ("graag snel\nMvg\nPiet Jansen\n", "graag snel\nMvg\n[NAAM]\n"),
    ("Mvg, Piet", "Mvg, [NAAM]"),
    ("groetjes,\nkees", "groetjes,\n[NAAM]"),
    ("Thanks.\nKind regards,\nJohn Smith", "Thanks.\nKind regards,\n[NAAM]"),
])
def test_names_after_greetings_and_sign_offs(text, expected):
    assert redact_pii(text) == expected


def test_none_and_empty_pass_through_and_the_batch_matches_single_calls():
    texts = [None, "", "bel 06-12345678", "Beste Anna,", "niets persoonlijks"]
    assert redact_many(texts) == [redact_pii(t) for t in texts] == [
        None, "", "bel [TELEFOON]", "Beste [NAAM],", "niets persoonlijks"]


def test_the_batch_with_a_customer_id_pattern_matches_single_calls():
    pattern = r"(?i)(?:KL)\d{7}(?!\d)"
    texts = [None, "klant KL3555590 belt", "buurman kl1234567, bel 06-12345678"]
    assert redact_many(texts, pattern) == [redact_pii(t, pattern) for t in texts] == [
        None, "klant [KLANTNUMMER] belt", "buurman [KLANTNUMMER], bel [TELEFOON]"]
    assert redact_pii("klant KL3555590 belt") == "klant KL3555590 belt"
