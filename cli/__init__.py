"""The `signalchain` command: the top floor. It runs the Dagster jobs in process, tags files with
the model in use, and opens the UI and the dbt docs; nothing below imports it."""
