"""What every chart of the report shares: the look, the number marks of the language, and the
way a figure becomes a div. plotly.js is not in the divs: the page inlines it once (render.py).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from markupsafe import Markup

from signalchain.report.blocks import Chart
from signalchain.report.formatting import NumberFormat

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"  # local fonts only: nothing is fetched
ACTUAL, EXPECTED, PLAN, ACCENT, MUTED = "#1f5f99", "#9a9a9a", "#d9822b", "#c0392b", "#dfe6ee"
# No mode bar (its logo links to plotly.com), no editing; hover stays.
CONFIG = {"displayModeBar": False, "displaylogo": False, "responsive": True}


def styled(figure: go.Figure, fmt: NumberFormat, height: int, **layout) -> go.Figure:
    """The report's look and the language's number marks on `figure`; `layout` overrides the defaults."""
    defaults = {"template": "plotly_white", "height": height, "separators": fmt.plotly_separators(),
                "font": {"family": FONT, "size": 12}, "margin": {"l": 60, "r": 20, "t": 40, "b": 40},
                "legend": {"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0},
                "hoverlabel": {"font": {"family": FONT}}}
    figure.update_layout(**{**defaults, **layout})
    return figure


def month_ticks(fmt: NumberFormat, months) -> list[str]:
    """Axis labels for a run of months: the month, and under it the year where a year starts
    (and on the first), so that twelve and more labels fit side by side."""
    labels = []
    for position, month in enumerate(months):
        with_year = position == 0 or pd.Timestamp(month).month == 1
        labels.append(fmt.month_name(month) + (f"<br>{pd.Timestamp(month).year}" if with_year else ""))
    return labels


def chart(figure: go.Figure, div_id: str) -> Chart:
    """The figure as a div with a fixed id (the page is the same bytes for the same data)."""
    html = figure.to_html(full_html=False, include_plotlyjs=False, div_id=div_id, config=CONFIG,
                          default_height=f"{figure.layout.height}px", default_width="100%")
    return Chart(div_id, Markup(html))
