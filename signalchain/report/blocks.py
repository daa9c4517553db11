"""The building blocks of the page, as plain data: each section module returns a Section of these,
and template.html draws them. Text in them is already translated and formatted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup


@dataclass(frozen=True)
class Text:
    text: str
    css: str = ""  # e.g. "note", "sentence", "missing"
    kind: str = "text"


@dataclass(frozen=True)
class Heading:
    text: str
    badge: str = ""  # a verdict, shown beside the heading
    badge_css: str = ""
    kind: str = "heading"


@dataclass(frozen=True)
class Cell:
    text: str
    css: str = ""  # e.g. "over" for a week above the capacity plan


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[Cell | str]]
    numeric: frozenset[int] = frozenset()  # column positions aligned right
    css: str = ""  # "weeks": a label column, then equal columns
    kind: str = "table"

    def cells(self) -> list[list[Cell]]:
        return [[cell if isinstance(cell, Cell) else Cell(cell) for cell in row] for row in self.rows]


@dataclass(frozen=True)
class Chart:
    div_id: str
    html: Markup  # a plotly div and its newPlot call; plotly.js itself is in the page once
    kind: str = "chart"


@dataclass(frozen=True)
class Card:
    blocks: list
    css: str = ""
    kind: str = "card"


@dataclass(frozen=True)
class Section:
    key: str  # the section's HTML id
    title: str
    intro: str = ""
    blocks: list = field(default_factory=list)


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: str
