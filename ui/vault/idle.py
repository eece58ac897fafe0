"""Lock after a while without input: a watcher that reads an injectable clock.

A periodic check compares the clock with the last keyboard or mouse input, rather than one long
single-shot timer: no interval overflows Qt's 32-bit milliseconds, a suspended laptop locks at
once when it wakes, and tests move the clock instead of waiting."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QApplication

Clock = Callable[[], float]  # seconds, monotonic


class IdleWatcher(QObject):
    """Emits `idle` once `minutes` pass without keyboard or mouse input anywhere in the app."""

    idle = Signal()
    CHECK_MS = 5000
    _INPUT: ClassVar[set[QEvent.Type]] = {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
    }

    def __init__(self, minutes: int, parent: QObject | None = None,
                 clock: Clock = time.monotonic) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes = 0
        self.last_input = clock()
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """(Re)start watching from now; 0 turns the lock off."""
        self.minutes = max(0, int(minutes))
        self.last_input = self.clock()
        if self.minutes > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def check(self) -> None:
        if self.minutes > 0 and self.clock() - self.last_input >= self.minutes * 60:
            self.timer.stop()  # once; unlocking calls set_minutes again
            self.idle.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here (~30,000 while Home lays out 50 people's cards):
        # the class check first, as reading an event's type makes a Python enum each time.
        if isinstance(event, QInputEvent) and event.type() in self._INPUT:
            self.last_input = self.clock()
        return False
