"""`main.py catalog search TERM` and `main.py catalog show ID`: the service catalogue, headless.

    main.py catalog search 京东 [--json] [--limit 20] [--lang zh|en]
    main.py catalog show jd [--json] [--lang zh|en]

No vault is needed: the catalogue ships with the app.
"""

from __future__ import annotations

import argparse
from typing import Any

from exposure.catalog import CatalogEntry, Deletion
from exposure.cli.args import JSON_OUTPUT, LANG, arg, command
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    load_catalog,
    print_json,
    print_table,
)
from exposure.lang import pick
from exposure.sources import cite, source_dict


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "catalog", "search and show the built-in service catalogue", run=_no_action)
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    command(actions, "search", "services whose name, alias or domain matches TERM",
            arg("term", metavar="TERM", help="a name, alias, app name, domain or URL"),
            arg("--limit", type=int, default=20), JSON_OUTPUT, LANG, run=run_search)
    command(actions, "show", "everything the catalogue knows about one service",
            arg("id", metavar="ID", help="catalogue id (or a name, alias or domain)"),
            JSON_OUTPUT, LANG, run=run_show)


def _no_action(args: argparse.Namespace, hooks: Hooks) -> int:
    raise CliError(EXIT_USAGE, "usage error: catalog search|show (see --help)")


def _sets(sets: Any) -> list[list[str]]:
    return [sorted(s) for s in sets]


def entry_json(e: CatalogEntry) -> dict[str, Any]:
    d = e.deletion
    return {
        "id": e.id, "name_zh": e.name_zh, "name_en": e.name_en, "category": e.category,
        "domains": list(e.domains), "aliases": list(e.aliases), "login": _sets(e.login),
        "recovery": _sets(e.recovery), "reveals": sorted(e.reveals),
        "hardening": [{"id": s.id, "zh": s.zh, "en": s.en, "priority": s.priority,
                       "removes": _sets(s.removes)} for s in e.hardening],
        "deletion": {"in_app_zh": d.in_app_zh, "in_app_en": d.in_app_en, "url": d.url,
                     "email": d.email, "phone": d.phone, "difficulty": d.difficulty},
        "privacy_entity": e.privacy_entity, "privacy_email": e.privacy_email,
        "privacy_address": e.privacy_address, "privacy_route_zh": e.privacy_route_zh,
        "privacy_route_en": e.privacy_route_en, "privacy_url": e.privacy_url,
        "hotline": e.hotline,
        "jurisdiction": e.jurisdiction, "notes_zh": e.notes_zh, "notes_en": e.notes_en,
        "unverified": sorted(e.unverified),
        "sources": {k: source_dict(s) for k, s in e.sources.items()},
    }


def run_search(args: argparse.Namespace, hooks: Hooks) -> int:
    catalog = load_catalog()
    hits = catalog.search(args.term, limit=args.limit)
    if not hits:
        exact = catalog.by_domain(args.term) if "." in args.term else None
        hits = [exact] if exact else []
    if args.json:
        print_json([{"id": e.id, "name_zh": e.name_zh, "name_en": e.name_en,
                     "category": e.category, "domains": list(e.domains)} for e in hits])
        return 0
    if not hits:
        print(f"no service matches {args.term!r}")
        return EXIT_FAILED
    print_table(["id", "name", "category", "domains"],
                [[e.id, e.name(args.lang), e.category, " ".join(e.domains[:3])] for e in hits])
    return 0


UNKNOWN = {"zh": "未知", "en": "unknown"}


def deletion_unknown(d: Deletion, lang: str) -> str:
    """What the deletion line says without a difficulty grade: "unknown" only when no route is
    known either (a sourced in-app path, e-mail or phone under "unknown" would read as none)."""
    if d.in_app_zh or d.in_app_en or d.url or d.email or d.phone:
        return pick(lang, "难度未知", "difficulty unknown")
    return UNKNOWN[lang]
