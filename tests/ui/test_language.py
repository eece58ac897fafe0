"""The language follows the setting: Chinese strings appear after switching, and back."""

from __future__ import annotations

from exposure.settings import Settings, load_settings, save_settings
from exposure.vault import Vault
from ui.i18n import install_language
from ui.main_window import MainWindow


def test_switching_to_chinese_and_back(qtbot, demo_vault: Vault, app_paths) -> None:  # type: ignore[no-untyped-def]
    try:
        assert install_language("zh_CN") == "zh_CN"
        window = MainWindow(demo_vault, app_paths, Settings(language="zh_CN"))
        qtbot.addWidget(window)
        titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
        assert "家庭成员" in titles and "登记清单" in titles
        inventory = window.show_page("inventory")
        assert "搜索" in inventory.search_edit.placeholderText()
        window.close()
    finally:
        install_language("en")
    window = MainWindow(Vault.open(demo_vault.path, passphrase="correct horse battery"),
                        app_paths, Settings(language="en"))
    qtbot.addWidget(window)
    assert window.sidebar.item(0).text() == "Home" and window.sidebar.item(1).text() == "People"
    window.close()


def test_settings_round_trip_and_bad_files(app_paths) -> None:  # type: ignore[no-untyped-def]
    save_settings(app_paths.settings, Settings(language="zh_CN", idle_lock_minutes=3))
    assert load_settings(app_paths.settings) == Settings(language="zh_CN", idle_lock_minutes=3)
    app_paths.settings.write_text("{not json", "utf-8")
    assert load_settings(app_paths.settings) == Settings()
    app_paths.settings.write_text('{"language": "klingon", "idle_lock_minutes": -5}', "utf-8")
    loaded = load_settings(app_paths.settings)
    assert loaded.language == "system" and loaded.idle_lock_minutes == 10
