"""The Services page and the registration dialog's type-ahead: find a service by name, alias,
full-width letters or domain; see its recovery rules, hardening steps by priority, deletion route
and sources; unknown facts say "unknown"; links open only when clicked (through a test opener)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from exposure.catalog import default_catalog
from exposure.settings import Settings
from tests.ui.said import Said
from ui.bridge import VaultBridge
from ui.context import AppContext
from ui.inventory.inventory_page import InventoryPage
from ui.inventory.registration_dialog import RegistrationDialog
from ui.services.service_page import ServicesPage, ServiceView


def type_in(qtbot, edit, text: str) -> None:
    """Type as a user would: key clicks for ASCII; QTest cannot synthesise CJK or full-width
    keys, so those go in as an edit (which, like typing, emits textEdited)."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)


@pytest.fixture
def opened() -> list[str]:
    return []


def _ctx(vault, app_paths, opened: list[str]) -> AppContext:
    ctx = AppContext(vault, app_paths, Settings(), VaultBridge(vault), catalog=default_catalog())
    ctx.open_url = opened.append
    ctx.status = Said()
    return ctx


def _page(qtbot, vault, app_paths, opened, monkeypatch, lang="zh_CN") -> ServicesPage:
    monkeypatch.setattr("ui.i18n._language", lang)
    page = ServicesPage(_ctx(vault, app_paths, opened))
    qtbot.addWidget(page)
    page.show()
    return page


def test_typing_alipay_shows_its_hardening_and_deletion_route(qtbot, vault, app_paths, opened,
                                                              monkeypatch) -> None:
    page = _page(qtbot, vault, app_paths, opened, monkeypatch)
    type_in(qtbot, page.search_edit, "支付宝")
    view = page.view
    assert view.entry is not None and view.entry.id == "alipay"
    assert page.results.currentItem().text() == "支付宝"
    names = view.section_text("names")
    assert "Alipay" in names and "alipay.com" in names

    hardening = view.section_text("hardening").splitlines()
    # grouped by priority: the high-priority steps come before the medium one
    first, then = hardening.index("Do first"), hardening.index("Then")
    unbind = next(n for n, line in enumerate(hardening) if "解除绑定" in line)
    free = next(n for n, line in enumerate(hardening) if "免密支付" in line)
    assert first < unbind < then < free
    assert "95188" in view.section_text("hardening")

    deletion = view.section_text("deletion")
    assert "https://memberprod.alipay.com/account/close/apply.htm" in deletion
    assert "How hard: easy" in deletion
    assert "E-mail: unknown" in deletion and "Phone: unknown" in deletion
    assert "Source: JustDeleteMe (seen" in deletion  # the outlet of the route, and the date
    assert "seen 2026-11-22" in deletion

    # the contact Alipay's own policy publishes, with that policy as the source
    privacy = view.section_text("privacy")
    assert "privacy-protection-officer@service.alipay.com" in privacy
    assert "杭州市西湖区西溪路569号蚂蚁A空间 隐私保护办公室" in privacy
    assert "《支付宝隐私权政策》2021-10-31 版" in privacy
    assert "research notes" not in view.text() and "cn-legal-context" not in view.text()
    # login and recovery are read in Alipay's 2021 policy (face sign-in; the reviewed 找回密码)
    recovery = view.section_text("recovery")
    assert "manual review" in recovery and "own assessment" not in recovery
    assert "《支付宝隐私权政策》2021-10-31 版" in recovery
    assert "face" in view.section_text("login")
    assert "ID number" in view.section_text("reveals")
    assert "95188" in view.section_text("hotline")
    # where the catalogue has no source (WeChat's recovery), the page says it is its own assessment
    page.search_edit.selectAll()
    type_in(qtbot, page.search_edit, "微信")
    assert page.view.entry is not None and page.view.entry.id == "wechat"
    assert "own assessment" in page.view.section_text("recovery")


def test_a_service_without_a_sourced_contact_shows_unknown_and_where_to_look(
        qtbot, vault, app_paths, opened, monkeypatch) -> None:
    # a fact the catalogue has no source for is "unknown", never guessed
    e = next(e for e in default_catalog() if e.jurisdiction == "CN"
             and not e.has_privacy_contact() and not e.privacy_entity)
    page = _page(qtbot, vault, app_paths, opened, monkeypatch)
    type_in(qtbot, page.search_edit, e.name_zh)
    assert page.view.entry is not None and page.view.entry.id == e.id
    privacy = page.view.section_text("privacy")
    assert "E-mail: unknown" in privacy and "Postal address: unknown" in privacy
    assert "如何联系我们" in privacy  # where to look, instead of a guessed address


def test_links_open_only_on_click_and_only_web_addresses(qtbot, vault, app_paths, opened,
                                                         monkeypatch) -> None:
    page = _page(qtbot, vault, app_paths, opened, monkeypatch)
    type_in(qtbot, page.search_edit, "支付宝")
    assert opened == []  # showing a service opens nothing
    button = next(b for b in page.view.links
                  if b.text() == "https://memberprod.alipay.com/account/close/apply.htm")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == ["https://memberprod.alipay.com/account/close/apply.htm"]
    page.view.open_link("javascript:alert(1)")
    page.view.open_link("file:///etc/passwd")
    assert len(opened) == 1


def test_catalogue_text_is_plain_text(qtbot, vault, app_paths, opened, monkeypatch) -> None:
    from PySide6.QtWidgets import QLabel

    page = _page(qtbot, vault, app_paths, opened, monkeypatch)
    type_in(qtbot, page.search_edit, "京东")
    labels = page.view.scroll_area.widget().findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


