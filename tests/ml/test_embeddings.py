import pickle
import socket

import numpy as np
import pytest

import ml.embeddings as embeddings
from ml.embeddings import MeanTokenEmbeddings
from ml.pipeline import PipelineSettings, build_pipeline


@pytest.fixture(scope="module")
def fitted():
    return MeanTokenEmbeddings().fit([])


@pytest.mark.parametrize("text, paraphrase, unrelated", [
    ("Mijn pinpas is gestolen", "Iemand heeft mijn bankkaart meegenomen", "De monteur kwam niet opdagen"),
    ("Storing: geen internet", "Het wifi werkt niet meer", "Ik wil mijn abonnement opzeggen"),
    ("I want my money back", "Can I get a refund?", "My card has not arrived"),
])
def test_a_paraphrase_with_other_words_lies_closer_than_an_unrelated_text(fitted, text, paraphrase, unrelated):
    a, b, c = fitted.transform([text, paraphrase, unrelated]).toarray()
    assert a @ b > a @ c + 0.1


def test_vectors_are_unit_length_and_empty_texts_are_zero(fitted):
    vectors = fitted.transform(["factuur te hoog", "", None, "   "]).toarray()
    assert vectors.shape == (4, 256) and vectors.dtype == np.float32
    assert np.linalg.norm(vectors[0]) == pytest.approx(1.0, abs=1e-5)
    assert not vectors[1:3].any()


def test_a_text_gets_the_same_vector_alone_or_in_any_batch(fitted, monkeypatch):
    texts = ["geen bereik in huis", "", "dubbele incasso", "x" * 5000, "Geachte heer, mijn factuur klopt niet"]
    alone = np.vstack([fitted.transform([t]).toarray() for t in texts])
    monkeypatch.setattr(embeddings, "CHUNK", 2)
    np.testing.assert_allclose(fitted.transform(texts).toarray(), alone, atol=1e-6)


def test_the_fitted_block_is_self_contained_and_needs_no_network(fitted, monkeypatch):
    restored = pickle.loads(pickle.dumps(fitted))

    def no_network(*args, **kwargs):
        raise AssertionError("the embeddings tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(embeddings, "load_wordllama", lambda: pytest.fail("reloaded the package's vectors"))
    texts = ["mijn modem knippert rood", "wrong amount charged"]
    np.testing.assert_array_equal(restored.transform(texts).toarray(), fitted.transform(texts).toarray())


def test_loading_the_packaged_vectors_works_offline(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", lambda *a, **k: pytest.fail("network access"))
    tokenizer_json, vectors = embeddings.load_wordllama()
    assert vectors.shape[1] == 256 and '"model"' in tokenizer_json


@pytest.mark.parametrize("weight, blocks", [(1.2, ["ngrams", "embeddings"]), (None, ["ngrams"])])
def test_the_embedding_block_can_be_switched_off(weight, blocks):
    texts, labels = ["factuur te hoog", "geen internet", "rekening klopt niet", "wifi doet het niet"] * 3, ["bill", "net"] * 6
    pipeline = build_pipeline(PipelineSettings(embedding_weight=weight)).fit(texts, labels)
    assert [name for name, _ in pipeline.named_steps["features"].transformer_list] == blocks
    assert list(pipeline.predict(["factuur te hoog"])) == ["bill"]


def test_loading_the_vectors_leaves_the_logging_setup_alone():
    import logging
    import sys

    handlers = list(logging.getLogger().handlers)
    embeddings.load_wordllama()
    assert "wordllama" not in sys.modules
    assert logging.getLogger().handlers == handlers
