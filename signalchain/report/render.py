"""Render the nightly report: one self-contained HTML file from a database with the `marts` schema.

The file needs nothing but itself: plotly.js is inlined once in the head, fonts are the system's,
and a Content-Security-Policy forbids the page any request. The page reads no clock, so the same
marts give the same bytes; it is written beside its final name and moved into place, so a reader
never sees half a report.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from plotly.offline import get_plotlyjs

from signalchain.report import queries
from signalchain.report.blocks import KeyFigure
from signalchain.report.context import Context
from signalchain.report.figures import KeyFigures, key_figures
from signalchain.report.sections.actions import actions_section
from signalchain.report.sections.journey import journey_section
from signalchain.report.sections.migration import migration_section
from signalchain.report.sections.quality import quality_section
from signalchain.report.sections.route_b import route_b_section
from signalchain.report.sections.signals import signals_section

TEMPLATE = "template.html"
SECTIONS = (signals_section, journey_section, actions_section, route_b_section, migration_section, quality_section)


def render_report(database: Path, out: Path, language: str) -> Path:
    """Write the report of `database` (opened read-only) to `out` in `language` (nl or en)."""
    with duckdb.connect(str(database), read_only=True) as con:
        html = report_html(con, language, source=Path(database).name)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial")
    partial.write_text(html, encoding="utf-8")
    os.replace(partial, out)
    return out


def report_html(con: duckdb.DuckDBPyConnection, language: str, source: str) -> str:
    context = Context.open(con, language)
    figures = key_figures(con)
    environment = Environment(loader=FileSystemLoader(Path(__file__).parent), undefined=StrictUndefined,
                              autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
    return environment.get_template(TEMPLATE).render(
        language=language, title=context.text("title"), period=_period(context, figures),
        source=_source(context, source), key_figures=_tiles(context, figures),
        sections=[section(context) for section in SECTIONS], plotly_js=Markup(get_plotlyjs()))


def _source(context: Context, database: str) -> str:
    night = queries.publication(context.con)
    if night is None or night.empty:
        return context.text("source_database", database=database)
    row = night.iloc[0]
    built = pd.Timestamp(row["built_at"]).tz_convert("UTC")
    return context.text("source_publication", database=database, run_id=str(row["run_id"])[:8],
                        built_at=f"{context.fmt.date(built)} {built:%H:%M} UTC",
                        data_up_to=context.fmt.date(row["data_up_to"]))


def _period(context: Context, figures: KeyFigures) -> str:
    if figures.period_end is None:
        return context.text("no_period")
    return context.text("period", start=context.fmt.date(figures.period_start), end=context.fmt.date(figures.period_end))


def _tiles(context: Context, figures: KeyFigures) -> list[KeyFigure]:
    text, fmt = context.text, context.fmt
    return [KeyFigure(text("kf_contacts"), fmt.number(figures.contacts)),
            KeyFigure(text("kf_cost"), fmt.euros(figures.cost_eur)),
            KeyFigure(text("kf_top_signal"), context.signal(figures.top_signal_id) if figures.top_signal_id else "–"),
            KeyFigure(text("kf_saved"), fmt.euros(figures.eur_saved_improved))]
