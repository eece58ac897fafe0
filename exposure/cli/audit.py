"""`main.py audit`: compare the inventory with what a national look-up returned, headless.

    main.py audit --vault V --person 张三 --lookup bank_cards --count 4
                  [--listed "工商银行,中国银行"] [--notes TEXT] [--date YYYY-MM-DD]
                  [--dry-run] [--json]
    main.py audit --vault V --person 张三 [--lookup bank_cards] --history [--json]
    main.py audit --how [--lookup phone_cards] [--lang zh|en]        (no vault needed)

Look-ups: phone_cards (工信部 电话卡"一证通查"), internet_accounts (互联网账号"一证通查"),
bank_cards (云闪付"一键查卡"). A run is stored with its date unless --dry-run. A gap (the
inventory holds fewer than the official count) is reported, not an error: the exit code is 0.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from exposure import audit
from exposure.audit import AuditRecord, AuditResult, Lookup
from exposure.catalog import Catalog
from exposure.cli.args import JSON_OUTPUT, LANG, VAULT, arg, command
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    load_catalog,
    opened,
    print_json,
    print_table,
)
from exposure.errors import CatalogInvalid, ExposureError, InvalidInput
from exposure.sources import cite, source_dict


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "audit", "compare the inventory with a national look-up (一证通查, 一键查卡)",
            VAULT,
            arg("--person", metavar="NAME", help="whose inventory to compare"),
            arg("--lookup", metavar="ID", help="phone_cards, internet_accounts or bank_cards"),
            arg("--count", type=int, metavar="N", help="the count the look-up returned"),
            arg("--listed", default="", metavar="NAMES",
                help="names the look-up listed, separated by commas or 、"),
            arg("--notes", default="", help="a note kept with the run"),
            arg("--date", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                help="the date of the look-up (default: today)"),
            arg("--dry-run", action="store_true", help="compare without storing the run"),
            arg("--history", action="store_true", help="list the stored runs"),
            arg("--how", action="store_true", help="how to run the look-ups, with sources"),
            LANG, JSON_OUTPUT, run=run)


def _lookups() -> dict[str, Lookup]:
    try:
        return audit.default_lookups()
    except CatalogInvalid as exc:
        raise CliError(EXIT_FAILED, f"the look-ups file is damaged: {exc}") from None


def _check_lookup(name: str | None, lookups: dict[str, Lookup]) -> None:
    if name is not None and name not in lookups:
        raise CliError(EXIT_USAGE, f"usage error: unknown look-up {name!r}; choose from "
                                   f"{', '.join(lookups)}")


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    lookups = _lookups()
    _check_lookup(args.lookup, lookups)
    if args.how:
        return _how(args, lookups)
    if not args.person:
        raise CliError(EXIT_USAGE, "usage error: --person NAME is needed (or --how)")
    if not args.history:
        if not args.lookup:
            raise CliError(EXIT_USAGE, "usage error: --lookup ID is needed (or --history)")
        if args.count is None and not args.listed:
            raise CliError(EXIT_USAGE, "usage error: give --count N or --listed NAMES")
        if args.count is not None and args.count < 0:
            raise CliError(EXIT_USAGE, "usage error: --count must be 0 or more")
    with opened(args) as vault:
        person = vault.people.find(args.person)
        if person is None:
            raise CliError(EXIT_FAILED, "no such person in the vault")
        if args.history:
            return _history(vault.audits.all_audits(person_id=person.id, lookup=args.lookup), args)
        catalog = load_catalog()
        today = args.date or dt.date.today()
        try:
            result = audit.compare(vault, person.id, args.lookup, today=today,
                                   official_count=args.count, listed=args.listed,
                                   catalog=catalog)
        except InvalidInput as exc:
            raise CliError(EXIT_USAGE, f"usage error: {_field_words(exc)}") from None
        stored = None if args.dry_run else audit.record(vault, result, args.notes)
        _print_result(result, lookups[args.lookup], stored, args, catalog)
    return 0


def _field_words(exc: ExposureError) -> str:
    return {"official_count": "the count must be between 0 and 10000",
            "lookup": "unknown look-up"}.get(str(exc.params.get("field")), str(exc))


def _print_result(result: AuditResult, lookup: Lookup, stored: int | None,
                  args: argparse.Namespace, catalog: Catalog) -> None:
    def name(cid: str) -> str:
        entry = catalog.get(cid) if catalog else None
        return entry.name(args.lang) if entry else cid

    data = {
        "lookup": result.lookup, "date": result.checked_on.isoformat(),
        "official_count": result.official_count, "inventory_count": result.inventory_count,
        "dormant_count": result.dormant_count, "gap": result.gap, "fewer": result.fewer,
        "listed": list(result.listed), "listed_missing": list(result.listed_missing),
        "listed_unknown": list(result.listed_unknown), "stored_id": stored,
    }
    if args.json:
        print_json(data)
        return
    print(f"{lookup.name(args.lang)} — {result.checked_on.isoformat()}")
    print(f"official count: {result.official_count}; inventory: {result.inventory_count}"
          f" ({result.dormant_count} dormant); gap: {result.gap:+d}")
    if result.fewer:
        print(f"MISSING: the inventory holds {result.gap} fewer than the official count; find the "
              "forgotten one(s) and add them")
    elif result.gap < 0:
        print("the inventory holds more than the look-up counts (closed, another ID, or outside "
              "the look-up)")
    else:
        print("the inventory matches the official count")
    if result.listed_missing:
        print("listed but not in the inventory: "
              + ", ".join(name(c) for c in result.listed_missing))
    if result.listed_unknown:
        print("not in the catalogue: " + ", ".join(result.listed_unknown))
    print("not stored (--dry-run)" if stored is None else f"stored as audit {stored}")


def _history(records: list[AuditRecord], args: argparse.Namespace) -> int:
    if args.json:
        print_json([{"id": r.id, "lookup": r.lookup, "date": r.checked_on.isoformat(),
                     "official_count": r.official_count, "inventory_count": r.inventory_count,
                     "gap": r.gap, "listed": list(r.listed), "notes": r.notes}
                    for r in records])
        return 0
    if not records:
        print("no audits recorded")
        return 0
    print_table(["date", "look-up", "official", "inventory", "gap", "notes"],
                [(r.checked_on.isoformat(), r.lookup, r.official_count, r.inventory_count,
                  f"{r.gap:+d}" if r.gap else "0", r.notes) for r in records])
    return 0


def _how(args: argparse.Namespace, lookups: dict[str, Lookup]) -> int:
    chosen = [lookups[args.lookup]] if args.lookup else list(lookups.values())
    lang = args.lang
    if args.json:
        print_json([{"id": lk.id, "name": lk.name(lang), "operator": lk.text("operator", lang),
                     "returns": lk.text("returns", lang), "steps": list(lk.items("steps", lang)),
                     "reply": lk.text("reply", lang), "caveats": list(lk.items("caveats", lang)),
                     "unverified": list(lk.items("unverified", lang)),
                     "sources": [source_dict(s) for s in lk.sources]} for lk in chosen])
        return 0
    out = sys.stdout
    for lk in chosen:
        out.write(f"{lk.id}: {lk.name(lang)} ({lk.text('operator', lang)})\n")
        out.write(f"  {lk.text('returns', lang)}\n")
        for n, step in enumerate(lk.items("steps", lang), 1):
            out.write(f"  {n}. {step}\n")
        for extra in (lk.text("reply", lang), lk.text("after", lang),
                      *lk.items("caveats", lang)):
            if extra:
                out.write(f"  - {extra}\n")
        for item in lk.items("unverified", lang):
            out.write(f"  unverified: {item}\n")
        for s in lk.sources:
            out.write(f"  {'来源' if lang == 'zh' else 'source'}: {cite(s, lang)}\n")
        out.write("\n")
    return 0
