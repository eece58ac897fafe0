"""What the Leaks page shows, read from the vault once per refresh: the exposures, the per-person
and per-identifier summaries, the timeline, what the feeds make known, and the letters overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from exposure import crosscheck
from exposure.crosscheck import ExposureView, IdentifierSummary, PersonSummary
from exposure.feeds.model import ExposureState, FeedKind
from exposure.vault import Vault

_OPEN = (ExposureState.NEW, ExposureState.SEEN)


@dataclass(frozen=True)
class LeaksSnapshot:
    views: tuple[ExposureView, ...]
    people: tuple[PersonSummary, ...]
    identifiers: tuple[IdentifierSummary, ...]
    timeline: tuple[tuple[str, int], ...]  # (YYYY-MM, breaches that month)
    followed: int  # feeds followed (on, not the manual one)
    downloaded: bool  # one of them was downloaded at least once: leaks can be known
    breaches: int  # breaches in the vault, all feeds
    overdue: int  # letters past their due date

    @property
    def open(self) -> int:
        """Exposures neither handled nor dismissed."""
        return sum(1 for v in self.views if v.exposure.state in _OPEN)

    @property
    def places(self) -> int:
        """Registrations with an exposure."""
        return len({v.exposure.registration_id for v in self.views})


def leaks_snapshot(vault: Vault, *, today: dt.date, hide_flags: Iterable[str] = ()
                   ) -> LeaksSnapshot:
    """One read of the vault (one state, whoever else writes) for everything the page shows."""
    hide = tuple(hide_flags)
    with vault.reading():
        rows = vault.registrations.rows()
        breaches = vault.breaches.all_breaches(hide_flags=hide)
        exposures = vault.exposures.all_exposures(hide_flags=hide)
        people = vault.people.all_people()
        identifiers = vault.identifiers.all_identifiers()
        feeds = vault.feeds.all_feeds()
        breach_count = vault.breaches.count()
        overdue = len(vault.requests.overdue(today))
    views = crosscheck.views_of(rows, breaches, exposures)
    followed = [f for f in feeds if f.enabled and f.kind is not FeedKind.MANUAL]
    return LeaksSnapshot(
        views=tuple(views),
        people=tuple(crosscheck.people_of(views, people, rows)),
        identifiers=tuple(crosscheck.identifiers_of(views, people, identifiers, rows)),
        timeline=tuple(crosscheck.timeline_of(views)),
        followed=len(followed), downloaded=any(f.last_success for f in followed),
        breaches=breach_count, overdue=overdue)
