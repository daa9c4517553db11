"""Metadata helpers shared by the asset modules."""

import pandas as pd
from dagster import MetadataValue, TableColumn, TableRecord, TableSchema


def frame_table(frame: pd.DataFrame) -> MetadataValue:
    """A DataFrame as a Dagster table: dates as text, NaN as None, floats rounded for reading."""
    def cell(value):
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return None
        if isinstance(value, float):
            return round(value, 3)
        if hasattr(value, "item"):
            return value.item()
        return value if isinstance(value, (int, bool, str)) else str(value)

    records = [TableRecord({k: cell(v) for k, v in row.items()}) for row in frame.to_dict("records")]
    return MetadataValue.table(records, TableSchema(columns=[TableColumn(name=str(c)) for c in frame.columns]))
