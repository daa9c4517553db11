"""Where the report comes from and goes to: the asset reads the publication, the command falls back
to the warehouse (and says so), the same marts give the same bytes, and the screenshot is a PNG."""

import shutil
import struct

from dagster import AssetSpec, materialize

from assets.report import nightly_report
from cli.main import main
from orchestration.resources import PublishDir
from signalchain.report.browser import WIDTH, screenshot
from signalchain.report.published import PUBLISHED_DATABASE, REPORT_FILE
from signalchain.report.render import render_report
from signalchain.settings import PUBLISH, WAREHOUSE


def test_the_asset_renders_the_published_database_into_the_publish_folder(report_database, tmp_path, pipeline):
    shutil.copyfile(report_database, tmp_path / PUBLISHED_DATABASE)
    result = materialize([nightly_report, AssetSpec("bi_publication")],
                         resources={"publish": PublishDir(path=str(tmp_path))}, selection=["nightly_report"])
    assert result.success
    metadata = result.asset_materializations_for_node("nightly_report")[0].metadata
    assert metadata["path"].value == str(tmp_path / REPORT_FILE) and (tmp_path / REPORT_FILE).exists()
    assert metadata["top_signal_id"].value == pipeline.truth["highest_impact_signal"]
    assert metadata["verdicts"].value == {a["action_id"]: a["expected_verdict"] for a in pipeline.truth["actions"]}
    assert metadata["eur_saved_improved"].value > 0


def test_the_command_falls_back_to_the_warehouse_and_says_so(report_database, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PUBLISH.variable, str(tmp_path / "published"))
    monkeypatch.setenv(WAREHOUSE.variable, str(report_database))
    assert main(["report"]) == 0
    assert f"reporting on the warehouse {report_database}" in capsys.readouterr().out
    assert (tmp_path / "published" / REPORT_FILE).exists()
    shutil.copyfile(report_database, tmp_path / "published" / PUBLISHED_DATABASE)
    assert main(["report"]) == 0
    assert "warehouse" not in capsys.readouterr().out


def test_the_same_marts_give_the_same_bytes(report_database, report_nl, tmp_path):
    again = render_report(report_database, tmp_path / "again.html", "nl")
    assert again.read_bytes() == report_nl.read_bytes()


def test_the_screenshot_is_a_png_of_the_whole_page(report_nl, tmp_path):
    png = screenshot(report_nl, tmp_path / "report.png")
    header = png.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert width == WIDTH and height > 3000  # every section, not one window
