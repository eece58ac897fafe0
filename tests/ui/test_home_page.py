"""Home: the window opens on it; every person's card with the chain, the next step (applied
after saying it was done), letters and audit age; what cannot be seen; the first-run checklist
ticks as the vault fills; cards lead to the page that resolves them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from exposure.feeds.sync import sync
from exposure.settings import Settings
from ui.home.home_page import HomePage
from ui.main_window import MainWindow

NOW = dt.datetime(2026, 11, 25, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def _window(qtbot, vault, app_paths) -> MainWindow:
    window = MainWindow(vault, app_paths, Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    _settled(qtbot, window.pages["home"])
    return window


def _settled(qtbot, home: HomePage) -> None:
    """Home works out its numbers once shown (deferred); wait until it has."""
    qtbot.waitUntil(lambda: not home.busy, timeout=10_000)


def _texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def test_the_window_opens_on_home_with_every_person(qtbot, demo_vault, app_paths) -> None:
    window = _window(qtbot, demo_vault, app_paths)
    home = window.stack.currentWidget()
    assert isinstance(home, HomePage) and window.sidebar.currentRow() == 0
    assert set(home.person_cards) == {p.id for p in demo_vault.people.all_people()}
    text = _texts(home)
    for name in ("张演示", "王演示", "张小演"):
        assert name in text
    assert "A stolen phone would open 20 of 24 accounts and cards" in text
    assert "SIM PIN on 139****0001" in text and "— prevents 20 of 20" in text
    assert "13900000001" not in text  # identifiers masked
    # not checked is not safe: no feed followed, so leaks are unknown, not zero
    assert "cannot tell you about leaks" in text and "Exposures: unknown" in text
    assert "Never run: " in text
    # the checklist: family and accounts done, the rest open
    marks = {k: b.text()[0] for k, b in home.checklist_buttons.items()}
    assert marks == {"family": "✓", "accounts": "✓", "lookups": "○", "feed": "○",
                     "lost_phone": "○"}


def test_apply_asks_then_records_and_says_what_is_left(qtbot, demo_vault, app_paths,
                                                       monkeypatch) -> None:
    window = _window(qtbot, demo_vault, app_paths)
    home: HomePage = window.pages["home"]  # type: ignore[assignment]
    home.now = lambda: NOW
    me = demo_vault.people.find("张演示")
    told: list[str] = []
    monkeypatch.setattr("ui.takeover.apply_step.ask_done", lambda *a: False)
    monkeypatch.setattr("ui.takeover.apply_step.tell", lambda parent, text: told.append(text))
    qtbot.mouseClick(home.apply_buttons[me.id], Qt.MouseButton.LeftButton)
    assert demo_vault.hardening.keys(me.id) == frozenset() and not told
    monkeypatch.setattr("ui.takeover.apply_step.ask_done", lambda *a: True)
    qtbot.mouseClick(home.apply_buttons[me.id], Qt.MouseButton.LeftButton)
    assert demo_vault.hardening.keys(me.id) == {"sim-pin:1"}
    assert told and "Recorded." in told[0]
    _settled(qtbot, home)
    text = _texts(home)  # refreshed: the chain shrank, a new next step
    assert "A stolen phone would open 20 of" not in text
    assert "SIM PIN on 139****0001" not in text.replace("Report 139****0001", "")
    window.undo_last()  # Ctrl+Z takes it back
    assert demo_vault.hardening.keys(me.id) == frozenset()


def test_cards_lead_to_the_pages_and_the_checklist_ticks(qtbot, demo_vault,
                                                         app_paths) -> None:
    window = _window(qtbot, demo_vault, app_paths)
    home: HomePage = window.pages["home"]  # type: ignore[assignment]
    me = demo_vault.people.find("王演示")
    home.go_takeover(me.id)
    takeover = window.stack.currentWidget()
    assert takeover is window.pages["takeover"]
    assert takeover.person_id() == me.id and takeover.scenario_combo.currentData() == "lost-phone"
    demo_vault.feeds.set_enabled("builtin", True)
    sync(demo_vault, ["builtin"])
    window.show_page("home")
    _settled(qtbot, home)
    marks = {k: b.text()[0] for k, b in home.checklist_buttons.items()}
    assert marks["lost_phone"] == "✓" and marks["feed"] == "✓"
    text = _texts(home)
    assert "cannot tell you about leaks" not in text and "New exposures:" in text
    qtbot.mouseClick(home.checklist_buttons["lookups"], Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.pages["audit"]


def test_an_empty_vault_says_what_to_do(qtbot, vault, app_paths) -> None:
    window = _window(qtbot, vault, app_paths)
    text = _texts(window.pages["home"])
    assert text
    assert "add yourself and your family" in text and "Nothing yet" in text


def test_the_words_know_every_code_of_the_overview() -> None:
    from exposure import overview as ov
    from ui.home import home_words as hw
    codes = [v for k, v in vars(ov).items() if k.isupper() and isinstance(v, str)
             and k not in ("SEEN_LOST_PHONE",)]
    for code in codes:
        if code in ("lost-phone", "id-leak"):
            continue
        assert hw.blind_spot_text(code) != code, code  # each code is worded
