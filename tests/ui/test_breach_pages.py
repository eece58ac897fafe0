"""Feeds and dashboard pages: enable the built-in feed, sync in the background, see the exposure
on the dashboard, mark it handled; untrusted text stays plain; a failing feed says why."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from exposure.feeds.model import Breach, ExposureState
from exposure.settings import Settings
from tests.feed_server import Route, running
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.leaks.dashboard_page import DashboardPage
from ui.leaks.feeds_page import FeedsPage


def _pages(qtbot, vault, app_paths):
    ctx = AppContext(vault, app_paths, Settings(), VaultBridge(vault))
    feeds, dashboard = FeedsPage(ctx), DashboardPage(ctx)
    for page in (feeds, dashboard):
        qtbot.addWidget(page)
        page.show()
    return feeds, dashboard


def test_enable_builtin_sync_see_exposure_and_mark_it_handled(qtbot, demo_vault, app_paths):
    feeds, dashboard = _pages(qtbot, demo_vault, app_paths)
    assert dashboard.model.rowCount() == 0
    feeds.select("builtin")
    feeds.toggle_button.click()
    assert demo_vault.feeds.get("builtin").enabled
    with qtbot.waitSignal(feeds.synced, timeout=10_000) as signal:
        feeds.sync_button.click()
        assert feeds.running and feeds.cancel_button.isEnabled()
    assert signal.args[0] > 0
    assert not feeds.running and feeds.sync_button.isEnabled()
    row = feeds.model.row_of("builtin")
    assert feeds.model.index(row, 2).data() == "11"
    assert feeds.model.index(row, 3).data() != "never"

    # the dashboard refreshed on its own
    views = list(dashboard.views.values())
    hotel = next(v for v in views if v.service.catalog_id == "huazhu")
    assert dashboard.row_state(int(hotel.exposure.id)) == "New"
    dashboard.select(hotel.exposure.id)
    detail = dashboard.detail.toPlainText()
    assert "华住" in detail and "seller" in detail and "139****0001" in detail
    assert "13900000001" not in detail
    people = {dashboard.people_model.index(r, 0).data(): dashboard.people_model.index(r, 2).data()
              for r in range(dashboard.people_model.rowCount())}
    assert int(people["张演示"]) >= 5 and people["王演示"] == "0"
    assert dashboard.chart.series and sum(n for _, n in dashboard.chart.series) >= 5
    dashboard.grab()  # paints the chart

    assert dashboard.handled_button.isEnabled()
    dashboard.handled_button.click()
    assert demo_vault.exposures.get(hotel.exposure.id).state is ExposureState.HANDLED
    assert dashboard.row_state(int(hotel.exposure.id)) == "Handled"

    # the tray text names no one and no identifier
    assert "new exposure" in feeds.last_notice
    assert "张" not in feeds.last_notice and "139" not in feeds.last_notice

    # a re-sync keeps the state and finds nothing new
    with qtbot.waitSignal(feeds.synced, timeout=10_000) as signal:
        feeds.sync_button.click()
    assert signal.args[0] == 0
    assert dashboard.row_state(int(hotel.exposure.id)) == "Handled"


def test_feed_text_is_shown_as_plain_text(qtbot, demo_vault, app_paths):
    nasty = '<script>alert(1)</script><a href="file:///etc/passwd">click</a>'
    fid = demo_vault.feeds.add_url("https://feeds.example.net/f.json")
    demo_vault.breaches.replace(fid, [Breach(key="x", title=nasty, description=nasty,
                                             catalog_ids=("huazhu",), kinds=("phone",),
                                             breach_date="2024-01")])
    feeds, dashboard = _pages(qtbot, demo_vault, app_paths)
    feeds._after_sync([])
    (view,) = dashboard.views.values()
    dashboard.select(view.exposure.id)
    assert dashboard.detail.toPlainText().count(nasty) == 2  # title and description, verbatim
    assert dashboard.model.index(0, 3).data() == nasty
    assert feeds.status.textFormat() == Qt.TextFormat.PlainText


def test_failed_and_cancelled_syncs_say_why_and_keep_the_last_copy(qtbot, vault, app_paths):
    body = json.dumps({"format": "exposure-feed", "version": 1, "breaches": [
        {"id": "a", "title": "A", "domains": ["a.example.com"], "data_classes": ["Names"]}]})
    with running() as server:
        server.routes["/f"] = Route(body.encode(), etag='"1"')
        fid = vault.feeds.add_url(server.url("/f"))
        feeds, _ = _pages(qtbot, vault, app_paths)
        with qtbot.waitSignal(feeds.synced, timeout=10_000):
            feeds.sync_button.click()
        assert vault.feeds.get(fid).breach_count == 1
        server.routes["/f"] = Route(b"{not json")
        with qtbot.waitSignal(feeds.synced, timeout=10_000):
            feeds.sync_button.click()
        row = feeds.model.row_of(fid)
        assert feeds.model.index(row, 4).data() == "The feed is not valid JSON."
        assert "last good copy" in feeds.status.text()
        assert vault.feeds.get(fid).breach_count == 1

        server.routes["/f"] = Route(b"[" + b" " * 400_000 + b"]", trickle=0.001)
        with qtbot.waitSignal(feeds.synced, timeout=20_000):
            feeds.sync_button.click()
            qtbot.waitUntil(lambda: feeds.progress.maximum() > 0, timeout=5_000)
            feeds.cancel_button.click()
        assert feeds.model.index(feeds.model.row_of(fid), 4).data() == "Cancelled."
        assert vault.feeds.get(fid).breach_count == 1
