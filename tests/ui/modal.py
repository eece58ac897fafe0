"""Acting on a modal dialog a test opens (exec() blocks the test until it closes): poll for the
dialog, act on it, and when the action fails close the dialog, so the test ends instead of
waiting forever, and report the failure (`check()`, also run after every ui test by
tests/ui/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

FAILURES: list[str] = []
POLL_MS = 20
GIVE_UP_AFTER = 1500  # polls: 30 s (a loaded CI machine is slow; a timer must not run forever)


def when_modal(cls: type, action: Callable[..., object], *, focused: bool = False) -> None:
    """Run `action(dialog)` on the next modal dialog of `cls`; with `focused`, only once the
    keyboard focus is inside it (tests that drive the app by keys)."""
    left = [GIVE_UP_AFTER]

    def ready(widget: object) -> bool:
        if not isinstance(widget, cls):
            return False
        return not focused or (QApplication.activeWindow() is widget
                               and widget.isAncestorOf(QApplication.focusWidget()))

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if not ready(widget):
            left[0] -= 1
            if left[0] > 0:
                QTimer.singleShot(POLL_MS, poll)
            else:
                FAILURES.append(f"no {cls.__name__} appeared")
            return
        try:
            action(widget)
        except Exception as exc:
            FAILURES.append(f"{type(exc).__name__}: {exc} (in {cls.__name__}, focus on "
                            f"{type(QApplication.focusWidget()).__name__})")
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()  # type: ignore[union-attr]
    QTimer.singleShot(0, poll)


def check() -> None:
    """Fail with what went wrong inside a dialog (and forget it for the next test)."""
    failures = FAILURES[:]
    FAILURES.clear()
    assert failures == [], "\n".join(failures)
