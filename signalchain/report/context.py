"""What every section needs: the open database, the words and number formats of the language, and
the seeds' names of signals and journey steps."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from signalchain.report.formatting import NumberFormat
from signalchain.report.labels import Labels
from signalchain.report.queries import JOURNEY_STEPS, SIGNALS, names


@dataclass(frozen=True)
class Context:
    con: duckdb.DuckDBPyConnection
    text: Labels
    fmt: NumberFormat
    signal_names: dict[str, str]
    step_names: dict[str, str]

    @classmethod
    def open(cls, con: duckdb.DuckDBPyConnection, language: str) -> Context:
        return cls(con, Labels(language), NumberFormat(language), names(con, SIGNALS, "signal_id", language),
                   names(con, JOURNEY_STEPS, "journey_step_id", language))

    def signal(self, signal_id) -> str:
        return self.signal_names.get(signal_id, str(signal_id))

    def step(self, step_id) -> str:
        return self.step_names.get(step_id, "–" if step_id is None else str(step_id))

    def source(self, source: str) -> str:
        """A source's name, as in a sentence ("no calls data")."""
        return self.text.optional("source", source)
