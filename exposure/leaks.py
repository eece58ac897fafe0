"""What a leak means for each person: why it matched, what leaked, and the steps with their done
state — for the confirmed exposures of the cross-check and for cases that touch everyone.

A case that touches everyone (a breach whose `everyone` names identifier kinds: ID numbers looked
up from a national source) concerns every person holding such an identifier. It is shown as
"possibly exposed", with its own reason, never as a confirmed match: it is not stored as an
exposure, and a person whose own registration already matched the breach is not listed twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from exposure.catalog import Catalog, CatalogEntry
from exposure.crosscheck import (
    CatalogChoice,
    ExposureView,
    catalog_to_use,
    exposure_views,
)
from exposure.feeds.model import Breach, Exposure, ExposureState
from exposure.feeds.steps import Step, checklists_for, resolved, service_steps, steps_for_kinds
from exposure.hosts import domain_matches, host_of
from exposure.matching import normalise_name, service_keys
from exposure.model import Identifier, Person, PersonId, Service
from exposure.store.leak_steps import breach_ref
from exposure.vault import Vault

EVERYONE = "everyone"


@dataclass(frozen=True)
class Reason:
    """Why a breach touches a person: `how` is catalog_id, domain, name or everyone; `detail` the
    catalogue id, `service-domain ~ breach-domain`, the name both share, or the identifier kinds."""

    how: str
    detail: str


@dataclass(frozen=True)
class StepState:
    step: Step
    done_at: dt.datetime | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True)
class LeakCase:
    breach: Breach
    person: Person
    identifiers: tuple[Identifier, ...]  # the person's identifiers of the leaked kinds
    reason: Reason
    steps: tuple[StepState, ...]
    checklists: tuple[str, ...] = ()  # take-over remedies that go further (id-leak …)
    service: Service | None = None  # None: a case that touches everyone
    exposure: Exposure | None = None  # None: possibly exposed, not a confirmed match
    timing: str = "unknown"
    own_name: str = ""  # the name the user gave the service (捷停车), "" = the service's

    @property
    def service_label(self) -> str:
        return self.own_name or (self.service.name if self.service is not None else "")

    @property
    def possible(self) -> bool:
        return self.exposure is None

    @property
    def ref(self) -> str:
        """The case's id for the CLI: the exposure id, or `p<breach>-<person>`."""
        if self.exposure is not None:
            return str(self.exposure.id)
        return f"p{self.breach.id}-{self.person.id}"

    @property
    def resolved(self) -> bool:
        return resolved((s.step for s in self.steps), (s.step.key for s in self.steps if s.done))


def explain_reason(view: ExposureView, catalog: Catalog | None = None) -> Reason:
    """Recomputes the detail of the match the cross-check stored (`matched_by`)."""
    how, b, svc = view.exposure.matched_by, view.breach, view.service
    if how == "catalog_id":
        return Reason(how, svc.catalog_id or "")
    keys = service_keys(svc, catalog)
    if how == "domain":
        hosts = [h for h in map(host_of, b.domains) if h]
        for mine in sorted(keys.domains):
            for theirs in hosts:
                if domain_matches(mine, theirs):
                    return Reason(how, mine if mine == theirs else f"{mine} ~ {theirs}")
    if how == "name":
        for name in (b.title, b.organisation, *b.aliases):
            if name and normalise_name(name) in keys.names:
                return Reason(how, name)
    return Reason(how, "")


def case_steps(kinds: Iterable[str], done: dict[str, dt.datetime], *,
               entry: CatalogEntry | None = None,
               everyone: bool = False, no_smartphone: bool = False) -> tuple[StepState, ...]:
    """The steps for these kinds (and the service's own), each with when it was done."""
    steps = steps_for_kinds(kinds, with_any=not everyone, no_smartphone=no_smartphone)
    if entry is not None:
        steps += service_steps(entry)
    return tuple(StepState(s, done.get(s.key)) for s in steps)


