"""`main.py takeover …` shows a take-over chain and its cut; `main.py playbook …` prints the
lost-phone playbook.

    main.py takeover --vault V --person 张三 --scenario lost-phone [--json] [--lang zh|en]
    main.py takeover --vault V --person 张三 --done sim-pin:3      # record a hardening step
    main.py takeover --vault V --person 张三 --undo sim-pin:3
    main.py takeover --vault V --person 张三 --list-scenarios
    main.py playbook --vault V --person 张三 --out playbook.pdf [--lang zh|en]   (.html, .txt)
    main.py playbook --vault V --person 张三 --tick card:7 [--untick …]
    main.py playbook --vault V --person 张三 --scenario id-photo-leak [--out …] [--tick netid]
(`takeover --scenario id-leak|id-photo-leak` prints that identity-fraud checklist after the chain.)

Only masked identifiers are printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from exposure import takeover as to
from exposure.cli.args import JSON, LANG, PERSON, VAULT, arg, command, one_of
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    opened,
    page_output,
    print_json,
    write_failed,
)
from exposure.errors import ExposureError
from exposure.model import IdentifierId, Person
from exposure.outfile import write_private
from exposure.sources import source_dict
from exposure.vault import Vault


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "takeover", "what a stolen phone or a leak would open, and the cut",
            VAULT, PERSON,
            arg("--scenario", default="lost-phone", metavar="KEY",
                help=f"{', '.join(to.SCENARIO_KEYS)} or breach:ID (default lost-phone)"),
            arg("--phone", metavar="LAST4|LABEL", default=None,
                help="the number actually lost (default: every active number)"),
            LANG, JSON,
            arg("--all-steps", action="store_true",
                help="also list hardening steps that prevent nothing in this scenario"),
            arg("--list-scenarios", action="store_true",
                help="list the person's scenarios (with breaches matched to them)"),
            one_of(arg("--done", metavar="STEP", help="record a hardening step as done"),
                   arg("--undo", metavar="STEP", help="un-record a hardening step")),
            run=run_takeover)
    command(sub, "playbook", "the lost-phone playbook: what to call, in what order "
            "(--scenario id-leak / id-photo-leak: the identity-fraud checklist)",
            VAULT, PERSON,
            arg("--scenario", default=to.LOST_PHONE, choices=[to.LOST_PHONE, *to.REMEDY_SCENARIOS]),
            arg("--out", type=Path, default=None, metavar="FILE",
                help="FILE.pdf, FILE.html or FILE.txt (default: print the text)"),
            LANG, JSON,
            one_of(arg("--tick", metavar="ITEM", help="tick an item (timestamped now)"),
                   arg("--untick", metavar="ITEM", help="untick an item"),
                   arg("--reset", action="store_true", help="untick every item")),
            run=run_playbook)


def _person(vault: Vault, name: str) -> Person:
    person = vault.people.find(" ".join(name.split()))
    if person is None:
        raise CliError(EXIT_FAILED, "no person of that name in the vault")
    return person


def _phones(vault: Vault, person: Person, text: str) -> list[IdentifierId]:
    """The person's phone whose last digits or label is `text` (never printed back)."""
    want = "".join(text.split())
    hits = [i.id for i in vault.identifiers.all_identifiers(person.id) if i.kind == "phone"
            and ((want.isdigit() and len(want) >= 4 and i.value.endswith(want))
                 or (i.label and i.label == want))]
    if len(hits) != 1:
        raise CliError(EXIT_USAGE, "usage error: --phone must name exactly one of the person's "
                       "numbers (its last 4+ digits or its label)")
    return hits


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone()


# --- takeover -----------------------------------------------------------------------------------
def _step_json(step: to.Step, graph: to.Graph, lang: str) -> dict[str, Any]:
    return {
        "order": step.order, "round": step.round, "node": step.node.key,
        "kind": step.node.kind.value, "title": to.node_title(step.node, graph, lang),
        "category": step.node.category, "route": step.option.route.value,
        "factors": sorted(step.option.factors),
        "basis": to.step_basis(step, graph),  # sourced | unverified
        "route_fact": to.route_fact(step.node, step.option.route, graph,
                                    step.option.via).as_json(),
        "uses": [{"capability": cap.kind, "text": to.cap_text(cap, graph, lang), "from": src,
                  "from_title": _from_title(src, graph, lang),
                  "fact": to.edge_fact(graph, cap, src).as_json()}
                 for cap, src in step.providers],
        "gains": [{"capability": cap.kind, "text": to.cap_text(cap, graph, lang)}
                  for cap in step.gains],
        "dormant": step.node.dormant,
        "why": to.explain(step, graph, lang),
    }


