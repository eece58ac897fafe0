"""Markup from a feed, an import or the user's own typing goes through every tooltip that can show
it, and no tooltip lets Qt render it: a breach titled `<h1>…` is shown as those characters."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QGraphicsView, QWidget

from exposure import crosscheck
from exposure import takeover as to
from exposure.feeds.model import ManualNotice
from exposure.model import Usage
from exposure.settings import Settings
from ui.main_window import MainWindow
from ui.widgets.tooltips import plain_tip
from ui.window.pages import PAGES

MARKUP = '<h1 style="font-size:92px">BIG</h1><img src="file:///etc/hostname">'


def _tooltips(root: QWidget) -> list[str]:
    tips = [w.toolTip() for w in root.findChildren(QWidget)]
    for model in root.findChildren(QAbstractItemModel):
        root_index = QModelIndex()
        for row in range(min(model.rowCount(root_index), 200)):
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # a list model: one column
                columns = 1
            for col in range(columns):
                tips.append(model.index(row, col).data(Qt.ItemDataRole.ToolTipRole) or "")
    for view in root.findChildren(QGraphicsView):
        if view.scene() is not None:
            tips += [item.toolTip() for item in view.scene().items()]
    return [t for t in tips if t]


def test_plain_tip_escapes_and_keeps_lines() -> None:
    tip = plain_tip(MARKUP + "\nsecond line & more")
    assert "<h1" not in tip and "<img" not in tip
    assert "&lt;h1" in tip and "<br" in tip and "&amp; more" in tip
    assert plain_tip("") == "" and plain_tip(None) == ""


def test_button_tips_are_plain_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.widgets.buttons import link_button, push_button, toggle_button

    for button in (push_button("a", tip=MARKUP), toggle_button("b", print, tip=MARKUP),
                   link_button("c", print, tip=MARKUP)):
        qtbot.addWidget(button)
        assert button.toolTip() == plain_tip(MARKUP) and "<h1" not in button.toolTip()
    assert push_button("d").toolTip() == ""


def test_no_tooltip_anywhere_renders_feed_or_user_markup(qtbot, demo_vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    v = demo_vault
    zhang = v.people.find("张演示")
    phone = next(i for i in v.identifiers.all_identifiers(zhang.id) if i.kind.value == "phone")
    sid = v.services.add(name="自建" + MARKUP)
    v.registrations.add(person_id=zhang.id, service_id=sid, usages=[Usage(phone.id)],
                        notes=MARKUP)
    bid = v.breaches.add_manual(ManualNotice(
        organisation="支付宝" + MARKUP, date="2024-05",
        kinds=("name", "id_number", "phone", "id_photo", "face"), catalog_ids=("alipay",)))
    crosscheck.refresh(v)
    window = MainWindow(v, app_paths, Settings())
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for key, _title, _spec in PAGES:
        window.show_page(key)
    takeover = window.pages["takeover"]
    takeover.select_person(zhang.id)
    takeover.select_scenario(f"breach:{bid}")
    start = takeover.graph_view.node_items.get(to.SCENARIO_SOURCE)
    assert start is not None and "支付宝" in start.toolTip()
    tips = _tooltips(window)
    reached = [t for t in tips if "&lt;h1" in t]
    assert reached, "the markup should have reached some tooltip"
    for tip in tips:
        assert "<h1" not in tip and "<img" not in tip, tip[:200]
    window.close()
