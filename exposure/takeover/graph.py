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
from functools import cache
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
)
from exposure.sources import Source
from exposure.store.takeover_reads import BriefRow
from exposure.takeover import steps as generic
from exposure.takeover.model import NO_TEXT, CapKind, Graph, Route, lazily, paused_gc
from exposure.takeover.net import SHIFT, Net, Way, code, kind_index, rank_of, with_derived
from exposure.takeover.plans import ALWAYS, CARDS, EMAILS, PHONES, EntryPlan, plan_for, plans_of
from exposure.takeover.uses import Uses, UsesOf

if TYPE_CHECKING:
    from exposure.vault import Vault

QUICK_BIND_FACTORS = frozenset({"name", "id_number", "card_number", "sms"})
# Catalogue steps that are one of the generic steps for a concrete identifier.
_CARRIER_STEPS = {"sim-pin": "sim-pin", "report-lost": "report-lost"}
_BANK_STEPS = {"quickpay": "quick-pay", "reserved-phone": "reserved-phone"}
_MAX_OPTIONS = 64  # per factor set: phones × cards stays small in real inventories
_QUICK_BIND = Way(Route.QUICK_BIND, QUICK_BIND_FACTORS)
_BOUND = Way(Route.BOUND, frozenset())
_CARD_RANK = rank_of("card")
_ACCOUNT, _CARD_NUMBER, _EMAIL, _SMS = [kind_index(k) for k in (
    CapKind.ACCOUNT, CapKind.CARD_NUMBER, CapKind.EMAIL, CapKind.SMS)]
_DORMANT, _CLOSED = RegistrationStatus.DORMANT.value, RegistrationStatus.CLOSED.value


@cache
def _others_derive() -> bool:
    """steps.json derives capabilities from the person's (an ID photo shows the number); True
    if an account, card, inbox or number a node grants gave more too."""
    return any(len(with_derived((k,))) > 1 for k in (_ACCOUNT, _CARD_NUMBER, _EMAIL, _SMS))


