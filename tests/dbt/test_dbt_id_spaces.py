"""Two sources that share an id space: both contacts arrive, and a reference resolves only when it is unambiguous."""

import duckdb

from signalchain.ingest import ingest_all
from tests.dbt.helpers import build, query
from tests.ingest.conftest import write


def test_a_mail_and_a_call_sharing_an_id_are_two_contacts(tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "warehouse.duckdb"
    write(landing / "calls" / "c.csv", "call_id;customer_id;started_at;notes\n"
          "1001;KL1;01-03-2026 10:00;storing\n1002;KL1;01-03-2026 11:00;factuur\n")
    write(landing / "mails" / "m.csv", "mail_id;customer_id;received_at;body\n1001;KL2;01-03-2026 12:00;vraag\n")
    write(landing / "surveys" / "s.csv", "response_id;customer_id;responded_at;survey_type;score;contact_id\n"
          "R1;KL1;02-03-2026;NPS;8;1001\nR2;KL1;02-03-2026;NPS;9;call:1001\nR3;KL1;02-03-2026;NPS;9;1002\n")
    with duckdb.connect(str(warehouse)) as con:
        ingest_all(con, landing)
    build(warehouse, tmp_path, None, "--vars", "{journey_step_coverage_floor: 0}")
    assert query(warehouse, "SELECT contact_id, source FROM marts.fct_contacts ORDER BY 1") == [
        ("call:1001", "call"), ("call:1002", "call"), ("mail:1001", "mail")]
    assert query(warehouse, "SELECT response_id, contact_id FROM marts.fct_survey_responses ORDER BY 1") == [
        ("R1", None), ("R2", "call:1001"), ("R3", "call:1002")]
    with duckdb.connect(str(warehouse)) as con:  # a row of the earlier, unqualified id scheme
        con.execute("INSERT INTO marts.fct_contacts SELECT * REPLACE ('1001' AS contact_id) "
                    "FROM marts.fct_contacts WHERE contact_id = 'call:1001'")
    build(warehouse, tmp_path, None, "--vars", "{journey_step_coverage_floor: 0}")
    assert query(warehouse, "SELECT count(*) FROM marts.fct_contacts WHERE contact_id = '1001'") == [(0,)]
