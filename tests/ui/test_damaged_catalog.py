"""A damaged service catalogue: one clear sentence at start-up, then the app works without it."""

from __future__ import annotations

from exposure import catalog
from exposure.errors import CatalogInvalid
from ui import app as ui_app


def test_a_damaged_catalogue_is_said_once_and_the_app_goes_on(qtbot, monkeypatch) -> None:
    def damaged() -> catalog.Catalog:
        raise CatalogInvalid("alipay.json", "schema", path="$.domains", rule="type")

    monkeypatch.setattr(catalog, "default_catalog", damaged)
    shown: list[str] = []
    monkeypatch.setattr(ui_app.QMessageBox, "warning",
                        lambda parent, title, text: shown.append(text))
    found, damage = ui_app.read_catalog()
    assert len(found) == 0 and damage is not None
    ui_app.warn_damaged_catalog(damage)
    assert len(shown) == 1 and "alipay.json" in shown[0] and "\n" not in shown[0]


def test_the_cli_says_it_in_one_line_with_exit_1(monkeypatch, capsys) -> None:
    from exposure.cli import main

    def damaged() -> catalog.Catalog:
        raise CatalogInvalid("alipay.json", "schema", path="$.domains", rule="type")

    monkeypatch.setattr(catalog, "default_catalog", damaged)
    assert main(["catalog", "search", "jd"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("the service catalogue is damaged") and "\n" not in err

