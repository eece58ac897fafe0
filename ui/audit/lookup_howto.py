"""How to run one national look-up, from resources/audit/lookups.json: who runs it, what it
returns, the steps, the reply, caveats, what the sources could not confirm, the legal basis, and
each source with a button that opens it in the browser. All of it plain text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from exposure.audit import Lookup
from ui import palette
from ui.audit.audit_words import compared_with
from ui.widgets.buttons import push_button
from ui.widgets.common import cited, plain_label
from ui.widgets.tooltips import plain_tip


class LookupHowTo(QWidget):
    def __init__(self, lookup: Lookup, lang: str, open_link: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(self.tr("Run by: %1").replace(
            "%1", lookup.text("operator", lang))))
        layout.addWidget(plain_label(self.tr("What it returns: %1").replace(
            "%1", lookup.text("returns", lang))))
        steps = lookup.items("steps", lang)
        layout.addWidget(plain_label("\n".join(f"{n}. {s}" for n, s in enumerate(steps, 1))))
        for field in ("reply", "after"):
            if lookup.text(field, lang):
                layout.addWidget(plain_label(lookup.text(field, lang)))
        for caveat in lookup.items("caveats", lang):
            layout.addWidget(plain_label(f"• {caveat}"))
        unverified = lookup.items("unverified", lang)
        if unverified:
            label = plain_label(self.tr("Not confirmed by the sources: %1").replace(
                "%1", " ".join(unverified)))
            palette.set_text_role(label, "warning")
            layout.addWidget(label)
        if lookup.text("legal_basis", lang):
            layout.addWidget(plain_label(lookup.text("legal_basis", lang)))
        for src in lookup.sources:
            row = QHBoxLayout()
            label = plain_label(self.tr("Source: %1").replace("%1", cited(src)))
            palette.set_text_role(label, "dimmed")
            row.addWidget(label, 1)
            button = push_button(self.tr("Open"), lambda u=src.url: open_link(u),
                                 tip=plain_tip(src.url))
            button.setAccessibleName(self.tr("Open the source: %1").replace("%1", src.title))
            self.links.append(button)
            row.addWidget(button)
            layout.addLayout(row)
        compared = plain_label(compared_with(lookup.counts))
        palette.emphasis(compared, bold=False, italic=True)
        layout.addWidget(compared)

