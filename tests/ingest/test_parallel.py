"""Sources loading at the same time give the warehouse that loading them one by one gives."""

import duckdb
import pytest

from demo import generate
from signalchain.ingest import ingest_all, ingest_sources
from signalchain.ingest import parallel
from signalchain.ingest.contracts import SOURCES
from tests.ingest.conftest import rows, warehouse_state, write


@pytest.fixture(scope="module")
def demo_landing(tmp_path_factory):
    landing = tmp_path_factory.mktemp("parallel") / "landing"
    generate(customers=300, days=60, seed=5, out=landing)
    write(landing / "calls" / "zz_broken.csv", "call_id,customer_id,started_at\nC9,KL1,gisteren\n\"C10,KL2\n")
    write(landing / "mails" / "zz_not_json.jsonl", "{not json\n")
    return landing


def test_two_workers_load_what_one_loads(tmp_path, demo_landing):
    states = []
    for workers in (1, 2):
        with duckdb.connect(str(tmp_path / f"w{workers}.duckdb")) as con:
            reports = dict(ingest_sources(con, demo_landing, SOURCES, workers=workers))
            again = dict(ingest_sources(con, demo_landing, SOURCES, workers=workers))
            states.append(warehouse_state(con))
        assert set(reports) == set(SOURCES)
        assert sum(r.total("rows_quarantined") for r in reports.values()) > 0
        assert sum(r.total("rows_loaded") for r in again.values()) == 0
    assert states[0] == states[1]
    assert sum(len(table) for table in states[0].values()) > 1_000


def test_a_source_that_fails_leaves_the_others_loaded(tmp_path, demo_landing, monkeypatch):
    real = parallel.ingest_source

    def mails_fail(con, landing_dir, name, mappings):
        if name == "mails":
            raise OSError("disk full")
        return real(con, landing_dir, name, mappings)

    monkeypatch.setattr(parallel, "ingest_source", mails_fail)
    with duckdb.connect(str(tmp_path / "w.duckdb")) as con:
        outcomes = dict(ingest_sources(con, demo_landing, SOURCES))
        assert isinstance(outcomes["mails"], OSError)
        assert all(outcomes[name].total("rows_loaded") > 0 for name in ("calls", "complaints", "surveys"))
        with pytest.raises(OSError, match="disk full"):
            ingest_all(con, demo_landing)
        assert rows(con, "SELECT count(*) FROM raw.mails") == [(0,)]
