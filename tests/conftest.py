"""Tests run in the environment the product gives itself: every setting filled with its default
(signalchain/settings.py) unless a test sets its own.

`make` exports the user's DAGSTER_HOME; tests must neither write runs into it nor let parallel
workers create its storage at the same moment, so each test uses an ephemeral instance unless it
sets its own home."""

import os

from signalchain.settings import apply_defaults

os.environ.pop("DAGSTER_HOME", None)
apply_defaults()
