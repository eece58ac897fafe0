"""What to do about what leaked: steps per kind (resources/feeds/kind-steps.json), ticked to
resolved; why each exposure matched; cases that touch everyone; `crosscheck --explain`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from exposure import crosscheck
from exposure.cli import main as cli_main
from exposure.errors import CatalogInvalid, InvalidInput
from exposure.feeds import steps as steps_mod
from exposure.feeds.kinds import kinds as known_kinds
from exposure.feeds.model import ExposureState
from exposure.feeds.sync import sync
from exposure.leaks import EVERYONE, leak_cases, mark_step
from exposure.model import Role, Usage
from exposure.vault import Vault
from tests.conftest import PASSPHRASE

AT = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
PARKING = "smart-parking-nanjing-2023"
KAOLA = "kaola-credit-id-photo-lookups-2019"


@pytest.fixture
def family(vault: Vault) -> dict[str, int]:
    """A driver with a parking account; a mother with only an ID number (no loan app)."""
    me = vault.people.add(name="车主")
    plate = vault.identifiers.add(person_id=me, kind="plate", value="京A12345")
    phone = vault.identifiers.add(person_id=me, kind="phone", value="13900000001")
    sid = vault.services.add(name="智慧停车（通用）", catalog_id="smart-parking")
    reg = vault.registrations.add(person_id=me, service_id=sid,
                                  usages=[Usage(plate, Role.OTHER), Usage(phone, Role.LOGIN)])
    mum = vault.people.add(name="妈妈")
    vault.identifiers.add(person_id=mum, kind="id_number", value="11010519491231002X")
    vault.feeds.set_enabled("builtin", True)
    sync(vault, ["builtin"])
    return {"me": me, "mum": mum, "reg": reg}


def _case(vault: Vault, key: str, person: int):
    return next(c for c in leak_cases(vault) if c.breach.key == key and c.person.id == person)


def test_every_step_is_sourced_and_every_kind_named_is_known() -> None:
    table = steps_mod.load_kind_steps()
    assert set(table.by_kind) <= set(known_kinds())
    for step in table.steps.values():
        assert step.sources and step.zh and step.en, step.key
        assert all(s.url.startswith(("http://", "https://")) for s in step.sources)
    # the data classes the built-in feed names all lead to steps, except the ones left unsourced
    for kind in ("phone", "id_number", "id_photo", "face", "bank_card", "password", "email",
                 "address", "credit", "location"):
        assert steps_mod.steps_for_kinds([kind], table)[0].origin == "kind", kind


def test_a_broken_steps_file_is_refused(tmp_path: Path) -> None:
    data = json.loads(steps_mod.STEPS_FILE.read_text("utf-8"))
    data["kinds"]["phone"]["steps"].append("no-such-step")
    bad = tmp_path / "kind-steps.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(CatalogInvalid):
        steps_mod.load_kind_steps(bad, steps_mod.SCHEMA_FILE)
    data = json.loads(steps_mod.STEPS_FILE.read_text("utf-8"))
    data["steps"]["delete"]["sources"] = []  # a step nobody can check is not shipped
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(CatalogInvalid):
        steps_mod.load_kind_steps(bad, steps_mod.SCHEMA_FILE)


def test_a_parking_leak_speaks_of_location_and_deletion_not_passwords(family, vault) -> None:
    case = _case(vault, PARKING, family["me"])
    assert not case.possible and case.reason.how == "catalog_id"
    assert case.reason.detail == "smart-parking"
    keys = [s.step.key for s in case.steps]
    assert keys[:3] == ["kind:tracker", "kind:operator-delete", "kind:report-12377-12321"]
    text = " ".join(s.step.text("zh") + s.step.text("en") for s in case.steps)
    assert "定位器" in text and "tracker" in text and "12377" in text and "12321" in text
    assert "运营方删除" in text
    assert "密码" not in text and "password" not in text.lower()
    hosts = {src.url for s in case.steps for src in s.step.sources}
    assert "http://bk.zzlib.net:88/paper/evening/202412/438465.html" in hosts


def test_ticking_every_step_for_its_kinds_resolves_the_exposure(family, vault) -> None:
    case = _case(vault, PARKING, family["me"])
    required = [s.step.key for s in case.steps if s.step.required]
    for key in required[:-1]:
        case = mark_step(vault, case, key, AT)
    assert not case.resolved
    assert case.exposure is not None and vault.exposures.get(case.exposure.id).state is \
        ExposureState.NEW
    case = mark_step(vault, case, required[-1], AT)
    assert case.resolved
    assert vault.exposures.get(case.exposure.id).state is ExposureState.HANDLED
    # the marks outlive a new sync of the feed (they name the breach by feed and key)
    sync(vault, ["builtin"])
    crosscheck.refresh(vault)
    again = _case(vault, PARKING, family["me"])
    assert again.resolved and all(s.done for s in again.steps if s.step.required)
    again = mark_step(vault, again, required[0], AT, done=False)
    assert not again.resolved
    with pytest.raises(InvalidInput):
        mark_step(vault, again, "kind:password-change", AT)


def test_a_case_that_touches_everyone_is_possible_never_confirmed(family, vault) -> None:
    crosscheck.refresh(vault)
    case = _case(vault, KAOLA, family["mum"])
    assert case.possible and case.service is None and case.exposure is None
    assert case.reason == type(case.reason)(EVERYONE, "id_number")
    assert [i.kind.value for i in case.identifiers] == ["id_number"]
    keys = {s.step.key for s in case.steps}
    assert {"kind:lookup-phones", "kind:credit-report"} <= keys
    assert "kind:delete" not in keys  # no service to write to
    # not a stored exposure, and not counted as one
    assert all(v.person.id != family["mum"] for v in crosscheck.exposure_views(vault))
    # ticking its steps works like any other
    case = mark_step(vault, case, "kind:credit-report", AT)
    assert any(s.done for s in case.steps)


def test_a_person_matched_through_a_service_is_not_listed_twice(family, vault) -> None:
    sid = vault.services.add(name="消费贷平台（通用）", catalog_id="consumer-loan")
    ident = vault.identifiers.all_identifiers(family["mum"])[0]
    vault.registrations.add(person_id=family["mum"], service_id=sid,
                            usages=[Usage(ident.id, Role.ID_ON_FILE)])
    crosscheck.refresh(vault)
    mine = [c for c in leak_cases(vault) if c.breach.key == KAOLA
            and c.person.id == family["mum"]]
    assert len(mine) == 1 and not mine[0].possible


def test_cli_explains_every_exposure(family, vault, monkeypatch, capsys) -> None:
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(vault.path)
    vault.close()
    assert cli_main(["crosscheck", "--vault", path, "--json", "--lang", "en"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["exposures"]
    for row in data["exposures"]:
        assert row["reason"]["how"] in ("catalog_id", "domain", "name") and row["reason"]["text"]
        assert row["steps"] and all(s["sources"] for s in row["steps"])
        assert row["resolved"] is False
    parking = next(r for r in data["exposures"] if "停车" in r["breach"])
    assert parking["steps"][0]["key"] == "kind:tracker"
    possible = [p for p in data["possible"] if p["person"] == "妈妈"]
    assert len(possible) == 1 and possible[0]["possible"] is True
    assert possible[0]["reason"]["how"] == EVERYONE and "not a confirmed" in \
        possible[0]["reason"]["text"]
    assert "11010519491231002X" not in json.dumps(data, ensure_ascii=False)
    assert cli_main(["crosscheck", "--vault", path, "--explain", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "possibly exposed" in out and "why: this case concerns anyone whose ID number may have been looked up" in out
    assert "source: " in out and "[ ] kind:tracker" in out
    ref = possible[0]["id"]
    assert cli_main(["crosscheck", "--vault", path, "--done", ref, "kind:credit-report"]) == 0
    assert "kind:credit-report done" in capsys.readouterr().out
    assert cli_main(["crosscheck", "--vault", path, "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    step = next(s for p in again["possible"] if p["id"] == ref for s in p["steps"]
                if s["key"] == "kind:credit-report")
    assert step["done"] is True
    assert cli_main(["crosscheck", "--vault", path, "--done", "p999-1", "kind:x"]) == 2


def test_home_counts_the_possible_apart_from_the_confirmed(family, vault) -> None:
    from exposure import overview as ov

    crosscheck.refresh(vault)
    result = ov.overview(vault, today=dt.date(2026, 11, 30), lang="en")
    mum = next(p for p in result.people if p.person.name == "妈妈")
    assert (mum.exposures_possible, mum.exposures_open, mum.exposures_new) == (1, 0, 0)
    data = ov.to_json(result)
    assert data["totals"]["exposures_possible"] == result.exposures_possible >= 1
    assert next(p for p in data["people"] if p["name"] == "妈妈")["exposures"]["possible"] == 1
