"""The playbook items that come from the chain: the payment accounts and credit products it
reaches, every bank card (and its quick-pay bindings), the accounts that gave away the ID
number, ID photo or a card (the pivots) and the phone vendor's find-device service. Each item
says why it is there: the step of the chain that reaches it, in words (`why.explain`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from exposure.model import Identifier, IdentifierStatus, InventoryRow, RegistrationStatus, Role
from exposure.takeover.model import Analysis, CapKind, Graph, NodeKind, Step
from exposure.takeover.playbook import (
    PlaybookItem,
    hotline_source,
    item_sources,
    names,
    texts,
)
from exposure.takeover.why import explain, masked

_MONEY = frozenset({"payments", "credit"})
_PIVOT_GAINS = frozenset({CapKind.ID_NUMBER.value, CapKind.ID_PHOTO.value,
                          CapKind.CARD_NUMBER.value})
_NOT_MONEY = ("bank", "carrier")


@dataclass
class Context:
    graph: Graph
    analysis: Analysis
    rows: list[InventoryRow]
    entries: dict[int, Any]  # registration id → catalogue entry or None
    catalog: Any
    money: set[int] = field(default_factory=set)  # registrations already given a money item
    _by_id: dict[int, InventoryRow] = field(default_factory=dict)

    def roles(self, row: InventoryRow, iid: int) -> set[Role]:
        return {u.role for u in row.registration.usages if u.identifier_id == iid}

    def row(self, rid: int | None) -> InventoryRow | None:
        if not self._by_id:
            self._by_id.update((r.registration.id, r) for r in self.rows)
        return self._by_id.get(rid) if rid is not None else None  # type: ignore[arg-type]

    def why(self, step: Step | None, fallback: str = "") -> tuple[str, str]:
        """"Step 4 of the chain: …" for a step, else the `why` text `fallback` ("", "")."""
        if step is None:
            return texts(fallback, "why") if fallback else ("", "")
        return texts("step", "why", order=str(step.order),
                     explain=(explain(step, self.graph, "zh"), explain(step, self.graph, "en")))


def _is_money(step: Step) -> bool:
    node = step.node
    return (node.kind == NodeKind.REGISTRATION and node.category not in _NOT_MONEY
            and not _MONEY.isdisjoint(node.reveals))


def money_items(ctx: Context) -> list[PlaybookItem]:
    """The payment accounts and credit products the chain reaches, in its order; then the
    payment apps (and apps the catalogue says can be frozen) it does not reach."""
    out = []
    for step in ctx.analysis.steps:
        if not _is_money(step):
            continue
        row = ctx.row(step.node.registration_id)
        if row is not None:
            out.append(_money_item(ctx, row, ctx.entries.get(row.registration.id), step))
    for row in ctx.rows:
        entry = ctx.entries.get(row.registration.id)
        if entry is None or row.registration.id in ctx.money:
            continue
        freeze = any(h.id == "freeze" for h in entry.hardening)
        if entry.category == "payment" or (freeze and entry.category not in _NOT_MONEY):
            out.append(_money_item(ctx, row, entry, None))
    return out


def _money_item(ctx: Context, row: InventoryRow, entry: Any, step: Step | None
                ) -> PlaybookItem:
    rid = row.registration.id
    ctx.money.add(rid)
    name = names(row, entry)
    credit = entry is not None and "credit" in entry.reveals
    hotline = entry.hotline if entry is not None else ""
    sources = hotline_source(entry)
    freeze = next((h for h in entry.hardening if h.id == "freeze"), None) if entry else None
    if freeze is not None:  # the catalogue's own words, with their source
        src = entry.source(f"hardening.{freeze.id}")
        if src is not None and src not in sources:
            sources += (src,)
        zh, en = f"{name[0]}：{freeze.text('zh')}", f"{name[1]}: {freeze.text('en')}"
    elif credit:
        zh, en = texts("credit" if hotline else "credit_unknown", hotline=hotline, service=name)
    else:
        zh, en = texts("payment" if hotline else "payment_unknown", hotline=hotline,
                       service=name)
    key = f"payment:{rid}" if entry is None or entry.category == "payment" else f"credit:{rid}"
    return PlaybookItem(key, "money", zh, en, hotline, sources,
                        row.registration.status == RegistrationStatus.DORMANT,
                        *ctx.why(step, "payment_unreached"))


def card_items(ctx: Context, cards: list[Identifier]) -> list[PlaybookItem]:
    """Every card that is not closed, labelled, dormant ones marked, at its bank's hotline;
    then a quick-pay check per card in its bank's app."""
    banks: dict[int, tuple[InventoryRow | None, Any]] = {}
    out = []
    for card in cards:
        best: tuple[InventoryRow | None, Any] = (None, None)
        for r in ctx.rows:
            roles = ctx.roles(r, card.id)
            entry = ctx.entries.get(r.registration.id)
            if roles and Role.BOUND_CARD not in roles and (
                    best[0] is None or (entry is not None and entry.category == "bank")):
                best = (r, entry)
        banks[card.id] = best
        row, entry = best
        bank = names(row, entry) if row is not None else ("", "")
        dormant = card.status == IdentifierStatus.DORMANT or (
            row is not None and row.registration.status == RegistrationStatus.DORMANT)
        shown = (masked(ctx.graph, card.id, "zh"), masked(ctx.graph, card.id, "en"))
        why = ctx.why(ctx.analysis.step(f"card:{card.id}"), "card_unreached")
        if entry is not None and entry.hotline:
            zh, en = texts("card", hotline=entry.hotline, bank=bank, card=shown)
            hotline, sources = entry.hotline, hotline_source(entry)
        else:
            zh, en = texts("card_unknown", bank=bank, card=shown)
            hotline, sources = "", ()
        out.append(PlaybookItem(f"card:{card.id}", "cards", zh.replace("  ", " "),
                                en.replace("  ", " "), hotline, sources, dormant, *why))
    for card in cards:
        row, entry = banks[card.id]
        bank = names(row, entry) if row is not None else ("", "")
        apps = [names(r, ctx.entries.get(r.registration.id)) for r in ctx.rows
                if Role.BOUND_CARD in ctx.roles(r, card.id)]
        bound = texts("quickpay_bound", apps=("、".join(a[0] for a in apps),
                                               ", ".join(a[1] for a in apps))) if apps else ("", "")
        shown = (masked(ctx.graph, card.id, "zh"), masked(ctx.graph, card.id, "en"))
        if ctx.graph.person.no_smartphone:  # no bank app: the counter or the bank's hotline
            zh, en = texts("quickpay_counter", bank=bank, card=shown, bound=bound)
            out.append(PlaybookItem(
                f"quickpay:{card.id}", "quickpay_counter", zh, en,
                entry.hotline if entry is not None else "",
                item_sources("quickpay_counter") + hotline_source(entry),
                card.status == IdentifierStatus.DORMANT, *texts("quickpay", "why")))
            continue
        zh, en = texts("quickpay", bank=bank, card=shown, bound=bound)
        src = entry.source("hardening.quickpay") if entry is not None else None
        out.append(PlaybookItem(f"quickpay:{card.id}", "quickpay", zh, en, "",
                                (src,) if src is not None else (),
                                card.status == IdentifierStatus.DORMANT,
                                *texts("quickpay", "why")))
    return out


