"""ui/tasks.py: the work runs off the GUI thread; progress, result and error arrive on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

from ui.tasks import Task


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[tuple[str, object, bool]] = []

    def _keep(self, what: str, value: object) -> None:
        self.got.append((what, value, threading.current_thread() is threading.main_thread()))

    def progress(self, report: object) -> None:
        self._keep("progress", report)

    def done(self, result: object) -> None:
        self._keep("done", result)

    def failed(self, exc: object) -> None:
        self._keep("failed", exc)


def _run(qtbot, work) -> Receiver:  # type: ignore[no-untyped-def]
    receiver = Receiver()
    task = Task(work)
    task.progress.connect(receiver.progress)
    task.done.connect(receiver.done)
    task.failed.connect(receiver.failed)
    with qtbot.waitSignal(task.failed if work is _fails else task.done, timeout=10000):
        task.start()
    qtbot.wait(50)  # the queued progress reports before the end are delivered by now
    return receiver


def _works(task: Task) -> str:
    assert threading.current_thread() is not threading.main_thread()
    task.report("step", 1, 2)
    return "result"


def _fails(task: Task) -> str:
    raise ValueError("broken")


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    got = _run(qtbot, _works).got
    assert got == [("progress", ("step", 1, 2), True), ("done", "result", True)]


def test_an_error_arrives_as_failed(qtbot) -> None:  # type: ignore[no-untyped-def]
    got = _run(qtbot, _fails).got
    assert [(what, str(value), main) for what, value, main in got] == [("failed", "broken", True)]


def test_cancel_is_seen_by_the_work(qtbot) -> None:  # type: ignore[no-untyped-def]
    started, release = threading.Event(), threading.Event()

    def wait_for_cancel(task: Task) -> bool:
        started.set()
        release.wait(10)
        return task.cancelled()

    task = Task(wait_for_cancel)
    receiver = Receiver()
    task.done.connect(receiver.done)
    with qtbot.waitSignal(task.done, timeout=10000):
        task.start()
        assert started.wait(10)
        task.cancel()
        release.set()
    assert receiver.got == [("done", True, True)]
