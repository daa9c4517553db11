"""Top signals by impact over the trailing year (mart_signal_impact_trailing_year), with the monthly
contacts of each (mart_signal_impact) as small multiples: its trend."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from signalchain.report import queries
from signalchain.report.blocks import Chart, Section, Table
from signalchain.report.charts import ACTUAL, chart, month_ticks, styled
from signalchain.report.context import Context
from signalchain.report.formatting import is_missing
from signalchain.report.sections.missing import absent
from signalchain.metrics.tables import SIGNAL_IMPACT_TRAILING

CHART_ID = "chart-signal-trends"
PANELS_PER_ROW = 5


def signals_section(context: Context) -> Section:
    text = context.text
    top = queries.top_signals(context.con)
    note = absent(context, top, SIGNAL_IMPACT_TRAILING)
    blocks = [note] if note else [_table(context, top), *_trend_chart(context, top)]
    return Section("signals", text("signals_title"), text("signals_intro"), blocks)


def _table(context: Context, top: pd.DataFrame) -> Table:
    text, fmt = context.text, context.fmt
    rows = [[str(row.rank), context.signal(row.signal_id), context.step(row.journey_step_id),
             text(f"priority_{row.priority}"), fmt.number(row.contacts), fmt.euros(row.cost_eur),
             _penalty(context, row.satisfaction_penalty)] for row in top.itertuples()]
    columns = [text(key) for key in ("col_rank", "col_signal", "col_step", "col_priority", "col_contacts",
                                     "col_cost", "col_penalty")]
    return Table(columns, rows, numeric=frozenset({0, 4, 5, 6}))


def _penalty(context: Context, penalty) -> str:
    if is_missing(penalty):
        return f"– ({context.text('too_few_answers')})"
    return context.fmt.number(penalty, 2)


def _trend_chart(context: Context, top: pd.DataFrame) -> list[Chart]:
    months = queries.signal_months(context.con, top["signal_id"].tolist())
    if months is None or months.empty:
        return []
    ids = top["signal_id"].tolist()
    rows = math.ceil(len(ids) / PANELS_PER_ROW)
    figure = make_subplots(rows=rows, cols=PANELS_PER_ROW, vertical_spacing=0.36 / rows, horizontal_spacing=0.045,
                           subplot_titles=[f"{rank}. {context.signal(signal_id)}"
                                           for rank, signal_id in zip(top["rank"], ids)])
    styled(figure, context.fmt, 220 * rows + 60, showlegend=False, margin={"l": 50, "r": 10, "t": 70, "b": 30},
           title={"text": context.text("trend_title"), "x": 0, "font": {"size": 14}})
    ordered = sorted(months["month"].unique())
    position_of = {month: position for position, month in enumerate(ordered)}
    for panel, signal_id in enumerate(ids):
        series = months[months["signal_id"] == signal_id]
        labels = [context.fmt.month(month) + ("" if complete else "*")
                  for month, complete in zip(series["month"], series["is_complete_month"])]
        figure.add_trace(go.Scatter(
            x=[position_of[month] for month in series["month"]], y=series["contacts"].tolist(),
            mode="lines+markers", name=context.signal(signal_id), line={"color": ACTUAL, "width": 2},
            marker={"size": 4}, customdata=labels, hovertemplate="%{customdata}: %{y:,}<extra></extra>"),
            row=panel // PANELS_PER_ROW + 1, col=panel % PANELS_PER_ROW + 1)
    # Ticks on the first and last month only, each with its year: the panels are small.
    ticks = [*month_ticks(context.fmt, ordered[:1]), *month_ticks(context.fmt, ordered[-1:])]
    figure.update_xaxes(tickvals=[0, len(ordered) - 1], ticktext=ticks, range=[-0.5, len(ordered) - 0.5],
                        showgrid=False, tickfont={"size": 10})
    figure.update_yaxes(rangemode="tozero", tickformat=",d")
    figure.update_annotations(font={"size": 11})
    return [chart(figure, CHART_ID)]

