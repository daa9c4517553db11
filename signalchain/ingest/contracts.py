"""The landing-zone input contract (docs/SPEC.md section 3) as data.

Every source folder maps to one table in the warehouse schema `raw`. A column's
kind says how its text is parsed; a value that does not parse sends the row to
quarantine with a reason. `key` is the column whose re-delivery replaces an
earlier version of the row (staging keeps the latest version per key).
"""

from __future__ import annotations

from dataclasses import dataclass, field

RAW_SCHEMA = "raw"

# Column kinds and the DuckDB type they are stored as in `raw`.
KIND_TYPES = {
    "id": "VARCHAR",  # required, non-empty text
    "signal": "VARCHAR",  # a signal_id of the organisation's taxonomy (seeds/signals.csv)
    "text": "VARCHAR",
    "timestamp": "TIMESTAMPTZ",  # ISO 8601 or dd-mm-yyyy hh:mm[:ss]; naive = Europe/Amsterdam
    "date": "DATE",  # yyyy-mm-dd or dd-mm-yyyy (a timestamp is cut to its date)
    "integer": "BIGINT",
    "number": "DOUBLE",  # decimal point or Dutch decimal comma
    "boolean": "BOOLEAN",  # true/false, ja/nee, yes/no, j/n, y/n, 1/0
    "survey_type": "VARCHAR",  # NPS, CSAT or CES (case-insensitive, stored upper)
}

# Score ranges per survey type (docs/SPEC.md section 3). NPS and CES are answered on a scale of
# whole points; CSAT is the Dutch report grade, where 7,5 is a real grade.
SCORE_RANGES = {"NPS": (0, 10), "CSAT": (1, 10), "CES": (1, 7)}
WHOLE_POINT_SCORES = ("NPS", "CES")

# Lineage columns every raw table carries.
LINEAGE_COLUMNS = {
    "_file_hash": "VARCHAR",  # sha256 of the file's bytes; key into raw._ingested_files
    "_file_name": "VARCHAR",  # path relative to the landing directory
    "_line": "BIGINT",  # data row number in the file, 1 = first row after the header
    "_row_hash": "VARCHAR",  # md5 of the typed values; identical rows are exact duplicates
    "_ingested_at": "TIMESTAMPTZ",
    "_warnings": "VARCHAR",  # values nulled as implausible, and why (signalchain/ingest/plausibility.py)
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str
    required: bool = False
    default: str | None = None  # text used when the column is absent or empty
    event_time: bool = False  # when the contact happened: must lie between the floor date and ingest time
    minimum: float | None = None  # a smaller value is implausible: nulled, and the row flagged

    @property
    def sql_type(self) -> str:
        return KIND_TYPES[self.kind]


@dataclass(frozen=True)
class Source:
    name: str  # landing folder and raw table name
    key: str  # business key; for labels a derived key
    columns: tuple[Column, ...] = field(default_factory=tuple)

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    @property
    def table(self) -> str:
        return f"{RAW_SCHEMA}.{self.name}"


def _c(name: str, kind: str = "text", required: bool = False, default: str | None = None, **rules) -> Column:
    return Column(name, kind, required, default, **rules)


SOURCES: dict[str, Source] = {
    s.name: s
    for s in (
        Source("calls", "call_id", (
            _c("call_id", "id", True), _c("customer_id", "id", True),
            _c("started_at", "timestamp", True, event_time=True),
            _c("duration_seconds", "integer", minimum=0), _c("queue"), _c("wrap_up_code"), _c("notes"),
        )),
        Source("mails", "mail_id", (
            _c("mail_id", "id", True), _c("customer_id", "id", True),
            _c("received_at", "timestamp", True, event_time=True),
            _c("body", "text", True), _c("subject"), _c("channel", default="email"),
            _c("category"),  # the export's own category or reason code, mapped like a wrap-up code
        )),
        Source("complaints", "complaint_id", (
            _c("complaint_id", "id", True), _c("customer_id", "id", True),
            _c("filed_at", "timestamp", True, event_time=True),
            _c("text", "text", True), _c("channel", default="webform"), _c("status"),
            _c("closed_at", "timestamp", event_time=True), _c("escalated", "boolean"), _c("category"),
        )),
        Source("surveys", "response_id", (
            _c("response_id", "id", True), _c("customer_id", "id", True),
            _c("responded_at", "timestamp", True, event_time=True), _c("survey_type", "survey_type", True),
            _c("score", "number", True), _c("touchpoint"), _c("comment"), _c("contact_id"),
        )),
        Source("customers", "customer_id", (
            _c("customer_id", "id", True), _c("segment"), _c("product"), _c("customer_since", "date"),
            _c("customer_until", "date"),  # extension: the date a customer left, for active-customer counts
            _c("migration_wave"), _c("migrated_at", "date"),
        )),
        Source("actions", "action_id", (
            _c("action_id", "id", True), _c("signal_id", "signal", True), _c("title", "text", True),
            _c("go_live_date", "date", True), _c("owner"), _c("cost_eur", "number", minimum=0), _c("status"),
            # route B (docs/SPEC.md section 6): the business case's estimate, sub-activities, completion
            _c("expected_cost_eur", "number", minimum=0), _c("parent_action_id"), _c("done_at", "date"),
        )),
        Source("labels", "label_key", (
            _c("text", "id", True), _c("signal_id", "signal", True), _c("contact_id"),
        )),
        Source("submissions", "submission_id", (
            _c("submission_id", "id", True), _c("submitted_at", "timestamp", True, event_time=True),
            _c("submitter", "text", True), _c("text", "text", True), _c("channel"), _c("product"),
            _c("process"), _c("submitter_team"), _c("customer_example"),  # a contact id that shows the signal
        )),
        # Route B's status changes; the lifecycle (signalchain/route_b/lifecycle.py) checks each transition,
        # which a row-by-row ingest cannot: it sees no history.
        Source("submission_events", "event_key", (
            _c("submission_id", "id", True), _c("at", "timestamp", True, event_time=True),
            _c("status", "id", True), _c("by", "text", True), _c("note"), _c("signal_id", "signal"),
            _c("priority"), _c("context"), _c("cause"), _c("action_id"), _c("duplicate_of"),
        )),
    )
}

# raw.labels carries label_key = md5(lower(trim(text))): a re-labelled text replaces its earlier label.
# raw.submission_events carries event_key = md5(submission, time, status): a re-delivered event with
# another note replaces the earlier one; a second event of the same status at another time is a new event.
DERIVED_KEYS = {
    "labels": "md5(lower(trim(text)))",
    "submission_events": """md5(concat_ws(chr(31), submission_id, CAST(epoch_ms("at") AS VARCHAR), lower(trim(status))))""",
}
