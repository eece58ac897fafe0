"""The overview (Home page and `main.py overview`): open items, exposure, next step, audit age,
what cannot be seen, and the first-run checklist."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from exposure import overview as ov
from exposure.feeds.sync import sync
from exposure.letters import tracking
from exposure.letters.kinds import LetterKind
from exposure.vault import Vault
from tests.core.test_cli_demo_inventory import run

TODAY = dt.date(2026, 3, 2)


def _person(result: ov.Overview, name: str) -> ov.PersonOverview:
    return next(p for p in result.people if p.person.name == name)


def test_empty_vault_says_what_is_missing_never_safe(vault: Vault) -> None:
    result = ov.overview(vault, today=TODAY)
    assert result.people == ()
    assert not result.leaks_known
    assert ov.NO_FEEDS in result.blind_spots and ov.NO_PEOPLE in result.blind_spots
    assert dict(result.checklist) == dict.fromkeys(ov.CHECKLIST, False)


def test_person_without_identifiers_is_unknown_not_safe(vault: Vault) -> None:
    vault.people.add(name="爸爸")
    p = ov.overview(vault, today=TODAY).people[0]
    assert p.chain(ov.to.LOST_PHONE).falls == 0
    assert ov.NO_IDENTIFIERS in p.blind_spots and ov.AUDIT_NEVER in p.blind_spots
    assert p.next_step is None


def test_demo_family_chains_next_step_and_apply_shrinks(demo_vault: Vault) -> None:
    result = ov.overview(demo_vault, today=TODAY, lang="en")
    assert [p.person.name for p in result.people] == ["张演示", "王演示", "张小演"]
    me = _person(result, "张演示")
    lost = me.chain("lost-phone")
    assert lost.falls > 0 and lost.falls == lost.accounts + lost.cards <= lost.assessed
    step = me.next_step
    assert step is not None and step.prevents == lost.falls and "****" in step.title
    assert dict(result.checklist)["family"] and dict(result.checklist)["accounts"]
    demo_vault.hardening.mark_done(me.person.id, step.key, dt.datetime(2026, 3, 2, 9, 0))
    after = _person(ov.overview(demo_vault, today=TODAY, lang="en"), "张演示")
    assert after.chain("lost-phone").falls < lost.falls
    assert after.next_step is None or after.next_step.key != step.key


def test_letters_overdue_and_due_soon(demo_vault: Vault) -> None:
    row = next(r for r in demo_vault.registrations.rows() if r.person.name == "张演示")
    rid = tracking.record(demo_vault, row.registration.id, LetterKind.DELETION, TODAY)
    due = tracking.mark_sent(demo_vault, rid, TODAY).date
    me = _person(ov.overview(demo_vault, today=due - dt.timedelta(days=3)), "张演示")
    assert (me.letters_open, me.letters_due_soon, me.letters_overdue) == (1, 1, 0)
    late = _person(ov.overview(demo_vault, today=due + dt.timedelta(days=1)), "张演示")
    assert (late.letters_open, late.letters_due_soon, late.letters_overdue) == (1, 0, 1)
    assert _person(ov.overview(demo_vault, today=TODAY), "王演示").letters_open == 0


def test_audit_age_and_gap(demo_vault: Vault) -> None:
    from exposure import audit

    me = next(p for p in demo_vault.people.all_people() if p.name == "张演示")
    audit.run(demo_vault, me.id, "bank_cards", today=TODAY - dt.timedelta(days=270),
              official_count=9)
    ages = {a.lookup: a for a in _person(ov.overview(demo_vault, today=TODAY), "张演示").audits}
    assert ages["bank_cards"].days == 270 and ages["bank_cards"].stale
    assert ages["bank_cards"].gap > 0
    assert ages["phone_cards"].last is None and ages["phone_cards"].stale
    result = ov.overview(demo_vault, today=TODAY)
    assert dict(result.checklist)["lookups"]
    assert ov.AUDIT_NEVER not in _person(result, "张演示").blind_spots


def test_following_the_builtin_feed_makes_leaks_known(demo_vault: Vault) -> None:
    demo_vault.feeds.set_enabled("builtin", True)
    followed = ov.overview(demo_vault, today=TODAY)
    assert followed.feeds_followed == 1 and not followed.leaks_known
    assert ov.FEEDS_NEVER_SYNCED in followed.blind_spots
    sync(demo_vault, ["builtin"])
    synced = ov.overview(demo_vault, today=TODAY)
    assert synced.leaks_known and synced.blind_spots == () and synced.breaches > 0
    assert synced.exposures_new > 0  # the built-in cases touch the demo family
    assert dict(synced.checklist)["feed"]


def test_lost_phone_seen_ticks_the_checklist(demo_vault: Vault) -> None:
    ov.mark_lost_phone_seen(demo_vault)
    assert dict(ov.overview(demo_vault, today=TODAY).checklist)["lost_phone"]


def test_cli_overview_json_on_the_demo_vault(tmp_path: Path) -> None:
    vault = tmp_path / "demo.exposure"
    assert run("demo", "--vault", str(vault)).returncode == 0
    out = run("overview", "--vault", str(vault), "--json", "--lang", "en")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert [p["name"] for p in data["people"]] == ["张演示", "王演示", "张小演"]
    assert data["feeds_followed"] == 0 and data["leaks_known"] is False
    assert "no_feeds" in data["blind_spots"]
    for person in data["people"]:
        assert person["next_step"]["prevents"] > 0
        assert person["exposures"]["known"] is False
        assert {"open", "overdue", "due_soon"} <= set(person["letters"])
        assert [a["days"] for a in person["audits"]] == [None, None, None]
    assert "0001" not in out.stdout.replace("****0001", "")  # identifiers stay masked
    text = run("overview", "--vault", str(vault), "--lang", "en")
    assert "cannot tell you about leaks" in text.stdout and "never run" in text.stdout
