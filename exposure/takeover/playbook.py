"""The lost-phone playbook: an ordered checklist built from a person's inventory and from the
chain a stolen phone starts (the `lost-phone` scenario, without the hardening recorded as done:
the playbook is for when protections may have failed).

Order, the one that limits damage: report each SIM lost at its carrier; freeze the payment
accounts and every credit product the chain reaches (`playbook_chain`); freeze every bank card,
dormant ones included, and check its quick-pay bindings; close off the accounts that gave away
the ID number, ID photo or a card (the pivots); locate, lock or erase the phone through its
vendor's account; report to the police early (110, with what to bring; 96110); then the
look-ups that take 24–48 hours and what to watch. Every item says why it is there; hotlines
come only from the catalogue's sourced facts, else the item says "unknown".

Item keys are stable (`carrier:12`, `payment:56`, `credit:57`, `card:34`, `quickpay:34`,
`pivot:58`, `device:59`, `police`, `watch:cards` …) so ticks in the vault (`vault.playbooks`)
survive a rebuild. Texts: resources/takeover/playbook.json.
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
from exposure.takeover.model import Analysis, Cap, CapKind, Graph

PLAYBOOK_FILE = RESOURCES / "takeover" / "playbook.json"
LOST_PHONE = "lost-phone"
# quickpay_counter: the quick-pay section of a person without a smartphone (counters, hotlines)
SECTIONS = ("carrier", "money", "cards", "quickpay", "quickpay_counter", "pivots", "device",
            "report", "watch")
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
    why_zh: str = ""  # why the item is there ("链条第 4 步：…")
    why_en: str = ""

    def text(self, lang: str) -> str:
        return self.zh if is_zh(lang) else self.en

    def why(self, lang: str) -> str:
        return self.why_zh if is_zh(lang) else self.why_en


@dataclass(frozen=True)
class Playbook:
    person: Person
    items: tuple[PlaybookItem, ...]
    name: str = LOST_PHONE  # lost-phone, or a remedies scenario (id-leak, id-photo-leak)
    sections: tuple[str, ...] = SECTIONS  # in the order they are printed

    def section(self, section: str) -> list[PlaybookItem]:
        return [i for i in self.items if i.section == section]

    def numbered(self, lang: str) -> list[tuple[str, list[PlaybookItem]]]:
        """The sections that have items, titled "1. …", "2. …" without gaps."""
        shown = [(s, self.section(s)) for s in self.sections if self.section(s)]
        return [(f"{n}. {section_title(s, lang)}", items)
                for n, (s, items) in enumerate(shown, 1)]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return json.loads(PLAYBOOK_FILE.read_text("utf-8"))  # type: ignore[no-any-return]


def section_title(section: str, lang: str) -> str:
    return str(_data()["sections"][section][short_lang(lang)])


def heading(name: str, lang: str) -> str:
    """The checklist's heading: "手机丢失应急清单", "证件照/人脸泄露应对清单" …"""
    return str(_data()["titles"][name][short_lang(lang)])


def texts(item: str, group: str = "items", **values: str) -> tuple[str, str]:
    """(zh, en) of an item (or of a `why`) of playbook.json, filled; a value given as a
    (zh, en) pair fills each language with its own."""
    raw = _data()[group][item]
    zh = {k: v[0] if isinstance(v, tuple) else v for k, v in values.items()}
    en = {k: v[1] if isinstance(v, tuple) else v for k, v in values.items()}
    return raw["zh"].format(**zh), raw["en"].format(**en)


def item_sources(item: str) -> tuple[Source, ...]:
    return tuple(source_from_dict(s) for s in _data()["sources"].get(item, ()))


def entry_for(catalog: Any, catalog_id: str | None) -> Any:
    if not catalog_id or catalog is None:
        return None
    try:
        return catalog.get(catalog_id)
    except Exception:  # noqa: BLE001 - a damaged catalogue: hotlines become "unknown"
        return None


def hotline_source(entry: Any) -> tuple[Source, ...]:
    src = entry.source("hotline") if entry is not None and entry.hotline else None
    return (src,) if src is not None else ()


