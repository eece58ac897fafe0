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
from typing import TYPE_CHECKING, NamedTuple

from exposure import catalog as catalogue
from exposure.catalog import Catalog, CatalogEntry
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
from exposure.takeover.plans import EntryPlan, plan_for, plans_of

if TYPE_CHECKING:
    from exposure.vault import Vault

QUICK_BIND_FACTORS = frozenset({"name", "id_number", "card_number", "sms"})
# Catalogue steps that are one of the generic steps for a concrete identifier.
_CARRIER_STEPS = {"sim-pin": "sim-pin", "report-lost": "report-lost"}
_BANK_STEPS = {"quickpay": "quick-pay", "reserved-phone": "reserved-phone"}
_UNBIND_STEPS = ("unbind-cards", "bound-cards")  # app side: unbinds the cards bound there
# plain strings: enum attribute look-ups are slow in the hot loop
_PHONE, _CARD = IdentifierKind.PHONE.value, IdentifierKind.BANK_CARD.value
_CLOSED = IdentifierStatus.CLOSED.value
_LOGIN_PHONE, _RESERVED_PHONE = (_PHONE, Role.LOGIN.value), (_PHONE, Role.RESERVED_PHONE.value)
_LOGIN_CARD, _BOUND_CARD = (_CARD, Role.LOGIN.value), (_CARD, Role.BOUND_CARD.value)
_OTHER_CARD = (_CARD, Role.OTHER.value)
_LOGIN_EMAIL = (IdentifierKind.EMAIL.value, Role.LOGIN.value)
_CONTACT_EMAIL = (IdentifierKind.EMAIL.value, Role.CONTACT.value)
_MAX_OPTIONS = 64  # per factor set: phones × cards stays small in real inventories

