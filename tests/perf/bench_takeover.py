"""Take-over benchmark (issue 5): one person with 2,000 registrations, and a whole vault of
10,000 (50 people), each analysed in the lost-phone scenario with the ranked cut (target < 1 s
each). Baseline: reading the same registrations from the vault (what a page does anyway).
Each figure and its floor are medians of runs taken in turns (three; five for the whole vault,
whose floor alone moves ±15 % between runs on a shared machine).

The inventory cycles through every catalogue service, so each kind of factor set, bound card,
reserved phone, dormant card and dormant account appears many times.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

Result = tuple[str, float, float | None]


def usages_for(entry, card, phone, idn):  # type: ignore[no-untyped-def]
    """How a registration of `entry` uses a person's identifiers: a bank by its card and reserved
    phone, the rest by phone with a card bound to payment apps; the ID on file everywhere."""
    from exposure.model import Role, Usage

    if entry.category == "bank":
        return [Usage(card, Role.LOGIN), Usage(phone, Role.RESERVED_PHONE),
                Usage(idn, Role.ID_ON_FILE)]
    uses = [Usage(phone, Role.LOGIN), Usage(idn, Role.ID_ON_FILE)]
    if "payments" in entry.reveals:
        uses.append(Usage(card, Role.BOUND_CARD))
    return uses


def _fill(vault, people: int, per_person: list[int], first: int = 0) -> list[int]:  # type: ignore[no-untyped-def]
    from stdnum import luhn
    from stdnum.cn import ric

    from exposure.catalog import default_catalog
    from exposure.model import IdentifierStatus, RegistrationStatus, Role, Usage

    entries = list(default_catalog().entries)
    pids = []
    with vault.operation("registrations"):
        services = {e.id: vault.services.ensure(name=e.name_zh, catalog_id=e.id) for e in entries}
        for p in range(first, first + people):
            pid = vault.people.add(name=f"成员 {p:03d}")
            pids.append(pid)
            add = vault.identifiers.add
            phones = [add(person_id=pid, kind="phone", value=f"13{n}{p:04d}{p:04d}")
                      for n in (9, 7)]
            body = f"11010519{70 + p % 30:02d}0101{p:03d}"
            idn = add(person_id=pid, kind="id_number", value=body + ric.calc_check_digit(body + "0"))
            photo = add(person_id=pid, kind="id_photo", value="照片")
            email = add(person_id=pid, kind="email", value=f"p{p}@example.com")
            cards = []
            for c in range(12):
                digits = f"6222{c:02d}{p:012d}"
                cards.append(add(person_id=pid, kind="bank_card",
                                 value=digits + luhn.calc_check_digit(digits),
                                 status=IdentifierStatus.DORMANT if c % 4 == 3
                                 else IdentifierStatus.ACTIVE))
            for r in range(per_person[p - first]):
                e = entries[r % len(entries)]
                uses = usages_for(e, cards[r % len(cards)], phones[r % 2], idn)
                if r % 7 == 0:
                    uses.append(Usage(photo, Role.ID_ON_FILE))
                if r % 5 == 0:
                    uses.append(Usage(email, Role.CONTACT))
                vault.registrations.add(
                    person_id=pid, service_id=services[e.id], usages=uses, allow_duplicate=True,
                    status=RegistrationStatus.DORMANT if r % 11 == 0 else
                    RegistrationStatus.ACTIVE)
    return pids


def _paired(figure, floor, repeat: int = 3) -> tuple[float, float, object]:  # type: ignore[no-untyped-def]
    """Medians of `repeat` runs of the figure and its floor, taken in turns (a shared machine:
    one run may land on a busy moment, and both should meet the same moments), each from a
    collected heap."""
    import gc
    import statistics

    figures, floors, result = [], [], None
    for _ in range(repeat):
        result = None  # the last run's objects would weigh on the floor's garbage collection
        gc.collect()
        start = time.perf_counter()
        floor()
        floors.append(time.perf_counter() - start)
        gc.collect()
        start = time.perf_counter()
        result = figure()
        figures.append(time.perf_counter() - start)
    return statistics.median(figures), statistics.median(floors), result


def run(scale: float = 1.0) -> list[Result]:
    from exposure import takeover as to
    from exposure.catalog import default_catalog
    from exposure.keys import VaultKey
    from exposure.vault import Vault

    default_catalog()  # loaded once at start-up in the app; not part of the measure
    one = max(int(2_000 * scale), 40)
    people = 50 if scale >= 0.1 else 5
    total = max(int(10_000 * scale), one + 4 * (people - 1))
    rest, extra = divmod(total - one, people - 1)
    with tempfile.TemporaryDirectory() as tmp:
        vault = Vault.create(Path(tmp) / "v", VaultKey.from_passphrase("bench passphrase ok"))
        try:
            pids = _fill(vault, people,
                         [one] + [rest + (1 if n < extra else 0) for n in range(people - 1)])
            count = vault.registrations.count()
            read_one = lambda: vault.registrations.rows(pids[0])  # noqa: E731
            t_one, f_one, report = _paired(
                lambda: to.report_for(vault, pids[0], "lost-phone"), read_one)
            assert report.analysis.steps and report.cut  # type: ignore[attr-defined]
            steps = len(report.analysis.steps)  # type: ignore[attr-defined]
            t_book, f_book, book = _paired(
                lambda: to.playbook_for_person(vault, pids[0]), read_one)
            assert book.items  # type: ignore[attr-defined]
            t_all, read_all, reports = _paired(
                lambda: to.analyse_vault(vault, "lost-phone"), vault.registrations.rows, 5)
            assert len(reports) == people  # type: ignore[arg-type]
            # the figure below and its floor start from the same heap: 50 people's reports kept
            # alive here would weigh on the floor's garbage collection (and more, the more
            # objects a report holds), not on the app, which drops a report when it has shown it
            reports = report = book = None

            # families and workshops grow: as many people again, 200 registrations each
            per = max(int(200 * scale), 4)
            _fill(vault, people, [per] * people, first=people)
            big = vault.registrations.count()
            t_big, read_big, reports = _paired(
                lambda: to.analyse_vault(vault, "lost-phone"), vault.registrations.rows, 5)
            assert len(reports) == 2 * people  # type: ignore[arg-type]
        finally:
            vault.close()
    return [
        (f"take-over: 1 person, {one} regs: chain ({steps}) + cut", t_one, f_one),
        (f"take-over: lost-phone playbook, {one} regs", t_book, f_book),
        (f"take-over: whole vault, {count} regs, {people} people; floor: reading its rows",
         t_all, read_all),
        (f"take-over: whole vault, {big} regs, {2 * people} people (the last {people} with "
         f"{per} each)", t_big, read_big),
    ]


if __name__ == "__main__":
    for name, value, base in run():
        print(f"{name:<58} {value:8.3f}s  baseline {base:8.3f}s")
