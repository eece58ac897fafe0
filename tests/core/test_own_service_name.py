"""The company the user named: a registration filed under a generic catalogue entry keeps the
user's own name for the service (捷停车 under 智慧停车（通用）); import, inventory, the take-over
chain and the letters use it."""

from __future__ import annotations

import datetime as dt
import json

from exposure.catalog import default_catalog
from exposure.cli import main as cli_main
from exposure.importers import commit, preview
from exposure.letters.kinds import LetterKind
from exposure.letters.tracking import LetterOptions, letter_for_registration
from exposure.takeover.playbook import names
from exposure.vault import Vault
from tests.conftest import PASSPHRASE

CSV = """person,service,kind,value,role,service_name
车主,捷停车,plate,京A12345,login,
车主,智慧停车（通用）,phone,13900000001,login,停简单
车主,京东,phone,13900000001,login,
"""


def _imported(vault: Vault, tmp_path) -> dict[str, object]:
    path = tmp_path / "family.csv"
    path.write_text(CSV, "utf-8")
    commit(vault, preview(vault, path))
    return {r.registration.service_name or r.service.name: r for r in vault.registrations.rows()}


def test_import_keeps_the_name_the_user_gave(vault, tmp_path) -> None:
    rows = _imported(vault, tmp_path)
    assert set(rows) == {"捷停车", "停简单", "京东"}
    jie = rows["捷停车"]
    assert jie.service.catalog_id == "smart-parking" and jie.service.name == "智慧停车（通用）"
    assert jie.service_label == "捷停车"
    assert rows["停简单"].registration.service_name == "停简单"  # the column wins
    assert rows["京东"].registration.service_name == ""  # the catalogue's own name: nothing kept
    assert names(jie, default_catalog().get("smart-parking")) == ("捷停车", "捷停车")


def test_a_deletion_letter_for_jietingche_is_addressed_to_jietingche(vault, tmp_path) -> None:
    jie = _imported(vault, tmp_path)["捷停车"]
    for lang in ("zh", "en"):
        letter = letter_for_registration(vault, jie.registration.id, LetterKind.DELETION,
                                         dt.date(2026, 11, 30), LetterOptions(lang=lang),
                                         catalog=default_catalog())
        assert letter.recipient.name == "捷停车"
        assert "捷停车" in letter.text and "智慧停车（通用）" not in letter.text
        assert "Smart parking (generic)" not in letter.text
    vault.registrations.update(jie.registration.id, service_name="")
    letter = letter_for_registration(vault, jie.registration.id, LetterKind.DELETION,
                                     dt.date(2026, 11, 30), catalog=default_catalog())
    assert letter.recipient.name == "智慧停车（通用）"


def test_inventory_shows_and_exports_the_own_name(vault, tmp_path, monkeypatch, capsys) -> None:
    _imported(vault, tmp_path)
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(vault.path)
    vault.close()
    assert cli_main(["inventory", "--vault", path, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    jie = next(r for r in rows if r["service_name"] == "捷停车")
    assert jie["service"] == "智慧停车（通用）" and jie["catalog_id"] == "smart-parking"
    assert cli_main(["inventory", "--vault", path]) == 0
    assert "捷停车（智慧停车（通用））" in capsys.readouterr().out


def test_the_parking_exposure_is_shown_under_the_own_name(vault, tmp_path, monkeypatch,
                                                         capsys) -> None:
    from exposure.feeds.sync import sync

    _imported(vault, tmp_path)
    vault.feeds.set_enabled("builtin", True)
    sync(vault, ["builtin"])
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(vault.path)
    vault.close()
    assert cli_main(["crosscheck", "--vault", path, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["exposures"]
    parking = [r for r in rows if r["service_name"] == "捷停车"]
    assert parking and all(r["steps"][0]["key"] == "kind:tracker" for r in parking)
    assert cli_main(["crosscheck", "--vault", path, "--explain"]) == 0
    assert "车主 / 捷停车 — 全国首例" in capsys.readouterr().out
