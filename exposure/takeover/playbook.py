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

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from exposure import catalog as catalogue
from exposure.catalog import Catalog
from exposure.model import (
    Identifier,
    IdentifierKind,
    IdentifierStatus,
    InventoryRow,
    Person,
    PersonId,
    RegistrationStatus,
    Role,
)
from exposure.takeover import playbook_chain as chain
from exposure.takeover.analysis import analyse
from exposure.takeover.graph import build_graph
from exposure.takeover.model import Analysis, Graph
from exposure.takeover.playbook_parts import (
    LOST_PHONE,
    PLAYBOOK_FILE,
    SECTIONS,
    Playbook,
    PlaybookItem,
    carrier_by_range,
    carrier_hotline,
    entry_for,
    heading,
    hotline_source,
    item_sources,
    names,
    section_title,
    texts,
)
from exposure.takeover.scenarios import make_scenario
from exposure.takeover.why import masked

if TYPE_CHECKING:
    from exposure.vault import Vault

_WATCH_CATEGORIES = ("payment", "loan")

# Re-exported: callers name the playbook's parts through this module.
__all__ = ["LOST_PHONE", "PLAYBOOK_FILE", "SECTIONS", "Playbook", "PlaybookItem", "build_playbook",
           "carrier_hotline", "heading", "item_sources", "playbook_for_person", "progress",
           "section_title", "texts"]

def build_playbook(person: Person, rows: Sequence[InventoryRow],
                   identifiers: Iterable[Identifier], catalog: Catalog | None = None, *,
                   graph: Graph | None = None, analysis: Analysis | None = None) -> Playbook:
    """The lost-phone checklist for one person (rows of other people are ignored). `graph` and
    `analysis` default to the person's graph and the `lost-phone` chain."""
    if catalog is None:
        catalog = catalogue.default_catalog()
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


def _carriers(ctx: chain.Context, ordered: list[Identifier]) -> list[PlaybookItem]:
    """Each number that is not closed: its carrier's hotline (the registration's, else the
    carrier of the number's range), or "unknown"."""
    n = len(ctx.analysis.steps)
    why = texts("carrier", "why", n=str(n)) if n else texts("carrier_none", "why")
    out = []
    for phone in (i for i in ordered if i.kind == IdentifierKind.PHONE
                  and i.status != IdentifierStatus.CLOSED):
        shown = (masked(ctx.graph, phone.id, "zh"), masked(ctx.graph, phone.id, "en"))
        dormant = phone.status == IdentifierStatus.DORMANT
        found = next(((r, e) for r in ctx.rows
                      if (e := ctx.entries[r.registration.id]) is not None
                      and e.category == "carrier" and Role.LOGIN in ctx.roles(r, phone.id)),
                     None)
        by_range = None if found is not None and found[1].hotline else \
            carrier_by_range(ctx.catalog, phone.value)
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


def _watch(ctx: chain.Context) -> list[PlaybookItem]:
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


def playbook_for_person(vault: Vault, person_id: PersonId,
                        catalog: Catalog | None = None) -> Playbook:
    """Reads the person's inventory from an open vault and builds the playbook."""
    return build_playbook(vault.people.get(person_id), vault.registrations.rows(person_id),
                          vault.identifiers.all_identifiers(person_id), catalog)


def progress(playbook: Playbook | Iterable[PlaybookItem], ticks: Mapping[str, object],
             ) -> tuple[int, int]:
    """(ticked, total) items of a playbook or of some of its items (one section); ticks of items
    no longer listed don't count."""
    items = playbook.items if isinstance(playbook, Playbook) else playbook
    keys = {i.key for i in items}
    return sum(1 for k in ticks if k in keys), len(keys)
