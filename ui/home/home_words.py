"""The Home page's sentences: the overview's numbers and codes put into words (zh_CN via .ts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from exposure import overview as ov

# the overview's codes (exposure/overview.py), repeated so this module imports no analysis
NO_FEEDS, FEEDS_NEVER_SYNCED, NO_PEOPLE = "no_feeds", "feeds_never_synced", "no_people"
NO_IDENTIFIERS, NO_PHONE, NO_REGISTRATIONS = "no_identifiers", "no_phone", "no_registrations"
UNASSESSED, AUDIT_NEVER = "unassessed", "audit_never"
SAID_ELSEWHERE = (AUDIT_NEVER, NO_REGISTRATIONS, NO_IDENTIFIERS)  # a person card says these


def blind_spot_text(code: str) -> str:
    """What Exposure cannot see, and what to do about it."""
    return {
        NO_FEEDS: QCoreApplication.translate(
            "HomeWords", "0 breach feeds followed: Exposure cannot tell you about leaks. "
            "Follow the built-in feed on the Feeds page."),
        FEEDS_NEVER_SYNCED: QCoreApplication.translate(
            "HomeWords", "The feeds you follow were never downloaded: leaks are not known yet. "
            "Sync them on the Feeds page."),
        NO_PEOPLE: QCoreApplication.translate(
            "HomeWords", "No one is in the vault yet: add yourself and your family on People."),
        NO_IDENTIFIERS: QCoreApplication.translate(
            "HomeWords", "No phone number, ID number or card entered: nothing can be analysed "
            "yet — this is not the same as safe."),
        NO_PHONE: QCoreApplication.translate(
            "HomeWords", "No phone number entered: what a stolen phone would open is not known."),
        NO_REGISTRATIONS: QCoreApplication.translate(
            "HomeWords", "No accounts entered: import them or add them on Inventory."),
        UNASSESSED: QCoreApplication.translate(
            "HomeWords", "Some services are not in the catalogue: their take-over rules are "
            "unknown, so they are not counted."),
        AUDIT_NEVER: QCoreApplication.translate(
            "HomeWords", "The national look-ups were never run: forgotten numbers, accounts "
            "and cards stay unseen."),
    }.get(code, code)


def checklist_text(key: str) -> str:
    return {
        "family": QCoreApplication.translate("HomeWords", "Add the family and their numbers"),
        "accounts": QCoreApplication.translate("HomeWords", "Import or add accounts"),
        "lookups": QCoreApplication.translate("HomeWords", "Run the national look-ups"),
        "feed": QCoreApplication.translate("HomeWords", "Follow a breach feed"),
        "lost_phone": QCoreApplication.translate("HomeWords", "Look at the lost-phone chain"),
    }[key]


CHECKLIST_PAGES = {"family": "people", "accounts": "inventory", "lookups": "audit",
                   "feed": "feeds", "lost_phone": "takeover"}


def chain_text(p: ov.PersonOverview) -> str:
    """E.g. "A stolen phone would open 20 of 24 accounts and cards (14 can move money or
    borrow). A leaked ID number alone opens none." Unknown is said as unknown."""
    if NO_IDENTIFIERS in p.blind_spots or NO_REGISTRATIONS in p.blind_spots:
        return QCoreApplication.translate(
            "HomeWords", "Not known yet: enter this person's numbers and accounts first.")
    parts = []
    lost = p.chain("lost-phone")
    if NO_PHONE in p.blind_spots or lost is None:
        parts.append(QCoreApplication.translate(
            "HomeWords", "A stolen phone: not known (no phone number entered)."))
    elif lost.falls:
        parts.append(QCoreApplication.translate(
            "HomeWords", "A stolen phone would open {n} of {of} accounts and cards "
            "({money} can move money or borrow).").format(
                n=lost.falls, of=lost.assessed, money=lost.money))
    else:
        parts.append(QCoreApplication.translate(
            "HomeWords", "A stolen phone opens none of the {of} accounts and cards assessed."
        ).format(of=lost.assessed))
    leak = p.chain("id-leak")
    if leak is not None and leak.falls:
        parts.append(QCoreApplication.translate(
            "HomeWords", "A leaked ID number would open {n}.").format(n=leak.falls))
    elif leak is not None:
        parts.append(QCoreApplication.translate(
            "HomeWords", "A leaked ID number alone opens none."))
    return ("" if parts[0].endswith("。") else " ").join(parts)  # no space after a full stop


def next_step_text(step: ov.NextStep | None, p: ov.PersonOverview) -> str:
    if step is None:
        if NO_IDENTIFIERS in p.blind_spots or NO_REGISTRATIONS in p.blind_spots:
            return QCoreApplication.translate(
                "HomeWords", "None yet: the steps come from the accounts you enter.")
        return QCoreApplication.translate(
            "HomeWords", "No step left that prevents a take-over in these two cases.")
    return QCoreApplication.translate("HomeWords", "{title} — prevents {n} of {of}").format(
        title=step.title, n=step.prevents, of=step.of)


def open_text(p: ov.PersonOverview | ov.Overview, leaks_known: bool) -> str:
    """New and unhandled exposures (or that they are unknown), letters overdue and due soon."""
    if leaks_known:
        leaks = QCoreApplication.translate(
            "HomeWords", "New exposures: {new} · not handled: {open}").format(
                new=p.exposures_new, open=p.exposures_open)
        if p.exposures_possible:
            leaks += QCoreApplication.translate(
                "HomeWords", " · possibly exposed (not confirmed): {n}").format(
                    n=p.exposures_possible)
    else:
        leaks = QCoreApplication.translate(
            "HomeWords", "Exposures: unknown (no breach feed downloaded)")
    if not p.letters_open:
        letters = QCoreApplication.translate("HomeWords", "No letter waiting for a reply")
    else:
        letters = QCoreApplication.translate(
            "HomeWords", "Letters overdue: {late} · due within 7 days: {soon} · open: {open}"
        ).format(late=p.letters_overdue, soon=p.letters_due_soon, open=p.letters_open)
    return leaks + QCoreApplication.translate("HomeWords", " · ") + letters


def audit_text(audits: tuple[ov.AuditAge, ...]) -> str:
    if all(a.days is None for a in audits):
        return QCoreApplication.translate(
            "HomeWords", "Never run: {names}").format(
                names=QCoreApplication.translate("HomeWords", ", ").join(a.name for a in audits))
    lines = []
    for a in audits:
        if a.days is None:
            lines.append(QCoreApplication.translate("HomeWords", "{name}: never run").format(
                name=a.name))
            continue
        if a.days < 1:
            line = QCoreApplication.translate("HomeWords", "{name}: run today").format(
                name=a.name)
        elif a.days < 60:
            line = QCoreApplication.translate("HomeWords", "{name}: run {n} days ago").format(
                name=a.name, n=a.days)
        else:
            line = QCoreApplication.translate("HomeWords", "{name}: run {n} months ago").format(
                name=a.name, n=a.days // 30)
        if a.gap > 0:
            line += " " + QCoreApplication.translate(
                "HomeWords", "({n} not in the inventory)").format(n=a.gap)
        lines.append(line)
    return "\n".join(lines)


def family_open_text(o: ov.Overview) -> str:
    if not o.people:
        return QCoreApplication.translate("HomeWords", "Nothing yet: add the family first.")
    return open_text(o, o.leaks_known)


def sees_all_text(o: ov.Overview) -> str:
    return QCoreApplication.translate(
        "HomeWords", "Breach feeds followed: {n} · breaches held: {b}. Exposure only "
        "knows the leaks these feeds report.").format(n=o.feeds_followed, b=o.breaches)
