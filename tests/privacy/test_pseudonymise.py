import hashlib
import hmac

from privacy.pseudonymise import DEVELOPMENT_KEY, pseudonym_key, pseudonymise


def test_pseudonym_is_a_keyed_hash_prefixed_cus():
    expected = "cus_" + hmac.new(b"secret", b"KL123", hashlib.sha256).hexdigest()[:16]
    assert pseudonymise("KL123", "secret") == expected
    assert pseudonymise("KL123", "other-key") != expected
    assert pseudonymise(None, "secret") is None


def test_key_is_read_at_call_time_with_a_flagged_development_default(monkeypatch):
    monkeypatch.delenv("SIGNALCHAIN_PSEUDONYM_KEY", raising=False)
    assert pseudonym_key() == (DEVELOPMENT_KEY, True)
    monkeypatch.setenv("SIGNALCHAIN_PSEUDONYM_KEY", "prod-key")
    assert pseudonym_key() == ("prod-key", False)