def _from_title(src: str, graph: to.Graph, lang: str) -> str:
    node = graph.node(src)
    return to.node_title(node, graph, lang) if node is not None else src


def _cut_json(item: to.CutItem, graph: to.Graph, lang: str) -> dict[str, Any]:
    h = item.hardening
    return {"step": h.key, "title": to.hardening_title(h, graph, lang),
            "text": to.hardening_text(h, graph, lang), "priority": h.priority,
            "prevents": item.prevents, "of": item.of, "prevented": list(item.prevented),
            "summary": to.prevents_text(item, graph, lang),
            "sources": [source_dict(s) for s in to.hardening_sources(h)]}


def _record(vault: Vault, person: Person, args: argparse.Namespace) -> None:
    graph = to.graph_for_person(vault, person.id)
    key = args.done or args.undo
    if args.done:
        if key not in graph.hardening:
            raise CliError(EXIT_FAILED, "no such hardening step for this person "
                           "(the keys are listed by `takeover --all-steps`)")
        vault.hardening.mark_done(person.id, key, _now())
        print(f"recorded as done: {key}")
    elif not vault.hardening.undo(person.id, key):
        raise CliError(EXIT_FAILED, "that hardening step was not recorded as done")
    else:
        print(f"no longer recorded as done: {key}")


def _check_scenario(key: str) -> None:
    if key in to.SCENARIO_KEYS:
        return
    head, _, tail = key.partition(":")
    if head == "breach" and tail.isdigit():
        return
    raise CliError(EXIT_USAGE, "usage error: --scenario must be one of "
                   f"{', '.join(to.SCENARIO_KEYS)} or breach:ID")


def run_takeover(args: argparse.Namespace, hooks: Hooks) -> int:
    lang = args.lang
    _check_scenario(args.scenario)
    with opened(args) as vault:
        person = _person(vault, args.person)
        if args.done or args.undo:
            _record(vault, person, args)
            return 0
        if args.list_scenarios:
            graph = to.graph_for_person(vault, person.id)
            scenarios = to.scenarios_for(vault, graph)
            if args.json:
                print_json([{"key": s.key, "title": to.scenario_title(s, lang)}
                            for s in scenarios])
            else:
                for s in scenarios:
                    print(f"{s.key:22} {to.scenario_title(s, lang)}")
            return 0
        phones = _phones(vault, person, args.phone) if args.phone else None
        report = to.report_for(vault, person.id, args.scenario, include_zero=args.all_steps,
                               phone_ids=phones)
        ticks = vault.playbooks.ticks(person.id, playbook=args.scenario)
    graph, analysis = report.graph, report.analysis
    remedies = (to.build_remedies(person, args.scenario, graph, analysis, report.cut)
                if to.has_remedies(args.scenario) else None)
    if args.json:
        print_json({
            "person": person.name,
            "scenario": {"key": report.scenario.key,
                         "title": to.scenario_title(report.scenario, lang),
                         "leaked": list(report.scenario.leaked)},
            "steps": [_step_json(s, graph, lang) for s in analysis.steps],
            "cut": [_cut_json(c, graph, lang) for c in report.cut],
            "done": [{"step": h.key, "title": to.hardening_title(h, graph, lang)}
                     for h in graph.applied(report.done)],
            "blocked": [to.cap_text(i.cap, graph, lang) for i in analysis.blocked],
            "unassessed": [graph.name_of(r, lang) for r in graph.unassessed],
            "remedies": _items_json(remedies, ticks, lang) if remedies is not None else [],
        })
        return 0
    _print_report(person, report, lang)
    if remedies is not None:
        print()
        print(to.render_playbook_text(remedies, ticks, lang, _now()), end="")
    return 0


