"""The smaller things a first user trips over: what a removal removes, a sensible default
relation, a second ID number questioned, the catalogue's own name in the hint, empty pages that
say what to do, Qt's own file dialog in Chinese."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel

from exposure.settings import Settings
from ui.inventory.registration_dialog import RegistrationDialog
from ui.main_window import MainWindow
from ui.people.identifier_dialog import IdentifierDialog
from ui.people.person_dialog import PersonDialog


def test_removing_registrations_names_them(qtbot, demo_vault, app_paths, monkeypatch) -> None:
    window = MainWindow(demo_vault, app_paths, Settings(language="en"))
    qtbot.addWidget(window)
    page = window.show_page("inventory")
    asked: list[str] = []
    monkeypatch.setattr("ui.inventory.inventory_page.confirm",
                        lambda parent, title, text, **kw: asked.append(text) or False)
    page.view.selectRow(0)
    rid = page.selected_ids()[0]
    row = page.model.inventory_row(page.model.row_of(rid))
    page.remove_registrations()
    assert asked and row.person.name in asked[0] and page.model.service_name(row) in asked[0]
    assert demo_vault.registrations.get(rid)  # "Cancel": nothing removed
    window.close()


def test_add_person_does_not_default_to_myself_twice(qtbot, demo_vault) -> None:
    dialog = PersonDialog(demo_vault)
    qtbot.addWidget(dialog)
    assert dialog.relation() == ""  # 张演示 is already "myself"


def test_a_second_id_number_is_questioned(qtbot, demo_vault, monkeypatch) -> None:
    me = demo_vault.people.find("张演示")
    before = len(demo_vault.identifiers.all_identifiers(me.id))
    asked: list[str] = []
    monkeypatch.setattr("ui.widgets.common.confirm",
                        lambda parent, title, text, **kw: asked.append(text) or False)
    dialog = IdentifierDialog(demo_vault, me.id)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("id_number"))
    dialog.value_edit.setText("11010519491231002X")
    dialog.accept()
    assert asked and "already has a resident ID number" in asked[0]
    assert len(demo_vault.identifiers.all_identifiers(me.id)) == before


def test_the_hint_names_the_catalogue_service_not_the_alias(qtbot, demo_vault) -> None:
    from exposure.catalog import default_catalog

    dialog = RegistrationDialog(demo_vault, person_id=demo_vault.people.find("张演示").id,
                                catalog=default_catalog())
    qtbot.addWidget(dialog)
    dialog._service_changed("B站")
    assert dialog.service_hint.text() in ("From the catalogue: Bilibili",
                                          "From the catalogue: 哔哩哔哩")


def test_empty_pages_say_what_to_do(qtbot, vault, app_paths) -> None:
    vault.people.add(name="我")
    window = MainWindow(vault, app_paths, Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    inventory = window.show_page("inventory")
    assert inventory.empty_label.isVisible() and "Import" in inventory.empty_label.text()
    requests = window.show_page("requests")
    assert "No request letters yet" in requests.summary.text()
    window.close()


def test_qt_file_dialog_speaks_chinese(qtbot) -> None:
    from ui.i18n import install_language

    try:
        install_language("zh_CN")
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
    finally:
        install_language("en")