def pivot_items(ctx: Context) -> list[PlaybookItem]:
    """The accounts the chain takes that gave away the ID number, ID photo or a card number
    (the social-security app of the case), with the later steps that used it."""
    out = []
    users: dict[str, list[str]] = {}  # node key → the orders of the steps that used it
    for s in ctx.analysis.steps:
        for src in dict.fromkeys(src for _, src in s.providers):
            users.setdefault(src, []).append(str(s.order))
    for step in ctx.analysis.steps:
        node = step.node
        gains = {str(c.kind) for c in step.gains}
        if (node.kind != NodeKind.REGISTRATION or node.registration_id in ctx.money
                or node.category in _NOT_MONEY or gains.isdisjoint(_PIVOT_GAINS)):
            continue
        row = ctx.row(node.registration_id)
        if row is None:
            continue
        entry = ctx.entries.get(row.registration.id)
        zh, en = texts("pivot", service=names(row, entry))
        cards = [c.ref for c in step.gains if c.kind == CapKind.CARD_NUMBER]
        if cards:
            czh, cen = texts("pivot_cards", cards=(
                "、".join(masked(ctx.graph, c, "zh") for c in cards),
                ", ".join(masked(ctx.graph, c, "en") for c in cards)))
            zh, en = f"{zh}；{czh}", f"{en}; {cen}"
        why_zh, why_en = ctx.why(step)
        later = users.get(node.key, [])
        if later:
            more = texts("used_later", "why", orders=("、".join(later), ", ".join(later)))
            why_zh, why_en = why_zh + more[0], why_en + more[1]
        hotline = entry.hotline if entry is not None else ""
        out.append(PlaybookItem(f"pivot:{row.registration.id}", "pivots", zh, en, hotline,
                                hotline_source(entry), node.dormant, why_zh, why_en))
    return out


def device_items(ctx: Context) -> list[PlaybookItem]:
    """The phone vendor's find-device service, through each vendor account the person holds
    (first the ones the chain takes); without one, the generic advice."""
    out = []
    for row in ctx.rows:
        entry = ctx.entries.get(row.registration.id)
        if entry is None or entry.category != "phone_vendor":
            continue
        step = ctx.analysis.step(f"reg:{row.registration.id}")
        zh, en = texts("device", vendor=names(row, entry))
        why = ctx.why(step, "device")
        if step is not None:
            extra = texts("device", "why")
            why = (f"{why[0]}；{extra[0]}", f"{why[1]}; {extra[1][:1].lower()}{extra[1][1:]}")
        out.append(PlaybookItem(f"device:{row.registration.id}", "device", zh, en, "", (),
                                False, *why))
    out.sort(key=lambda i: ctx.analysis.step(f"reg:{i.key[7:]}") is None)
    if not out:
        zh, en = texts("device_generic")
        out.append(PlaybookItem("device", "device", zh, en, "", (), False,
                                *texts("device", "why")))
    return out
