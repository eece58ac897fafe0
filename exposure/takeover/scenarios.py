"""Scenarios: what the attacker starts with.

- `lost-phone`: the SMS of each of the person's active numbers (the SIM moved to another
  phone); denied by a SIM PIN or by reporting the SIM lost.
- `lost-phone-unlocked`: the same plus the unlocked phone itself (a SIM PIN no longer helps).
- `sim-swap`: the SMS of each active number (a fraudulent replacement SIM).
- `id-leak`: name and ID number. `id-photo-leak`: the ID photo (which shows both).
- `card-leak`: the numbers of the person's cards that are not closed, and the name.
- `email-takeover`: control of the person's e-mail inboxes.
- `breach:<id>`: what a breach matched by the cross-check leaked of this person.

`phone_ids` narrows the phone scenarios to one number (the phone actually lost).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from exposure.errors import InvalidInput, NotFound
from exposure.feeds.model import Breach, Exposure
from exposure.model import IdentifierId, IdentifierKind, IdentifierStatus
from exposure.takeover.model import Cap, CapKind, Graph, Initial, Scenario, ScenarioKind

PHONE_SCENARIOS = (ScenarioKind.LOST_PHONE, ScenarioKind.LOST_PHONE_UNLOCKED,
                   ScenarioKind.SIM_SWAP)
SCENARIO_KEYS = tuple(k.value for k in ScenarioKind if k not in (ScenarioKind.BREACH,
                                                                 ScenarioKind.CUSTOM))


def _idents(graph: Graph, kind: IdentifierKind, *, active_only: bool) -> list[IdentifierId]:
    out = []
    for ident in sorted(graph.identifiers.values(), key=lambda i: i.id):
        if ident.kind != kind or ident.person_id != graph.person.id:
            continue
        if ident.status == IdentifierStatus.CLOSED:
            continue
        if active_only and ident.status != IdentifierStatus.ACTIVE:
            continue
        out.append(ident.id)
    return out


def make_scenario(kind: ScenarioKind | str, graph: Graph,
                  phone_ids: Sequence[int] | None = None) -> Scenario:
    """One of the built-in scenarios for the graph's person (not `breach`: see
    `breach_scenario`). Raises InvalidInput for an unknown kind, or a phone not the person's."""
    try:
        kind = ScenarioKind(kind)
    except ValueError:
        raise InvalidInput("unknown scenario", field="scenario") from None
    pid = graph.person.id
    initial: list[Initial] = []
    if kind in PHONE_SCENARIOS:
        phones = _idents(graph, IdentifierKind.PHONE, active_only=True)
        if phone_ids is not None:
            wanted = [IdentifierId(int(p)) for p in phone_ids]
            mine = set(_idents(graph, IdentifierKind.PHONE, active_only=False))
            if any(p not in mine for p in wanted):
                raise InvalidInput("not a phone number of this person", field="phone")
            phones = wanted
        for phone in phones:
            if kind == ScenarioKind.LOST_PHONE:
                block = frozenset({f"sim-pin:{phone}", f"report-lost:{phone}"})
            elif kind == ScenarioKind.LOST_PHONE_UNLOCKED:
                block = frozenset({f"report-lost:{phone}"})
            else:
                block = frozenset()
            initial.append(Initial(Cap(CapKind.SMS, phone), block))
            if kind == ScenarioKind.LOST_PHONE_UNLOCKED:
                initial.append(Initial(Cap(CapKind.PHONE_UNLOCKED, phone)))
    elif kind == ScenarioKind.ID_LEAK:
        initial = [Initial(Cap(CapKind.NAME, pid)), Initial(Cap(CapKind.ID_NUMBER, pid))]
    elif kind == ScenarioKind.ID_PHOTO_LEAK:
        initial = [Initial(Cap(CapKind.ID_PHOTO, pid))]
    elif kind == ScenarioKind.CARD_LEAK:
        initial = [Initial(Cap(CapKind.CARD_NUMBER, c))
                   for c in _idents(graph, IdentifierKind.BANK_CARD, active_only=False)]
        initial.append(Initial(Cap(CapKind.NAME, pid)))
    elif kind == ScenarioKind.EMAIL_TAKEOVER:
        initial = [Initial(Cap(CapKind.EMAIL, e))
                   for e in _idents(graph, IdentifierKind.EMAIL, active_only=False)]
    else:
        raise InvalidInput("this scenario needs a breach or capabilities", field="scenario")
    return Scenario(kind, pid, tuple(initial))


def custom_scenario(graph: Graph, caps: Iterable[Cap]) -> Scenario:
    """Any set of starting capabilities (tests, what-if questions)."""
    return Scenario(ScenarioKind.CUSTOM, graph.person.id,
                    tuple(Initial(Cap(str(c.kind), int(c.ref))) for c in caps))


def breach_scenario(graph: Graph, breach: Breach, exposures: Iterable[Exposure]) -> Scenario:
    """What a breach leaked of this person, from the cross-check's exposures of that breach:
    the name when names leaked; the ID number, ID photo (face data) and card numbers the person
    gave an exposed service, when those kinds leaked; the password of an exposed account.
    A leaked phone number or e-mail address gives no control and starts nothing."""
    pid = graph.person.id
    bid = breach.id
    caps: list[Cap] = []
    leaked: set[str] = set()
    for exp in exposures:
        if exp.breach_id != bid or exp.person_id != pid:
            continue
        kinds = set(exp.kinds)
        leaked |= kinds
        # what the person gave this service, of the leaked kinds (the cross-check's list)
        held = [graph.identifiers[i] for i in exp.identifier_ids if i in graph.identifiers]
        held_kinds = {i.kind for i in held}
        if "name" in kinds:
            caps.append(Cap(CapKind.NAME, pid))
        if IdentifierKind.ID_NUMBER in held_kinds:
            caps.append(Cap(CapKind.ID_NUMBER, pid))
        if IdentifierKind.ID_PHOTO in held_kinds:
            if "id_photo" in kinds:
                caps.append(Cap(CapKind.ID_PHOTO, pid))
            if "face" in kinds:
                caps.append(Cap(CapKind.FACE, pid))
        if "password" in kinds:
            caps.append(Cap(CapKind.PASSWORD, int(exp.registration_id)))
        caps.extend(Cap(CapKind.CARD_NUMBER, int(i.id)) for i in held
                    if i.kind == IdentifierKind.BANK_CARD)
    if not leaked:
        raise NotFound("breach of this person", id=bid)
    unique = list(dict.fromkeys(caps))
    return Scenario(ScenarioKind.BREACH, pid, tuple(Initial(c) for c in unique),
                    title=breach.title, breach_id=bid,
                    leaked=tuple(sorted(leaked)))
