"""A server that drips one byte every 10 s cannot hold the GUI: Cancel brings the Feeds page back
within 2 s, and closing the window leaves no download for the thread pool to wait on."""

from __future__ import annotations

import time

from PySide6.QtCore import QThreadPool

from exposure.settings import Settings
from tests.feed_server import Route, running
from tests.paths import DATA
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.leaks.feeds_page import FeedsPage
from ui.main_window import MainWindow

SAMPLE = (DATA / "feeds" / "hibp-sample.json").read_bytes()


def test_cancel_returns_within_two_seconds_from_a_dripping_server(qtbot, vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    with running() as server:
        server.routes["/drip"] = Route(SAMPLE, drip=10)
        fid = vault.feeds.add_url(server.url("/drip"))
        page = FeedsPage(AppContext(vault, app_paths, Settings(), VaultBridge(vault)))
        qtbot.addWidget(page)
        page.show()
        page.sync_button.click()
        qtbot.waitUntil(lambda: len(server.requests) == 1, timeout=5_000)
        with qtbot.waitSignal(page.synced, timeout=2_000):
            page.cancel_button.click()
        assert not page.running and page.sync_button.isEnabled()
        assert vault.feeds.get(fid).last_error == "cancelled"


def test_closing_the_window_never_waits_on_a_download(qtbot, vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    with running() as server:
        server.routes["/drip"] = Route(SAMPLE, drip=10)
        vault.feeds.add_url(server.url("/drip"))
        window = MainWindow(vault, app_paths, Settings())
        qtbot.addWidget(window)
        window.show()
        feeds = window.show_page("feeds")
        feeds.sync_button.click()
        qtbot.waitUntil(lambda: len(server.requests) == 1, timeout=5_000)
        started = time.monotonic()
        window.close()
        assert QThreadPool.globalInstance().waitForDone(2_000)  # what quitting the app waits on
        assert time.monotonic() - started < 2.5
