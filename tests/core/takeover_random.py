"""A seeded random catalogue and family for checking the take-over analysis against a snapshot.

The catalogue is made up here (not the shipped one), so that editing the shipped catalogue's
facts does not change the snapshot; it mixes every factor, category, hardening step the graph
knows (carrier SIM steps, bank quick-pay and reserved-phone steps, unbinding), sourced and
unverified facts. The family mixes every identifier status, registration status and role, a
deceased person, services outside the catalogue, own service names and steps recorded as done.

`structure(reports)` is everything a report holds as plain JSON data: the graph (nodes,
options, grants, hardening), the chain (steps, providers, gains) and the ranked cut.
Regenerate the snapshot only when a change of results is intended:
`python -m tests.core.takeover_random > tests/data/takeover/snapshot.json`.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from exposure.catalog import Catalog, CatalogEntry, Deletion, HardeningStep
from exposure.factors import CATEGORIES, REVEALS
from exposure.model import IdentifierStatus, PersonId, RegistrationStatus, Role, Usage
from exposure.sources import Source
from exposure.vault import Vault

SEED = 16
AT = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
# weighted: SMS and what accounts reveal open most doors, as in the shipped catalogue
_ATTACKABLE = ("sms", "sms", "sms", "sms", "call", "password", "id_number", "id_number", "name",
               "id_photo", "face", "face", "card_number", "email", "email", "phone_unlocked",
               "trusted_device")
_UNATTACKABLE = ("totp", "service_password", "payment_password", "in_person", "contacts")
_STEP_IDS = ("2fa", "login-protect", "unbind-cards", "bound-cards", "card-audit")


def _factor_sets(rng: random.Random, most: int) -> tuple[frozenset[str], ...]:
    out: list[frozenset[str]] = []
    for _ in range(rng.randint(0, most)):
        size = rng.choice((1, 1, 2, 2, 3))
        pool = _ATTACKABLE + (_UNATTACKABLE if rng.random() < 0.3 else ())
        fs = frozenset(rng.choice(pool) for _ in range(size))
        if fs not in out:
            out.append(fs)
    return tuple(out)


def _source(n: int, what: str) -> Source:
    return Source(url=f"https://example.org/{n}/{what}", outlet=f"outlet {n}", seen="2026-11-30")


def _steps(rng: random.Random, category: str, sets: list[frozenset[str]]
           ) -> tuple[HardeningStep, ...]:
    ids = list(rng.sample(_STEP_IDS, rng.randint(0, 3)))
    if category == "carrier":
        ids += [s for s in ("sim-pin", "report-lost") if rng.random() < 0.7]
    if category == "bank":
        ids += [s for s in ("quickpay", "reserved-phone") if rng.random() < 0.7]
    steps = []
    for sid in ids:
        removes = tuple(s for s in sets if rng.random() < 0.4)
        steps.append(HardeningStep(sid, f"{sid} 中文", f"{sid} text",
                                   rng.choice(("high", "medium", "low")), removes))
    return tuple(steps)


def random_catalog(rng: random.Random, size: int = 48) -> Catalog:
    entries = []
    for n in range(size):
        category = CATEGORIES[n % len(CATEGORIES)] if n < 2 * len(CATEGORIES) else (
            rng.choice(("carrier", "bank", "payment", "email", "social", "loan")))
        login, recovery = _factor_sets(rng, 3), _factor_sets(rng, 3)
        reveals = frozenset(rng.sample(sorted(REVEALS), rng.randint(0, 6)))
        if category == "carrier":
            reveals |= {"sms"}
        steps = _steps(rng, category, [*login, *recovery])
        sources = {about: _source(n, about) for about in ("login", "recovery", "reveals")
                   if rng.random() < 0.5}
        sources |= {f"hardening.{s.id}": _source(n, s.id) for s in steps if rng.random() < 0.5}
        unverified = frozenset(a for a in ("login", "recovery", "reveals")
                               if a not in sources or rng.random() < 0.2)
        entries.append(CatalogEntry(
            id=f"svc{n:02d}", name_zh=f"服务{n:02d}", name_en=f"Service {n}" if n % 5 else "",
            category=category, domains=(), aliases=(), login=login, recovery=recovery,
            reveals=reveals, hardening=steps, deletion=Deletion(), privacy_email="",
            privacy_url="", hotline=f"9{n:04d}" if rng.random() < 0.5 else "",
            jurisdiction="CN", notes_zh="", notes_en="", sources=sources,
            unverified=unverified))
    return Catalog(entries)


def _status(rng: random.Random) -> IdentifierStatus:
    return rng.choice((IdentifierStatus.ACTIVE,) * 4 + (IdentifierStatus.DORMANT,
                                                        IdentifierStatus.CLOSED))


def _identifiers(vault: Vault, rng: random.Random, pid: PersonId, p: int) -> dict[str, list[int]]:
    from stdnum import luhn
    from stdnum.cn import ric

    add = vault.identifiers.add
    body = f"11010519{70 + p:02d}0101{p:03d}"
    ids: dict[str, list[int]] = {
        "phone": [add(person_id=pid, kind="phone", value=f"13{n}{p:04d}{p:04d}",
                      status=_status(rng)) for n in range(rng.randint(1, 3))],
        "id_number": [add(person_id=pid, kind="id_number",
                          value=body + ric.calc_check_digit(body + "0"))],
        "id_photo": [add(person_id=pid, kind="id_photo", value="照片")] if p % 2 else [],
        "email": [add(person_id=pid, kind="email", value=f"p{p}.{n}@example.com",
                      status=_status(rng)) for n in range(rng.randint(0, 2))],
        "bank_card": [],
    }
    for c in range(rng.randint(0, 6)):
        digits = f"6222{c:02d}{p:012d}"
        ids["bank_card"].append(add(person_id=pid, kind="bank_card",
                                    value=digits + luhn.calc_check_digit(digits),
                                    status=_status(rng)))
    return ids


_ROLES = {"phone": (Role.LOGIN, Role.LOGIN, Role.RESERVED_PHONE, Role.CONTACT),
          "bank_card": (Role.LOGIN, Role.BOUND_CARD, Role.BOUND_CARD, Role.OTHER),
          "email": (Role.LOGIN, Role.CONTACT), "id_number": (Role.ID_ON_FILE,),
          "id_photo": (Role.ID_ON_FILE,)}


def _usages(rng: random.Random, ids: dict[str, list[int]]) -> list[Usage]:
    uses: dict[int, Usage] = {}
    for kind, mine in ids.items():
        for ident in mine:
            if rng.random() < (0.6 if kind in ("phone", "id_number") else 0.3):
                uses[ident] = Usage(ident, rng.choice(_ROLES[kind]))
    return list(uses.values())


def random_family(vault: Vault, catalog: Catalog, seed: int = SEED, people: int = 5
                  ) -> list[PersonId]:
    """`people` people (the last one deceased), 20–70 registrations each."""
    rng = random.Random(seed)
    pids = []
    with vault.operation("registrations"):
        services = [vault.services.ensure(name=e.name_zh, catalog_id=e.id) for e in catalog]
        services += [vault.services.ensure(name=f"自己的服务{n}") for n in range(3)]
        for p in range(people):
            pid = vault.people.add(name=f"成员{p}")
            pids.append(pid)
            ids = _identifiers(vault, rng, pid, p)
            for _ in range(rng.randint(20, 70)):
                status = rng.choice((RegistrationStatus.ACTIVE,) * 5 + tuple(RegistrationStatus))
                vault.registrations.add(
                    person_id=pid, service_id=rng.choice(services), usages=_usages(rng, ids),
                    status=status, allow_duplicate=True,
                    service_name=rng.choice(("", "", "", "我的叫法")))
        vault.people.set_deceased(pids[-1], True)
    return pids


def mark_some_done(vault: Vault, catalog: Catalog, pids: list[PersonId], seed: int = SEED
                   ) -> None:
    """A few of the graph's steps recorded as done for every other person."""
    from exposure.takeover import graph_for_person

    rng = random.Random(seed + 1)
    for pid in pids[::2]:
        keys = sorted(graph_for_person(vault, pid, catalog).hardening)
        for key in rng.sample(keys, min(4, len(keys))):
            vault.hardening.mark_done(pid, key, AT)


