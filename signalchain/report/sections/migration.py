"""The migration monitor (mart_migration_monitor): per wave and week since migration, the extra
contacts per 1,000 migrated customers against the capacity plan. A week above plan is marked:
the contact centre was staffed for fewer contacts than came."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from signalchain.metrics.tables import MIGRATION_MONITOR
from signalchain.report import queries
from signalchain.report.blocks import Card, Cell, Heading, Section, Table, Text
from signalchain.report.charts import ACTUAL, PLAN, chart, styled
from signalchain.report.context import Context
from signalchain.report.formatting import is_missing
from signalchain.report.sections.missing import absent

CHART_ID = "chart-migration"


def migration_section(context: Context) -> Section:
    text = context.text
    weeks = queries.migration_weeks(context.con)
    note = absent(context, weeks, MIGRATION_MONITOR, "no_migration")
    if note:
        return Section("migration", text("migration_title"), text("migration_intro"), [note])
    blocks = [_chart(context, weeks)]
    for wave, rows in weeks.groupby("migration_wave", sort=True):
        blocks.append(_wave_card(context, wave, rows))
    return Section("migration", text("migration_title"), text("migration_intro"), blocks)


def weeks_above_plan(rows: pd.DataFrame) -> list[int]:
    """The weeks since migration whose uplift exceeded the plan (deviation above 0)."""
    return rows.loc[rows["deviation_from_plan_per_1000"] > 0, "week_since_migration"].astype(int).tolist()


def _wave_card(context: Context, wave: str, rows: pd.DataFrame) -> Card:
    text, fmt = context.text, context.fmt
    first = rows.iloc[0]
    one_day = first["first_migrated_at"] == first["last_migrated_at"]
    head = Heading(text("wave_head_one_day" if one_day else "wave_head", wave=wave,
                        customers=fmt.number(first["migrated_customers"]), first=fmt.date(first["first_migrated_at"]),
                        last=fmt.date(first["last_migrated_at"])))
    over = weeks_above_plan(rows)
    verdict = (Text(text("over_plan", weeks=", ".join(map(str, over))), "gap") if over
               else Text(text("within_plan"), "note"))
    columns = [text("row_week"), *[str(int(week)) for week in rows["week_since_migration"]]]
    deviation = [Cell(fmt.number(value, 1, signed=True), "over" if not is_missing(value) and value > 0 else "")
                 for value in rows["deviation_from_plan_per_1000"]]
    table = Table(columns, [
        [text("row_uplift"), *[fmt.number(value, 1) for value in rows["uplift_per_1000"]]],
        [text("row_plan"), *[fmt.number(value, 0) for value in rows["planned_uplift_per_1000"]]],
        [text("row_deviation"), *deviation],
        [text("row_extra_contacts"), *[fmt.number(value) for value in rows["extra_contacts"]]],
    ], numeric=frozenset(range(1, len(columns))), css="weeks")
    return Card([head, verdict, table], "wave")


def _chart(context: Context, weeks: pd.DataFrame):
    text = context.text
    waves = sorted(weeks["migration_wave"].unique())
    figure = make_subplots(rows=1, cols=len(waves), subplot_titles=waves, shared_yaxes=True,
                           horizontal_spacing=0.04)
    styled(figure, context.fmt, 320, margin={"l": 60, "r": 20, "t": 70, "b": 50},
           legend={"orientation": "h", "y": 1.18, "yanchor": "bottom", "x": 0})
    for position, wave in enumerate(waves, start=1):
        rows = weeks[weeks["migration_wave"] == wave]
        figure.add_trace(go.Bar(x=rows["week_since_migration"].tolist(), y=rows["uplift_per_1000"].round(1).tolist(),
                                name=text("series_uplift"), marker_color=ACTUAL, showlegend=position == 1,
                                legendgroup="uplift", hovertemplate="%{x}: %{y:,.1f}<extra>" + wave + "</extra>"),
                         row=1, col=position)
        figure.add_trace(go.Scatter(x=rows["week_since_migration"].tolist(),
                                    y=rows["planned_uplift_per_1000"].tolist(), mode="lines+markers",
                                    name=text("series_plan"), line={"color": PLAN, "width": 2.5},
                                    showlegend=position == 1, legendgroup="plan",
                                    hovertemplate="%{x}: %{y:,.0f}<extra>" + wave + "</extra>"),
                         row=1, col=position)
        figure.update_xaxes(title={"text": text("row_week"), "font": {"size": 11}}, dtick=1, row=1, col=position)
    figure.update_yaxes(title={"text": text("row_uplift"), "font": {"size": 11}}, row=1, col=1)
    return chart(figure, CHART_ID)
