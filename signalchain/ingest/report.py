"""What an ingest run did, per file and per source."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FileReport:
    source: str
    file_name: str
    content_hash: str
    status: str  # loaded | skipped | rejected
    error: str | None = None
    ignored_columns: list[str] = field(default_factory=list)
    rows_read: int = 0
    rows_loaded: int = 0
    rows_quarantined: int = 0
    rows_duplicate: int = 0
    rows_flagged: int = 0  # loaded with an implausible value nulled (raw.<source>._warnings)
    rows_filtered: int = 0  # left out by a filter of the folder's mapping (landing.yml)


@dataclass
class SourceReport:
    source: str
    files: list[FileReport] = field(default_factory=list)

    def _with(self, status: str) -> list[FileReport]:
        return [f for f in self.files if f.status == status]

    @property
    def loaded(self) -> list[FileReport]:
        return self._with("loaded")

    @property
    def skipped(self) -> list[FileReport]:
        return self._with("skipped")

    @property
    def rejected(self) -> list[FileReport]:
        return self._with("rejected")

    def total(self, counter: str) -> int:
        return sum(getattr(f, counter) for f in self.loaded)

    def as_metadata(self) -> dict[str, int]:
        return {
            "files_loaded": len(self.loaded),
            "files_skipped": len(self.skipped),
            "files_rejected": len(self.rejected),
            "rows_read": self.total("rows_read"),
            "rows_loaded": self.total("rows_loaded"),
            "rows_quarantined": self.total("rows_quarantined"),
            "rows_duplicate": self.total("rows_duplicate"),
            "rows_flagged": self.total("rows_flagged"),
            "rows_filtered": self.total("rows_filtered"),
        }
