"""Generated demo data shared by the demo tests: small runs, generated once per session."""

import glob
import json

import pandas as pd
import pytest

from demo import generate

SMALL = dict(customers=500, days=60, seed=7)
MEDIUM = dict(customers=3000, days=120, seed=11)


@pytest.fixture(scope="session")
def small(tmp_path_factory):
    out = tmp_path_factory.mktemp("small")
    rows = generate(out=out, **SMALL)
    return out, rows


@pytest.fixture(scope="session")
def medium(tmp_path_factory):
    out = tmp_path_factory.mktemp("medium")
    generate(out=out, **MEDIUM)
    return out


@pytest.fixture(scope="session")
def truth(medium):
    return json.loads((medium / "_truth" / "truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def truth_contacts(medium):
    return pd.read_parquet(medium / "_truth" / "contacts.parquet")


@pytest.fixture(scope="session")
def mails(medium):
    return pd.concat([pd.read_json(p, lines=True, dtype=False) for p in sorted(glob.glob(str(medium / "mails" / "*")))],
                     ignore_index=True)


@pytest.fixture(scope="session")
def calls(medium):
    return pd.concat([pd.read_csv(p, sep=";", encoding="cp1252", dtype=str, keep_default_na=False)
                      for p in sorted(glob.glob(str(medium / "calls" / "*.csv")))], ignore_index=True)


@pytest.fixture(scope="session")
def complaints(medium):
    files = [p for p in sorted(glob.glob(str(medium / "complaints" / "*.csv"))) if "herlevering" not in p]
    return pd.concat([pd.read_csv(p, encoding="utf-8-sig", dtype=str, keep_default_na=False) for p in files],
                     ignore_index=True)


@pytest.fixture(scope="session")
def customers(medium):
    return pd.read_csv(next((medium / "customers").glob("*.csv")), dtype=str, keep_default_na=False)