# Where to look when the catalogue has no sourced contact (PIPL art. 17 and 52 oblige the
# processor to publish it); never a guessed address.
HOW_TO_FIND = {
    "zh": "未知——请查看该服务隐私政策的“如何联系我们”一节（个人信息保护负责人的联系方式）",
    "en": "unknown — see the “How to contact us” (如何联系我们) section of the service's privacy "
          "policy (the personal-information protection officer's contact)",
}


def privacy_line(e: CatalogEntry, lang: str) -> str:
    """Whom a PIPL/GDPR request goes to: entity, e-mail, postal address, route, policy."""
    if not (e.has_privacy_contact() or e.privacy_entity or e.privacy_url):
        return HOW_TO_FIND[lang]
    zh = lang == "zh"
    parts = [e.privacy_entity]
    if e.privacy_email:
        parts.append(f"{'邮箱' if zh else 'e-mail'} {e.privacy_email}")
    if e.privacy_address:
        parts.append(f"{'地址' if zh else 'post'} {e.privacy_address}")
    if e.privacy_route(lang):
        parts.append(e.privacy_route(lang).rstrip("。."))
    if e.privacy_url:
        parts.append(f"{'隐私政策/申请页' if zh else 'policy or request form'} {e.privacy_url}")
    if not e.has_privacy_contact() and e.privacy_url:
        parts.append("联系方式未收录，见该页“如何联系我们”" if zh else
                     "no e-mail or address on file: see that page's “How to contact us”")
    elif not e.has_privacy_contact():
        parts.append("联系方式未收录，见其隐私政策“如何联系我们”一节" if zh else
                     "no e-mail or address on file: see the “How to contact us” section of "
                     "its privacy policy")
    return ("；" if zh else "; ").join(p for p in parts if p)


def run_show(args: argparse.Namespace, hooks: Hooks) -> int:
    catalog = load_catalog()
    e = catalog.get(args.id) or catalog.lookup(args.id)
    if e is None:
        raise CliError(EXIT_FAILED, f"no catalogue entry {args.id!r} (try: catalog search)")
    if args.json:
        print_json(entry_json(e))
        return 0
    lang = args.lang
    unknown = UNKNOWN[lang]
    d = e.deletion

    def sets(value: Any) -> str:
        return " | ".join(" + ".join(sorted(s)) for s in value) or unknown

    def mark(fact: str) -> str:
        return pick(lang, " (未核实)", " (unverified)") if fact in e.unverified else ""

    lines = [
        f"{e.name(lang)}  [{e.id}]  {e.category}  {e.jurisdiction}",
        f"domains:    {' '.join(e.domains) or unknown}",
        f"aliases:    {', '.join(e.aliases) or unknown}",
        f"login:      {sets(e.login)}{mark('login')}",
        f"recovery:   {sets(e.recovery)}{mark('recovery')}",
        f"reveals:    {', '.join(sorted(e.reveals)) or unknown}{mark('reveals')}",
        f"hotline:    {e.hotline or unknown}",
        f"privacy:    {privacy_line(e, lang)}",
        f"deletion:   {d.difficulty or deletion_unknown(d, lang)}  {d.url}".rstrip(),
    ]
    in_app = pick(lang, d.in_app_zh, d.in_app_en)
    if in_app or d.in_app_zh or d.in_app_en:
        lines.append(f"  in app:   {in_app or d.in_app_en or d.in_app_zh}")
    if d.email:
        lines.append(f"  e-mail:   {d.email}")
    if d.phone:
        lines.append(f"  phone:    {d.phone}")
    if e.hardening:
        lines.append("hardening:")
        lines += [f"  [{s.priority}] {s.text(lang)}" for s in e.hardening]
    if e.notes(lang):
        lines.append(f"notes:      {e.notes(lang)}")
    lines.append("sources:" if lang == "en" else "来源:")
    lines += [f"  {k}: {cite(s, lang)}" for k, s in sorted(e.sources.items())]
    print("\n".join(lines))
    return 0
