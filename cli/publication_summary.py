"""The summary's last lines: what BI reads after this night, from the publication's manifest. A night
that failed before it published says so, and names the night BI still reads."""

from __future__ import annotations

from pathlib import Path

from signalchain.publication.layout import Publication
from signalchain.report.published import REPORT_FILE


def publication_lines(folder: Path, run_id: str) -> list[str]:
    publication = Publication(Path(folder))
    manifest = publication.manifest()
    if manifest is None:
        return [f"publication for BI: none yet in {publication.folder} (the night did not get to publish)"]
    checks = manifest["checks"]
    facts = (f"run {manifest['run_id']}, built {manifest['built_at']}, data up to {manifest['data_up_to']}; "
             f"{checks['passed']} checks passed, {len(checks['warned'])} warned")
    if manifest["run_id"] != run_id:
        return [f"publication for BI NOT refreshed: this night ({run_id}) failed before it could publish; "
                f"BI still reads the last good publication ({facts}): {publication.database}"]
    lines = [f"published for BI ({facts}):", f"  connect to {publication.database} (read-only) "
             f"or the Parquet files in {publication.parquet}/"]
    report = publication.folder / REPORT_FILE
    if report.exists():
        lines.append(f"  report: {report}")
    return lines
