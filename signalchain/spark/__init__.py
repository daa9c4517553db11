"""Running signalchain on Spark: the dbt models on a Spark target and the classifier over Spark tables (docs/SPARK.md).

Nothing here imports pyspark at import time: it is an optional extra (`.[spark]`).
"""
