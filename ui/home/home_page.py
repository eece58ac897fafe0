"""Home: what matters now, for the family and for each person. The numbers come from one core
call (exposure/overview.py, also `main.py overview`); every card leads to the page that resolves
it, and the best next step can be applied right here (after saying it was really done)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exposure.errors import ExposureError
from ui.context import AppContext
from ui.home import home_words as hw
from ui.widgets.buttons import link_button, push_button
from ui.widgets.common import plain_label
from ui.widgets.tooltips import plain_tip
from ui.window.pages import forget_module_sources
from ui.words import error_text, relation_name

if TYPE_CHECKING:  # the core's take-over analysis is imported when Home first works it out
    from exposure import overview as ov


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setAccessibleName(title)
    box = QVBoxLayout(frame)
    box.setContentsMargins(10, 8, 10, 8)
    box.setSpacing(4)
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    box.addWidget(heading)
    return frame, box


def _link(text: str, go: Callable[[], object], name: str = "") -> QPushButton:
    button = link_button(text, go)
    button.setAccessibleName(name or text)
    return button


class HomePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.now = ctx.now
        self.overview: ov.Overview | None = None
        self.apply_buttons: dict[int, QPushButton] = {}
        self.person_cards: dict[int, QFrame] = {}

        self.title = QLabel(self.tr("What matters now"))
        self.title.setAccessibleName(self.tr("What matters now"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.error = plain_label()
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAccessibleName(self.tr("Home"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addWidget(self.scroll_area, 1)
        ctx.bridge.vault_changed.connect(self._on_change)
        # Worked out once the window is on screen (a 10,000-registration vault takes about a
        # second), and only while Home is shown: other pages open as fast as before.
        self._stale = True
        self._timer = QTimer(self)  # a child: it dies with the page (a vault switch deletes it)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._refresh_if_shown)

    # --- refresh -----------------------------------------------------------------------------
    def _on_change(self, _topic: str) -> None:
        self._stale = True
        if self.isVisible():
            self._schedule()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._schedule()

    def _schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start(0)

    @property
    def busy(self) -> bool:
        """Numbers not yet worked out (tests wait on this)."""
        return self._stale or self._timer.isActive()

    def _refresh_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def today(self) -> dt.date:
        return self.now().date()

    def refresh(self) -> None:
        from exposure import overview as ov
        from ui.services.service_page import catalog_of

        self._stale = False
        try:
            self.overview = ov.overview(self.ctx.vault, today=self.today(),
                                        lang=self.ctx.short_lang, catalog=catalog_of(self.ctx))
        except ExposureError as exc:
            self.overview = None
            self.error.setText(error_text(exc))
        else:
            self.error.setText("")
        self.error.setVisible(bool(self.error.text()))
        self._build()
        forget_module_sources()  # the first refresh imports the take-over

    # --- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        # A fresh content widget each time: QScrollArea deletes the old one with its cards.
        self.apply_buttons.clear()
        self.person_cards.clear()
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        scroll_pos = self.scroll_area.verticalScrollBar().value()
        self.scroll_area.setWidget(self.content)
        self.scroll_area.verticalScrollBar().setValue(scroll_pos)
        o = self.overview
        if o is None:
            return
        row = QHBoxLayout()
        row.addWidget(self._open_card(o), 1)
        row.addWidget(self._blind_card(o), 1)
        if not o.checklist_done:
            row.addWidget(self._checklist_card(o), 1)
        self.content_layout.addLayout(row)
        for p in o.people:
            self.content_layout.addWidget(self._person_card(p, o))
        self.content_layout.addStretch()

    def _open_card(self, o: ov.Overview) -> QFrame:
        frame, box = _card(self.tr("Open items"))
        box.addWidget(plain_label(hw.family_open_text(o)))
        links = QHBoxLayout()
        links.addWidget(_link(self.tr("Leaks →"), lambda: self.go("dashboard")))
        links.addWidget(_link(self.tr("Requests →"), lambda: self.go("requests")))
        links.addStretch()
        box.addStretch()
        box.addLayout(links)
        return frame

    def _blind_card(self, o: ov.Overview) -> QFrame:
        frame, box = _card(self.tr("What Exposure cannot see"))
        texts = [hw.blind_spot_text(c) for c in o.blind_spots] or [hw.sees_all_text(o)]
        box.addWidget(plain_label("\n".join(texts)))
        box.addStretch()
        if "no_people" in o.blind_spots:
            box.addWidget(_link(self.tr("People →"), lambda: self.go("people")), 0,
                          Qt.AlignmentFlag.AlignLeft)
        else:
            box.addWidget(_link(self.tr("Feeds →"), lambda: self.go("feeds")), 0,
                          Qt.AlignmentFlag.AlignLeft)
        return frame

    def _checklist_card(self, o: ov.Overview) -> QFrame:
        frame, box = _card(self.tr("Getting started"))
        self.checklist_buttons: dict[str, QPushButton] = {}
        for key, done in o.checklist:
            mark = "✓ " if done else "○ "
            button = _link(mark + hw.checklist_text(key),
                           lambda k=key: self.go(hw.CHECKLIST_PAGES[k]),  # type: ignore[misc]
                           hw.checklist_text(key) + (self.tr(": done") if done else ""))
            button.setStyleSheet("text-align: left;")
            self.checklist_buttons[key] = button
            box.addWidget(button)
        return frame

    def _person_card(self, p: ov.PersonOverview, o: ov.Overview) -> QFrame:
        name = p.person.name + (f" ({relation_name(p.person.relation)})"
                                if p.person.relation else "")
        frame, box = _card(name)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        pid = int(p.person.id)
        rows: list[tuple[str, str, QWidget | None]] = [
            (self.tr("Exposure"), hw.chain_text(p),
             _link(self.tr("Take-over →"), lambda: self.go_takeover(pid))),
            (self.tr("Next step"), hw.next_step_text(p.next_step, p), self._apply_button(p)),
            (self.tr("Open"), hw.open_text(p, o.leaks_known),
             _link(self.tr("Leaks →"), lambda: self.go("dashboard"))
             if o.leaks_known else _link(self.tr("Feeds →"), lambda: self.go("feeds"))),
            (self.tr("Audit"), hw.audit_text(p.audits),
             _link(self.tr("Audit →"), lambda: self.go_audit(pid))),
        ]
        person_spots = [c for c in p.blind_spots
                        if c not in hw.SAID_ELSEWHERE]
        if person_spots:
            rows.append((self.tr("Cannot see"), "\n".join(hw.blind_spot_text(c)
                                                          for c in person_spots), None))
        for n, (caption, text, action) in enumerate(rows):
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            # not selectable: a selectable label carries a text editor of its own (with 50
            # people, 250 of them took ~80 ms and ~5 MB); the pages the links open hold the text
            value = plain_label(text, selectable=False)
            value.setAccessibleName(caption)
            grid.addWidget(label, n, 0)
            grid.addWidget(value, n, 1)
            if action is not None:
                grid.addWidget(action, n, 2, Qt.AlignmentFlag.AlignTop)
        box.addLayout(grid)
        self.person_cards[pid] = frame
        return frame

    def _apply_button(self, p: ov.PersonOverview) -> QWidget | None:
        if p.next_step is None:
            return None
        step, pid = p.next_step, int(p.person.id)
        button = push_button(self.tr("Apply…"), lambda: self.apply(pid, step),
                             tip=plain_tip(p.next_step.text))
        button.setAccessibleName(self.tr("Apply the next step for {name}").format(
            name=p.person.name))
        self.apply_buttons[pid] = button
        return button

    # --- actions -----------------------------------------------------------------------------
    def apply(self, person_id: int, step: ov.NextStep) -> bool:
        from ui.takeover.apply_step import apply_with_confirmation

        return apply_with_confirmation(self, self.ctx, person_id, step.key, step.title,
                                       step.text, step.scenario, self.now)

    def go(self, key: str) -> QWidget | None:
        return self.ctx.navigator.show(key)

    def go_takeover(self, person_id: int) -> None:
        self.ctx.navigator.show_takeover(person_id, "lost-phone")

    def go_audit(self, person_id: int) -> None:
        self.ctx.navigator.show_audit(person_id)
