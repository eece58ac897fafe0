"""Letters from the vault: make one for a registration, record it, follow it up, complain.

Every function takes `today` from the caller (a clock), so tests move time without sleeping.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from exposure import identifiers as idmod
from exposure.catalog import Catalog
from exposure.errors import LetterUnavailable
from exposure.letters.behalf import CHILD_AGE, Capacity, age_on, capacity_of
from exposure.letters.compose import (
    Letter,
    LetterInput,
    Original,
    Requester,
    letter_identifiers,
    letter_title,
    recipient_for,
    render_letter,
)
from exposure.letters.deadlines import Due, due_for
from exposure.letters.ics import DueEvent, to_ics
from exposure.letters.kinds import LetterKind, Regime, regime_of
from exposure.letters.law import legal_data
from exposure.letters.model import Channel, Outcome, Request, RequestId, RequestState
from exposure.model import IdentifierKind, InventoryRow, Person, RegistrationId, ServiceId
from exposure.vault import Vault

# How the writer is related to the person, seen from the person (mother → written by her child).
_AGENT_RELATION = {
    "zh": {"father": "子女", "mother": "子女", "child": "父母", "spouse": "配偶",
           "grandparent": "孙辈", "sibling": "兄弟姐妹"},
    "en": {"father": "child", "mother": "child", "child": "parent", "spouse": "spouse",
           "grandparent": "grandchild", "sibling": "sibling"},
}


@dataclass(frozen=True)
class LetterOptions:
    lang: str = "zh"
    include_id_number: bool = False  # opt-in: the ID number is never in a letter by default
    minimal: bool = True  # only the login; False = every identifier the service holds
    details: str = ""
    contact: str = ""  # where the service should reply
    on_behalf: bool | None = None  # None: automatically when the person is not "self"
    # Writing as a deceased person's relative, a child's guardian or by proxy (letters/behalf.py);
    # None: "deceased" when the person's record says so, else as before.
    as_relative: Capacity | None = None
    applicant: str = ""  # who writes, when it is not the vault's "self"


def capacity_for(person: Person, opts: LetterOptions) -> Capacity | None:
    if opts.as_relative is not None:
        return opts.as_relative
    return Capacity.DECEASED if person.deceased else None


def requester_for(vault: Vault, person: Person, opts: LetterOptions) -> Requester:
    lang = "zh" if opts.lang == "zh" else "en"
    agent_name = relation = ""
    capacity = capacity_for(person, opts)
    proxy = opts.on_behalf
    if proxy is None:
        proxy = person.relation not in ("", "self") or capacity is not None
    if proxy:
        me = next((p for p in vault.people.all_people()
                   if p.relation == "self" and p.id != person.id), None)
        if opts.applicant.strip():
            agent_name = " ".join(opts.applicant.split())
        elif me is not None:
            agent_name = me.name
        if agent_name:
            relation = _AGENT_RELATION[lang].get(person.relation, "")
    return Requester(person.name, agent_name, relation, opts.contact, capacity,
                     person.died_on if capacity is Capacity.DECEASED else None)


def check_capacity(vault: Vault, person: Person, capacity: Capacity | None,
                   today: dt.date) -> None:
    """A guardian's letter under art. 31 is for a child under 14: refuse it when an ID number on
    record shows the person is older (no ID number: the writer's word is taken)."""
    if capacity is not Capacity.GUARDIAN:
        return
    for ident in vault.identifiers.all_identifiers(person.id):
        if ident.kind is not IdentifierKind.ID_NUMBER:
            continue
        born = idmod.details(ident.kind, ident.value).get("birth_date")
        if born and age_on(dt.date.fromisoformat(born), today) >= CHILD_AGE:
            raise LetterUnavailable("art. 31 is for children under 14", reason="not_a_child")


def _row(vault: Vault, registration_id: RegistrationId) -> InventoryRow:
    reg = vault.registrations.get(registration_id)
    return next(r for r in vault.registrations.rows(reg.person_id) if r.registration.id == reg.id)


def pipl_due(vault: Vault, sent: dt.date) -> Due:
    return due_for(Regime.PIPL, sent, working_days=vault.requests.default_working_days())


def due_of(vault: Vault, kind: LetterKind, sent: dt.date,
           original: LetterKind | None = None) -> Due:
    if regime_of(kind, original) is Regime.GDPR:
        return due_for(Regime.GDPR, sent)
    return pipl_due(vault, sent)


def letter_for_registration(vault: Vault, registration_id: RegistrationId, kind: LetterKind,
                            today: dt.date, opts: LetterOptions | None = None,
                            catalog: Catalog | None = None) -> Letter:
    """A first letter (deletion, access …) for one registration, not yet recorded."""
    opts = opts or LetterOptions()
    if kind in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT):
        raise LetterUnavailable("made from a sent request", reason="needs_original")
    row = _row(vault, registration_id)
    check_capacity(vault, row.person, capacity_for(row.person, opts), today)
    return render_letter(LetterInput(
        kind=kind, lang=opts.lang, requester=requester_for(vault, row.person, opts),
        recipient=recipient_for(row.service, catalog, opts.lang,
                                row.registration.service_name), date=today,
        account_ref=row.registration.account_ref,
        identifiers=letter_identifiers(row, opts.lang, include_id_number=opts.include_id_number,
                                       minimal=opts.minimal),
        details=opts.details, due=due_of(vault, kind, today)))


