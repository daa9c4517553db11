"""Tests run in the environment the product gives itself: every setting filled with its default
(signalchain/settings.py) unless a test sets its own."""

from signalchain.settings import apply_defaults

apply_defaults()
