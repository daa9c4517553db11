"""The demo night's publication (tests/publication/conftest.py), which the report reads as it does
after a night, rendered once per language and opened in Chromium."""

from __future__ import annotations

from pathlib import Path

import pytest

from signalchain.report.browser import CHROMIUM
from signalchain.report.render import render_report
from tests.metrics.conftest import pipeline  # noqa: F401  (the session's demo warehouse)
from tests.publication.conftest import published, quality_warehouse  # noqa: F401
from tests.report.browser import launch, visit


@pytest.fixture(scope="session")
def report_database(published) -> Path:  # noqa: F811
    return published.publication.database


@pytest.fixture(scope="session")
def report_nl(report_database, tmp_path_factory) -> Path:
    return render_report(report_database, tmp_path_factory.mktemp("report_nl") / "report.html", "nl")


@pytest.fixture(scope="session")
def report_en(report_database, tmp_path_factory) -> Path:
    return render_report(report_database, tmp_path_factory.mktemp("report_en") / "report.html", "en")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (make browser)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def visit_nl(browser, report_nl):
    return visit(browser, report_nl)


@pytest.fixture(scope="session")
def visit_en(browser, report_en):
    return visit(browser, report_en)