def _items_json(book: to.Playbook, ticks: dict[str, dt.datetime],
                lang: str) -> list[dict[str, Any]]:
    return [{"key": i.key, "section": i.section, "text": i.text(lang), "hotline": i.hotline,
             "dormant": i.dormant, "why": i.why(lang),
             "ticked": ticks[i.key].isoformat() if i.key in ticks else None,
             "sources": [source_dict(s) for s in i.sources]}
            for i in book.items]


def _print_report(person: Person, report: to.Report, lang: str) -> None:
    graph, analysis = report.graph, report.analysis
    zh = lang == "zh"
    print(f"{person.name} — {to.scenario_title(report.scenario, lang)}")
    for initial in analysis.blocked:
        print(("  已阻断：" if zh else "  denied: ") + to.cap_text(initial.cap, graph, lang))
    if not analysis.steps:
        print("没有账户会因此失守。" if zh else "No account falls in this scenario.")
    else:
        n = len(analysis.steps)
        print(f"{n} 个账户/银行卡会失守：" if zh
              else f"{n} take-over{'s' if n != 1 else ''}, in order:")
        for step in analysis.steps:
            mark = "" if to.step_basis(step, graph) == "sourced" else (
                "（含未核实的判断）" if zh else " (rests on an unverified judgement)")
            print(f"{step.order:3}. {to.explain(step, graph, lang)}{mark}")
    if report.cut:
        print()
        print("能切断链条的加固步骤（按阻止的数量排序）：" if zh
              else "Hardening steps, by how many take-overs each prevents:")
        for n, item in enumerate(report.cut, 1):
            print(f"{n:3}. {to.prevents_text(item, graph, lang)}  [{item.hardening.key}]")
    done = graph.applied(report.done)
    if done:
        print()
        print("已完成的加固：" if zh else "Recorded as done:")
        for h in done:
            print(f"     {to.hardening_title(h, graph, lang)}  [{h.key}]")
    if graph.unassessed:
        names = ("、" if zh else ", ").join(graph.name_of(r, lang) for r in graph.unassessed)
        print()
        print(f"未评估（不在服务目录中，规则未知）：{names}" if zh
               else f"Not assessed (not in the catalogue, rules unknown): {names}")


# --- playbook -----------------------------------------------------------------------------------
def run_playbook(args: argparse.Namespace, hooks: Hooks) -> int:
    suffix = page_output(args.out, hooks, text=True) if args.out is not None else ""
    now = _now()
    with opened(args) as vault:
        person = _person(vault, args.person)
        book = (to.playbook_for_person(vault, person.id) if args.scenario == to.LOST_PHONE
                else to.remedies_for_person(vault, person.id, args.scenario))
        keys, which = {i.key for i in book.items}, book.name
        if args.tick:
            if args.tick not in keys:
                raise CliError(EXIT_FAILED, "no such playbook item (see `playbook --json`)")
            vault.playbooks.tick(person.id, args.tick, now, playbook=which)
        elif args.untick and not vault.playbooks.untick(person.id, args.untick,
                                                        playbook=which):
            raise CliError(EXIT_FAILED, "that item was not ticked")
        elif args.reset:
            vault.playbooks.reset(person.id, playbook=which)
        ticks = vault.playbooks.ticks(person.id, playbook=which)
    if args.json:
        print_json({"person": person.name, "items": _items_json(book, ticks, args.lang)})
        return 0
    if args.out is None:
        print(to.render_playbook_text(book, ticks, args.lang, now), end="")
        return 0
    try:
        if suffix == ".pdf" and hooks.html_to_pdf is not None:
            hooks.html_to_pdf([to.render_playbook_html(book, ticks, args.lang, now)], args.out)
        elif suffix == ".txt":
            write_private(args.out, to.render_playbook_text(book, ticks, args.lang, now).encode())
        else:
            write_private(args.out, to.render_playbook_html(book, ticks, args.lang, now).encode())
    except ExposureError as exc:
        raise write_failed(args.out, exc) from None
    done, total = to.progress(book, ticks)
    print(f"wrote {args.out} ({total} items, {done} ticked)")
    return 0