class _Builder:
    """Writes a person's nodes and steps into a `Net` (takeover/net.py); the `Node` and
    `Hardening` objects are made from it when first read."""

    def __init__(self, person: Person, rows: Sequence[BriefRow],
                 identifiers: Iterable[Identifier], catalog: Catalog | None) -> None:
        self.person = person
        self.pid = person.id
        self.deceased = person.deceased
        self.rows = [r for r in rows if r.status != _CLOSED]
        self.idents: dict[IdentifierId, Identifier] = {}
        for i in identifiers:
            self.idents.setdefault(i.id, i)
        self.catalog = catalog
        self.net = Net(person.id)
        self.unassessed: list[RegistrationId] = []
        self.names: dict[RegistrationId, str] = {}
        self.names_en: dict[RegistrationId, str] = {}
        self._uses = Uses(self.idents).of
        self._person: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._person_by: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._single: dict[int, tuple[int]] = {}
        # per kind of service (other, mail): a UsesOf's id() → `_shape`
        self._shapes: tuple[dict[int, tuple[tuple[list[int], ...], int]], ...] = ({}, {})
        self.plans = plans_of(catalog) if catalog is not None else {}
        self.carrier_steps: dict[int, tuple[str, str]] = {}
        self.with_cards: list[tuple[BriefRow, UsesOf, EntryPlan | None]] = []
        self._no_sms_only = generic.priority("no-sms-only")
        self._derive = _others_derive()

    # --- helpers -----------------------------------------------------------------------------
    def _person_codes(self, plan: EntryPlan) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The person's capabilities a registration at `plan` grants, and with what follows
        from them (codes; once per plan)."""
        found = self._person.get(plan.id)
        if found is None:
            kinds = plan.person_kinds  # a handful of distinct ones in the whole catalogue
            found = self._person_by.get(kinds)
            if found is None:
                person = (self.pid << SHIFT).__or__
                found = self._person_by[kinds] = (tuple(map(person, kinds)),
                                                  tuple(map(person, plan.person_gives)))
            self._person[plan.id] = found
        return found

    def _add(self, key: str, node: int | None, generic: str, priority: str, *,
             ident: int | None = None, rid: int | None = None, cid: str = "", sid: str = "",
             only: bool = True, text: Text = NO_TEXT, source: Source | None = None,
             texted: bool = False) -> str:
        """Registers a step (the first of a key wins) acting on node `node` (None: on the
        scenario), with the catalogue's own text and source when it names a catalogue step
        (`texted`: it has them already)."""
        net = self.net
        if node is not None:
            net.touch(key, node)
        if key not in net.hard:
            if not texted and cid and sid:
                plan = self._plan(cid)
                found = plan.steps.get(sid) if plan is not None else None
                if found is None:
                    sid = ""
                else:
                    text, source = found.text, found.source
            net.hard[key] = (generic, priority, ident, rid, cid, sid, only, text, source)
        return key

    def _plan(self, cid: str | None) -> EntryPlan | None:
        if not cid or self.catalog is None:
            return None
        return plan_for(self.plans, self.catalog, cid)

    # --- factors → capabilities --------------------------------------------------------------
    def _options(self, rid: RegistrationId, uses: UsesOf, plan: EntryPlan, node: int) -> None:
        """The entry's factor sets bound to this registration's capabilities (codes), a
        sourced way in first. A factor is met by the registration's phones, cards or inboxes
        of that kind (for a mail service only its contact, i.e. secondary, addresses), the
        person's name, ID number, ID photo or face, or the registration's own password."""
        net = self.net
        hard = net.hard
        shapes = self._shapes[plan.mail]
        shape = shapes.get(id(uses))  # the UsesOf objects live as long as the builder
        if shape is None:
            shape = shapes[id(uses)] = self._shape(uses, plan.mail)
        prefix, have = shape
        ids = (*prefix, (rid,))  # by source: PHONES, CARDS, EMAILS, PERSON, OWN
        opt_node, opt_caps, opt_blocks, opt_way = (net.opt_node, net.opt_caps, net.opt_blocks,
                                                   net.opt_way)
        single = self._single
        sms: tuple[str, ...] = ()  # (its "no-sms-only" key,): shared by its options
        sets = plan.usable.get(have)
        if sets is None:
            sets = plan.usable_with(have)
        for steps, sms_only, one, sp in sets:
            blocks: tuple[str, ...] = ()
            if steps:
                blocks = (self._svc_step(rid, node, plan, steps[0]),) if len(steps) == 1 \
                    else tuple(self._svc_step(rid, node, plan, step) for step in steps)
            if sms_only:  # the catalogue's steps first, then this one (the steps' order)
                if not sms:  # `_add`, inline: one per registration
                    key = f"no-sms-only:{rid}"
                    hard[key] = ("no-sms-only", self._no_sms_only, None, rid, plan.id, "", True,
                                 NO_TEXT, None)
                    net.affects[key] = node
                    sms = (key,)
                blocks = (*blocks, *sms) if blocks else sms
            if one is not None:
                source, k = one
                xs = ids[source]
                for x in xs if len(xs) <= _MAX_OPTIONS else xs[:_MAX_OPTIONS]:
                    c = (x << SHIFT) | k
                    caps = single.get(c)
                    if caps is None:  # one tuple per capability: many options need one SMS
                        caps = single[c] = (c,)
                    opt_node.append(node)
                    opt_caps.append(caps)
                    opt_blocks.append(blocks)
                    opt_way.append(sp)
                continue
            codes: list[int] = []
            combos: Iterable[tuple[int, ...]]
            for _b, source, k in sp.binds:  # most factors have one capability here
                xs = ids[source]
                if len(xs) != 1:  # one option per combination
                    combos = itertools.islice(itertools.product(*[
                        [(x << SHIFT) | kind for x in ids[src]] for _f, src, kind in sp.binds]),
                        _MAX_OPTIONS)
                    break
                codes.append((xs[0] << SHIFT) | k)
            else:
                combos = (tuple(codes),)
            for combo in combos:
                if len(set(combo)) != len(combo):
                    combo = tuple(dict.fromkeys(combo))
                opt_node.append(node)
                opt_caps.append(combo)
                opt_blocks.append(blocks)
                opt_way.append(sp)

    def _shape(self, uses: UsesOf, mail: bool) -> tuple[tuple[list[int], ...], int]:
        """The registration's phones, cards, e-mails (for a mail service only its contact,
        i.e. secondary, addresses) and person (by source: PHONES …), and which sources it has
        (bits), for every registration with these uses."""
        emails = uses.contact_emails if mail else uses.login_emails + uses.contact_emails
        have = ALWAYS | (1 << PHONES if uses.phones else 0) | (1 << CARDS if uses.cards else 0) \
            | (1 << EMAILS if emails else 0)
        return (uses.phones, uses.cards, emails, [self.pid]), have

    def _svc_step(self, rid: RegistrationId, node: int, plan: EntryPlan, step: str) -> str:
        """The catalogue's step `step` for this registration."""
        hkey = f"svc:{rid}:{step}"
        net = self.net
        if hkey not in net.hard:  # `_add`, inline: the first time this key is met
            text = plan.steps[step]
            net.hard[hkey] = ("", text.priority, None, rid, plan.id, step, True, text.text,
                              text.source)
            net.affects[hkey] = node
        return hkey

    # --- nodes -------------------------------------------------------------------------------
    def registration_node(self, row: BriefRow, plan: EntryPlan, label: str) -> None:
        rid, net = row.id, self.net
        node = len(net.keys)
        uses = self._uses(row)
        account = (rid << SHIFT) | _ACCOUNT
        person, person_gives = self._person.get(plan.id) or self._person_codes(plan)
        more: list[int] = []
        if plan.grants_more:
            if plan.reveals_cards:
                more += [(c << SHIFT) | _CARD_NUMBER for c in uses.cards]
            if plan.mail:
                more += [(e << SHIFT) | _EMAIL for e in uses.login_emails]
            if plan.carrier:  # a carrier: remote SIM re-issue or un-reporting
                lines = uses.login_phones or uses.phones
                more += [(p << SHIFT) | _SMS for p in lines]
                net.grant_blocks[node] = self._carrier_grants(rid, node, plan, lines)
        removed: tuple[str, ...] = ()
        dormant = row.status == _DORMANT
        if dormant or self.deceased:  # a deceased person's accounts are to be closed
            removed = (self._add(f"close-account:{rid}", node, "close-account",
                                 generic.priority("close-account"), rid=rid, cid=plan.id),)
        self._options(rid, uses, plan, node)
        if more or self._derive:
            own = tuple({account, *person, *more})
            gives = tuple(dict.fromkeys(with_derived(own)))
        else:
            own = (account, *person)
            gives = own if len(person_gives) == len(person) else (account, *person_gives)
        net.add_node(f"reg:{rid}", plan.rank, removed, own, gives, plan.reveals_sourced,
                     plan.mail, label, plan, rid, dormant, bool(row.service_name))
        if uses.cards:
            self.with_cards.append((row, uses, plan))

    def _carrier_grants(self, rid: RegistrationId, node: int, plan: EntryPlan, lines: list[int]
                        ) -> tuple[tuple[int, frozenset[str]], ...]:
        """A carrier's SMS grants, each withheld by refusing remote re-issue/un-reporting."""
        blocks: list[tuple[int, frozenset[str]]] = []
        for phone in lines:
            hkey = f"no-remote-unreport:{phone}"
            if hkey in self.net.hard:
                self.net.touch(hkey, node)
            else:
                self._add(hkey, node, "no-remote-unreport",
                          generic.priority("no-remote-unreport"), ident=IdentifierId(phone),
                          rid=rid, cid=plan.id, only=False)
            blocks.append((code(CapKind.SMS, phone), frozenset({hkey})))
        for step in plan.steps:
            if step in _CARRIER_STEPS:
                for phone in lines:
                    self.carrier_steps[phone] = (plan.id, step)
        return tuple(blocks)

    def _card_holders(self) -> tuple[dict[int, list[int]],
                                     dict[int, tuple[BriefRow, CatalogEntry | None]],
                                     dict[int, list[tuple[BriefRow, EntryPlan]]]]:
        reserved: dict[int, list[int]] = defaultdict(list)  # card → reserved phones
        bank: dict[int, tuple[BriefRow, CatalogEntry | None]] = {}
        bound: dict[int, list[tuple[BriefRow, EntryPlan]]] = defaultdict(list)
        for row, uses, plan in self.with_cards:  # the rows with cards, in order
            phones, bound_cards = uses.reserved_phones, uses.bound_cards
            for card in uses.cards:
                if bound_cards and card in bound_cards:  # a reserved phone here is the app's,
                    if plan is not None and plan.pays:  # not the card's
                        bound[card].append((row, plan))
                    continue
                if phones:
                    mine = reserved[card]
                    for phone in phones:
                        if phone not in mine:
                            mine.append(phone)
                if card not in bank or (plan is not None and plan.bank):
                    bank[card] = (row, plan.entry if plan is not None else None)
        return reserved, bank, bound

    def _bound_options(self, cid: int, node: int, bank_entry: CatalogEntry | None,
                       mapped: Mapping[str, str],
                       bound: list[tuple[BriefRow, EntryPlan]]) -> None:
        net = self.net
        qp = self._card_step("quick-pay", cid, node, bank_entry, mapped)
        for row, plan in bound:
            rid = row.id
            blocked = [qp]
            for step in plan.unbind:  # the app's steps that unbind its cards
                key = self._add(f"svc:{rid}:{step.id}", node, "", step.priority, rid=rid,
                                cid=plan.id, sid=step.id)
                if key not in blocked:
                    blocked.append(key)
            close = f"close-account:{rid}"
            if close in net.hard:
                blocked.append(close)
                net.touch(close, node)
            net.option(node, ((rid << SHIFT) | _ACCOUNT,), tuple(blocked), _BOUND, via=rid)

    def card_nodes(self) -> None:
        pid, net = self.pid, self.net
        reserved, bank, bound = self._card_holders()
        person = pid << SHIFT
        name_id = person | kind_index(CapKind.NAME), person | kind_index(CapKind.ID_NUMBER)
        for ident in sorted(self.idents.values(), key=lambda i: i.id):
            if ident.kind != IdentifierKind.BANK_CARD or ident.status == IdentifierStatus.CLOSED:
                continue
            if ident.person_id != pid:
                continue
            cid, node = ident.id, len(net.keys)
            bank_row, bank_entry = bank.get(cid, (None, None))
            bank_steps = {s.id for s in bank_entry.hardening} if bank_entry else set()
            mapped = {g: s for s, g in _BANK_STEPS.items() if s in bank_steps}
            if reserved.get(cid):
                rp = self._card_step("reserved-phone", cid, node, bank_entry, mapped)
                card = code(CapKind.CARD_NUMBER, cid)
                for phone in reserved[cid]:
                    net.option(node, (*name_id, card, code(CapKind.SMS, phone)), (rp,),
                               _QUICK_BIND)
            if bound.get(cid):
                self._bound_options(cid, node, bank_entry, mapped, bound[cid])
            if net.first[-1] == len(net.opt_caps):
                continue  # no option
            dormant = ident.status == IdentifierStatus.DORMANT or (
                bank_row is not None
                and bank_row.status == _DORMANT)
            removed: tuple[str, ...] = ()
            if dormant or self.deceased:
                removed = (self._add(
                    f"close-card:{cid}", node, "close-card", generic.priority("close-card"),
                    ident=IdentifierId(cid), cid=bank_entry.id if bank_entry else "",
                    sid="card-audit" if "card-audit" in bank_steps else ""),)
            net.add_node(f"card:{cid}", _CARD_RANK, removed, (), (), False, False, (
                IdentifierId(cid), bank_row.service if bank_row is not None else "",
                bank_entry.id if bank_entry else None, dormant,
                bank_entry.hotline if bank_entry else "", bank_entry.name_en if bank_entry else ""),
                None, cid)

    def _card_step(self, gid: str, cid: int, node: int, entry: CatalogEntry | None,
                   mapped: Mapping[str, str]) -> str:
        return self._add(f"{gid}:{cid}", node, gid, generic.priority(gid),
                         ident=IdentifierId(cid), cid=entry.id if entry else "",
                         sid=mapped.get(gid, ""))

    def phone_steps(self) -> None:
        """SIM PIN and reporting the SIM lost, for every number that is not closed."""
        for ident in sorted(self.idents.values(), key=lambda i: i.id):
            if ident.kind != IdentifierKind.PHONE or ident.status == IdentifierStatus.CLOSED:
                continue
            if ident.person_id != self.pid:
                continue
            for gid in ("sim-pin", "report-lost"):
                cat_id, step_id = "", ""
                if ident.id in self.carrier_steps:
                    cat_id = self.carrier_steps[ident.id][0]
                    step_id = gid  # the carrier's own step of that id, when it has one
                self._add(f"{gid}:{ident.id}", None, gid, generic.priority(gid),
                          ident=ident.id, cid=cat_id, sid=step_id, only=False)

    def build(self) -> Graph:
        names, names_en, plans = self.names, self.names_en, self.plans
        for row in self.rows:
            rid = row.id
            names[rid] = label = row.service_name or row.service  # BriefRow.label
            cid = row.catalog_id
            plan = plans[cid] if cid in plans else self._plan(cid)
            if plan is None:
                self.unassessed.append(rid)
                uses = self._uses(row)
                if uses.cards:  # its reserved phones still count for the card
                    self.with_cards.append((row, uses, None))
                continue
            if plan.entry.name_en:
                names_en[rid] = row.service_name or plan.entry.name_en
            self.registration_node(row, plan, label)
        self.card_nodes()
        self.phone_steps()
        net = self.net
        if self.person.deceased:  # close a deceased person's accounts and cards; hardening
            net.hard = {k: h for k, h in net.hard.items() if h[0] in _CLOSING}  # is moot
        return lazily(Graph, (_objects, net), person=self.person,
                      identifiers=dict(self.idents), unassessed=tuple(self.unassessed),
                      names=self.names, names_en=self.names_en, _index={},
                      _masks={}, _net=net)


