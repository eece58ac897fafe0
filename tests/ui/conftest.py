"""Fixtures of the ui tests (the shared ones are in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui import modal


@pytest.fixture(autouse=True)
def _no_failed_dialog_steps() -> Iterator[None]:
    """A step that failed inside a modal dialog (tests/ui/modal.py) fails its test."""
    modal.FAILURES.clear()
    yield
    modal.check()
