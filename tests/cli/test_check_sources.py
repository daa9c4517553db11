"""The dry run a data engineer runs before the first night: what would load, and nothing written."""

import shutil
import subprocess
import sys
from pathlib import Path

from tests.ingest.conftest import write

EXPORTS = Path(__file__).parents[1] / "ingest" / "exports"


def test_check_sources_reports_each_file_and_writes_nothing(tmp_path):
    landing, warehouse = tmp_path / "landing", tmp_path / "warehouse.duckdb"
    (landing / "complaints").mkdir(parents=True)
    shutil.copy(EXPORTS / "cfpb_complaints.csv", landing / "complaints" / "cfpb.csv")
    write(landing / "calls" / "calls.csv", "call_id;customer_id;started_at;wrap_up_code\n"
          "C1;KL1;01-03-2026 10:00;FACT-UITLEG\nC2;KL2;31-02-2026 10:00;NIEUWE-CODE\nC3;KL3;01-03-2026 11:00;NIEUWE-CODE\n")
    seeds = Path(__file__).parents[2] / "dbt_project" / "seeds"
    own_seeds = tmp_path / "dbt_project_seeds"
    shutil.copytree(seeds, own_seeds)
    write(own_seeds / "landing.yml", "folders:\n  complaints: {preset: cfpb_complaints}\n")
    relative = Path("..") / Path(*[".."] * (len(seeds.parents[1].parts) - 1)) / own_seeds.relative_to("/")
    result = subprocess.run([sys.executable, "-m", "cli.main", "check-sources", "--landing", str(landing)],
                            env={"PATH": "/usr/bin:/bin", "SIGNALCHAIN_WAREHOUSE": str(warehouse),
                                 "SIGNALCHAIN_SEEDS": str(relative), "HOME": str(tmp_path)},
                            cwd=Path(__file__).parents[2], capture_output=True, text=True, check=False)
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "calls/calls.csv  [csv, contract format] -> calls" in out
    assert "rows read 3: would load 2, quarantine 1, duplicates 0, filtered out 0, flagged 0" in out
    assert "quarantine: 1 x bad timestamp in started_at: '31-02-2026 10:00'" in out
    assert "unmapped wrap_up_code: 'NIEUWE-CODE' (1 rows)" in out
    assert "complaints/cfpb.csv  [csv, landing.yml: folders.complaints] -> complaints" in out
    assert "unmapped channel: 'referral'" not in out and "unmapped channel: 'phone'" not in out
    assert "unmapped category: 'CREDIT CARD / PROBLEM WITH A PURCHASE" in out
    assert "2 file(s): 2 would load, 0 would be rejected; nothing was written to the warehouse" in out
    assert not warehouse.exists()
