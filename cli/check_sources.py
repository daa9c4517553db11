"""`signalchain check-sources`: the dry run, printed for the data engineer before the first night."""

from __future__ import annotations

from pathlib import Path

from signalchain.ingest.dry_run import FileCheck, dry_run
from signalchain.ingest.mapping.config import load_mappings
from signalchain.settings import seeds_dir


def check_sources(landing: Path, warehouse: Path | None) -> tuple[list[str], bool]:
    """The report's lines, and whether every file would load."""
    checks = dry_run(landing, load_mappings(seeds_dir()), warehouse)
    if not checks:
        return [f"no files in {landing} (one folder per source, or a folder named in landing.yml)"], False
    lines = []
    for check in checks:
        lines += _file_lines(check)
    rejected = sum(c.report.status == "rejected" for c in checks)
    lines.append(f"{len(checks)} file(s): {len(checks) - rejected} would load, {rejected} would be rejected; "
                 "nothing was written to the warehouse")
    return lines, rejected == 0


def _file_lines(check: FileCheck) -> list[str]:
    r = check.report
    head = f"{r.file_name}  [{check.file_format}, {check.mapping}] -> {r.source}"
    if check.already_ingested:
        return [head, "  already ingested: the night will skip it", ""]
    if r.status != "loaded":
        return [head, f"  {r.status}: {r.error}", ""]
    lines = [head, f"  rows read {r.rows_read:,}: would load {r.rows_loaded:,}, quarantine {r.rows_quarantined:,}, "
                   f"duplicates {r.rows_duplicate:,}, filtered out {r.rows_filtered:,}, flagged {r.rows_flagged:,}"]
    if r.ignored_columns:
        lines.append(f"  ignored columns: {', '.join(r.ignored_columns)}")
    lines += [f"  quarantine: {n:,} x {reason}" for reason, n in check.top_reasons]
    lines += [f"  unmapped {column}: '{value}' ({n:,} rows) - add it to the seeds"
              for column, value, n in check.unmapped]
    for row in check.sample:
        shown = ", ".join(f"{k}={v}" for k, v in row.items() if v is not None and not k.startswith("_"))
        lines.append(f"  sample line {row['_line']}: {shown[:200]}")
    return [*lines, ""]
