"""`main.py feeds list|enable ID|disable ID|add URL|notice|sync --vault PATH` and
`main.py crosscheck --vault PATH [--json] [--explain] [--lang zh|en] [--hide FLAGS]
[--set-state ID STATE] [--done ID STEP] [--undone ID STEP]`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from exposure import crosscheck
from exposure import identifiers as idmod
from exposure.cli import explain as explained
from exposure.cli.args import JSON, JSON_TABLE, LANG, VAULT, arg, command
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    opened,
    print_json,
    print_table,
)
from exposure.errors import FeedFailed, InvalidInput, NotFound
from exposure.feeds.model import FLAGS, ExposureId, ExposureState, ManualNotice
from exposure.leaks import LeakCase, leak_cases, mark_step
from exposure.vault import Vault

_REASONS = {
    "url_refused": "the address was refused (only https:// addresses or local files)",
    "network": "the server could not be reached",
    "timeout": "the server stopped answering (timeout)",
    "deadline": "the download took too long",
    "tls": "the server's certificate could not be verified",
    "http_status": "the server answered with HTTP status {status}",
    "rate_limited": "the server asked to wait before trying again",
    "too_large": "the feed is larger than allowed",
    "cancelled": "cancelled",
    "incomplete": "the download was cut off",
    "decoding": "the download was garbled",
    "too_many_redirects": "too many redirects",
    "encoding": "the feed is not UTF-8 text",
    "malformed_json": "the feed is not valid JSON",
    "schema": "the feed does not follow the format (at {path})",
    "unreadable": "the built-in feed file could not be read",
    "redirect_refused": "the server redirected to plain http or into this computer's network "
    "(refused)",
    "store": "the feed holds values the vault cannot store; its last good copy is kept",
    "file_unreadable": "the feed file does not exist or cannot be read",
}


def describe_feed_error(reason: str, params: dict[str, object]) -> str:
    text = _REASONS.get(reason, reason)
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text.split(" (")[0]


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "feeds", "breach feeds you follow: list, enable, add, sync", run=run_feeds)
    fsub = p.add_subparsers(dest="feeds_command", metavar="ACTION")
    feed_id = arg("feed_id", metavar="ID")
    command(fsub, "list", "the feeds, whether on, last success and last error", VAULT, JSON)
    command(fsub, "enable", "turn a feed on (nothing is downloaded before)", feed_id, VAULT)
    command(fsub, "disable", "turn a feed off (its breaches are hidden)", feed_id, VAULT)
    command(fsub, "add", "follow a feed (Exposure's format or HIBP's breach list) at an https "
            "URL or in a local file",
            arg("url", metavar="URL|FILE"), arg("--title", default=""), VAULT)
    command(fsub, "set-url", "point a feed (hibp, builtin, url-…) at a mirror or a local file; "
            "`default` puts a built-in feed back",
            feed_id, arg("url", metavar="URL|FILE|default"), VAULT)
    command(fsub, "sync", "download the enabled feeds and cross-check",
            arg("feed_ids", nargs="*", metavar="ID"), VAULT)
    command(fsub, "notice", "record a breach notification you received",
            arg("--org", required=True, help="the organisation that notified you"),
            arg("--date", default="", help="YYYY, YYYY-MM or YYYY-MM-DD"),
            arg("--kinds", required=True,
                help="what leaked, comma-separated kinds (phone,id_number,email,…)"),
            arg("--domain", action="append", default=[]),
            arg("--catalog-id", action="append", default=[]),
            arg("--channel", default="", choices=["", "email", "sms", "letter", "app", "other"]),
            VAULT)

    command(sub, "crosscheck", "match the inventory against the followed breaches",
            VAULT, JSON_TABLE,
            arg("--hide", default="", help=f"hide breaches labelled: {','.join(FLAGS)}"),
            arg("--set-state", nargs=2, metavar=("EXPOSURE_ID", "STATE"),
                help="mark an exposure new, seen, handled or dismissed"),
            arg("--explain", action="store_true",
                help="per exposure: why it matched, what leaked and the steps to take"),
            LANG,
            arg("--done", nargs=2, metavar=("ID", "STEP"),
                help="mark a step of an exposure (or of a possible one, p…) done"),
            arg("--undone", nargs=2, metavar=("ID", "STEP"), help="take a step's mark back"),
            run=run_crosscheck)


def run_feeds(args: argparse.Namespace, hooks: Hooks) -> int:
    action = args.feeds_command
    if not action:
        raise CliError(EXIT_USAGE, "usage error: feeds list|enable|disable|add|set-url|sync|notice")
    with opened(args) as vault:
        if action == "list":
            return _list_feeds(vault, args)
        if action in ("enable", "disable"):
            vault.feeds.set_enabled(args.feed_id, action == "enable")
            print(f"{args.feed_id}: {'on' if action == 'enable' else 'off'}")
            return 0
        if action == "add":
            try:
                fid = vault.feeds.add_url(args.url, args.title)
            except FeedFailed as exc:
                raise CliError(EXIT_FAILED, describe_feed_error(exc.reason, exc.params)) from None
            print(f"added {fid} (on; run `feeds sync` to download it)")
            return 0
        if action == "set-url":
            try:
                vault.feeds.set_url(args.feed_id, "" if args.url == "default" else args.url)
            except FeedFailed as exc:
                raise CliError(EXIT_FAILED, describe_feed_error(exc.reason, exc.params)) from None
            except (NotFound, InvalidInput) as exc:
                raise CliError(EXIT_FAILED, f"{args.feed_id}: {exc.code}") from None
            print(f"{args.feed_id}: address changed (run `feeds sync` to download it)")
            return 0
        if action == "notice":
            kinds = tuple(k.strip() for k in args.kinds.split(",") if k.strip())
            bid = vault.breaches.add_manual(ManualNotice(
                organisation=args.org, date=args.date, kinds=kinds, domains=tuple(args.domain),
                catalog_ids=tuple(args.catalog_id), channel=args.channel))
            result = crosscheck.refresh(vault)
            print(f"recorded notice {bid}; {len(result.new)} new exposure(s)")
            return 0
        return _sync_feeds(vault, args)


def _list_feeds(vault: Vault, args: argparse.Namespace) -> int:
    feeds = vault.feeds.all_feeds()
    rows: list[dict[str, Any]] = [{
        "id": f.id, "kind": f.kind.value, "enabled": f.enabled, "title": f.title,
        "url": f.url, "breaches": f.breach_count, "last_success": f.last_success,
        "last_error": describe_feed_error(f.last_error, f.last_error_params)
        if f.last_error else "",
    } for f in feeds]
    if args.json:
        print_json(rows)
    else:
        print_table(["id", "on", "breaches", "last success", "last error", "title"],
                    [[r["id"], "yes" if r["enabled"] else "no", r["breaches"],
                      r["last_success"] or "never", r["last_error"], r["title"]]
                     for r in rows])
    return 0


def _sync_feeds(vault: Vault, args: argparse.Namespace) -> int:
    from exposure.feeds.sync import sync  # lazy: the network stack only for a sync

    report = sync(vault, args.feed_ids or None)
    for o in report.feeds:
        if o.status == "failed":
            print(f"{o.feed_id}: failed: {describe_feed_error(o.error, o.error_params)}")
        elif o.status == "updated":
            print(f"{o.feed_id}: updated (+{o.added} ~{o.changed} -{o.removed})")
        else:
            print(f"{o.feed_id}: {o.status}")
    print(f"{len(report.new_exposures)} new exposure(s)")
    return EXIT_FAILED if report.failed else 0


def run_crosscheck(args: argparse.Namespace, hooks: Hooks) -> int:
    hide = tuple(f.strip() for f in args.hide.split(",") if f.strip())
    if set(hide) - set(FLAGS):
        raise CliError(EXIT_USAGE, f"usage error: --hide takes {','.join(FLAGS)}")
    with opened(args) as vault:
        if args.set_state:
            eid, state = args.set_state
            try:
                vault.exposures.set_state(ExposureId(int(eid)), ExposureState(state))
            except (ValueError, NotFound):
                raise CliError(EXIT_USAGE, "usage error: no such exposure or state") from None
            print(f"exposure {eid}: {state}")
            return 0
        result = crosscheck.refresh(vault)
        if args.done or args.undone:
            return _mark(vault, args.done or args.undone, done=bool(args.done))
        cases = leak_cases(vault, hide_flags=hide)
        views = crosscheck.exposure_views(vault, hide_flags=hide)
        later = [{"person": row.person.name, "service": row.service.name,
                  "breach": breach.title, "date": breach.breach_date,
                  "since": row.registration.since.isoformat() if row.registration.since else "",
                  "reason": "registered_after_breach"}
                 for breach, row in crosscheck.registered_later(vault)
                 if not set(breach.flags) & set(hide)]
    confirmed = {int(c.exposure.id): c for c in cases if c.exposure is not None}
    rows: list[dict[str, Any]] = [{
        "id": v.exposure.id, "state": v.exposure.state.value, "person": v.person.name,
        "service": v.service.name, "breach": v.breach.title, "feed": v.breach.feed_id,
        "date": v.breach.breach_date or v.breach.added_date, "records": v.breach.records,
        "records_note": v.breach.records_note, "flags": list(v.breach.flags),
        "leaked": list(v.breach.kinds), "matched_by": v.exposure.matched_by,
        "timing": v.timing,  # before | unknown (the account's date is not known)
        "identifiers": [{"kind": i.kind.value, "value": idmod.mask(i.kind, i.value)}
                        for i in v.identifiers],
        "service_name": confirmed[int(v.exposure.id)].own_name,  # the user's own name for it
        **explained.case_json(confirmed[int(v.exposure.id)], args.lang),
    } for v in views if int(v.exposure.id) in confirmed]
    possible = [c for c in cases if c.possible]
    if args.json:
        print_json({"new": len(result.new), "exposures": rows, "not_exposed": later,
                    "possible": [explained.possible_json(c, args.lang) for c in possible]})
    elif args.explain:
        for case in cases:
            print("\n".join(explained.case_lines(case, args.lang)))
            print()
        print(f"{len(rows)} exposure(s), {len(possible)} possible, {len(result.new)} new")
    else:
        _print_crosscheck(rows, possible, later, len(result.new))
    return 0


def _print_crosscheck(rows: list[dict[str, Any]], possible: list[LeakCase],
                      later: list[dict[str, str]], new: int) -> None:
    print_table(["id", "state", "person", "service", "breach", "date", "flags", "exposed"],
                [[r["id"], r["state"], r["person"], r["service"], _short(str(r["breach"])),
                  str(r["date"]) + (" (opened: ?)" if r["timing"] == "unknown" else ""),
                  ",".join(r["flags"]),
                  ", ".join(str(i["value"]) for i in r["identifiers"])]
                 for r in rows])
    print(f"{len(rows)} exposure(s), {new} new")
    for c in possible:
        print(f"possibly exposed: #{c.ref} {c.person.name}: {_short(c.breach.title)} "
              f"(concerns everyone holding: {', '.join(c.breach.everyone)}; "
              "see --explain)")
    for r in later:
        print(f"not exposed: {r['person']} / {r['service']}: registered after this breach "
              f"({_short(str(r['breach']))}, {r['date']}; opened {r['since']})")


def _mark(vault: Vault, target: list[str], *, done: bool) -> int:
    ref, step = target
    found = [c for c in leak_cases(vault) if c.ref == ref]
    if not found:
        raise CliError(EXIT_USAGE, "usage error: no such exposure (see crosscheck --explain)")
    try:
        after = mark_step(vault, found[0], step, dt.datetime.now(dt.UTC), done=done)
    except InvalidInput:
        raise CliError(EXIT_USAGE, "usage error: no such step for this exposure") from None
    left = sum(1 for s in after.steps if s.step.required and not s.done)
    print(f"{ref}: {step} {'done' if done else 'not done'}; "
          + ("resolved" if after.resolved else f"{left} step(s) left"))
    return 0


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