def possible_matches(breaches: Iterable[Breach], identifiers: Iterable[Identifier]
                     ) -> list[tuple[Breach, PersonId, tuple[Identifier, ...]]]:
    """(breach, person, the person's identifiers of the kinds it concerns) for every breach that
    concerns everyone holding a kind of identifier."""
    held: dict[PersonId, list[Identifier]] = {}
    for ident in identifiers:
        held.setdefault(ident.person_id, []).append(ident)
    out = []
    for b in breaches:
        if not b.everyone:
            continue
        for pid, idents in held.items():
            mine = tuple(i for i in idents if i.kind.value in b.everyone)
            if mine:
                out.append((b, pid, mine))
    return out


def leak_cases(vault: Vault, *, hide_flags: Iterable[str] = (), catalog: CatalogChoice = None,
               states: Iterable[ExposureState | str] | None = None) -> list[LeakCase]:
    """Every confirmed exposure, then every possible one, each with its reason and steps."""
    cat = catalog_to_use(catalog)
    hide = tuple(hide_flags)
    with vault.reading():
        views = exposure_views(vault, hide_flags=hide, states=states)
        done = vault.leak_steps.all_done_at()
        breaches = vault.breaches.all_breaches(hide_flags=hide)
        people = {p.id: p for p in vault.people.all_people()}
        identifiers = vault.identifiers.all_identifiers()
        own = {r.registration.id: r.registration.service_name
               for r in vault.registrations.rows()}
    out = []
    for v in views:
        ref = breach_ref(v.breach)
        entry = cat.get(v.service.catalog_id) if cat and v.service.catalog_id else None
        out.append(LeakCase(
            v.breach, v.person, v.identifiers, explain_reason(v, cat),
            case_steps(v.breach.kinds, done.get((v.person.id, ref), {}), entry=entry,
                       no_smartphone=v.person.no_smartphone),
            checklists_for(v.breach.kinds), v.service, v.exposure, v.timing,
            own.get(v.exposure.registration_id, "")))
    if states is not None:
        return out
    confirmed = {(v.breach.id, v.person.id) for v in views}
    for b, pid, mine in possible_matches(breaches, identifiers):
        if (b.id, pid) in confirmed or pid not in people:
            continue
        out.append(LeakCase(
            b, people[pid], mine, Reason(EVERYONE, ",".join(b.everyone)),
            case_steps(b.kinds, done.get((pid, breach_ref(b)), {}), everyone=True,
                       no_smartphone=people[pid].no_smartphone),
            checklists_for(b.kinds)))
    return out


def mark_step(vault: Vault, case: LeakCase, step_key: str, at: dt.datetime, *,
              done: bool = True) -> LeakCase:
    """Ticks (or unticks) a step of a case. When the last step for its kinds is done, the
    person's exposures to that breach are marked handled (resolved, as Monitor counts it)."""
    from exposure.errors import InvalidInput

    if step_key not in {s.step.key for s in case.steps}:
        raise InvalidInput("no such step for this exposure", field="step")
    ref = breach_ref(case.breach)
    with vault.operation("exposures"):
        if done:
            vault.leak_steps.mark(case.person.id, ref, step_key, at)
        else:
            vault.leak_steps.unmark(case.person.id, ref, step_key)
        stamps = vault.leak_steps.done(case.person.id, ref)
        steps = tuple(StepState(s.step, stamps.get(s.step.key)) for s in case.steps)
        after = LeakCase(case.breach, case.person, case.identifiers, case.reason, steps,
                         case.checklists, case.service, case.exposure, case.timing,
                         case.own_name)
        if after.resolved:
            for e in vault.exposures.all_exposures(person_id=case.person.id):
                if e.breach_id == case.breach.id and e.state in (ExposureState.NEW,
                                                                 ExposureState.SEEN):
                    vault.exposures.set_state(e.id, ExposureState.HANDLED)
    return after