def _jsonable(value: Any) -> Any:
    """Plain JSON data of a report's parts (sets and mappings sorted, dataclasses as their
    fields)."""
    from dataclasses import fields, is_dataclass

    from exposure.lang import Text

    if is_dataclass(value) and not isinstance(value, type):
        out = {f.name: _jsonable(getattr(value, f.name)) for f in fields(value)
               if not f.name.startswith("_") and f.name not in ("graph", "scenario")}
        if isinstance(getattr(value, "text", None), Text):  # the snapshot's text_zh/text_en pair
            text = out.pop("text")
            out.update(text_zh=text["zh"], text_en=text["en"])
        return out
    if isinstance(value, frozenset | set):
        return sorted((_jsonable(v) for v in value), key=json.dumps)
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):  # sorted: a graph's steps are met in set order (hash seed)
        return sorted(([_jsonable(k), _jsonable(v)] for k, v in value.items()), key=json.dumps)
    return value


def structure(reports: dict[PersonId, Any], with_graph: bool) -> dict[str, Any]:
    """A whole vault's reports as plain data; steps name their node by key (the graph holds it)
    and the analysis's scenario is given once."""
    out: dict[str, Any] = {}
    for pid, report in reports.items():
        steps = [[s.order, s.round, s.node.key, s.node.options.index(s.option),
                  _jsonable(s.providers), _jsonable(s.gains)] for s in report.analysis.steps]
        entry = {
            "scenario": _jsonable(report.scenario),
            "steps": steps,
            "capabilities": _jsonable(report.analysis.capabilities),
            "blocked": _jsonable(report.analysis.blocked),
            "applied": _jsonable(report.analysis.applied),
            "cut": [[c.hardening.key, c.prevents, c.of, list(c.prevented), c.done]
                    for c in report.cut],
            "done": _jsonable(report.done),
        }
        if with_graph:
            entry["graph"] = _jsonable(report.graph)
        out[str(pid)] = entry
    return out


def snapshot(vault: Vault, catalog: Catalog) -> dict[str, Any]:
    """Every built-in scenario for the whole vault (the graph once, with the first)."""
    from exposure import takeover as to

    return {key: structure(to.analyse_vault(vault, key, catalog=catalog), n == 0)
            for n, key in enumerate(to.SCENARIO_KEYS)}


def _main() -> None:  # pragma: no cover - regenerates the snapshot
    import sys
    import tempfile
    from pathlib import Path

    from exposure.keys import VaultKey

    catalog = random_catalog(random.Random(SEED))
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "v", VaultKey.from_passphrase("snapshot passphrase"))
        pids = random_family(vault, catalog)
        mark_some_done(vault, catalog, pids)
        data = snapshot(vault, catalog)
        vault.close()
    sys.stdout.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    _main()
