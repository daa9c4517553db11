"""Every source folder in its real-world format, readable, with the contract's required columns."""

import gzip
import json

import pyarrow.parquet as pq
import pytest

from demo import generate
from signalchain.ingest.contracts import SOURCES


def _header(path) -> list[str]:
    raw = path.read_bytes()
    if path.suffix == ".parquet":
        return [n.lower() for n in pq.read_schema(path).names]
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    if ".jsonl" in path.name:
        return sorted({k.lower() for line in raw.decode("utf-8").splitlines() for k in json.loads(line)})
    text = raw.decode("cp1252") if b";" in raw.split(b"\n")[0] else raw.decode("utf-8-sig")
    delimiter = ";" if ";" in text.split("\n")[0] else ","
    return [n.strip().lower() for n in text.split("\n")[0].split(delimiter)]


def test_every_source_folder_has_files_with_the_required_columns(small):
    out, rows = small
    for name, source in SOURCES.items():
        files = sorted((out / name).iterdir())
        assert files, f"no files in {name}/"
        for path in files:
            missing = set(source.required) - set(_header(path))
            assert not missing, f"{path.name} lacks {missing}"
        assert rows[name] > 0


def test_calls_and_actions_are_dutch_excel_csv(small):
    out, _ = small
    for path in [*(out / "calls").glob("*.csv"), *(out / "actions").glob("*.csv")]:
        raw = path.read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")  # Windows-1252 bytes for é / € / ë are not UTF-8
        text = raw.decode("cp1252")
        assert any(ch in text for ch in "é€ëï")
        assert text.split("\r\n")[0].count(";") >= 3
        assert "\r\n" in text
    first_call = (out / "calls").glob("*.csv").__next__().read_bytes().decode("cp1252").split("\r\n")[1]
    assert first_call.split(";")[2][2] == "-" and len(first_call.split(";")[2]) == 16  # dd-mm-yyyy hh:mm


def test_complaints_have_a_bom_and_a_redelivery(small):
    out, _ = small
    files = sorted((out / "complaints").glob("*.csv"))
    assert all(p.read_bytes().startswith(b"\xef\xbb\xbf") for p in files)
    assert any("herlevering" in p.name for p in files)


def test_mails_are_json_lines_one_month_gzipped(small):
    out, _ = small
    files = sorted((out / "mails").iterdir())
    gz = [p for p in files if p.name.endswith(".jsonl.gz")]
    assert len(gz) == 1 and len(files) >= 2
    record = json.loads(gzip.decompress(gz[0].read_bytes()).decode("utf-8").splitlines()[0])
    assert record["mail_id"].startswith("MAIL-") and record["received_at"][-6] in "+-"


def test_surveys_parquet_and_plain_csvs(small):
    out, _ = small
    table = pq.read_table(next((out / "surveys").glob("*.parquet")))
    assert str(table.schema.field("responded_at").type).startswith("timestamp")
    assert set(table.column("survey_type").to_pylist()) <= {"NPS", "CSAT", "CES"}
    for folder in ("customers", "labels"):
        raw = next((out / folder).glob("*.csv")).read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf")
        raw.decode("utf-8")


def test_ids_are_prefixed_and_unique_across_sources(truth_contacts):
    ids = truth_contacts["contact_id"]
    assert ids.is_unique
    prefixes = ids.str.split("-").str[0].unique()
    assert set(prefixes) == {"CALL", "MAIL", "CMP", "RSP"}


def test_generation_is_byte_identical(small, tmp_path):
    out, _ = small
    from tests.demo.conftest import SMALL
    generate(out=tmp_path, **SMALL)
    first = sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file())
    second = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert first == second
    for rel in first:
        assert (out / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel
