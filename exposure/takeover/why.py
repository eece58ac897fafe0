"""The chain in words (zh or en), identifiers masked: why each step was possible, scenario
titles, hardening steps and "prevents N of M". Phrases live in resources/takeover/words.json;
the output is plain text (show it as such)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from exposure import identifiers as idmod
from exposure.lang import pick, short_lang
from exposure.paths import RESOURCES
from exposure.schemas import load_checked
from exposure.sources import Source
from exposure.takeover import steps as step_data
from exposure.takeover.model import (
    Cap,
    CapKind,
    CutItem,
    Graph,
    Hardening,
    Node,
    NodeKind,
    Route,
    Scenario,
    Step,
)
from exposure.takeover.playbook_parts import carrier_hotline

WORDS_FILE = RESOURCES / "takeover" / "words.json"


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    data: dict[str, Any] = load_checked(WORDS_FILE)
    return data


def _w(*path: str, lang: str) -> str:
    node: Any = _words()
    for p in path:
        node = node[p]
    return str(node[short_lang(lang)])


def masked(graph: Graph, iid: int | None, lang: str = "zh") -> str:
    """An identifier of the graph, masked, with the user's label ("**** 0018（养老金卡）");
    when two identifiers show the same mask and one has no label, the card's bank (or a number)
    tells them apart. "?" when unknown."""
    ident = graph.identifiers.get(iid) if iid is not None else None  # type: ignore[call-overload]
    if ident is None:
        return "?"
    text = idmod.mask(ident.kind, ident.value)
    extra = ident.label
    if not extra:
        same = graph.same_mask(text)
        if len(same) > 1:
            extra = _tell_apart(graph, ident.id, same, lang)
    if not extra:
        return text
    return pick(lang, f"{text}（{extra}）", f"{text} ({extra})")


def _tell_apart(graph: Graph, iid: int, same: list[Any], lang: str) -> str:
    """The card's bank when that alone is unique among the look-alikes, else "#2" (its place
    among them, in the order they were added)."""
    banks = {}
    for other in same:
        node = graph.node(f"card:{other}")
        banks[other] = node.display_name(lang) if node is not None else ""
    bank = banks.get(iid, "")
    if bank and list(banks.values()).count(bank) == 1:
        return bank
    return f"#{same.index(iid) + 1}"


def _service(graph: Graph, rid: int | None, lang: str = "zh") -> str:
    return graph.name_of(rid, lang)


def cap_text(cap: Cap, graph: Graph, lang: str = "zh") -> str:
    """One capability in words: "发到 138****5678 的短信验证码", "card number **** 0018" …"""
    template = _w("caps", str(cap.kind), lang=lang)
    kind = CapKind(cap.kind)
    return template.format(
        phone=masked(graph, cap.ref, lang) if kind in (CapKind.SMS, CapKind.PHONE_UNLOCKED)
        else "",
        card=masked(graph, cap.ref, lang) if kind == CapKind.CARD_NUMBER else "",
        email=masked(graph, cap.ref, lang) if kind == CapKind.EMAIL else "",
        service=_service(graph, cap.ref, lang) if kind in (CapKind.ACCOUNT, CapKind.PASSWORD)
        else "")


def node_title(node: Node, graph: Graph, lang: str = "zh") -> str:
    """A node's name: the service, or "中国工商银行银行卡 **** 0018" for a card."""
    if node.kind == NodeKind.CARD:
        bank = node.display_name(lang) or _w("unknown_bank", lang=lang)
        return _w("card_name", lang=lang).format(bank=bank,
                                                 card=masked(graph, node.identifier_id, lang))
    return node.display_name(lang)


def _join(parts: list[str], lang: str) -> str:
    """"A、B和C" / "A, B and C"."""
    if len(parts) < 2:
        return "".join(parts)
    return _w("and", lang=lang).join(parts[:-1]) + _w("plus", lang=lang) + parts[-1]


