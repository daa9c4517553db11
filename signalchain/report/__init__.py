"""The nightly report: one self-contained HTML page from the `marts` schema (no Dagster here).

queries.py reads, action_series.py rebuilds the weekly series behind each action's verdict,
sections/ turn marts into blocks (text, tables, plotly charts), labels.py and formatting.py hold
the words and number marks of each language, template.html draws the page and render.py writes
it (`render_report`); figures.py gives the key figures, browser.py the screenshot. Nothing is
imported here, so that reading the languages (labels.LANGUAGES) does not load plotly.
"""