@pytest.mark.parametrize("typed", ["jd.com", "passport.jd.com", "ＪＤ", "京东商城", "jd"])
def test_type_ahead_finds_jd_by_domain_alias_and_width(qtbot, vault, app_paths, opened,
                                                       monkeypatch, typed) -> None:
    page = _page(qtbot, vault, app_paths, opened, monkeypatch)
    type_in(qtbot, page.search_edit, typed)
    assert page.view.entry is not None and page.view.entry.id == "jd", typed


def test_english_ui_shows_english_names_and_steps(qtbot, vault, app_paths, opened,
                                                  monkeypatch) -> None:
    page = _page(qtbot, vault, app_paths, opened, monkeypatch, lang="en")
    type_in(qtbot, page.search_edit, "alipay")
    assert page.results.currentItem().text() == "Alipay"
    assert "Unbind cards you don't use" in page.view.section_text("hardening")
    assert "log in and open the 销户 (close account) service" in page.view.section_text(
        "deletion")


def test_nothing_found_clears_the_view(qtbot, vault, app_paths, opened, monkeypatch) -> None:
    page = _page(qtbot, vault, app_paths, opened, monkeypatch)
    type_in(qtbot, page.search_edit, "不存在的服务xyz")
    assert page.results.count() == 0 and page.view.entry is None
    page.search_edit.clear()
    assert page.results.count() == len(default_catalog())


def test_service_view_marks_a_stated_fact_without_source(qtbot) -> None:
    from dataclasses import replace

    entry = default_catalog().get("alipay")
    bare = replace(entry, sources={}, unverified=frozenset())
    view = ServiceView("en")
    qtbot.addWidget(view)
    view.show_entry(bare)
    assert "Source: unknown" in view.section_text("hotline")


# --- the registration dialog --------------------------------------------------------------------
# Typing pops up the completer; the offscreen platform cannot raise it or grab the keyboard.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


@POPUP
@pytest.mark.parametrize("typed", ["jd.com", "ＪＤ", "京东商城", "https://passport.jd.com/login"])
def test_registration_dialog_resolves_aliases_and_domains(qtbot, demo_vault, typed) -> None:
    person = demo_vault.people.find("王演示")
    dialog = RegistrationDialog(demo_vault, person_id=person.id, catalog=default_catalog())
    qtbot.addWidget(dialog)
    type_in(qtbot, dialog.service_edit, typed)
    assert "京东" in dialog.service_hint.text() or "JD" in dialog.service_hint.text()
    dialog.accept()
    assert dialog.registration_id is not None, dialog.error_label.text()
    service = demo_vault.services.get(demo_vault.registrations.get(dialog.registration_id)
                                      .service_id)
    assert service.catalog_id == "jd" and service.name == "京东"


@POPUP
def test_registration_dialog_suggests_from_the_catalogue_while_typing(qtbot, demo_vault) -> None:
    person = demo_vault.people.find("王演示")
    dialog = RegistrationDialog(demo_vault, person_id=person.id, catalog=default_catalog())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.service_edit.setFocus()
    type_in(qtbot, dialog.service_edit, "jd.com")
    suggestions = dialog.suggestions.stringList()
    assert suggestions and suggestions[0] == "JD.com"  # the UI language is English here
    dialog.reject()


@POPUP
def test_registration_dialog_creates_a_custom_service(qtbot, demo_vault) -> None:
    person = demo_vault.people.find("王演示")
    dialog = RegistrationDialog(demo_vault, person_id=person.id, catalog=default_catalog())
    qtbot.addWidget(dialog)
    type_in(qtbot, dialog.service_edit, "小区门禁App")
    assert "of your own" in dialog.service_hint.text()
    dialog.accept()
    service = demo_vault.services.get(demo_vault.registrations.get(dialog.registration_id)
                                      .service_id)
    assert service.catalog_id is None and service.name == "小区门禁App"
    # the custom service is suggested next time
    again = RegistrationDialog(demo_vault, person_id=person.id, catalog=default_catalog())
    qtbot.addWidget(again)
    again.show()
    again.service_edit.setFocus()
    type_in(qtbot, again.service_edit, "门禁")
    assert "小区门禁App" in again.suggestions.stringList()
    again.reject()


# --- from the inventory -------------------------------------------------------------------------
def test_inventory_opens_the_service_of_a_registration(qtbot, demo_vault, app_paths,
                                                       opened) -> None:
    ctx = _ctx(demo_vault, app_paths, opened)
    page = InventoryPage(ctx)
    qtbot.addWidget(page)
    page.show()
    row = next(r for r in demo_vault.registrations.rows() if r.service.catalog_id == "12306")
    page.select_ids([row.registration.id])
    assert page.details_button.isEnabled()
    dialog = page.service_details()
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.entry.id == "12306"
    dialog.close()

    sid = demo_vault.services.ensure(name="楼下健身房")
    rid = demo_vault.registrations.add(person_id=row.person.id, service_id=sid)
    page.refresh()
    page.select_ids([rid])
    assert page.service_details() is None
    assert "楼下健身房" in ctx.status[-1]


def test_a_sourced_privacy_contact_shows_entity_email_and_address(qtbot, vault, app_paths,
                                                                  opened, monkeypatch) -> None:
    page = _page(qtbot, vault, app_paths, opened, monkeypatch)
    assert page.show_service("didi")
    privacy = page.view.section_text("privacy")
    assert "滴滴出行（北京）网络平台技术有限公司" in privacy
    assert "gerenxinxibaohu@didiglobal.com" in privacy and "东北旺西路8号院" in privacy
    assert "published 2022-08-22" in privacy and "如何联系我们" not in privacy
