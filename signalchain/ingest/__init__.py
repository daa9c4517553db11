"""Loss-free ingestion of the landing zone into the warehouse schema `raw` (docs/SPEC.md section 3)."""

from signalchain.ingest.load import ingest_source
from signalchain.ingest.parallel import ingest_all, ingest_sources
from signalchain.ingest.reconcile import reconciliation_breaks
from signalchain.ingest.report import FileReport, SourceReport

__all__ = ["FileReport", "SourceReport", "ingest_all", "ingest_source", "ingest_sources", "reconciliation_breaks"]
