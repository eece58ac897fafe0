"""Inventory + catalogue → a person's take-over graph.

Each registration becomes a node whose options are the catalogue's login and recovery factor
sets bound to concrete capabilities: an `sms` factor binds to the registration's login or
reserved phone, `card_number` to its cards, `id_number`/`name`/`id_photo`/`face` to the person,
`email` to its login and contact e-mails (a mail service: only its contact, i.e. secondary,
address), `password` to that registration's password, and
`phone_unlocked`/`trusted_device` to the unlocked phone of its number. Factors an attacker
cannot supply here (service or card PINs, authenticator codes, security keys, friends, an
in-person visit, a manual review, an unnamed linked account) leave that option out. A service
not in the catalogue is "unassessed": it gets no node, nothing is guessed.

Each bank card (not closed) becomes a card node: a new payment account can "quick bind" it with
name + ID number + card number + an SMS code to the card's reserved phone, and an account the
card is bound to can spend it when the catalogue says that account can pay.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from exposure import catalog as catalogue
from exposure.catalog import Catalog, CatalogEntry
from exposure.lang import Text
from exposure.model import (
    Identifier,
    IdentifierId,
    IdentifierKind,
    IdentifierStatus,
    InventoryRow,
    Person,
    PersonId,
    RegistrationId,
    RegistrationStatus,
    Role,
)
from exposure.sources import Source
from exposure.takeover import steps as generic
from exposure.takeover.model import (
    Cap,
    CapKind,
    Graph,
    Hardening,
    Node,
    NodeKind,
    Option,
    Route,
    paused_gc,
)
from exposure.takeover.provenance import catalog_fact

if TYPE_CHECKING:
    from exposure.vault import Vault

SMS_ONLY = frozenset({"sms", "call"})
QUICK_BIND_FACTORS = frozenset({"name", "id_number", "card_number", "sms"})
# Catalogue steps that are one of the generic steps for a concrete identifier.
_CARRIER_STEPS = {"sim-pin": "sim-pin", "report-lost": "report-lost"}
_BANK_STEPS = {"quickpay": "quick-pay", "reserved-phone": "reserved-phone"}
_UNBIND_STEPS = ("unbind-cards", "bound-cards")  # app side: unbinds the cards bound there
# plain strings: enum attribute look-ups are slow in the hot loop
_PHONE, _CARD = IdentifierKind.PHONE.value, IdentifierKind.BANK_CARD.value
_CLOSED = IdentifierStatus.CLOSED.value
_PHONE_ROLES = (Role.LOGIN.value, Role.RESERVED_PHONE.value)
_CARD_ROLES = (Role.LOGIN.value, Role.BOUND_CARD.value, Role.OTHER.value)
_MAX_OPTIONS = 64  # per factor set: phones × cards stays small in real inventories


class _Builder:
    def __init__(self, person: Person, rows: Sequence[InventoryRow],
                 identifiers: Iterable[Identifier], catalog: Catalog | None) -> None:
        self.person = person
        self.rows = [r for r in rows if r.registration.status != RegistrationStatus.CLOSED]
        self.idents: dict[IdentifierId, Identifier] = {i.id: i for i in identifiers}
        for row in rows:
            for i in row.identifiers:
                self.idents.setdefault(i.id, i)
        self.catalog = catalog
        self.hardening: dict[str, Hardening] = {}
        self.affects: dict[str, set[str]] = defaultdict(set)  # step key → nodes it acts on
        self.nodes: list[Node] = []
        self.unassessed: list[RegistrationId] = []
        self.entries: dict[RegistrationId, CatalogEntry] = {}
        self.names: dict[RegistrationId, str] = {}
        self.names_en: dict[RegistrationId, str] = {}
        self._by_row: dict[int, dict[tuple[str, str], list[int]]] = {}
        self._texts: dict[tuple[str, str], tuple[Text, Source | None] | None] = {}

    # --- helpers -----------------------------------------------------------------------------
    def _uses(self, row: InventoryRow) -> dict[tuple[str, str], list[int]]:
        """(identifier kind, role) → the row's identifiers that are not closed (memoised)."""
        rid = row.registration.id
        found = self._by_row.get(rid)
        if found is None:
            found = self._by_row[rid] = defaultdict(list)
            for u in row.registration.usages:
                ident = self.idents.get(u.identifier_id)
                if ident is not None and ident.status != _CLOSED:
                    found[(ident.kind, u.role)].append(u.identifier_id)
        return found

    def _ids(self, row: InventoryRow, kind: str, roles: Iterable[str]) -> list[int]:
        uses = self._uses(row)
        out: list[int] = []
        for role in roles:
            out += uses.get((kind, role), ())
        return out

    def _phones(self, row: InventoryRow) -> list[int]:
        return self._ids(row, _PHONE, _PHONE_ROLES)

    def _cards(self, row: InventoryRow) -> list[int]:
        return self._ids(row, _CARD, _CARD_ROLES)

    def _emails(self, row: InventoryRow, entry: CatalogEntry) -> list[int]:
        """Inboxes a recovery e-mail may go to: the login and contact addresses; for a mail
        service only its contact (secondary) addresses, never its own inbox."""
        contact = self._ids(row, IdentifierKind.EMAIL, (Role.CONTACT,))
        if entry.category == "email":
            return contact
        return self._ids(row, IdentifierKind.EMAIL, (Role.LOGIN,)) + contact

    def _add(self, hardening: Hardening, *also: str) -> str:
        """Registers a step (once per key), with the catalogue's own text and source when it
        names a catalogue step; `also`: more nodes it acts on."""
        self.affects[hardening.key].update(hardening.node_keys, also)
        if hardening.key not in self.hardening:
            if hardening.catalog_id and hardening.step_id:
                hardening = self._with_catalog_text(hardening)
            self.hardening[hardening.key] = hardening
        return hardening.key

    def _with_catalog_text(self, h: Hardening) -> Hardening:
        memo = (h.catalog_id, h.step_id)
        if memo not in self._texts:
            entry = self.catalog.get(h.catalog_id) if self.catalog is not None else None
            step = next((x for x in entry.hardening if x.id == h.step_id), None) if entry else None
            src = entry.source(f"hardening.{step.id}") if entry and step is not None else None
            self._texts[memo] = None if step is None else (Text(step.zh, step.en), src)
        found = self._texts[memo]
        if found is None:
            return replace(h, step_id="")
        return replace(h, text=found[0], source=found[1])

    def _entry(self, row: InventoryRow) -> CatalogEntry | None:
        cid = row.service.catalog_id
        if not cid or self.catalog is None:
            return None
        return self.catalog.get(cid)

    # --- factors → capabilities --------------------------------------------------------------
    def _choices(self, factor: str, row: InventoryRow, entry: CatalogEntry) -> list[Cap]:
        pid, rid = self.person.id, row.registration.id
        match factor:
            case "sms" | "call":
                return [Cap(CapKind.SMS, p) for p in self._phones(row)]
            case "phone_unlocked" | "trusted_device":
                return [Cap(CapKind.PHONE_UNLOCKED, p) for p in self._phones(row)]
            case "password":
                return [Cap(CapKind.PASSWORD, rid)]
            case "id_number" | "name" | "id_photo" | "face":
                return [Cap(factor, pid)]
            case "card_number":
                return [Cap(CapKind.CARD_NUMBER, c) for c in self._cards(row)]
            case "email":
                return [Cap(CapKind.EMAIL, e) for e in self._emails(row, entry)]
            case _:
                return []

    def _options(self, row: InventoryRow, route: Route, sets: Iterable[frozenset[str]],
                 entry: CatalogEntry) -> list[Option]:
        rid = row.registration.id
        out: list[Option] = []
        for factors in sets:
            choices = [self._choices(f, row, entry) for f in sorted(factors)]
            if not factors or any(not c for c in choices):
                continue
            blocked = {f"svc:{rid}:{h.id}" for h in entry.hardening if factors in h.removes}
            for key in blocked:
                step = key.rsplit(":", 1)[1]
                self._add(Hardening(key, "", _priority(entry, step), (f"reg:{rid}",),
                                    registration_id=rid, catalog_id=entry.id, step_id=step))
            if factors <= SMS_ONLY:
                blocked.add(self._add(Hardening(
                    f"no-sms-only:{rid}", "no-sms-only", generic.priority("no-sms-only"),
                    (f"reg:{rid}",), registration_id=rid, catalog_id=entry.id)))
            for combo in itertools.islice(itertools.product(*choices), _MAX_OPTIONS):
                out.append(Option(route, factors, frozenset(combo), frozenset(blocked)))
        return out

    # --- nodes -------------------------------------------------------------------------------
    def registration_node(self, row: InventoryRow, entry: CatalogEntry) -> Node:
        reg = row.registration
        rid, pid, key = reg.id, self.person.id, f"reg:{reg.id}"
        facts = tuple((about, catalog_fact(entry, about))
                      for about in ("login", "recovery", "reveals"))
        sourced = {about for about, fact in facts if fact.sourced}
        # a sourced way in outranks an unverified one when both are open (stable otherwise)
        options = sorted(self._options(row, Route.LOGIN, entry.login, entry)
                         + self._options(row, Route.RECOVERY, entry.recovery, entry),
                         key=lambda o: o.route.value not in sourced)
        grants: set[Cap] = {Cap(CapKind.ACCOUNT, rid)}
        grant_blocks: list[tuple[Cap, frozenset[str]]] = []
        reveals = entry.reveals
        for what in ("name", "id_number", "id_photo", "face"):
            if what in reveals:
                grants.add(Cap(what, pid))
        if "card_numbers" in reveals:
            grants.update(Cap(CapKind.CARD_NUMBER, c) for c in self._cards(row))
        if entry.category == "email":
            grants.update(Cap(CapKind.EMAIL, e) for e in self._ids(row, IdentifierKind.EMAIL,
                                                                    (Role.LOGIN,)))
        if "sms" in reveals:  # a carrier: remote SIM re-issue or un-reporting
            lines = (self._ids(row, IdentifierKind.PHONE, (Role.LOGIN,)) or self._phones(row))
            for phone in lines:
                cap = Cap(CapKind.SMS, phone)
                grants.add(cap)
                block = self._add(Hardening(
                    f"no-remote-unreport:{phone}", "no-remote-unreport",
                    generic.priority("no-remote-unreport"), (key,),
                    identifier_id=IdentifierId(phone),
                    registration_id=rid, catalog_id=entry.id, options_only=False))
                grant_blocks.append((cap, frozenset({block})))
            for step in entry.hardening:
                if step.id in _CARRIER_STEPS:
                    for phone in lines:
                        self.carrier_steps[phone] = (entry.id, step.id)
        removed: set[str] = set()
        dormant = reg.status == RegistrationStatus.DORMANT
        if dormant or self.person.deceased:  # a deceased person's accounts are to be closed
            removed.add(self._add(Hardening(
                f"close-account:{rid}", "close-account", generic.priority("close-account"),
                (key,), registration_id=rid, catalog_id=entry.id,
                options_only=True)))
        return Node(key, NodeKind.REGISTRATION, pid, row.service_label, entry.category,
                    tuple(options), frozenset(grants), tuple(sorted(reveals)),
                    registration_id=rid, catalog_id=entry.id, dormant=dormant,
                    removed_by=frozenset(removed), grant_blocks=tuple(grant_blocks),
                    hotline=entry.hotline, facts=facts,
                    name_en=row.registration.service_name or entry.name_en)

    def _card_holders(self) -> tuple[dict[int, list[int]],
                                     dict[int, tuple[InventoryRow, CatalogEntry | None]],
                                     dict[int, list[tuple[InventoryRow, CatalogEntry]]]]:
        reserved: dict[int, list[int]] = defaultdict(list)  # card → reserved phones
        bank: dict[int, tuple[InventoryRow, CatalogEntry | None]] = {}
        bound: dict[int, list[tuple[InventoryRow, CatalogEntry]]] = defaultdict(list)
        for row in self.rows:
            entry = self.entries.get(row.registration.id)
            cards = self._cards(row)
            phones = self._ids(row, IdentifierKind.PHONE, (Role.RESERVED_PHONE,))
            for card in cards:
                roles = {u.role for u in row.registration.usages if u.identifier_id == card}
                if Role.BOUND_CARD in roles:  # a reserved phone here is the app's, not the card's
                    if entry is not None and "payments" in entry.reveals:
                        bound[card].append((row, entry))
                    continue
                for phone in phones:
                    if phone not in reserved[card]:
                        reserved[card].append(phone)
                if card not in bank or (entry is not None and entry.category == "bank"):
                    bank[card] = (row, entry)
        return reserved, bank, bound

    def _bound_options(self, cid: int, key: str, bank_entry: CatalogEntry | None,
                       mapped: Mapping[str, str],
                       bound: list[tuple[InventoryRow, CatalogEntry]]) -> list[Option]:
        options: list[Option] = []
        qp = self._add(self._card_step("quick-pay", cid, key, bank_entry, mapped))
        for row, entry in bound:
            rid = row.registration.id
            blocked = {qp}
            for step in entry.hardening:
                if step.id in _UNBIND_STEPS:
                    blocked.add(self._add(Hardening(
                        f"svc:{rid}:{step.id}", "", step.priority, (key,),
                        registration_id=rid, catalog_id=entry.id, step_id=step.id)))
            if f"close-account:{rid}" in self.hardening:
                blocked.add(f"close-account:{rid}")
                self.affects[f"close-account:{rid}"].add(key)
            options.append(Option(Route.BOUND, frozenset(),
                                  frozenset({Cap(CapKind.ACCOUNT, rid)}),
                                  frozenset(blocked), via=rid))
        return options

    def card_nodes(self) -> list[Node]:
        pid = self.person.id
        reserved, bank, bound = self._card_holders()
        out: list[Node] = []
        for ident in sorted(self.idents.values(), key=lambda i: i.id):
            if ident.kind != IdentifierKind.BANK_CARD or ident.status == IdentifierStatus.CLOSED:
                continue
            if ident.person_id != pid:
                continue
            cid, key = ident.id, f"card:{ident.id}"
            bank_row, bank_entry = bank.get(cid, (None, None))
            bank_steps = {s.id for s in bank_entry.hardening} if bank_entry else set()
            mapped = {g: s for s, g in _BANK_STEPS.items() if s in bank_steps}
            options: list[Option] = []
            if reserved.get(cid):
                rp = self._add(self._card_step("reserved-phone", cid, key, bank_entry, mapped))
                for phone in reserved[cid]:
                    caps = frozenset({Cap(CapKind.NAME, pid), Cap(CapKind.ID_NUMBER, pid),
                                      Cap(CapKind.CARD_NUMBER, cid), Cap(CapKind.SMS, phone)})
                    options.append(Option(Route.QUICK_BIND, QUICK_BIND_FACTORS, caps,
                                          frozenset({rp})))
            if bound.get(cid):
                options.extend(self._bound_options(cid, key, bank_entry, mapped, bound[cid]))
            if not options:
                continue
            dormant = ident.status == IdentifierStatus.DORMANT or (
                bank_row is not None
                and bank_row.registration.status == RegistrationStatus.DORMANT)
            removed: set[str] = set()
            if dormant or self.person.deceased:
                removed.add(self._add(Hardening(
                    f"close-card:{cid}", "close-card", generic.priority("close-card"), (key,),
                    identifier_id=IdentifierId(cid),
                    catalog_id=bank_entry.id if bank_entry else "",
                    step_id="card-audit" if "card-audit" in bank_steps else "")))
            name = bank_row.service.name if bank_row is not None else ""
            out.append(Node(key, NodeKind.CARD, pid, name, "card", tuple(options), frozenset(),
                            ("payments",), identifier_id=IdentifierId(cid),
                            catalog_id=bank_entry.id if bank_entry else None,
                            dormant=dormant, removed_by=frozenset(removed),
                            hotline=bank_entry.hotline if bank_entry else "",
                            name_en=bank_entry.name_en if bank_entry else ""))
        return out

    def _card_step(self, gid: str, cid: int, key: str, entry: CatalogEntry | None,
                   mapped: Mapping[str, str]) -> Hardening:
        return Hardening(f"{gid}:{cid}", gid, generic.priority(gid), (key,),
                         identifier_id=IdentifierId(cid), catalog_id=entry.id if entry else "",
                         step_id=mapped.get(gid, ""))

    def phone_steps(self) -> None:
        """SIM PIN and reporting the SIM lost, for every number that is not closed."""
        for ident in sorted(self.idents.values(), key=lambda i: i.id):
            if ident.kind != IdentifierKind.PHONE or ident.status == IdentifierStatus.CLOSED:
                continue
            if ident.person_id != self.person.id:
                continue
            for gid in ("sim-pin", "report-lost"):
                cat_id, step_id = "", ""
                if ident.id in self.carrier_steps:
                    cat_id = self.carrier_steps[ident.id][0]
                    step_id = gid  # the carrier's own step of that id, when it has one
                self._add(Hardening(f"{gid}:{ident.id}", gid, generic.priority(gid), (),
                                    identifier_id=ident.id, catalog_id=cat_id, step_id=step_id,
                                    options_only=False))

    def build(self) -> Graph:
        self.carrier_steps: dict[int, tuple[str, str]] = {}
        for row in self.rows:
            rid = row.registration.id
            self.names[rid] = row.service_label
            entry = self._entry(row)
            if entry is None:
                self.unassessed.append(rid)
                continue
            if entry.name_en:
                self.names_en[rid] = row.registration.service_name or entry.name_en
            self.entries[rid] = entry
            self.nodes.append(self.registration_node(row, entry))
        self.nodes.extend(self.card_nodes())
        self.phone_steps()
        hardening = {}
        for k, h in self.hardening.items():
            if self.person.deceased and h.generic not in _CLOSING:
                continue  # close a deceased person's accounts and cards; hardening them is moot
            keys = tuple(sorted(self.affects[k]))
            hardening[k] = h if keys == h.node_keys else replace(h, node_keys=keys)
        return Graph(self.person, tuple(self.nodes), dict(self.idents), hardening,
                     tuple(self.unassessed), dict(self.names), dict(self.names_en))


_CLOSING = ("close-account", "close-card")


def _priority(entry: CatalogEntry, step_id: str) -> str:
    for h in entry.hardening:
        if h.id == step_id:
            return h.priority
    return "medium"


def build_graph(person: Person, rows: Sequence[InventoryRow], identifiers: Iterable[Identifier],
                catalog: Catalog | None = None) -> Graph:
    """The take-over graph of one person from their inventory rows and identifiers.

    `catalog` defaults to the shipped catalogue. Rows of other people are ignored."""
    if catalog is None:
        catalog = catalogue.default_catalog()
    mine = [r for r in rows if r.registration.person_id == person.id]
    idents = [i for i in identifiers if i.person_id == person.id]
    with paused_gc():
        return _Builder(person, mine, idents, catalog).build()


def graph_for_person(vault: Vault, person_id: PersonId, catalog: Catalog | None = None) -> Graph:
    """Reads the person's inventory from an open vault and builds the graph."""
    with vault.reading():  # one state, whoever else writes
        person = vault.people.get(person_id)
        rows = vault.registrations.rows(person_id)
        idents = vault.identifiers.all_identifiers(person_id)
    return build_graph(person, rows, idents, catalog)
