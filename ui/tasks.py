"""Background work for the UI, one way: a function runs on Qt's thread pool, and what it reports,
its result or its error come back as signals on the GUI thread.

    task = Task(lambda task: download(feeds, cancel=task.cancelled,
                                      progress=lambda *p: task.report(*p)))
    task.progress.connect(self.show_progress)  # the arguments of one report(), as a tuple
    task.done.connect(self.write_results)      # the function's return value
    task.failed.connect(self.say_what_failed)  # an exception it raised
    task.start();  …;  task.cancel()       # the function polls task.cancelled()

Connect methods of a widget (not lambdas): Qt then delivers on the widget's (GUI) thread.
The vault belongs to the GUI thread: the function downloads and parses; writing happens in the
`done` handler. The caller keeps the task until `done` or `failed`; it has no Qt parent, so a
page deleted meanwhile never receives a signal from a dead object."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Task(QObject):
    progress = Signal(object)  # tuple: the arguments of one report()
    done = Signal(object)  # the function's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, work: Callable[[Task], object]) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, *args: object) -> None:
        """From the worker thread: progress, delivered to the GUI thread."""
        self.progress.emit(args)

    def _run(self) -> None:
        try:
            result = self._work(self)
        except Exception as exc:  # noqa: BLE001 — handed to the GUI thread, which says it
            self.failed.emit(exc)
            return
        self.done.emit(result)


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task  # kept alive until the work is over

    def run(self) -> None:
        self.task._run()