def record(vault: Vault, registration_id: RegistrationId, kind: LetterKind, today: dt.date,
           opts: LetterOptions | None = None, channel: Channel = Channel.EMAIL) -> RequestId:
    """Keep a made letter as a draft request in the vault."""
    opts = opts or LetterOptions()
    reg = vault.registrations.get(registration_id)
    return vault.requests.add(
        person_id=reg.person_id, service_id=reg.service_id, registration_id=reg.id,
        kind=kind, created=today, lang=opts.lang, channel=channel,
        include_id_number=opts.include_id_number, notes=opts.details,
        as_relative=opts.as_relative.value if opts.as_relative else "")


def mark_sent(vault: Vault, rid: RequestId, sent: dt.date, channel: Channel | None = None) -> Due:
    """Record that a request went out; its due date follows from its kind and the default."""
    req = vault.requests.get(rid)
    parent = vault.requests.get(req.parent_id) if req.parent_id else None
    due = due_of(vault, req.kind, sent, parent.kind if parent else None)
    vault.requests.mark_sent(rid, sent=sent, due=due, channel=channel)
    return due


def _original(vault: Vault, req: Request) -> Original:
    if req.sent is None:
        raise LetterUnavailable("the original was never sent", reason="not_sent")
    outcome = ""
    if req.reply is not None and req.reply.outcome in (Outcome.REFUSED, Outcome.PARTLY):
        outcome = req.reply.note
    follow = [c for c in vault.requests.children(req.id)
              if c.kind is LetterKind.FOLLOW_UP and c.sent]
    return Original(req.kind, req.sent, req.due, req.channel.value, outcome,
                    follow[-1].sent if follow else None)


def letter_for_request(vault: Vault, rid: RequestId, today: dt.date,
                       catalog: Catalog | None = None) -> Letter:
    """The letter of a stored request (first letters, follow-ups and complaints alike)."""
    req = vault.requests.get(rid)
    opts = LetterOptions(lang=req.lang, include_id_number=req.include_id_number,
                         details=req.notes, as_relative=capacity_of(req.as_relative))
    person = vault.people.get(req.person_id)
    row = _row(vault, req.registration_id) if req.registration_id else None
    service = row.service if row else (
        vault.services.get(ServiceId(req.service_id)) if req.service_id else None)
    if service is None:
        raise LetterUnavailable("the service is gone", reason="no_service")
    original = None
    channel = None
    orig_kind = None
    if req.kind in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT):
        if req.parent_id is None:
            raise LetterUnavailable("no original", reason="needs_original")
        parent = vault.requests.get(req.parent_id)
        original = _original(vault, parent)
        orig_kind = parent.kind
        if req.kind is LetterKind.COMPLAINT:
            channel = legal_data().channel(req.complaint_channel)
    date = req.sent or today
    return render_letter(LetterInput(
        kind=req.kind, lang=req.lang, requester=requester_for(vault, person, opts),
        recipient=recipient_for(service, catalog, req.lang,
                                row.registration.service_name if row else ""), date=date,
        account_ref=row.registration.account_ref if row else "",
        identifiers=letter_identifiers(row, req.lang, include_id_number=req.include_id_number)
        if row else (),
        details=req.notes, due=due_of(vault, req.kind, date, orig_kind), original=original,
        channel=channel))


