"""Letters on a relative's behalf in the letter dialog; a deceased person in the person dialog;
File → Print workshop materials."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pypdf

from exposure.settings import Settings
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.letters.requests_page import RequestsPage
from ui.main_window import MainWindow
from ui.people.person_dialog import PersonDialog


def _page(qtbot, vault, app_paths) -> RequestsPage:
    ctx = AppContext(vault, app_paths, Settings(), VaultBridge(vault))
    ctx.clock = lambda: dt.date(2026, 3, 2)
    page = RequestsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_letter_dialog_writes_as_proxy_with_an_authorisation_page(qtbot, demo_vault, app_paths,
                                                                  tmp_path) -> None:
    page = _page(qtbot, demo_vault, app_paths)
    row = next(r for r in demo_vault.registrations.rows() if r.service.catalog_id == "douyin")
    dialog = page.new_letter(row.registration.id)
    dialog.kind.setCurrentIndex(dialog.kind.findData("deletion"))
    dialog.lang.setCurrentIndex(dialog.lang.findData("zh"))
    assert "委托人：" not in dialog.preview.toPlainText()
    dialog.as_relative.setCurrentIndex(dialog.as_relative.findData("proxy"))
    assert "委托人：王演示" in dialog.preview.toPlainText()
    out = page.save_pdf(dialog.letter.pages, dialog.letter.subject, tmp_path / "p.pdf")
    assert out is not None and len(pypdf.PdfReader(str(out)).pages) == 2
    dialog.as_relative.setCurrentIndex(dialog.as_relative.findData("deceased"))
    assert "第四十九条" in dialog.preview.toPlainText()
    dialog.record_button.click()
    assert demo_vault.requests.get(dialog.request_id).as_relative == "deceased"


def test_person_dialog_records_a_death_and_the_letter_follows(qtbot, demo_vault) -> None:
    mother = demo_vault.people.find("王演示")
    dialog = PersonDialog(demo_vault, mother)
    qtbot.addWidget(dialog)
    assert not dialog.died_edit.isEnabled()
    dialog.deceased_check.setChecked(True)
    dialog.died_edit.setText("2025-13-01")
    dialog.accept()
    assert "2024-05-31" in dialog.error_label.text() and not demo_vault.people.get(
        mother.id).deceased
    dialog.died_edit.setText("2025-12-01")
    dialog.accept()
    person = demo_vault.people.get(mother.id)
    assert person.deceased and person.died_on == dt.date(2025, 12, 1)
    assert person.name == "王演示" and person.relation == mother.relation


def test_print_workshop_materials_from_the_file_menu(qtbot, demo_vault, app_paths,
                                                     tmp_path) -> None:
    window = MainWindow(demo_vault, app_paths, Settings())
    qtbot.addWidget(window)
    assert window.workshop_action.isEnabled()
    out = window.print_workshop(tmp_path / "w.pdf")
    assert out is not None
    text = unicodedata.normalize("NFKC", "".join(
        p.extract_text() for p in pypdf.PdfReader(str(out)).pages))
    assert "Bank cards" in text or "银行卡" in text
    for ident in demo_vault.identifiers.all_identifiers():  # blank: nothing from the vault
        assert ident.value not in text
    window.close()
