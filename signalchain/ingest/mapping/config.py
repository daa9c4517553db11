"""The landing configuration (`landing.yml` beside the seeds): how an export maps onto the contract.

Each entry under `folders:` names a landing subfolder and says which source it feeds, from which
export columns each contract column is made, how its timestamps are written, which rows count,
and optionally how a wide survey export becomes one response per score column. A `preset:` loads
a shipped mapping (presets/<name>.yml) that the entry then overrides key by key. Everything is
validated on load; an error names the file, the key and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from signalchain.ingest.contracts import SOURCES
from signalchain.ingest.mapping.checks import MappingError, check_keys, check_time_format

PRESETS_DIR = Path(__file__).parent / "presets"
CONFIG_FILE = "landing.yml"
FOLDER_KEYS = {"preset", "source", "columns", "timestamps", "filters", "melt", "sheet", "description"}
FILTER_KEYS = {"column", "equals", "not_equals", "in", "not_in", "matches", "not_matches"}
COLUMN_KEYS = {"column", "join", "separator", "constant", "derived_key", "format"}


@dataclass(frozen=True)
class ColumnRule:
    """One contract column made from the export: a column, several joined, a constant or a derived key."""

    columns: tuple[str, ...] = ()
    separator: str = " "
    constant: str | None = None
    derived_key: bool = False  # a customer key built from another field (e-mail, handle): less reliable
    time_format: str | None = None


@dataclass(frozen=True)
class Filter:
    column: str
    test: str  # one of FILTER_KEYS - {"column"}
    values: tuple[str, ...]


@dataclass(frozen=True)
class Melt:
    """A wide survey export: one row per respondent, one column per scored question."""

    scores: tuple[tuple[str, str], ...]  # (export column, survey type)


@dataclass(frozen=True)
class FolderMapping:
    folder: str
    source: str
    columns: dict[str, ColumnRule] = field(default_factory=dict)
    time_formats: tuple[str, ...] = ()
    timezone: str = "Europe/Amsterdam"
    filters: tuple[Filter, ...] = ()
    melt: Melt | None = None
    sheet: str | None = None
    where: str = CONFIG_FILE

    def export_columns(self) -> set[str]:
        """Every export column the mapping reads: a file without one of them is rejected."""
        names = {c for rule in self.columns.values() for c in rule.columns}
        names |= {f.column for f in self.filters}
        names |= {column for column, _ in (self.melt.scores if self.melt else ())}
        return names


def load_mappings(seeds: Path) -> dict[str, FolderMapping]:
    """The folder mappings of `<seeds>/landing.yml`; none when the file does not exist."""
    path = Path(seeds) / CONFIG_FILE
    if not path.exists():
        return {}
    document = _yaml(path)
    check_keys(document, {"folders"}, path.name)
    folders = document.get("folders") or {}
    if not isinstance(folders, dict):
        raise MappingError(f"{path.name}: folders: expected a mapping of folder name to its mapping")
    return {str(name): _folder(str(name), entry or {}, path.name) for name, entry in folders.items()}


def _yaml(path: Path) -> dict:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise MappingError(f"{path.name}: not valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise MappingError(f"{path.name}: expected a mapping at the top")
    return document


def _with_preset(entry: dict, where: str) -> dict:
    name = entry.get("preset")
    if name is None:
        return entry
    preset_file = PRESETS_DIR / f"{name}.yml"
    if not preset_file.exists():
        known = ", ".join(sorted(p.stem for p in PRESETS_DIR.glob("*.yml")))
        raise MappingError(f"{where}.preset: unknown preset '{name}'; known presets: {known}")
    preset = _yaml(preset_file)
    merged = {**preset, **{k: v for k, v in entry.items() if k != "preset"}}
    merged["columns"] = {**(preset.get("columns") or {}), **(entry.get("columns") or {})}
    return merged


def _folder(name: str, entry: dict, file_name: str) -> FolderMapping:
    where = f"{file_name}: folders.{name}"
    if not isinstance(entry, dict):
        raise MappingError(f"{where}: expected a mapping")
    check_keys(entry, FOLDER_KEYS, where)
    entry = _with_preset(entry, where)
    source = entry.get("source", name)
    if source not in SOURCES:
        raise MappingError(f"{where}.source: unknown source '{source}'; sources: {', '.join(SOURCES)}")
    contract = {c.name for c in SOURCES[source].columns}
    columns = {}
    for column, rule in (entry.get("columns") or {}).items():
        if column not in contract:
            raise MappingError(f"{where}.columns.{column}: '{column}' is no column of source {source}; "
                               f"its columns: {', '.join(sorted(contract))}")
        columns[column] = _column_rule(rule, f"{where}.columns.{column}")
    timestamps = entry.get("timestamps") or {}
    check_keys(timestamps, {"formats", "timezone"}, f"{where}.timestamps")
    formats = tuple(str(f) for f in timestamps.get("formats", ()))
    for i, time_format in enumerate(formats):
        check_time_format(time_format, f"{where}.timestamps.formats[{i}]")
    return FolderMapping(
        folder=name, source=source, columns=columns, time_formats=formats,
        timezone=str(timestamps.get("timezone", "Europe/Amsterdam")),
        filters=tuple(_filter(f, f"{where}.filters[{i}]") for i, f in enumerate(entry.get("filters") or ())),
        melt=_melt(entry.get("melt"), f"{where}.melt", source), sheet=entry.get("sheet"), where=where)


def _column_rule(rule, where: str) -> ColumnRule:
    if isinstance(rule, str):
        return ColumnRule(columns=(rule.strip().lower(),))
    if not isinstance(rule, dict):
        raise MappingError(f"{where}: expected an export column name or a mapping with column/join/constant")
    check_keys(rule, COLUMN_KEYS, where)
    if "format" in rule:
        check_time_format(str(rule["format"]), f"{where}.format")
    if "constant" in rule:
        return ColumnRule(constant=str(rule["constant"]))
    names = rule.get("join") or [rule.get("column") or rule.get("derived_key")]
    if not all(isinstance(n, str) and n.strip() for n in names):
        raise MappingError(f"{where}: name the export column(s) with column, join or derived_key")
    return ColumnRule(columns=tuple(n.strip().lower() for n in names), separator=str(rule.get("separator", " ")),
                      derived_key="derived_key" in rule, time_format=rule.get("format"))


def _filter(rule, where: str) -> Filter:
    if not isinstance(rule, dict) or "column" not in rule:
        raise MappingError(f"{where}: expected a mapping with column and one test")
    check_keys(rule, FILTER_KEYS, where)
    tests = [k for k in rule if k != "column"]
    if len(tests) != 1:
        raise MappingError(f"{where}: give exactly one of {', '.join(sorted(FILTER_KEYS - {'column'}))}")
    values = rule[tests[0]]
    values = tuple(str(v) for v in (values if isinstance(values, list) else [values]))
    return Filter(str(rule["column"]).strip().lower(), tests[0], values)


def _melt(rule, where: str, source: str) -> Melt | None:
    if rule is None:
        return None
    if source != "surveys":
        raise MappingError(f"{where}: melt turns a wide survey export into responses; source must be surveys")
    check_keys(rule, {"scores"}, where)
    scores = rule.get("scores") or {}
    if not isinstance(scores, dict) or not scores:
        raise MappingError(f"{where}.scores: expected export column: survey type (NPS, CSAT or CES)")
    for column, kind in scores.items():
        if str(kind).upper() not in ("NPS", "CSAT", "CES"):
            raise MappingError(f"{where}.scores.{column}: unknown survey type '{kind}'; expected NPS, CSAT or CES")
    return Melt(tuple((str(c).strip().lower(), str(k).upper()) for c, k in scores.items()))