def explain(step: Step, graph: Graph, lang: str = "zh") -> str:
    """Why a step was possible and what it gave, e.g. "社保（12333 / 省人社App）：
    用发到 138****5678 的短信验证码即可登录 → 得到身份证照片、银行卡号 **** 0018"."""
    opt = step.option
    if opt.route == Route.BOUND:
        how = _w("routes", "bound", lang=lang).format(service=_service(graph, opt.via, lang))
    else:
        caps = sorted(opt.caps, key=_order)
        how = _w("routes", opt.route.value, lang=lang).format(
            caps=_join([cap_text(c, graph, lang) for c in caps], lang))
    gains = [_gain_text(c, step, graph, lang) for c in sorted(step.gains, key=_order)
             if c.kind not in (CapKind.ACCOUNT, CapKind.PASSWORD)]
    damage = [_w("damage", r, lang=lang) for r in ("payments", "credit") if r in step.node.reveals]
    sep = pick(lang, "：", ": ")
    text = f"{node_title(step.node, graph, lang)}{sep}{how}"
    parts = []
    if gains:
        space = pick(lang, "", " ")
        parts.append(f"{_w('gives', lang=lang)}{space}{_join(gains, lang)}")
    if damage:
        parts.append(pick(lang, "；", "; ").join(damage))
    if not parts:
        parts.append(_w("nothing_new", lang=lang))
    return text + " → " + pick(lang, "；", "; ").join(parts)


# the order capabilities are named in: who the person is, then what they hold, the SMS last
def _gain_text(cap: Cap, step: Step, graph: Graph, lang: str) -> str:
    """A capability gained; one the node does not grant itself came from another one (face
    images from the ID photo, resources/takeover/steps.json "derived") and says so."""
    text = cap_text(cap, graph, lang)
    if cap not in step.node.grants:
        return _w("derived", lang=lang).format(cap=text)
    return text


_CAP_ORDER = {k: i for i, k in enumerate((
    "name", "id_number", "id_photo", "face", "card_number", "email", "password", "account",
    "phone_unlocked", "sms"))}


def _order(cap: Cap) -> tuple[int, int]:
    return (_CAP_ORDER.get(str(cap.kind), 99), int(cap.ref))


def scenario_title(scenario: Scenario, lang: str = "zh") -> str:
    return _w("scenarios", scenario.kind.value, lang=lang).format(title=scenario.title)


def _fill(template: str, graph: Graph, h: Hardening, lang: str) -> str:
    node = graph.node(h.node_keys[0]) if h.node_keys else None
    bank = node.display_name(lang) if node is not None and node.kind == NodeKind.CARD else ""
    hotline = ""
    if "{hotline}" in template:
        hotline = carrier_hotline(graph, h.identifier_id) or _w("unknown_hotline", lang=lang)
    return template.format(
        phone=masked(graph, h.identifier_id, lang), card=masked(graph, h.identifier_id, lang),
        bank=bank or _w("unknown_bank", lang=lang),
        service=_service(graph, h.registration_id, lang),
        hotline=hotline)


def hardening_title(h: Hardening, graph: Graph, lang: str = "zh") -> str:
    """A short name for the step: "SIM PIN on 138****5678"."""
    if h.generic:
        return _fill(_w("step_titles", h.generic, lang=lang), graph, h, lang)
    return _w("step_titles", "catalog", lang=lang).format(
        service=_service(graph, h.registration_id, lang), text=h.text.in_(lang) or h.step_id)


def hardening_text(h: Hardening, graph: Graph, lang: str = "zh") -> str:
    """What to do, in full: the catalogue's own text for that service when it has one (it is the
    more specific: "China Unicom cards ship with PIN 1234"), else the generic text
    (resources/takeover/steps.json) filled in; the title names the number or card."""
    own = h.text.in_(lang)
    if own or not h.generic:
        return own or h.step_id
    return _fill(step_data.generic_step(h.generic).text.in_(lang), graph, h, lang)


def hardening_sources(h: Hardening) -> list[Source]:
    """The sources backing the step (no url when the source is a printed report)."""
    out: list[Source] = []
    if h.generic:
        out += list(step_data.generic_step(h.generic).sources)
    if h.source is not None and h.source not in out:
        out.append(h.source)
    return out


def prevents_text(item: CutItem, graph: Graph, lang: str = "zh") -> str:
    """"SIM PIN on 138****5678: prevents 14 of 17"."""
    sep = pick(lang, "：", ": ")
    return (hardening_title(item.hardening, graph, lang) + sep
            + _w("prevents", lang=lang).format(n=item.prevents, of=item.of))
