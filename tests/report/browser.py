"""Open a page in the real browser the product uses (Debian's Chromium through Playwright, with the
product's own flags) and record what it did: page errors, console errors, every request, and the
state of each plotly chart. Requests other than the page itself are recorded and aborted."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from signalchain.report.browser import CHROMIUM, FLAGS

CHART_STATE = """() => [...document.querySelectorAll('.plotly-graph-div')].map(gd => ({
    id: gd.id,
    svg: gd.querySelectorAll('.main-svg').length,
    traces: (gd._fullData || []).map(t => [t.type, t.name]),
    drawn: gd.querySelectorAll('.scatterlayer .trace, .barlayer .trace, .heatmaplayer .hm image').length}))"""


@dataclass
class Visit:
    url: str
    requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    charts: dict[str, dict] = field(default_factory=dict)
    text: str = ""
    section_texts: dict[str, str] = field(default_factory=dict)
    cards: list[str] = field(default_factory=list)  # the text of each action and wave


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(FLAGS))


def visit(browser, page_file: Path, sections=("signals", "journey", "actions", "route_b", "migration", "quality")) -> Visit:
    result = Visit(Path(page_file).resolve().as_uri())
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.on("request", lambda request: result.requests.append(request.url))
    page.on("pageerror", lambda error: result.page_errors.append(str(error)))
    page.on("console", lambda message: result.console_errors.append(message.text) if message.type == "error" else None)
    page.route("**/*", lambda route: route.continue_() if route.request.url == result.url else route.abort())
    page.goto(result.url, wait_until="load")
    page.wait_for_timeout(300)  # let late errors surface
    result.charts = {chart["id"]: chart for chart in page.evaluate(CHART_STATE)}
    result.text = page.inner_text("body")
    result.section_texts = {key: page.inner_text(f"#{key}") for key in sections if page.locator(f"#{key}").count()}
    result.cards = page.locator(".card.action, .card.wave").all_inner_texts()
    page.close()
    return result
