"""The lost-phone playbook: an ordered checklist built from a person's inventory.

Order: report each SIM lost at its carrier (hotline from the catalogue); freeze every bank card
that is not closed, dormant ones included, at its bank's hotline (from the catalogue; unknown →
"look it up on the card's back"); lock the payment apps; check the quick-pay bindings in each
bank app; watch for accounts opened in the person's name (national look-ups); report to the
police (110) and know the anti-fraud line (96110). Item keys are stable (`carrier:12`,
`card:34`, `payment:56`, `quickpay:34`, `watch:cards`, `police`, …) so ticks in the vault
(`vault.playbooks`) survive a rebuild. Texts: resources/takeover/playbook.json.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from exposure import identifiers as idmod
from exposure.lang import is_zh, short_lang
from exposure.model import (
    Identifier,
    IdentifierKind,
    IdentifierStatus,
    InventoryRow,
    Person,
    RegistrationStatus,
    Role,
)
from exposure.paths import RESOURCES
from exposure.sources import Source, source_from_dict
from exposure.takeover.model import Cap, CapKind, Graph

PLAYBOOK_FILE = RESOURCES / "takeover" / "playbook.json"
LOST_PHONE = "lost-phone"
SECTIONS = ("carrier", "cards", "payments", "quickpay", "watch", "report")
_WATCH_CATEGORIES = ("payment", "loan")


@dataclass(frozen=True)
class PlaybookItem:
    key: str
    section: str
    zh: str
    en: str
    hotline: str = ""  # the number to call ("" unknown or none)
    sources: tuple[Source, ...] = ()
    dormant: bool = False  # an old card or account people forget

    def text(self, lang: str) -> str:
        return self.zh if is_zh(lang) else self.en


@dataclass(frozen=True)
class Playbook:
    person: Person
    items: tuple[PlaybookItem, ...]
    name: str = LOST_PHONE

    def section(self, section: str) -> list[PlaybookItem]:
        return [i for i in self.items if i.section == section]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(PLAYBOOK_FILE.read_text("utf-8"))  # type: ignore[no-any-return]


def section_title(section: str, lang: str) -> str:
    return str(_data()["sections"][section][short_lang(lang)])


def _texts(item: str, **values: str) -> tuple[str, str]:
    raw = _data()["items"][item]
    return raw["zh"].format(**values), raw["en"].format(**values)


def _sources(item: str) -> tuple[Source, ...]:
    return tuple(source_from_dict(s) for s in _data()["sources"].get(item, ()))


def _entry(catalog: Any, catalog_id: str | None) -> Any:
    if not catalog_id or catalog is None:
        return None
    try:
        return catalog.get(catalog_id)
    except Exception:  # noqa: BLE001 - a damaged catalogue: hotlines become "unknown"
        return None


def _hotline_source(entry: Any) -> tuple[Source, ...]:
    src = entry.source("hotline") if entry is not None and entry.hotline else None
    return (src,) if src is not None else ()


def _carrier_by_range(catalog: Any, e164: str) -> Any:
    """The catalogue's carrier for a number's range (phonenumbers' carrier data), if it has a
    hotline: the number may have been ported, which the item says."""
    try:
        name = idmod.phone_details(e164).get("carrier_zh") or ""
        entry = catalog.lookup(name) if name else None
    except Exception:  # noqa: BLE001 - no data for the number or a damaged catalogue
        return None
    if entry is None or entry.category != "carrier" or not entry.hotline:
        return None
    return entry


def carrier_hotline(graph: Graph, phone_id: int | None) -> str:
    """The hotline of the carrier whose account in the graph controls this number, or ""."""
    if phone_id is None:
        return ""
    for node in graph.nodes:
        if (node.category == "carrier" and node.hotline
                and Cap(CapKind.SMS, phone_id) in node.grants):
            return node.hotline
    return ""


def build_playbook(person: Person, rows: Sequence[InventoryRow],
                   identifiers: Iterable[Identifier], catalog: Any = None) -> Playbook:
    """The lost-phone checklist for one person (rows of other people are ignored)."""
    if catalog is None:
        from exposure.catalog import default_catalog

        catalog = default_catalog()
    rows = [r for r in rows if r.registration.person_id == person.id
            and r.registration.status != RegistrationStatus.CLOSED]
    idents = {i.id: i for i in identifiers if i.person_id == person.id}
    for r in rows:
        for i in r.identifiers:
            idents.setdefault(i.id, i)
    ordered = sorted(idents.values(), key=lambda i: i.id)
    entries = {r.registration.id: _entry(catalog, r.service.catalog_id) for r in rows}

    def roles_of(row: InventoryRow, iid: int) -> set[Role]:
        return {u.role for u in row.registration.usages if u.identifier_id == iid}

    items: list[PlaybookItem] = []
    # 1. the carrier of each number
    for phone in (i for i in ordered if i.kind == IdentifierKind.PHONE
                  and i.status != IdentifierStatus.CLOSED):
        shown = idmod.mask(phone.kind, phone.value)
        carrier = next(((r, entries[r.registration.id]) for r in rows
                        if entries[r.registration.id] is not None
                        and entries[r.registration.id].category == "carrier"
                        and Role.LOGIN in roles_of(r, phone.id)), None)
        if carrier is not None and carrier[1].hotline:
            zh, en = _texts("carrier", hotline=carrier[1].hotline, phone=shown,
                            carrier=carrier[0].service.name)
            items.append(PlaybookItem(f"carrier:{phone.id}", "carrier", zh, en,
                                      carrier[1].hotline, _hotline_source(carrier[1]),
                                      phone.status == IdentifierStatus.DORMANT))
        elif (by_range := _carrier_by_range(catalog, phone.value)) is not None:
            zh, _ = _texts("carrier_by_range", hotline=by_range.hotline, phone=shown,
                           carrier=by_range.name("zh"))
            _, en = _texts("carrier_by_range", hotline=by_range.hotline, phone=shown,
                           carrier=by_range.name("en"))
            items.append(PlaybookItem(f"carrier:{phone.id}", "carrier", zh, en,
                                      by_range.hotline, _hotline_source(by_range),
                                      phone.status == IdentifierStatus.DORMANT))
        else:
            zh, en = _texts("carrier_unknown", phone=shown)
            items.append(PlaybookItem(f"carrier:{phone.id}", "carrier", zh, en, "",
                                      dormant=phone.status == IdentifierStatus.DORMANT))
    # 2. every card, dormant ones included
    cards = [i for i in ordered if i.kind == IdentifierKind.BANK_CARD
             and i.status != IdentifierStatus.CLOSED]
    banks: dict[int, tuple[InventoryRow | None, Any]] = {}
    for card in cards:
        best: tuple[InventoryRow | None, Any] = (None, None)
        for r in rows:
            roles = roles_of(r, card.id)
            entry = entries[r.registration.id]
            if roles and Role.BOUND_CARD not in roles and (
                    best[0] is None or (entry is not None and entry.category == "bank")):
                best = (r, entry)
        banks[card.id] = best
        row, entry = best
        bank = row.service.name if row is not None else ""
        dormant = card.status == IdentifierStatus.DORMANT or (
            row is not None and row.registration.status == RegistrationStatus.DORMANT)
        shown = idmod.mask(card.kind, card.value)
        label = bank or ""
        if entry is not None and entry.hotline:
            zh, en = _texts("card", hotline=entry.hotline, bank=label, card=shown)
            items.append(PlaybookItem(f"card:{card.id}", "cards", zh.replace("  ", " "),
                                      en.replace("  ", " "), entry.hotline,
                                      _hotline_source(entry), dormant))
        else:
            zh, en = _texts("card_unknown", bank=label, card=shown)
            items.append(PlaybookItem(f"card:{card.id}", "cards", zh.replace("  ", " "),
                                      en.replace("  ", " "), "", (), dormant))
    # 3. payment apps (and apps whose catalogue entry says they can be frozen)
    for r in rows:
        entry = entries[r.registration.id]
        if entry is None:
            continue
        freeze = next((h for h in entry.hardening if h.id == "freeze"), None)
        if entry.category != "payment" and not (freeze is not None and entry.category != "bank"):
            continue
        name, rid = r.service.name, r.registration.id
        dormant = r.registration.status == RegistrationStatus.DORMANT
        sources = _hotline_source(entry)
        if freeze is not None:  # the catalogue's own words, with their source
            src = entry.source(f"hardening.{freeze.id}")
            if src is not None and src not in sources:
                sources += (src,)
            zh, en = f"{name}：{freeze.text('zh')}", f"{name}: {freeze.text('en')}"
        elif entry.hotline:
            zh, en = _texts("payment", hotline=entry.hotline, service=name)
        else:
            zh, en = _texts("payment_unknown", service=name)
        items.append(PlaybookItem(f"payment:{rid}", "payments", zh, en, entry.hotline,
                                  sources, dormant))
    # 4. quick-pay bindings, per card, in the bank's app
    for card in cards:
        row, entry = banks[card.id]
        bank = row.service.name if row is not None else ""
        apps = [r.service.name for r in rows if Role.BOUND_CARD in roles_of(r, card.id)]
        bound_zh, bound_en = _texts("quickpay_bound", apps="、".join(apps)) if apps else ("", "")
        bound_en = bound_en.replace("、", ", ")
        shown = idmod.mask(card.kind, card.value)
        zh = _data()["items"]["quickpay"]["zh"].format(bank=bank, card=shown, bound=bound_zh)
        en = _data()["items"]["quickpay"]["en"].format(bank=bank, card=shown, bound=bound_en)
        src = entry.source("hardening.quickpay") if entry is not None else None
        items.append(PlaybookItem(f"quickpay:{card.id}", "quickpay", zh, en, "",
                                  (src,) if src is not None else (),
                                  card.status == IdentifierStatus.DORMANT))
    # 5. accounts that may be opened in the person's name
    # payment and loan services of the catalogue where the person has no account yet
    have = {r.service.catalog_id for r in rows if r.service.catalog_id}
    fresh = [e for e in (catalog.entries if catalog is not None else ())
             if e.category in _WATCH_CATEGORIES and e.jurisdiction == "CN" and e.id not in have]
    if fresh:
        zh, _ = _texts("watch_new", services="、".join(e.name("zh") for e in fresh))
        _, en = _texts("watch_new", services=", ".join(e.name("en") for e in fresh))
        items.append(PlaybookItem("watch:new-accounts", "watch", zh, en, "",
                                  _sources("watch_new")))
    for key in ("watch_cards", "watch_phones", "watch_credit"):
        zh, en = _texts(key)
        items.append(PlaybookItem(f"watch:{key[6:]}", "watch", zh, en, "", _sources(key)))
    # 6. police and the anti-fraud line
    zh, en = _texts("police")
    items.append(PlaybookItem("police", "report", zh, en, "110", _sources("police")))
    zh, en = _texts("antifraud")
    items.append(PlaybookItem("antifraud", "report", zh, en, "96110", _sources("antifraud")))
    return Playbook(person, tuple(items))


def playbook_for_person(vault: Any, person_id: int, catalog: Any = None) -> Playbook:
    """Reads the person's inventory from an open vault and builds the playbook."""
    return build_playbook(vault.people.get(person_id), vault.registrations.rows(person_id),
                          vault.identifiers.list(person_id), catalog)


def progress(playbook: Playbook, ticks: Mapping[str, object]) -> tuple[int, int]:
    """(ticked, total) items of this playbook (ticks of items no longer listed don't count)."""
    keys = {i.key for i in playbook.items}
    return sum(1 for k in ticks if k in keys), len(keys)