def names(row: InventoryRow, entry: Any) -> tuple[str, str]:
    """(zh, en) name of a registration's service: the name the user gave it (捷停车), else the
    vault's own name, the catalogue's English name in English."""
    if row.registration.service_name:
        return row.registration.service_name, row.registration.service_name
    return row.service.name, (entry.name_en if entry is not None and entry.name_en
                              else row.service.name)


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
                   identifiers: Iterable[Identifier], catalog: Any = None, *,
                   graph: Graph | None = None, analysis: Analysis | None = None) -> Playbook:
    """The lost-phone checklist for one person (rows of other people are ignored). `graph` and
    `analysis` default to the person's graph and the `lost-phone` chain."""
    from exposure.takeover import playbook_chain as chain
    from exposure.takeover.analysis import analyse
    from exposure.takeover.graph import build_graph
    from exposure.takeover.scenarios import make_scenario

    if catalog is None:
        from exposure.catalog import default_catalog

        catalog = default_catalog()
    identifiers = list(identifiers)
    if graph is None:
        graph = build_graph(person, rows, identifiers, catalog)
    if analysis is None:
        analysis = analyse(graph, make_scenario(LOST_PHONE, graph))
    rows = [r for r in rows if r.registration.person_id == person.id
            and r.registration.status != RegistrationStatus.CLOSED]
    idents = {i.id: i for i in identifiers if i.person_id == person.id}
    for r in rows:
        for i in r.identifiers:
            idents.setdefault(i.id, i)
    ordered = sorted(idents.values(), key=lambda i: i.id)
    entries = {r.registration.id: entry_for(catalog, r.service.catalog_id) for r in rows}
    ctx = chain.Context(graph, analysis, rows, entries, catalog)
    items = _carriers(ctx, ordered)
    items += chain.money_items(ctx)
    cards = [i for i in ordered if i.kind == IdentifierKind.BANK_CARD
             and i.status != IdentifierStatus.CLOSED]
    items += chain.card_items(ctx, cards)
    items += chain.pivot_items(ctx)
    items += chain.device_items(ctx)
    items += _report()
    items += _watch(ctx)
    return Playbook(person, tuple(items))


def _carriers(ctx: Any, ordered: list[Identifier]) -> list[PlaybookItem]:
    """Each number that is not closed: its carrier's hotline (the registration's, else the
    carrier of the number's range), or "unknown"."""
    from exposure.takeover.why import masked

    n = len(ctx.analysis.steps)
    why = texts("carrier", "why", n=str(n)) if n else texts("carrier_none", "why")
    out = []
    for phone in (i for i in ordered if i.kind == IdentifierKind.PHONE
                  and i.status != IdentifierStatus.CLOSED):
        shown = (masked(ctx.graph, phone.id, "zh"), masked(ctx.graph, phone.id, "en"))
        dormant = phone.status == IdentifierStatus.DORMANT
        found = next(((r, ctx.entries[r.registration.id]) for r in ctx.rows
                      if ctx.entries[r.registration.id] is not None
                      and ctx.entries[r.registration.id].category == "carrier"
                      and Role.LOGIN in ctx.roles(r, phone.id)), None)
        by_range = None if found is not None and found[1].hotline else \
            _carrier_by_range(ctx.catalog, phone.value)
        if found is not None and found[1].hotline:
            row, entry = found
            zh, en = texts("carrier", hotline=entry.hotline, phone=shown,
                           carrier=names(row, entry))
            hotline, sources = entry.hotline, hotline_source(entry)
        elif by_range is not None:
            zh, en = texts("carrier_by_range", hotline=by_range.hotline, phone=shown,
                           carrier=(by_range.name("zh"), by_range.name("en")))
            hotline, sources = by_range.hotline, hotline_source(by_range)
        else:
            zh, en = texts("carrier_unknown", phone=shown)
            hotline, sources = "", ()
        out.append(PlaybookItem(f"carrier:{phone.id}", "carrier", zh, en, hotline, sources,
                                dormant, *why))
    return out


def _report() -> list[PlaybookItem]:
    zh, en = texts("police")
    police = PlaybookItem("police", "report", zh, en, "110", item_sources("police"),
                          False, *texts("police", "why"))
    zh, en = texts("antifraud")
    return [police, PlaybookItem("antifraud", "report", zh, en, "96110",
                                 item_sources("antifraud"))]


def _watch(ctx: Any) -> list[PlaybookItem]:
    out = []
    # payment and loan services of the catalogue where the person has no account yet
    have = {r.service.catalog_id for r in ctx.rows if r.service.catalog_id}
    fresh = [e for e in (ctx.catalog.entries if ctx.catalog is not None else ())
             if e.category in _WATCH_CATEGORIES and e.jurisdiction == "CN" and e.id not in have]
    why = texts("watch", "why")
    if fresh:
        zh, _ = texts("watch_new", services="、".join(e.name("zh") for e in fresh))
        _, en = texts("watch_new", services=", ".join(e.name("en") for e in fresh))
        out.append(PlaybookItem("watch:new-accounts", "watch", zh, en, "",
                                item_sources("watch_new")))
    for key in ("watch_cards", "watch_phones", "watch_credit"):
        zh, en = texts(key)
        out.append(PlaybookItem(f"watch:{key[6:]}", "watch", zh, en, "", item_sources(key),
                                False, *why))
    return out


def playbook_for_person(vault: Any, person_id: int, catalog: Any = None) -> Playbook:
    """Reads the person's inventory from an open vault and builds the playbook."""
    return build_playbook(vault.people.get(person_id), vault.registrations.rows(person_id),
                          vault.identifiers.list(person_id), catalog)


def progress(playbook: Playbook, ticks: Mapping[str, object]) -> tuple[int, int]:
    """(ticked, total) items of this playbook (ticks of items no longer listed don't count)."""
    keys = {i.key for i in playbook.items}
    return sum(1 for k in ticks if k in keys), len(keys)
