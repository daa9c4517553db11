# signalchain: the two commands are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Paths and thresholds are settings (signalchain/settings.py, SIGNALCHAIN_* variables); the
# commands fill their defaults. Dagster keeps its runs here:
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home

DEMO_CUSTOMERS ?= 20000
DEMO_DAYS ?= 365
DEMO_SEED ?= 3

# Headless Chromium from Debian's packages: the report's screenshot and the report tests drive it
# (Playwright launches this binary; `playwright install` is never run). Installed as root, or with sudo.
CHROMIUM := /usr/bin/chromium
APT := $(shell [ "$$(id -u)" = 0 ] || echo sudo) env DEBIAN_FRONTEND=noninteractive apt-get

.PHONY: install browser java spark spark-night demo test report ui docs bench bench-parts eval-banking77 clean

$(STAMP): pyproject.toml constraints.txt
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found; set PYTHON=..." >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# The `.[spark]` extra (dbt-spark, pyspark: docs/SPARK.md) beside the rest, same constraints.
SPARK_STAMP := $(VENV)/.spark-installed
$(SPARK_STAMP): $(STAMP)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,spark]'
	@touch $(SPARK_STAMP)

# The home's storage is created here, once: processes that start together on a fresh home (the UI's
# webserver and daemon, a run beside them) would each create it, and their schema stamps collide.
$(DAGSTER_HOME)/dagster.yaml: Makefile $(STAMP)
	@mkdir -p $(DAGSTER_HOME) && printf 'telemetry:\n  enabled: false\nrun_monitoring:\n  enabled: true\n' > $@
	@$(BIN)/python -c "from dagster import DagsterInstance; DagsterInstance.get().dispose()"

install: $(STAMP) $(DAGSTER_HOME)/dagster.yaml

browser:
	@test -x $(CHROMIUM) || $(APT) install -y chromium || { $(APT) update && $(APT) install -y chromium; }

# Java for pyspark, from Debian's packages, when no `java` is on PATH (as root, or with sudo).
java:
	@command -v java >/dev/null || $(APT) install -y openjdk-17-jre-headless || { $(APT) update && $(APT) install -y openjdk-17-jre-headless; }

spark: install java $(SPARK_STAMP)

# The night on the local Spark session (docs/SPARK.md): demo data into the landing, ingest to DuckDB, publish
# to Spark, dbt and tagging (with the model in use, if `make demo` trained one) on Spark. Tables in data/spark.
spark-night: spark
	$(BIN)/python -m demo --customers $(DEMO_CUSTOMERS) --days $(DEMO_DAYS) --seed $(DEMO_SEED)
	$(BIN)/python -m signalchain.spark.night --ingest

demo: install
	$(BIN)/python -m demo --customers $(DEMO_CUSTOMERS) --days $(DEMO_DAYS) --seed $(DEMO_SEED)
	$(BIN)/signalchain run --train always

# The cross-engine test (tests/spark) needs the Spark extra and Java; the rest runs on DuckDB alone.
test: install browser spark
	$(BIN)/python -m pytest -n auto --dist loadfile

# report.html (and report.png beside it) in the publish folder, from the publication or else the warehouse
report: install browser
	$(BIN)/signalchain report --screenshot

ui: install
	$(BIN)/signalchain ui

docs: install
	$(BIN)/signalchain dbt-docs

# The night end to end on BENCH_CUSTOMERS generated customers (default 100,000: about 1M contacts a year),
# a full night and a night with ~1% new contacts, each stage beside its limit measured in the same run.
bench: install
	$(BIN)/python scripts/bench_night.py

# Ingest, mapping, tagging and redaction throughput, each on its own.
bench-parts: install
	$(BIN)/python scripts/bench.py

eval-banking77: install
	$(BIN)/python scripts/eval_banking77.py

clean:
	rm -rf data/warehouse.duckdb data/warehouse.duckdb.wal data/published data/logs data/models data/spark dbt_project/target
