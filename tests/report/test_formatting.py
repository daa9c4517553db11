"""Numbers and dates as people read them: Dutch and English marks, rounding, missing values."""

import datetime as dt

import pandas as pd
import pytest

from signalchain.report.formatting import MISSING, NumberFormat
from signalchain.report.labels import LANGUAGES, TEXTS, Labels

NL, EN = NumberFormat("nl"), NumberFormat("en")


def test_euros_are_whole_with_the_languages_thousands_mark():
    assert NL.euros(9953.4) == "EUR 9.953"
    assert EN.euros(9953.4) == "EUR 9,953"
    assert NL.euros(50000) == "EUR 50.000"
    assert NL.euros(1460471.49) == "EUR 1.460.471"
    assert EN.euros(-1234.5) == "EUR -1,235"


def test_decimals_take_the_languages_decimal_mark():
    assert NL.number(0.3, 1) == "0,3"
    assert EN.number(0.3, 1) == "0.3"
    assert NL.number(1234.56, 2) == "1.234,56"
    assert EN.number(1234.56, 2) == "1,234.56"
    assert NL.number(5000) == "5.000"


def test_rounding_is_half_away_from_zero_as_people_expect():
    assert NL.number(2.5) == "3" and NL.number(3.5) == "4"  # not banker's rounding
    assert NL.number(0.25, 1) == "0,3" and NL.number(-0.25, 1) == "-0,3"
    assert NL.number(1.005, 2) == "1,01"


def test_signed_numbers_show_plus_and_no_negative_zero():
    assert NL.number(0.578, 1, signed=True) == "+0,6"
    assert EN.number(-0.07, 1, signed=True) == "-0.1"
    assert NL.number(-0.04, 1, signed=True) == "+0,0"
    assert NL.percent(-39.385, signed=True) == "-39,4%"
    assert EN.share(0.99123) == "99.1%"


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, pd.NaT])
def test_a_missing_value_is_a_dash_never_zero(missing):
    assert NL.number(missing) == MISSING
    assert NL.euros(missing) == MISSING
    assert NL.date(missing) == MISSING


def test_dates_and_months_in_the_language():
    assert NL.date(pd.Timestamp("2026-03-05")) == "5 mrt 2026"
    assert EN.date(dt.date(2026, 3, 5)) == "5 Mar 2026"
    assert NL.date("2026-05-20") == "20 mei 2026"
    assert NL.month(dt.date(2026, 10, 1)) == "okt 2026"
    assert NL.p_value(0.0) == "p < 0,001" and EN.p_value(0.929) == "p = 0.929"


def test_plotly_gets_the_same_marks():
    assert NL.plotly_separators() == ",."
    assert EN.plotly_separators() == ".,"


def test_every_text_exists_in_every_language_and_unknown_languages_are_refused():
    assert all(len(pair) == len(LANGUAGES) and all(pair) for pair in TEXTS.values())
    assert Labels("nl")("verdict_improved") == "verbeterd" and Labels("en")("verdict_improved") == "improved"
    with pytest.raises(ValueError):
        Labels("de")
    with pytest.raises(ValueError):
        NumberFormat("de")
