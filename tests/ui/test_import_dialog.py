"""The import dialog: a Chrome export through the preview into the inventory (from the File
menu's Ctrl+I), mapping an unknown site by type-ahead and skipping another; a pasted app list;
a malformed file worded and nothing written; the CSV template; the preview models."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence

from exposure.importers import preview, template_bytes
from exposure.settings import Settings
from exposure.vault import Vault
from tests.ui import modal
from tests.ui.modal import when_modal
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.importing.import_dialog import ImportDialog
from ui.importing.import_model import PlanRowsModel, SkippedModel
from ui.inventory.inventory_model import InventoryModel
from ui.main_window import MainWindow

CHROME = (
    "name,url,username,password,note\n"
    "京东,https://passport.jd.com/new/login.aspx,13900000001,PW-Chrome-1,NOTE-Chrome-1\n"
    "论坛,https://bbs.example.org/login,zhang.demo@example.com,PW-Chrome-2,\n"
    "Other,https://other.example.net/,someone,PW-Chrome-3,\n"
    "Router,http://192.168.1.1/,admin,PW-Chrome-4,\n"
)


def select_rows(dialog: ImportDialog, labels: set[str]) -> None:
    view, model = dialog.unmatched_view, dialog.unmatched_model
    proxy = view.model()
    view.clearSelection()
    for r in range(model.rowCount()):
        if model.plan_row(r).label in labels:
            index = proxy.mapFromSource(model.index(r, 0))
            view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)


def test_chrome_export_through_the_preview_lands_in_the_inventory(qtbot, vault: Vault,
                                                                  app_paths, tmp_path) -> None:
    vault.people.add(name="妈妈", relation="mother")
    vault.people.add(name="我", relation="self")
    export = tmp_path / "Chrome Passwords.csv"
    export.write_text(CHROME, "utf-8")
    window = MainWindow(vault, app_paths, Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    seen: dict[str, object] = {}

    def drive(dialog: ImportDialog) -> None:
        assert dialog.person() == "我"  # the "self" person by default
        dialog.choose_file(export)  # instead of the file dialog
        assert dialog.error_label.text() == ""
        assert dialog.plan is not None and dialog.plan.format == "chrome"
        seen["tabs"] = [dialog.tabs.tabText(n) for n in range(4)]
        assert dialog.matched_model.rowCount() == 1
        assert dialog.matched_model.index(0, PlanRowsModel.COL_OUTCOME).data() == "京东"
        assert dialog.matched_model.index(0, PlanRowsModel.COL_IDENTIFIERS).data() == \
            "139****0001"
        assert dialog.skipped_model.index(0, SkippedModel.COL_SOURCE).data() == "192.168.1.1"
        assert dialog.unmatched_model.rowCount() == 2
        # map the forum to a catalogue service by type-ahead, skip the other site
        select_rows(dialog, {"bbs.example.org"})
        completer = dialog.map_edit.completer()
        completer.setCompletionPrefix("知")  # what typing 知 offers (without the popup)
        offered = []
        for n in range(completer.completionCount()):
            completer.setCurrentRow(n)
            offered.append(completer.currentCompletion())
        assert "知乎" in offered
        dialog.map_edit.setText("知乎")  # the user picks it
        qtbot.mouseClick(dialog.map_button, Qt.MouseButton.LeftButton)
        select_rows(dialog, {"other.example.net"})
        qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
        outcomes = {dialog.unmatched_model.plan_row(r).label:
                    dialog.unmatched_model.index(r, PlanRowsModel.COL_OUTCOME).data()
                    for r in range(2)}
        seen["outcomes"] = outcomes
        assert dialog.import_button.isEnabled()
        seen["summary"] = dialog.summary_label.text()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    when_modal(ImportDialog, drive)
    window.import_action.trigger()  # File → Import… (Ctrl+I)
    modal.check()
    assert seen["tabs"][0].endswith("(1)") and seen["tabs"][1].endswith("(2)")
    assert seen["tabs"][3].endswith("(1)")
    assert seen["outcomes"]["bbs.example.org"].endswith(("知乎", "Zhihu"))
    assert seen["outcomes"]["other.example.net"] == "Skipped"
    assert "2 registration(s)" in seen["summary"]
    page = window.pages["inventory"]
    assert window.stack.currentWidget() is page
    services = {page.model.index(r, InventoryModel.COL_SERVICE).data():
                page.model.index(r, InventoryModel.COL_IDENTIFIERS).data()
                for r in range(page.model.rowCount())}
    assert services == {"JD.com": "139****0001", "Zhihu": "z***@example.com"}  # English UI
    assert {r.person.name for r in vault.registrations.rows()} == {"我"}
    assert "Imported 2" in window.statusBar().currentMessage()
    # Ctrl+Z takes the whole import back
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert page.model.rowCount() == 0 and vault.registrations.count() == 0
    assert not window.undo_action.isEnabled()


def _dialog(qtbot, vault: Vault, app_paths) -> ImportDialog:
    ctx = AppContext(vault, app_paths, Settings(), VaultBridge(vault))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def test_a_malformed_file_is_worded_and_nothing_is_written(qtbot, vault: Vault, app_paths,
                                                           tmp_path: Path) -> None:
    vault.people.add(name="妈妈")
    before = app_paths.vault.read_bytes()
    dialog = _dialog(qtbot, vault, app_paths)
    bad = tmp_path / "wrong.csv"
    bad.write_bytes(b"foo,bar,baz\n1,2,3\n")
    dialog.choose_file(bad)
    assert "columns" in dialog.error_label.text() and "Nothing was changed" in \
        dialog.error_label.text()
    assert not dialog.import_button.isEnabled() and dialog.plan is None
    garbled = tmp_path / "garbled.csv"
    garbled.write_bytes(b"service\n\x80\xff\x80\xff\n")
    dialog.choose_file(garbled)
    assert "UTF-8" in dialog.error_label.text()
    # choosing the right format for a file after a refusal previews it again at once
    good = tmp_path / "ok.csv"
    good.write_text(CHROME, "utf-8")
    dialog.choose_file(good)
    assert dialog.plan is not None and dialog.error_label.text() == ""
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("firefox"))
    assert dialog.plan is None and "Firefox" in dialog.error_label.text()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("chrome"))
    assert dialog.plan is not None
    dialog.reject()
    assert app_paths.vault.read_bytes() == before and vault.registrations.count() == 0


def test_pasted_app_list_with_the_bound_phone_and_a_new_person(qtbot, vault: Vault,
                                                               app_paths) -> None:
    vault.people.add(name="妈妈")
    dialog = _dialog(qtbot, vault, app_paths)
    dialog.paste_radio.setChecked(True)
    assert dialog.format_combo.currentData() == "applist"
    dialog.paste_edit.setPlainText("微信\n支付宝\n某某App\n")
    dialog.login_edit.setText("13900000001")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.matched_model.rowCount() == 2 and dialog.unmatched_model.rowCount() == 1
    dialog.person_combo.setEditText("奶奶")
    assert "奶奶" in dialog.summary_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() and dialog.result_ is not None
    assert dialog.result_.people_added == 1 and len(dialog.result_.registrations) == 3
    rows = vault.registrations.rows()
    assert {r.person.name for r in rows} == {"奶奶"}
    assert {r.service.name for r in rows} == {"微信", "支付宝", "某某App"}
    assert all(i.value == "+8613900000001" for r in rows for i in r.identifiers)


def test_save_csv_template(qtbot, vault: Vault, app_paths, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, vault, app_paths)
    out = dialog.save_template(tmp_path / "template.csv")
    assert out is not None and out.read_bytes() == template_bytes()
    assert dialog.save_template(tmp_path / "no-such-folder" / "t.csv") is None
    assert dialog.error_label.text()


def test_preview_models_contract(qtmodeltester, vault: Vault) -> None:
    vault.people.add(name="妈妈")
    plan = preview(vault, CHROME)
    model = PlanRowsModel()
    model.load(plan.matched + plan.unmatched)
    qtmodeltester.check(model)
    skipped = SkippedModel()
    skipped.load(plan.skipped)
    qtmodeltester.check(skipped)
    assert skipped.index(0, SkippedModel.COL_REASON).data().startswith("A local address")


def test_the_preview_shows_the_labels_and_states_the_csv_gives(qtbot, vault: Vault) -> None:
    vault.people.add(name="示例")
    plan = preview(vault, template_bytes())
    model = PlanRowsModel()
    model.load(plan.matched + plan.unmatched)
    shown = [model.index(r, PlanRowsModel.COL_IDENTIFIERS).data()
             for r in range(model.rowCount())]
    assert any("**** 0020 (建行老卡) · dormant" in text for text in shown), shown
    assert any("**** 0018 (养老金卡)" in text for text in shown)
