"""Published CSV files cannot run formulas when a person opens them in a spreadsheet."""

import csv

import pandas as pd

from signalchain.publish import write_csv


def test_cells_that_would_run_as_formulas_get_a_leading_quote(tmp_path):
    frame = pd.DataFrame({"text": ["=HYPERLINK(\"http://x\")", "+31 6 1234", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
                                   "gewone tekst", None],
                          "signal_confidence": [-0.5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]})
    path = write_csv(frame, tmp_path / "sub" / "out.csv")
    with open(path, newline="", encoding="utf-8") as handle:
        cells = [row["text"] for row in csv.DictReader(handle)]
    assert cells == ["'=HYPERLINK(\"http://x\")", "'+31 6 1234", "'-2+3", "'@SUM(A1)", "'\tcmd", "'\rcmd",
                     "gewone tekst", ""]
    assert pd.read_csv(path)["signal_confidence"].iloc[0] == -0.5  # numbers stay numbers
