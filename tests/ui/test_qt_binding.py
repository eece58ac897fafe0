"""The Qt binding itself: a known PySide6 defect must not come back with an upgrade."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_leave_none_alone(qtbot) -> None:
    # PySide6 6.12.0 on Python 3.11 took one reference to None away per such call; after a few
    # thousand the interpreter aborted ("deallocating None") in the middle of a session.
    # pyproject.toml keeps it out; 1,000 calls show the leak without reaching the abort.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1_000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert abs(after - before) < 50 or sys.version_info >= (3, 12)
