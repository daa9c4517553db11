"""The nightly report: report.html in the publish folder, rendered from the published database.

It reads the publication, not the warehouse, so the report shows exactly what BI tools see after
the night; the rendering is signalchain/report.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from dagster import AssetKey, MaterializeResult, MetadataValue, asset

from orchestration.resources import PublishDir
from signalchain.report.figures import key_figures
from signalchain.report.published import PUBLISHED_DATABASE, REPORT_FILE
from signalchain.report.render import render_report
from signalchain.settings import REPORT_LANGUAGE


@asset(key=AssetKey("nightly_report"), group_name="publication", kinds={"html"},
       deps=[AssetKey("bi_publication")],
       description="One self-contained HTML page for people (report.html in the publish folder, opens offline): "
                   "top signals by impact with their monthly trend, the journey heatmap, each improvement action "
                   "against its counterfactual, the migration monitor against the capacity plan, and data "
                   "quality. Rendered by signalchain/report from the published database; labels in the "
                   "report-language setting.")
def nightly_report(publish: PublishDir) -> MaterializeResult:
    database = Path(publish.path) / PUBLISHED_DATABASE
    if not database.exists():
        raise FileNotFoundError(f"no published database {database}: bi_publication writes it first")
    out = render_report(database, publish.file(REPORT_FILE), REPORT_LANGUAGE.value())
    with duckdb.connect(str(database), read_only=True) as con:
        figures = key_figures(con).metadata()
    return MaterializeResult(metadata={
        "path": MetadataValue.path(str(out)), "language": REPORT_LANGUAGE.value(),
        **{name: MetadataValue.json(value) if isinstance(value, (dict, list)) else value
           for name, value in figures.items()}})


report_assets = [nightly_report]
