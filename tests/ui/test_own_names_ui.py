"""The person dialog records "no smartphone"; the registration dialog keeps the name the user
typed for a service filed under a generic catalogue entry (捷停车 → 智慧停车（通用）)."""

from __future__ import annotations

from exposure.catalog import default_catalog
from ui.inventory.registration_dialog import RegistrationDialog
from ui.people.person_dialog import PersonDialog


def test_person_dialog_records_no_smartphone(qtbot, vault) -> None:
    dialog = PersonDialog(vault)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("奶奶")
    dialog.no_phone_check.setChecked(True)
    dialog.accept()
    person = vault.people.find("奶奶")
    assert person is not None and person.no_smartphone
    again = PersonDialog(vault, person)
    qtbot.addWidget(again)
    assert again.no_phone_check.isChecked()
    again.no_phone_check.setChecked(False)
    again.accept()
    assert not vault.people.find("奶奶").no_smartphone


def test_registration_dialog_keeps_the_typed_name(qtbot, vault) -> None:
    pid = vault.people.add(name="车主")
    dialog = RegistrationDialog(vault, person_id=pid, catalog=default_catalog())
    qtbot.addWidget(dialog)
    dialog.service_edit.setText("捷停车")
    assert "捷停车" in dialog.service_hint.text()
    dialog.accept()
    (row,) = vault.registrations.rows()
    assert row.service.catalog_id == "smart-parking" and row.registration.service_name == "捷停车"
    # opening it again shows the user's name, and saving keeps it
    edit = RegistrationDialog(vault, registration=row.registration, catalog=default_catalog())
    qtbot.addWidget(edit)
    assert edit.service_edit.text() == "捷停车"
    edit.accept()
    assert vault.registrations.rows()[0].registration.service_name == "捷停车"
    # the catalogue's own name keeps nothing extra
    other = RegistrationDialog(vault, person_id=pid, catalog=default_catalog())
    qtbot.addWidget(other)
    other.service_edit.setText("京东")
    other.accept()
    jd = next(r for r in vault.registrations.rows() if r.service.catalog_id == "jd")
    assert jd.registration.service_name == ""
