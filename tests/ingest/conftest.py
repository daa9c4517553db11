import duckdb
import pytest

from signalchain.ingest.contracts import SOURCES


@pytest.fixture
def landing(tmp_path):
    root = tmp_path / "landing"
    root.mkdir()
    return root


@pytest.fixture
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    yield connection
    connection.close()


def write(path, text: str, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))


def rows(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


def warehouse_state(con, sources=SOURCES) -> dict[str, list[tuple]]:
    """What the ingest stored for `sources`, the registry and the quarantine, without the moments of
    loading and the file stats (which a file records only once it has settled, file_stat.py)."""
    state = {name: rows(con, f"SELECT * EXCLUDE (_ingested_at) FROM raw.{name} ORDER BY ALL") for name in sources}
    state["registry"] = rows(con, "SELECT * EXCLUDE (ingested_at, file_stat) FROM raw._ingested_files ORDER BY ALL")
    state["quarantine"] = rows(con, "SELECT * EXCLUDE (quarantined_at) FROM raw._quarantine ORDER BY ALL")
    return state
