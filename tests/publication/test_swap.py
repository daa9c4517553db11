"""A reader that holds the published database while the next night publishes: it keeps its snapshot,
a new connection sees the new night, and the writer never waits; a night with a failed blocking
check leaves the last publication and its manifest as they were. The reader is another process,
as a BI tool is."""

import duckdb
import pytest

from signalchain.publication.manifest import CheckOutcome
from signalchain.publication.night import BlockingCheckFailed
from tests.publication.conftest import publish
from tests.publication.reader import RUN_ID, HeldReader


def _new_connection(database, sql=RUN_ID):
    with duckdb.connect(str(database), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_a_held_reader_keeps_its_snapshot_and_a_new_one_sees_the_next_night(quality_warehouse, tmp_path):
    first = publish(quality_warehouse, tmp_path, "night-1")
    reader = HeldReader(first.publication.database)
    try:
        contacts = reader.ask("SELECT count(*) FROM marts.fct_contacts")
        assert reader.ask(RUN_ID) == "night-1"
        publish(quality_warehouse, tmp_path, "night-2")
        assert reader.ask(RUN_ID) == "night-1"
        assert reader.ask("SELECT count(*) FROM marts.fct_contacts") == contacts
        assert _new_connection(first.publication.database) == "night-2"
    finally:
        reader.close()
    assert (tmp_path / "parquet").resolve().name == "night-2"
    assert sorted(p.name for p in (tmp_path / "snapshots").iterdir()) == ["night-1", "night-2"]
    publish(quality_warehouse, tmp_path, "night-3")
    assert sorted(p.name for p in (tmp_path / "snapshots").iterdir()) == ["night-2", "night-3"]
    assert not list(tmp_path.glob(".*")), "nothing half-built is left behind"


def test_a_failed_blocking_check_leaves_the_last_publication_untouched(quality_warehouse, tmp_path):
    good = publish(quality_warehouse, tmp_path, "night-1")
    files = {path: path.read_bytes() for path in [good.publication.database, good.publication.manifest_file]}
    link = good.publication.parquet.resolve()
    failing = [CheckOutcome("fct_contacts", "unique_fct_contacts_contact_id", False, "ERROR")]
    with pytest.raises(BlockingCheckFailed, match="fct_contacts: unique_fct_contacts_contact_id"):
        publish(quality_warehouse, tmp_path, "night-2", failing)
    assert {path: path.read_bytes() for path in files} == files
    assert good.publication.parquet.resolve() == link
    assert _new_connection(good.publication.database) == "night-1"
