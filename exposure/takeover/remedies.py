"""Identity-fraud remedies: the ordered checklist for "ID number leaked" (`id-leak`) and "ID
photo / face leaked" (`id-photo-leak`), the scenarios where the answer is not in the inventory.

Order: first lock the accounts the chain says a stranger gets into (the cut's sourced steps, then
each fallen account); run the three national look-ups (resources/audit/lookups.json, whose counts
the Audit page records); get the credit report; what to do with a number, card or loan you do not
recognise; report to 110 with what to bring (and 96110); from now on use 网号/网证 instead of ID
photos. Items are `PlaybookItem`s with sources (texts: resources/takeover/playbook.json), so the
playbook's renderers, ticks and PDF serve them too. Item keys are stable (`lookup:phone_cards`,
`credit-report`, `unknown:loan`, `netid`, `cut:<hardening>`, `fallen:<node>` …).
"""

from __future__ import annotations

from exposure.audit import default_lookups
from exposure.errors import InvalidInput
from exposure.model import Person
from exposure.takeover.model import Analysis, CutItem, Graph, ScenarioKind
from exposure.takeover.playbook import Playbook, PlaybookItem, item_sources, texts

REMEDY_SCENARIOS = (ScenarioKind.ID_LEAK.value, ScenarioKind.ID_PHOTO_LEAK.value)
REMEDY_SECTIONS = ("face", "lookups", "credit", "unknown", "report", "netid")
_LOOKUP_ORDER = ("phone_cards", "internet_accounts", "bank_cards")


def has_remedies(scenario_key: str) -> bool:
    return scenario_key in REMEDY_SCENARIOS


def build_remedies(person: Person, scenario_key: str, graph: Graph, analysis: Analysis,
                   cut: tuple[CutItem, ...] = ()) -> Playbook:
    """The identity-fraud checklist for one person in `id-leak` or `id-photo-leak`, from the
    scenario's chain and cut (`takeover.report_for`)."""
    if not has_remedies(scenario_key):
        raise InvalidInput("no identity-fraud remedies for this scenario", field="scenario")
    phoneless = person.no_smartphone  # counters and a relative's phone instead of apps
    items = _locks(graph, analysis, cut) + _lookups(phoneless) + [
        _item("credit-report", "credit", "credit_report", why="credit")]
    items += _unknown() + _report() + [
        _item("netid", "netid", "netid_no_phone" if phoneless else "netid", why="netid")]
    return Playbook(person, tuple(items), name=scenario_key, sections=REMEDY_SECTIONS)


def remedies_for_person(vault: object, person_id: int, scenario_key: str) -> Playbook:
    """Reads the person's chain and cut from an open vault and builds the checklist."""
    from exposure.takeover.report import report_for

    report = report_for(vault, person_id, scenario_key)
    return build_remedies(report.graph.person, scenario_key, report.graph, report.analysis,
                          report.cut)


def _item(key: str, section: str, text: str, *, hotline: str = "", why: str = "",
          **values: str | tuple[str, str]) -> PlaybookItem:
    zh, en = texts(text, **values)  # type: ignore[arg-type]
    why_zh, why_en = texts(why, "why") if why else ("", "")
    return PlaybookItem(key, section, zh, en, hotline, item_sources(text), False, why_zh, why_en)


def _locks(graph: Graph, analysis: Analysis, cut: tuple[CutItem, ...]) -> list[PlaybookItem]:
    """The cut's hardening steps (the service's own, sourced), then each account that falls."""
    from exposure.takeover.provenance import route_fact
    from exposure.takeover.why import explain, hardening_sources, hardening_text

    out = [PlaybookItem(f"cut:{c.hardening.key}", "face",
                        hardening_text(c.hardening, graph, "zh"),
                        hardening_text(c.hardening, graph, "en"), "",
                        tuple(hardening_sources(c.hardening))) for c in cut]
    why = texts("face", "why")
    for step in analysis.steps:
        zh, en = texts("face_step", explain=(explain(step, graph, "zh"),
                                             explain(step, graph, "en")))
        fact = route_fact(step.node, step.option.route, graph, step.option.via)
        sources = (fact.source,) if fact.source is not None else ()
        out.append(PlaybookItem(f"fallen:{step.node.key}", "face", zh, en, step.node.hotline,
                                sources, step.node.dormant, *why))
    return out


def _lookups(phoneless: bool = False) -> list[PlaybookItem]:
    found = default_lookups()
    why = texts("lookups", "why")
    out = []
    for lid in _LOOKUP_ORDER:
        lk = found[lid]
        if phoneless:  # the counter, a relative's phone, or the credit report instead
            zh, _ = texts(f"lookup_counter_{lid}", name=lk.name("zh"),
                          reply=lk.text("reply", "zh"))
            _, en = texts(f"lookup_counter_{lid}", name=lk.name("en"),
                          reply=" " + lk.text("reply", "en"))
            sources = lk.sources + item_sources(f"lookup_counter_{lid}")
            out.append(PlaybookItem(f"lookup:{lid}", "lookups", zh, en, "", sources, False, *why))
            continue
        zh, _ = texts("lookup", name=lk.name("zh"), steps="".join(lk.items("steps", "zh")),
                      reply=lk.text("reply", "zh"))
        _, en = texts("lookup", name=lk.name("en"), steps=" ".join(lk.items("steps", "en")),
                      reply=" " + lk.text("reply", "en"))
        out.append(PlaybookItem(f"lookup:{lid}", "lookups", zh, en, "", lk.sources, False, *why))
    return out


def _unknown() -> list[PlaybookItem]:
    phones = default_lookups()["phone_cards"]
    return [
        PlaybookItem("unknown:phone", "unknown",
                     *texts("unknown_phone", after=(phones.text("after", "zh"),
                                                    phones.text("after", "en"))),
                     "", phones.sources),
        _item("unknown:card", "unknown", "unknown_card"),
        _item("unknown:loan", "unknown", "unknown_loan", hotline="12378"),
    ]


def _report() -> list[PlaybookItem]:
    return [_item("police", "report", "police_id", hotline="110", why="police_id"),
            _item("antifraud", "report", "antifraud", hotline="96110")]
