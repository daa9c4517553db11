"""Text handling and the signal classifier: a plain library (never imports Dagster)."""