def _objects(net: Net) -> dict[str, object]:
    return {"nodes": net.nodes(), "hardening": net.hardening()}


_CLOSING = ("close-account", "close-card")


def build_graph(person: Person, rows: Sequence[InventoryRow] | Sequence[BriefRow],
                identifiers: Iterable[Identifier], catalog: Catalog | None = None) -> Graph:
    """The take-over graph of one person from their inventory rows (as the tables have them,
    or as `vault.takeover_reads` reads them) and identifiers.

    `catalog` defaults to the shipped catalogue. Rows of other people are ignored."""
    if catalog is None:
        catalog = catalogue.default_catalog()
    pid = person.id
    idents = [i for i in identifiers if i.person_id == pid]
    mine: list[BriefRow] = []
    for row in rows:
        if isinstance(row, InventoryRow):  # as the tables have it
            if row.registration.person_id == pid:
                idents += row.identifiers
                mine.append(BriefRow.of(row))
        elif row.person_id == pid:
            mine.append(row)
    with paused_gc():
        return _Builder(person, mine, idents, catalog).build()


def graph_for_person(vault: Vault, person_id: PersonId, catalog: Catalog | None = None) -> Graph:
    """Reads the person's inventory from an open vault and builds the graph."""
    with vault.reading():  # one state, whoever else writes
        person = vault.people.get(person_id)
        rows = vault.takeover_reads.rows(person_id)
        idents = vault.identifiers.all_identifiers(person_id)
    return build_graph(person, rows, idents, catalog)
