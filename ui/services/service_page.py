"""Services: pick any catalogue service by type-ahead (name, alias, app name or domain) and see
how you log in, how an account is recovered, what a taken account reveals, how to harden it and
how to delete it, each fact with its source. Catalogue text is shown as plain text; a link opens
in the browser only when clicked."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from exposure.catalog import Catalog, CatalogEntry, FactorSet
from exposure.errors import ExposureError
from exposure.lang import is_zh
from exposure.model import Service
from exposure.sources import host
from ui import palette
from ui.context import AppContext, Opener, open_in_browser
from ui.services.service_words import (
    category_name,
    difficulty_name,
    factor_set_text,
    priority_name,
    reveal_name,
    unknown,
)
from ui.widgets.buttons import link_button
from ui.widgets.common import cited, key_action, plain_label, size_dialog
from ui.widgets.tooltips import plain_tip

PRIORITY_ORDER = ("high", "medium", "low")


def catalog_of(ctx: AppContext) -> Catalog | None:
    """The app's catalogue (loaded at start-up), or the shipped one; None if it is damaged."""
    if ctx.catalog is not None:
        return ctx.catalog  # type: ignore[no-any-return]
    from exposure.catalog import default_catalog

    try:
        return default_catalog()
    except ExposureError:
        return None



class ServiceView(QWidget):
    """The facts of one catalogue entry, grouped in sections, each with its source."""

    def __init__(self, lang: str, opener: Opener | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.opener: Opener = opener or open_in_browser
        self.entry: CatalogEntry | None = None
        self.sections: dict[str, list[QWidget]] = {}
        self.links: list[QPushButton] = []
        self.scroll_area = QScrollArea()
        self.scroll_area.setAccessibleName(self.tr("What the catalogue knows about the service"))
        self.scroll_area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.show_entry(None)

    # --- reading (tests, copy) -------------------------------------------------------------------
    def section_text(self, key: str) -> str:
        out = []
        for w in self.sections.get(key, []):
            if isinstance(w, QLabel | QPushButton):
                out.append(w.text())
        return "\n".join(out)

    def text(self) -> str:
        return "\n".join(self.section_text(k) for k in self.sections)

    def open_link(self, url: str) -> None:
        if QUrl(url).scheme() in ("http", "https"):
            self.opener(url)

    # --- building --------------------------------------------------------------------------------
    def show_entry(self, entry: CatalogEntry | None) -> None:
        self.entry = entry
        self.sections = {}
        self.links = []
        body = QWidget()
        self._layout = QVBoxLayout(body)
        if entry is None:
            self._add("empty", plain_label(self.tr("Pick a service to see what the catalogue knows "
                                              "about it.")))
        else:
            self._build(entry)
        self._layout.addStretch(1)
        self.scroll_area.setWidget(body)  # the previous body is deleted by the scroll area

    def _add(self, key: str, widget: QWidget, layout: QVBoxLayout | QHBoxLayout | None = None
             ) -> QWidget:
        self.sections.setdefault(key, []).append(widget)
        (layout or self._layout).addWidget(widget)
        return widget

    def _heading(self, key: str, text: str) -> None:
        label = plain_label(text)
        palette.emphasis(label)
        label.setContentsMargins(0, label.fontMetrics().height() // 2, 0, 0)
        self._add(key, label)

    def _link(self, key: str, url: str, layout: QVBoxLayout | QHBoxLayout | None = None,
              text: str = "") -> None:
        button = link_button(text or url, lambda: self.open_link(url),
                             tip=plain_tip(f"{self.tr('Open in the browser')}\n{url}"))
        button.setStyleSheet("color: palette(link); text-decoration: underline; "
                             "text-align: left; padding: 0")
        self.links.append(button)
        self._add(key, button, layout)

    def _source(self, key: str, fact: str) -> None:
        """The source of a stated fact, or the catalogue's own-assessment mark."""
        entry = self.entry
        if entry is None:
            return
        src = entry.source(fact)
        if src is None:
            if fact in entry.unverified:
                text = self.tr("The catalogue's own assessment, not a cited fact.")
            else:
                text = self.tr("Source: unknown")
            label = plain_label(text)
            palette.set_text_role(label, "warning")
            self._add(key, label)
            return
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 0, 0)
        # the label names the outlet and the dates; the web site beside it opens the page
        shown = replace(src, url="", outlet=src.who) if src.url else src
        label = plain_label(self.tr("Source: %1").replace("%1", cited(shown)))
        palette.set_text_role(label, "dimmed")
        self.sections.setdefault(key, []).append(label)
        row.addWidget(label, 1)
        if src.url:
            self._link(key, src.url, row, text=host(src.url))
        self._layout.addLayout(row)

    def _fact(self, key: str, caption: str, value: str, fact: str, *, link: bool = False) -> None:
        """`caption: value`, or `caption: unknown` when the catalogue has nothing sourced."""
        if not value:
            self._add(key, plain_label(f"{caption}: {unknown()}"))
            return
        if link:
            row = QHBoxLayout()
            self._add(key, plain_label(f"{caption}:", wrap=False), row)
            self._link(key, value, row)
            row.addStretch(1)
            self._layout.addLayout(row)
        else:
            self._add(key, plain_label(f"{caption}: {value}"))
        self._source(key, fact)

    def _factor_sets(self, key: str, title: str, sets: tuple[FactorSet, ...], fact: str) -> None:
        self._heading(key, title)
        if not sets:
            self._add(key, plain_label(unknown()))
            return
        for group in sets:
            self._add(key, plain_label(f"• {factor_set_text(group)}"))
        self._source(key, fact)

    def _build(self, e: CatalogEntry) -> None:
        lang = self.lang
        zh = is_zh(lang)
        title = plain_label(e.name(lang))
        palette.emphasis(title, 1.5)
        self._add("names", title)
        other = e.name_en if zh else e.name_zh
        if other and other != e.name(lang):
            self._add("names", plain_label(other))
        if e.aliases:
            self._add("names", plain_label(self.tr("Also known as: %1").replace(
                "%1", ", ".join(e.aliases))))
        if e.domains:
            self._add("names", plain_label(self.tr("Web sites: %1").replace(
                "%1", ", ".join(e.domains))))
        self._add("names", plain_label(self.tr("Category: %1").replace(
            "%1", category_name(e.category))))
        self._add("names", plain_label(self.tr("Jurisdiction: %1").replace(
            "%1", e.jurisdiction or unknown())))

        self._factor_sets("login", self.tr("How you log in (each line is one way in)"), e.login,
                          "login")
        self._factor_sets("recovery", self.tr("How a lost account is recovered — what an "
                                              "attacker would need"), e.recovery, "recovery")
        self._reveals_and_hardening(e, lang)

        self._deletion_and_privacy(e, lang, zh)

        self._heading("hotline", self.tr("Customer service"))
        self._fact("hotline", self.tr("Hotline"), e.hotline, "hotline")

        notes = e.notes(lang)
        if notes:
            self._heading("notes", self.tr("Notes"))
            self._add("notes", plain_label(notes))
            self._source("notes", "notes")

    def _reveals_and_hardening(self, e: CatalogEntry, lang: str) -> None:
        self._heading("reveals", self.tr("What a taken account reveals or lets someone do"))
        if e.reveals:
            self._add("reveals", plain_label(", ".join(reveal_name(r) for r in sorted(e.reveals))))
            self._source("reveals", "reveals")
        else:
            self._add("reveals", plain_label(unknown()))

        self._heading("hardening", self.tr("How to protect the account"))
        if not e.hardening:
            self._add("hardening", plain_label(unknown()))
        for priority in PRIORITY_ORDER:
            steps = [s for s in e.hardening if s.priority == priority]
            if not steps:
                continue
            label = plain_label(priority_name(priority))
            palette.emphasis(label, bold=False, italic=True)
            self._add("hardening", label)
            for step in steps:
                self._add("hardening", plain_label(f"• {step.text(lang)}"))
                self._source("hardening", f"hardening.{step.id}")

    def _deletion_and_privacy(self, e: CatalogEntry, lang: str, zh: bool) -> None:
        d = e.deletion
        self._heading("deletion", self.tr("How to delete the account"))
        in_app = (d.in_app_zh or d.in_app_en) if zh else (d.in_app_en or d.in_app_zh)
        self._fact("deletion", self.tr("In the app"), in_app, "deletion.in_app")
        self._fact("deletion", self.tr("Web page"), d.url, "deletion.url", link=True)
        self._fact("deletion", self.tr("E-mail"), d.email, "deletion.email")
        self._fact("deletion", self.tr("Phone"), d.phone, "deletion.phone")
        self._fact("deletion", self.tr("How hard"),
                   difficulty_name(d.difficulty) if d.difficulty else "", "deletion.difficulty")

        self._heading("privacy", self.tr("Privacy contact (requests under PIPL or GDPR)"))
        self._fact("privacy", self.tr("Operating entity"), e.privacy_entity, "privacy_entity")
        self._fact("privacy", self.tr("E-mail"), e.privacy_email, "privacy_email")
        self._fact("privacy", self.tr("Postal address"), e.privacy_address, "privacy_address")
        if e.privacy_route(lang):
            self._fact("privacy", self.tr("How to make a request"), e.privacy_route(lang),
                       "privacy_route")
        self._fact("privacy", self.tr("Privacy policy or request form"), e.privacy_url,
                   "privacy_url", link=True)
        if not e.has_privacy_contact():
            hint = plain_label(self.tr(
                "No sourced contact yet: the service's privacy policy must name one (PIPL "
                "Articles 17 and 52). Look for its section “如何联系我们” (How to contact us) "
                "and the personal-information protection officer's e-mail or address."))
            palette.set_text_role(hint, "warning")
            self._add("privacy", hint)


class ServicesPage(QWidget):
    """The sidebar page: a type-ahead list of the catalogue beside the chosen service."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.lang = ctx.lang
        self.catalog = catalog_of(ctx)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Type a name, app or web site: 支付宝, jd.com "
                                                    "… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the service catalogue"))
        key_action(self, self.tr("Find"), [QKeySequence(QKeySequence.StandardKey.Find)],
                   self.search_edit.setFocus, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Services found"))
        self.count_label = plain_label("")
        self.view = ServiceView(self.lang, ctx.open_url, self)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search_edit)
        column.addWidget(self.results, 1)
        column.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        if self.catalog is None:
            self.search_edit.setEnabled(False)
            self.count_label.setText(self.tr("The service catalogue could not be loaded."))
        self.search_edit.textChanged.connect(self.search)
        self.search_edit.returnPressed.connect(self.results.setFocus)
        self.results.currentItemChanged.connect(self._picked)
        self.search("")

    def search(self, text: str) -> None:
        if self.catalog is None:
            return
        if text.strip():
            found = self.catalog.search(text, limit=len(self.catalog))
            exact = self.catalog.lookup(text)  # also a subdomain or a pasted URL
            if exact is not None:
                found = [exact, *(e for e in found if e.id != exact.id)]
        else:
            found = sorted(self.catalog.entries, key=lambda e: e.name(self.lang).casefold())
        self.results.blockSignals(True)
        self.results.clear()
        for entry in found:
            item = QListWidgetItem(entry.name(self.lang))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(plain_tip(category_name(entry.category)))
            self.results.addItem(item)
        self.results.blockSignals(False)
        self.count_label.setText(self.tr("%1 of %2 services").replace("%1", str(len(found)))
                                 .replace("%2", str(len(self.catalog))))
        if found and text.strip():
            self.results.setCurrentRow(0)  # type-ahead: the best match is shown at once
        elif not found:
            self.view.show_entry(None)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None and self.catalog is not None:
            self.view.show_entry(self.catalog.get(str(item.data(Qt.ItemDataRole.UserRole))))

    def show_service(self, catalog_id: str) -> bool:
        """Show one catalogue service (from another page); False when it is not catalogued."""
        if self.catalog is None or self.catalog.get(catalog_id) is None:
            return False
        self.search_edit.clear()
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) == catalog_id:
                self.results.setCurrentRow(row)
                break
        return True


class ServiceDialog(QDialog):
    """One service's facts in a window of its own (from the inventory)."""

    def __init__(self, entry: CatalogEntry, lang: str, opener: Opener | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(entry.name(lang))
        self.view = ServiceView(lang, opener, self)
        self.view.show_entry(entry)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        size_dialog(self, 80, 40)


def open_service_details(ctx: AppContext, service: Service,
                         parent: QWidget | None = None) -> ServiceDialog | None:
    """A window with the catalogue's facts about the service of a registration; None (and a
    status message) for a service of the user's own."""
    catalog = catalog_of(ctx)
    entry = catalog.get(service.catalog_id) if catalog and service.catalog_id else None
    if entry is None:
        ctx.status(QCoreApplication.translate(
            "ServicesPage", "%1 is a service of your own: the catalogue knows nothing "
            "about it.").replace("%1", service.name))
        return None
    dialog = ServiceDialog(entry, ctx.lang, ctx.open_url, parent)
    dialog.open()
    return dialog

