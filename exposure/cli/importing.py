"""`main.py import FILE --vault PATH`: fill the inventory from a CSV, a password-manager export
or a list of app names; `main.py import --template OUT.csv` writes the CSV template.

    main.py import --vault V passwords.csv --person 妈妈 --dry-run      # the preview only
    main.py import --vault V bitwarden.json --format bitwarden --person 我
    main.py import --vault V apps.txt --format applist --login 13900000001 --person 爸爸
    main.py import --vault V family.csv --map "我的社保App=social-security-12333"
    main.py import --template family.csv

The file is read and checked before the vault is unlocked: a malformed file never opens it.
Passwords, notes and TOTP secrets in an export are not read, printed or stored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from exposure import crosscheck
from exposure import identifiers as idmod
from exposure.cli.args import VAULT, arg, command
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    describe_error,
    opened,
    print_json,
    print_table,
)
from exposure.errors import ImportRejected, InvalidIdentifier, InvalidInput
from exposure.importers import (
    FORMATS,
    MAX_BYTES,
    Choice,
    ImportPlan,
    Parsed,
    PlanRow,
    Skipped,
    commit,
    map_names,
    preview,
    read,
    template_bytes,
)

FORMAT_NAMES = {
    "auto": "any known format", "csv": "Exposure's CSV (person, service, kind, value, status, "
    "notes)", "bitwarden": "a Bitwarden export", "keepass": "a KeePass/KeePassXC CSV or XML export",
    "chrome": "a Chrome/Edge password CSV", "firefox": "a Firefox logins CSV",
    "1password": "a 1Password CSV export", "applist": "a list of names",
}

_REASONS = {
    "empty": "the file holds nothing to import",
    "too_large": "the file is larger than {limit_mb} MB",
    "encoding": "the file is not text in UTF-8 or GBK/GB18030 (save it as \"CSV UTF-8\")",
    "binary": "the file is not text (a spreadsheet? save it as CSV)",
    "unreadable": "the file cannot be read",
    "columns": "the columns do not fit {format_name}",
    "not_an_export": "the file is not {format_name}",
    "unrecognised": "this is not a format Exposure reads (Exposure's CSV, Bitwarden JSON or "
    "CSV, KeePass/KeePassXC CSV or XML, Chrome/Edge, Firefox or 1Password CSV, or a list of app "
    "names one per line)",
    "not_applist": "line {line} is not an app or service name (a password-manager export? "
    "choose its format); nothing of it was read",
    "too_many": "the file has more than {limit} entries; a real export or app list has far "
    "fewer (split it, or check it is the right file)",
    "unsafe_xml": "the XML file declares entities or a DTD, which a KeePass export never does",
    "encrypted": "the export is encrypted; export again as unencrypted JSON",
    "malformed": "the file is malformed (near line {line})",
    "unknown_format": "unknown format {format}",
    "no_person": "name the person these accounts belong to with --person",
}

_SKIPS = {
    "not_a_login": "not a login (a card, identity or note)",
    "no_service": "no web address or service name",
    "local": "a local address (router, NAS), not a service",
    "kind": "unknown identifier kind",
    "identifier": "invalid {kind} ({code})",
    "status": "unknown status",
    "role": "unknown role",
    "identifier_status": "unknown identifier status (active, dormant, cancelled)",
    "since": "the date opened is not YYYY-MM-DD, YYYY-MM or YYYY",
}


def describe_rejection(exc: ImportRejected) -> str:
    params = {**exc.params, "format_name": FORMAT_NAMES.get(str(exc.params.get("format")),
                                                            "the format")}
    text = _REASONS.get(exc.reason, exc.reason)
    try:
        text = text.format(**params)
    except (KeyError, IndexError):
        text = text.split(" (near")[0]
    if exc.reason == "columns" and exc.params.get("missing"):
        text += f" (missing: {exc.params['missing']})"
    return f"cannot import: {text}; nothing was changed"


def describe_skip(skip: Skipped) -> str:
    text = _SKIPS.get(skip.reason, skip.reason)
    try:
        return text.format(**skip.detail)
    except (KeyError, IndexError):
        return text


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "import", "add registrations from a CSV, a password-manager export or a list "
            "of app names (preview with --dry-run)",
            VAULT,
            arg("file", nargs="?", type=Path, metavar="FILE",
                help="the file to import ('-' reads standard input)"),
            arg("--format", default="auto", choices=["auto", *FORMATS]),
            arg("--person", default="", metavar="NAME",
                help="whose accounts these are (added if new); needed when the vault has "
                "several people and the file does not name them"),
            arg("--dry-run", action="store_true", help="show what would be imported, write "
                "nothing"),
            arg("--unmatched", default="custom", choices=["custom", "skip"],
                help="services not in the catalogue: add as your own (default) or leave out"),
            arg("--login", default="", metavar="VALUE",
                help="applist: the phone number or e-mail every listed account is bound to"),
            arg("--json", action="store_true", help="print the plan as JSON"),
            arg("--template", type=Path, metavar="OUT.csv",
                help="write the CSV template (UTF-8 with BOM, opens in Excel) and stop"),
            arg("--force", action="store_true", help="with --template: overwrite OUT.csv"),
            arg("--map", action="append", default=[], metavar="NAME=CATALOG-ID",
                help="place a service the catalogue did not match (as the file names it) on "
                "a catalogue entry, e.g. --map \"我的社保App=social-security-12333\" "
                "(repeatable)"),
            run=run)


def _read(args: argparse.Namespace) -> Parsed:
    try:
        if str(args.file) == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
            return read(data, args.format, login=args.login)
        return read(args.file, args.format, login=args.login)
    except ImportRejected as exc:
        raise CliError(EXIT_FAILED, describe_rejection(exc)) from None
    except InvalidIdentifier as exc:
        raise CliError(EXIT_USAGE, f"usage error: --login: {describe_error(exc)}") from None


def _ids(row: PlanRow) -> str:
    shown = [idmod.mask(i.kind, i.value) + (f" ({i.label})" if i.label else "")
             + (f" [{i.status.value}]" if i.status.value != "active" else "")
             for i in row.identifiers]
    return ", ".join(shown + ([row.account_ref] if row.account_ref else []))


def _mapped(plan: ImportPlan, pairs: list[str]) -> dict[int, Choice]:
    """--map NAME=CATALOG-ID (repeatable) → choices for the unmatched rows of that name."""
    names: dict[str, str] = {}
    for pair in pairs:
        name, sep, target = pair.partition("=")
        if not sep or not name.strip() or not target.strip():
            raise CliError(EXIT_USAGE, "usage error: --map takes NAME=CATALOG-ID")
        names[name.strip()] = target.strip()
    try:
        choices, unused = map_names(plan, names)
    except InvalidInput:
        raise CliError(EXIT_USAGE, "usage error: --map names a catalogue entry that does not "
                       "exist (see `catalog search`)") from None
    for name in unused:
        print(f"note: --map {name}: no unmatched line names this service", file=sys.stderr)
    return choices


def plan_json(plan: ImportPlan, choices: dict[int, Choice] | None = None) -> dict[str, object]:
    choices = choices or {}

    def row(r: PlanRow, what: str) -> dict[str, object]:
        mapped = choices.get(r.key)
        return {"key": r.key, "line": r.line, "what": "mapped" if mapped else what,
                "person": r.person, "source": r.label,
                "catalog_id": mapped.catalog_id if mapped else r.catalog_id,
                "service": r.service_name, "relation": r.relation,
                "since": r.since.isoformat() if r.since else None,
                "identifiers": [{"kind": i.kind.value, "role": i.role.value, "label": i.label,
                                 "status": i.status.value,
                                 "value": idmod.mask(i.kind, i.value)} for i in r.identifiers],
                "account": r.account_ref, "status": r.status.value}

    return {
        "format": plan.format, "person": plan.person, "new_people": list(plan.new_people),
        "matched": [row(r, "matched") for r in plan.matched],
        "unmatched": [row(r, "unmatched") for r in plan.unmatched],
        "duplicates": [{**row(r, "duplicate"), "of": r.duplicate} for r in plan.duplicates],
        "skipped": [{"line": s.line, "reason": s.reason, "source": s.label, **s.detail}
                    for s in plan.skipped],
    }


def print_plan(plan: ImportPlan, unmatched: str,
               choices: dict[int, Choice] | None = None) -> None:
    choices = choices or {}
    rows = [[r.line, "matched", r.person, r.service_name, _ids(r)] for r in plan.matched]
    custom = "own service" if unmatched == "custom" else "left out"
    rows += [[r.line, f"mapped to {choices[r.key].catalog_id}" if r.key in choices
              else f"not in catalogue: {custom}", r.person, r.label, _ids(r)]
             for r in plan.unmatched]
    rows += [[r.line, "already recorded" if r.duplicate == "vault" else "repeated in file",
              r.person, r.service_name, _ids(r)] for r in plan.duplicates]
    rows += [[s.line, f"not imported: {describe_skip(s)}", "", s.label, ""]
             for s in plan.skipped]
    rows.sort(key=lambda r: int(r[0]))  # type: ignore[call-overload]
    print_table(["line", "what", "person", "service", "identifiers"], rows)
    people = f"; new people: {', '.join(plan.new_people)}" if plan.new_people else ""
    print(f"{plan.format}: {len(plan.matched)} matched, {len(plan.unmatched)} not in the "
          f"catalogue, {len(plan.duplicates)} already recorded, {len(plan.skipped)} not "
          f"imported{people}")


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    if args.template:
        if args.template.exists() and not args.force:
            raise CliError(EXIT_FAILED, f"{args.template} exists (use --force to replace it)")
        try:
            args.template.write_bytes(template_bytes())
        except OSError as exc:
            raise CliError(EXIT_FAILED, f"cannot write the template: {exc.strerror}") from None
        print(f"wrote the CSV template to {args.template}")
        return 0
    if args.file is None:
        raise CliError(EXIT_USAGE, "usage error: name the FILE to import (or --template OUT)")
    parsed = _read(args)  # before unlocking: a bad file never opens the vault
    with opened(args) as vault:
        try:
            plan = preview(vault, parsed, person=args.person)
        except ImportRejected as exc:
            raise CliError(EXIT_USAGE if exc.reason == "no_person" else EXIT_FAILED,
                           describe_rejection(exc)) from None
        choices = _mapped(plan, args.map)
        if args.json:
            print_json(plan_json(plan, choices))
        else:
            print_plan(plan, args.unmatched, choices)
        if args.dry_run:
            if not args.json:
                print("dry run: nothing was written")
            return 0
        result = commit(vault, plan, choices, unmatched=args.unmatched)
        # The new registrations against the breaches already followed (nothing is downloaded).
        found = crosscheck.refresh(vault) if result.registrations else None
    extra = [f"{n} new {what}" for n, what in (
        (result.identifiers_added, "identifier(s)"), (result.services_added, "service(s)"),
        (result.people_added, "person(s)")) if n]
    print(f"imported {len(result.registrations)} registration(s)"
          + (f" ({', '.join(extra)})" if extra else "")
          + f"; {result.duplicates} already recorded, {result.skipped} not imported"
          + (f"; {len(found.new)} new exposure(s) in followed breaches" if found and found.new
             else ""),
          file=sys.stderr if args.json else sys.stdout)
    return 0