def _derive(vault: Vault, rid: RequestId, kind: LetterKind, today: dt.date,
            complaint_channel: str = "") -> RequestId:
    orig = vault.requests.get(rid)
    if orig.kind in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT) and orig.parent_id:
        orig = vault.requests.get(orig.parent_id)  # follow up the first letter, not a reminder
    if orig.sent is None:
        raise LetterUnavailable("the original was never sent", reason="not_sent")
    return vault.requests.add(
        person_id=orig.person_id, service_id=orig.service_id,
        registration_id=orig.registration_id, kind=kind, created=today, lang=orig.lang,
        channel=Channel.REGULATOR if kind is LetterKind.COMPLAINT else orig.channel,
        parent_id=orig.id, complaint_channel=complaint_channel,
        include_id_number=orig.include_id_number, as_relative=orig.as_relative)


def follow_up(vault: Vault, rid: RequestId, today: dt.date) -> RequestId:
    """A reminder to the service about a sent request, kept as a draft linked to it."""
    return _derive(vault, rid, LetterKind.FOLLOW_UP, today)


def _first_letter(vault: Vault, rid: RequestId) -> Request:
    req = vault.requests.get(rid)
    if req.kind in (LetterKind.FOLLOW_UP, LetterKind.COMPLAINT) and req.parent_id:
        return vault.requests.get(req.parent_id)
    return req


def suggested_channels(vault: Vault, rid: RequestId, catalog: Catalog | None = None) -> list[str]:
    """Where a complaint about this request goes, best first, following the law it used: after a
    GDPR request the EU supervisory authorities (GDPR art. 77; the country of the service's
    jurisdiction first), after a PIPL request the Chinese channels (PIPL art. 65)."""
    req = _first_letter(vault, rid)
    service = vault.services.get(ServiceId(req.service_id)) if req.service_id else None
    legal = legal_data()
    if regime_of(req.kind) is Regime.GDPR:
        country = ""
        entry = catalog.get(service.catalog_id) if catalog and service and service.catalog_id \
            else None
        if entry is not None:
            country = entry.jurisdiction
        return [a.id for a in legal.authorities_for(country)]
    return [c.id for c in legal.channels_for(service.category if service else "")]


def complaint(vault: Vault, rid: RequestId, today: dt.date, channel_id: str = "") -> RequestId:
    """A complaint about an unanswered request, to a channel of the law the request used."""
    allowed = suggested_channels(vault, rid)
    channel_id = channel_id or allowed[0]
    if legal_data().channel(channel_id) is None:
        raise LetterUnavailable("unknown complaint channel", reason="unknown_channel")
    if channel_id not in allowed:
        raise LetterUnavailable("a channel of the other law", reason="wrong_law")
    return _derive(vault, rid, LetterKind.COMPLAINT, today, channel_id)


def is_open(req: Request) -> bool:
    return req.state in (RequestState.DRAFT, RequestState.SENT)


def due_events(vault: Vault, lang: str,
               kind_words: Callable[[LetterKind], str] | None = None) -> list[DueEvent]:
    """Every sent request that has a due date, as one calendar event titled "<kind> — <service>"
    (never an identifier). `kind_words` names a kind (default: the letter's own title)."""
    words = kind_words or (lambda kind: letter_title(kind, lang))
    services = {s.id: s.name for s in vault.services.all_services()}
    out = []
    for req in vault.requests.all_requests():
        if req.state is not RequestState.SENT or req.due is None:
            continue
        service = services.get(req.service_id, "") if req.service_id else ""
        out.append(DueEvent(int(req.id), req.due, f"{words(req.kind)} — {service}", req.sent,
                            req.due_basis, req.due_count, req.due_unit))
    return out


def deadlines_ics(vault: Vault, *, now: dt.datetime, lang: str,
                  kind_words: Callable[[LetterKind], str] | None = None) -> tuple[bytes, int]:
    """The .ics file of every due date (`main.py requests ics`, the Requests page) and how many
    deadlines it holds."""
    events = due_events(vault, lang, kind_words)
    return to_ics(events, now=now, lang=lang), len(events)
