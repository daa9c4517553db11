"""The journey heatmap: steps x months of mart_journey_digitalisation, one panel per measure, the
value written in each cell; and the sources without data (mart_source_coverage)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from signalchain.report import queries
from signalchain.report.blocks import Section, Text
from signalchain.report.charts import chart, month_ticks, styled
from signalchain.report.context import Context
from signalchain.report.formatting import is_missing
from signalchain.report.sections.missing import absent

CHART_ID = "chart-journey"
GAP_COLOURS = [[0, "#eef3f7"], [0.33, "#f6d58e"], [0.67, "#f0a35e"], [1, "#c0392b"]]
GAP_KEYS = ("gap_none", "gap_no_surveys", "gap_no_contacts", "gap_both")  # code = 2 x no contacts + no surveys


def journey_section(context: Context) -> Section:
    text = context.text
    months = queries.journey_months(context.con)
    note = absent(context, months, queries.JOURNEY_DIGITALISATION)
    blocks = [note] if note else [_heatmaps(context, months)]
    if note is None and not months["is_complete_month"].all():
        blocks.append(Text(text("footnote_partial"), "note"))
    return Section("journey", text("journey_title"), text("journey_intro"), [*blocks, *_source_gaps(context)])


def _panels(context: Context) -> list[tuple[str, str, object, str]]:
    """(title, column, formatter of a cell, colour scale) per panel; the last one is the data gaps."""
    fmt = context.fmt
    return [
        (context.text("hm_contacts"), "contacts", fmt.number, "Blues"),
        (context.text("hm_digital_share"), "digital_share", lambda v: fmt.number(100 * v, 0), "Greens"),
        (context.text("hm_csat"), "csat", lambda v: fmt.number(v, 1), "RdYlGn"),
        (context.text("hm_nps"), "nps", fmt.number, "RdYlGn"),
        (context.text("hm_ces"), "ces", lambda v: fmt.number(v, 1), "RdYlGn"),
        (context.text("hm_gaps"), "gap_code", lambda v: context.text(GAP_KEYS[int(v)]), GAP_COLOURS),
    ]


def _heatmaps(context: Context, months: pd.DataFrame):
    months = months.assign(gap_code=2 * months["has_no_contacts"].astype(int)
                           + months["has_no_survey_data"].astype(int))
    steps = list(dict.fromkeys(months["journey_step_id"]))  # in step order
    periods = months[["month", "is_complete_month"]].drop_duplicates().sort_values("month")
    partial = ["" if complete else "*" for complete in periods["is_complete_month"]]
    month_labels = [context.fmt.month(m) + mark for m, mark in zip(periods["month"], partial)]
    ticks = [tick + mark for tick, mark in zip(month_ticks(context.fmt, periods["month"]), partial)]
    positions = list(range(len(month_labels)))
    step_labels = [context.step(step) for step in steps]
    panels = _panels(context)
    figure = make_subplots(rows=len(panels) // 2, cols=2, subplot_titles=[title for title, *_ in panels],
                           horizontal_spacing=0.03, vertical_spacing=0.09, shared_yaxes=True)
    styled(figure, context.fmt, 230 * len(panels) // 2 + 40, margin={"l": 150, "r": 10, "t": 40, "b": 30})
    for position, (title, column, formatter, colours) in enumerate(panels):
        grid = months.pivot(index="journey_step_id", columns="month", values=column).reindex(
            index=steps, columns=periods["month"])
        cells = [[formatter(value) if not is_missing(value) else "–" for value in row] for row in grid.to_numpy()]
        z = grid.astype(float).to_numpy()
        figure.add_trace(go.Heatmap(
            z=z, x=positions, y=step_labels, text=cells, texttemplate="%{text}", textfont={"size": 10},
            customdata=[month_labels] * len(steps),
            colorscale=colours, showscale=False, name=title, xgap=1, ygap=1, hoverongaps=False,
            zmin=0 if column == "gap_code" else None, zmax=3 if column == "gap_code" else None,
            hovertemplate="%{y} · %{customdata}: %{text}<extra>" + title + "</extra>"),
            row=position // 2 + 1, col=position % 2 + 1)
    figure.update_yaxes(autorange="reversed", tickfont={"size": 11})
    figure.update_xaxes(tickvals=positions, ticktext=ticks, tickfont={"size": 10}, tickangle=0)
    figure.update_annotations(font={"size": 13})
    return chart(figure, CHART_ID)


def _source_gaps(context: Context) -> list[Text]:
    coverage = queries.source_coverage(context.con)
    note = absent(context, coverage, queries.SOURCE_COVERAGE)
    if note:
        return [note]
    missing = coverage[~coverage["has_data"].astype(bool)]
    if missing.empty:
        return [Text(context.text("sources_complete"), "note")]
    return [Text(context.text("source_gap", source=context.source(row.source), when_missing=row.when_missing), "gap")
            for row in missing.itertuples()]
