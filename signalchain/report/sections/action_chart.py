"""One action's weekly chart: its signal's contacts against the counterfactual, with the baseline
and effect windows shaded and the go-live week marked (the weeks between are in neither window)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from signalchain.report.action_series import ActionSeries
from signalchain.report.blocks import Chart
from signalchain.report.charts import ACTUAL, EXPECTED, MUTED, chart, styled
from signalchain.report.context import Context

WINDOW_COLOURS = {"window_baseline": "rgba(31, 95, 153, 0.07)", "window_effect": "rgba(39, 174, 96, 0.10)"}


def chart_id(action_id: str) -> str:
    return f"chart-action-{action_id}"


def action_chart(context: Context, action: dict, series: ActionSeries) -> Chart:
    text, fmt = context.text, context.fmt
    positions = list(range(len(series.weeks)))
    labels = [fmt.day_month(week) for week in series.weeks]
    figure = styled(go.Figure(), context.fmt, 300, margin={"l": 60, "r": 20, "t": 50, "b": 40},
                    legend={"orientation": "h", "y": 1.12, "yanchor": "bottom", "x": 0})
    figure.add_trace(go.Scatter(x=positions, y=series.actual.tolist(), mode="lines+markers",
                                name=text("series_actual"), line={"color": ACTUAL, "width": 2.5}, showlegend=True,
                                customdata=labels, hovertemplate="%{customdata}: %{y:,.0f}<extra></extra>"))
    if series.expected is not None:
        figure.add_trace(go.Scatter(x=positions, y=series.expected.round(1).tolist(), mode="lines",
                                    name=text("series_expected"), line={"color": EXPECTED, "width": 2, "dash": "dash"},
                                    customdata=labels, hovertemplate="%{customdata}: %{y:,.0f}<extra></extra>"))
    for key, start, end in (("window_baseline", action["baseline_start"], action["baseline_end"]),
                            ("window_effect", action["effect_start"], action["effect_end"])):
        inside = [p for p, week in zip(positions, series.weeks) if pd.Timestamp(start) <= week <= pd.Timestamp(end)]
        if inside:
            figure.add_vrect(x0=inside[0] - 0.5, x1=inside[-1] + 0.5, fillcolor=WINDOW_COLOURS[key], line_width=0,
                             layer="below", annotation_text=text(key), annotation_position="top left",
                             annotation_font={"size": 11, "color": "#555"})
    go_live_week = pd.Timestamp(action["go_live_date"]).to_period("W-SUN").start_time
    if go_live_week in series.weeks:
        figure.add_vline(x=series.weeks.index(go_live_week), line={"color": MUTED, "width": 2, "dash": "dot"},
                         annotation_text=text("go_live"), annotation_position="bottom right",
                         annotation_font={"size": 11, "color": "#555"})
    every = max(1, len(positions) // 12)
    figure.update_xaxes(tickvals=positions[::every], ticktext=labels[::every], range=[-0.6, len(positions) - 0.4],
                        showgrid=False)
    figure.update_yaxes(title={"text": text("axis_contacts_per_week"), "font": {"size": 11}}, rangemode="tozero",
                        tickformat=",d")
    return chart(figure, chart_id(action["action_id"]))
