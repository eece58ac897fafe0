"""`main.py letter …` makes a request letter; `main.py requests list|ics …` shows the tracking.

    main.py letter --vault V --registration 12 --kind deletion --lang zh --out letter.pdf
    main.py letter --vault V --service alipay --person 张三 --kind access --out access.txt
    main.py requests list --vault V [--overdue] [--json]
    main.py requests ics --vault V --out deadlines.ics
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from exposure.cli.args import JSON, LANG, PERSON, VAULT, arg, command, one_of
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    load_catalog,
    opened,
    page_output,
    print_json,
    print_table,
    write_failed,
    write_pages,
)
from exposure.errors import ExposureError
from exposure.letters import tracking
from exposure.letters.behalf import Capacity, capacity_of
from exposure.letters.checklist import checklist_items, render_checklist
from exposure.letters.deadlines import unknown_holiday_years
from exposure.letters.kinds import FIRST_KINDS, LetterKind
from exposure.letters.model import Request
from exposure.model import RegistrationId
from exposure.outfile import write_private
from exposure.vault import Vault


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "letter", "write a deletion / access / … request letter",
            VAULT,
            one_of(arg("--registration", type=int, metavar="ID", help="registration id"),
                   arg("--service", metavar="ID", help="catalogue id or service id (with "
                       "--person if several people use it)"),
                   required=True),
            arg("--person", metavar="NAME", help="whose registration, with --service"),
            arg("--kind", required=True, choices=[k.value for k in FIRST_KINDS]),
            LANG,
            arg("--out", type=Path, required=True, metavar="FILE",
                help="FILE.pdf, FILE.txt or FILE.html"),
            arg("--include-id-number", action="store_true",
                help="put the ID number in the letter (left out by default)"),
            arg("--all-identifiers", action="store_true",
                help="every identifier the service holds, not only the login"),
            arg("--details", default="", help="free text, e.g. what to correct"),
            arg("--contact", default="", help="where the service should reply"),
            arg("--date", type=_date, default=None, help="letter date (default today)"),
            arg("--as-relative", choices=[c.value for c in Capacity], default=None,
                help="write as a deceased person's close relative (PIPL art. 49), a child's "
                "guardian (art. 31) or by proxy (adds an authorisation page to sign)"),
            arg("--applicant", default="", metavar="NAME",
                help="who writes for the person (default: the vault's 'self')"),
            arg("--record", action="store_true", help="keep it in the vault as a draft"),
            arg("--mailto", action="store_true", help="also print an e-mail draft link"),
            run=run_letter)
    command(sub, "checklist", "a person's printable hardening checklist: every service's steps "
            "by priority (a deceased person's accounts to close)",
            VAULT, PERSON, LANG,
            arg("--out", type=Path, required=True, metavar="FILE", help="FILE.pdf or FILE.html"),
            run=run_checklist)

    r = command(sub, "requests", "requests sent and their deadlines", run=_no_action)
    rsub = r.add_subparsers(dest="action", metavar="ACTION")
    command(rsub, "list", "list requests (overdue ones marked)",
            VAULT,
            arg("--overdue", action="store_true", help="only those past their due date"),
            JSON,
            arg("--today", type=_date, default=None, help=argparse.SUPPRESS),
            run=run_list)
    command(rsub, "ics", "export due dates as an iCalendar file",
            VAULT, arg("--out", type=Path, required=True, metavar="FILE.ics"), LANG, run=run_ics)
    command(rsub, "set-default-days", "working days a PIPL request is given before it is overdue",
            VAULT,
            arg("days", type=int, metavar="N", nargs="?", default=None,
                help="1 to 365 (no N: show the current default)"),
            run=run_set_default_days)


def _no_action(args: argparse.Namespace, hooks: Hooks) -> int:
    raise CliError(EXIT_USAGE, "usage error: requests list|ics|set-default-days (see --help)")


def _resolve(vault: Vault, args: argparse.Namespace) -> RegistrationId:
    if args.registration is not None:
        return RegistrationId(args.registration)
    rows = vault.registrations.rows()
    key = str(args.service)
    hits = [r for r in rows if r.service.catalog_id == key or str(r.service.id) == key]
    if args.person:
        hits = [r for r in hits if r.person.name == " ".join(args.person.split())]
    if not hits:
        raise CliError(EXIT_FAILED, "no registration at that service"
                       + (" for that person" if args.person else ""))
    if len(hits) > 1:
        raise CliError(EXIT_USAGE, f"usage error: {len(hits)} registrations at that service; "
                       "name one with --registration ID or --person NAME")
    return hits[0].registration.id


def run_letter(args: argparse.Namespace, hooks: Hooks) -> int:
    suffix = page_output(args.out, hooks, text=True)
    today = args.date or dt.date.today()
    opts = tracking.LetterOptions(lang=args.lang, include_id_number=args.include_id_number,
                                  minimal=not args.all_identifiers, details=args.details,
                                  contact=args.contact,
                                  as_relative=capacity_of(args.as_relative),
                                  applicant=args.applicant)
    kind = LetterKind(args.kind)
    with opened(args) as vault:
        rid = _resolve(vault, args)
        letter = tracking.letter_for_registration(vault, rid, kind, today, opts, load_catalog())
        if args.record:
            tracking.record(vault, rid, kind, today, opts)
    try:
        if suffix == ".pdf" and hooks.html_to_pdf is not None:
            hooks.html_to_pdf(letter.pages, args.out)
        elif suffix == ".txt":
            write_private(args.out, letter.full_text.encode("utf-8"))
        else:
            write_private(args.out, "\n".join(letter.pages).encode("utf-8"))
    except ExposureError as exc:
        raise write_failed(args.out, exc) from None
    print(f"wrote {args.out}")
    if args.mailto:
        print(letter.mailto())
    return 0


def _row(vault: Vault, req: Request, today: dt.date) -> dict[str, Any]:
    service = vault.services.get(req.service_id).name if req.service_id else ""
    person = vault.people.get(req.person_id).name
    return {
        "id": req.id, "person": person, "service": service, "kind": req.kind.value,
        "state": "overdue" if req.is_overdue(today) else req.state.value,
        "channel": req.channel.value,
        "sent": req.sent.isoformat() if req.sent else None,
        "due": req.due.isoformat() if req.due else None,
        "due_basis": req.due_basis, "parent": req.parent_id,
        "holidays_unknown": bool(req.sent and req.due and req.due_unit == "working_days"
                                 and unknown_holiday_years(req.sent, req.due)),
        "reply": ({"date": req.reply.date.isoformat(), "outcome": req.reply.outcome.value}
                  if req.reply else None),
    }


def run_checklist(args: argparse.Namespace, hooks: Hooks) -> int:
    page_output(args.out, hooks)
    with opened(args) as vault:
        person = vault.people.find(" ".join(args.person.split()))
        if person is None:
            raise CliError(EXIT_FAILED, "no person of that name in the vault")
        groups = checklist_items(vault.registrations.rows(person.id), load_catalog(), args.lang)
    write_pages(args.out, [render_checklist(person.name, groups, args.lang, dt.date.today())],
                hooks)
    print(f"wrote {args.out} ({sum(len(v) for v in groups.values())} steps)")
    return 0


def run_list(args: argparse.Namespace, hooks: Hooks) -> int:
    today = args.today or dt.date.today()
    with opened(args) as vault:
        reqs = vault.requests.overdue(today) if args.overdue else vault.requests.all_requests()
        rows = [_row(vault, r, today) for r in reqs]
    if args.json:
        print_json(rows)
    else:
        print_table(["id", "person", "service", "kind", "state", "sent", "due"],
                    [[r["id"], r["person"], r["service"], r["kind"], r["state"],
                      r["sent"] or "", (r["due"] or "") + ("*" if r["holidays_unknown"] else "")]
                     for r in rows])
        if any(r["holidays_unknown"] for r in rows):
            print("* public holidays of that year are not known yet: only weekends were "
                  "skipped, the real deadline may be later")
    return 0


def run_set_default_days(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        if args.days is not None:
            if not 1 <= args.days <= 365:
                raise CliError(EXIT_USAGE, "usage error: N must be 1 to 365 working days")
            vault.requests.set_default_working_days(args.days)
        days = vault.requests.default_working_days()
    print(f"PIPL requests are due {days} working days after they are sent "
          "(requests already sent keep their due date)")
    return 0


def run_ics(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        data, count = tracking.deadlines_ics(vault, now=dt.datetime.now(dt.UTC), lang=args.lang)
    try:
        write_private(args.out, data)
    except ExposureError as exc:
        raise write_failed(args.out, exc) from None
    print(f"wrote {args.out} ({count} deadlines)")
    return 0