class _Uses(NamedTuple):
    """A registration's identifiers that are not closed, by what they do there."""

    phones: list[int]  # login phones, then reserved phones (an SMS code goes to either)
    login_phones: list[int]
    reserved_phones: list[int]
    cards: list[int]  # login, bound, other
    login_emails: list[int]
    contact_emails: list[int]


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
        self._by_row: dict[int, _Uses] = {}
        self.plans = plans_of(catalog) if catalog is not None else {}

    # --- helpers -----------------------------------------------------------------------------
    def _uses(self, row: InventoryRow) -> _Uses:
        """The row's identifiers that are not closed, by what they do there (memoised)."""
        rid = row.registration.id
        found = self._by_row.get(rid)
        if found is None:
            by: dict[tuple[str, str], list[int]] = {}
            for u in row.registration.usages:
                ident = self.idents.get(u.identifier_id)
                if ident is not None and ident.status != _CLOSED:
                    by.setdefault((ident.kind, u.role), []).append(u.identifier_id)
            get = by.get
            login, reserved = get(_LOGIN_PHONE, []), get(_RESERVED_PHONE, [])
            found = self._by_row[rid] = _Uses(
                login + reserved, login, reserved,
                get(_LOGIN_CARD, []) + get(_BOUND_CARD, []) + get(_OTHER_CARD, []),
                get(_LOGIN_EMAIL, []), get(_CONTACT_EMAIL, []))
        return found

    def _emails(self, row: InventoryRow, entry: CatalogEntry) -> list[int]:
        """Inboxes a recovery e-mail may go to: the login and contact addresses; for a mail
        service only its contact (secondary) addresses, never its own inbox."""
        uses = self._uses(row)
        if entry.category == "email":
            return uses.contact_emails
        return uses.login_emails + uses.contact_emails

    def _add(self, hardening: Hardening, *, texted: bool = False) -> str:
        """Registers a step (once per key), with the catalogue's own text and source when it
        names a catalogue step (`texted`: it has them already)."""
        key = hardening.key
        self.affects[key].update(hardening.node_keys)
        if key not in self.hardening:
            if not texted and hardening.catalog_id and hardening.step_id:
                hardening = self._with_catalog_text(hardening)
            self.hardening[key] = hardening
        return key

    def _with_catalog_text(self, h: Hardening) -> Hardening:
        plan = self._plan(h.catalog_id)
        text = plan.steps.get(h.step_id) if plan is not None else None
        if text is None:
            return replace(h, step_id="")
        return replace(h, text=text.text, source=text.source)

    def _plan(self, cid: str | None) -> EntryPlan | None:
        if not cid or self.catalog is None:
            return None
        return plan_for(self.plans, self.catalog, cid)

    # --- factors → capabilities --------------------------------------------------------------
    def _bind(self, kind: str, row: InventoryRow, entry: CatalogEntry) -> list[Cap]:
        """The capabilities of this registration that meet a factor (the password: its own)."""
        match kind:
            case CapKind.SMS | CapKind.PHONE_UNLOCKED:
                return [Cap(kind, p) for p in self._uses(row).phones]
            case CapKind.CARD_NUMBER:
                return [Cap(CapKind.CARD_NUMBER, c) for c in self._uses(row).cards]
            case CapKind.EMAIL:
                return [Cap(CapKind.EMAIL, e) for e in self._emails(row, entry)]
            case _:  # the person's name, ID number, ID photo, face
                return [Cap(kind, self.person.id)]

    def _options(self, row: InventoryRow, plan: EntryPlan) -> list[Option]:
        """The entry's factor sets bound to this registration's capabilities, a sourced way
        in first."""
        rid = row.registration.id
        key = f"reg:{rid}"
        bound: dict[str, list[Cap]] = {CapKind.PASSWORD: [Cap(CapKind.PASSWORD, rid)]}
        out: list[Option] = []
        for sp in plan.sets:
            choices = []
            for b in sp.binders:
                if b not in bound:
                    bound[b] = self._bind(b, row, plan.entry)
                choices.append(bound[b])
            if not all(choices):
                continue
            blocked = [self._svc_step(rid, key, plan, step) for step in sp.steps]
            if sp.sms_only:
                blocked.append(f"no-sms-only:{rid}")
                if blocked[-1] not in self.hardening:
                    self._add(Hardening(
                        blocked[-1], "no-sms-only", generic.priority("no-sms-only"), (key,),
                        registration_id=rid, catalog_id=plan.id))
            frozen = frozenset(blocked)
            route, factors = sp.route, sp.factors
            if len(choices) == 1:
                out += [Option(route, factors, frozenset((c,)), frozen)
                        for c in choices[0][:_MAX_OPTIONS]]
            else:
                out += [Option(route, factors, frozenset(c), frozen)
                        for c in itertools.islice(itertools.product(*choices), _MAX_OPTIONS)]
        return out

    def _svc_step(self, rid: RegistrationId, key: str, plan: EntryPlan, step: str) -> str:
        """The catalogue's step `step` for this registration."""
        hkey = f"svc:{rid}:{step}"
        if hkey not in self.hardening:
            text = plan.steps[step]
            self._add(Hardening(hkey, "", text.priority, (key,), registration_id=rid,
                                catalog_id=plan.id, step_id=step, text=text.text,
                                source=text.source), texted=True)
        return hkey

    # --- nodes -------------------------------------------------------------------------------
    def registration_node(self, row: InventoryRow, plan: EntryPlan) -> Node:
        reg = row.registration
        rid, pid, key = reg.id, self.person.id, f"reg:{reg.id}"
        grants = {Cap(CapKind.ACCOUNT, rid)}
        grants.update(Cap(what, pid) for what in plan.person_grants)
        if "card_numbers" in plan.reveals:
            grants.update(Cap(CapKind.CARD_NUMBER, c) for c in self._uses(row).cards)
        if plan.entry.category == "email":
            grants.update(Cap(CapKind.EMAIL, e) for e in self._uses(row).login_emails)
        grant_blocks: tuple[tuple[Cap, frozenset[str]], ...] = ()
        if "sms" in plan.reveals:  # a carrier: remote SIM re-issue or un-reporting
            lines = self._uses(row).login_phones or self._uses(row).phones
            grants.update(Cap(CapKind.SMS, p) for p in lines)
            grant_blocks = self._carrier_grants(rid, key, plan, lines)
        removed: frozenset[str] = frozenset()
        dormant = reg.status == RegistrationStatus.DORMANT
        if dormant or self.person.deceased:  # a deceased person's accounts are to be closed
            removed = frozenset({self._add(Hardening(
                f"close-account:{rid}", "close-account", generic.priority("close-account"),
                (key,), registration_id=rid, catalog_id=plan.id, options_only=True))})
        entry = plan.entry
        return Node(key, NodeKind.REGISTRATION, pid, row.service_label, entry.category,
                    tuple(self._options(row, plan)), frozenset(grants), plan.sorted_reveals,
                    registration_id=rid, catalog_id=plan.id, dormant=dormant,
                    removed_by=removed, grant_blocks=grant_blocks, hotline=entry.hotline,
                    facts=plan.facts, name_en=reg.service_name or entry.name_en)

    def _carrier_grants(self, rid: RegistrationId, key: str, plan: EntryPlan, lines: list[int]
                        ) -> tuple[tuple[Cap, frozenset[str]], ...]:
        """A carrier's SMS grants, each withheld by refusing remote re-issue/un-reporting."""
        blocks: list[tuple[Cap, frozenset[str]]] = []
        for phone in lines:
            hkey = f"no-remote-unreport:{phone}"
            if hkey in self.hardening:
                self.affects[hkey].add(key)
            else:
                self._add(Hardening(
                    hkey, "no-remote-unreport", generic.priority("no-remote-unreport"), (key,),
                    identifier_id=IdentifierId(phone), registration_id=rid, catalog_id=plan.id,
                    options_only=False))
            blocks.append((Cap(CapKind.SMS, phone), frozenset({hkey})))
        for step in plan.steps:
            if step in _CARRIER_STEPS:
                for phone in lines:
                    self.carrier_steps[phone] = (plan.id, step)
        return tuple(blocks)

    def _card_holders(self) -> tuple[dict[int, list[int]],
                                     dict[int, tuple[InventoryRow, CatalogEntry | None]],
                                     dict[int, list[tuple[InventoryRow, CatalogEntry]]]]:
        reserved: dict[int, list[int]] = defaultdict(list)  # card → reserved phones
        bank: dict[int, tuple[InventoryRow, CatalogEntry | None]] = {}
        bound: dict[int, list[tuple[InventoryRow, CatalogEntry]]] = defaultdict(list)
        for row in self.rows:
            entry = self.entries.get(row.registration.id)
            cards = self._uses(row).cards
            phones = self._uses(row).reserved_phones
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
            plan = self._plan(row.service.catalog_id)
            if plan is None:
                self.unassessed.append(rid)
                continue
            if plan.entry.name_en:
                self.names_en[rid] = row.registration.service_name or plan.entry.name_en
            self.entries[rid] = plan.entry
            self.nodes.append(self.registration_node(row, plan))
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
