"""Every example of the PII corpus through `redact_pii`: planted values go, look-alikes stay."""

from collections import Counter

import pytest

from privacy.customer_ids import infer_customer_id_pattern
from privacy.redaction import redact_pii
from tests.privacy.corpus import PLACEHOLDER, corpus, leaked

PATTERN = infer_customer_id_pattern(corpus()["customer_ids"])
POSITIVES = corpus()["positives"]
NEGATIVES = corpus()["negatives"]
REQUIRED_KINDS = ["birth_date", "payment_card", "street_address", "sign_off_name", "title_name", "glued_phone",
                  "customer_id_own", "customer_id_other", "email", "iban", "bsn", "postcode"]
REQUIRED_NEGATIVES = ["order_number", "invalid_iban", "ordinary_date", "capitalised_words"]


def _id(example: dict) -> str:
    return f"{example['kind']}-{example['lang']}-{example['text'][:40]}"


@pytest.mark.parametrize("example", POSITIVES, ids=_id)
def test_every_planted_value_disappears(example):
    redacted = redact_pii(example["text"], PATTERN)
    assert not [value for value in example["planted"] if leaked(value, redacted)], redacted
    assert PLACEHOLDER.search(redacted), redacted


@pytest.mark.parametrize("example", NEGATIVES, ids=_id)
def test_look_alikes_stay_readable(example):
    redacted = redact_pii(example["text"], PATTERN)
    assert example["kept"] in redacted, redacted


def test_the_corpus_covers_every_kind_in_dutch_and_english():
    positives = Counter(e["kind"] for e in POSITIVES)
    negatives = Counter(e["kind"] for e in NEGATIVES)
    assert {k: positives[k] for k in REQUIRED_KINDS if positives[k] < 10} == {}
    assert {k: negatives[k] for k in REQUIRED_NEGATIVES if negatives[k] < 10} == {}
    for kind in [*REQUIRED_KINDS, *REQUIRED_NEGATIVES]:
        languages = {e["lang"] for e in [*POSITIVES, *NEGATIVES] if e["kind"] == kind}
        assert languages == {"nl", "en"}, kind


def test_the_checks_catch_a_leak():
    """The test above can fail: unredacted text leaks, also with the separators changed."""
    assert leaked("06-12345678", "bel 0612345678")
    assert leaked("Jan de Vries", "Groet, jan de vries")
    assert not leaked("Bos", "Bosch")
    assert [e for e in POSITIVES if not any(leaked(v, e["text"]) for v in e["planted"])] == []
