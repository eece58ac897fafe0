"""`main.py overview --vault V [--json] [--lang zh|en]`: what matters now, per family and person.

The same numbers as the GUI's Home page (exposure/overview.py computes both). Only masked
identifiers are printed.
"""

from __future__ import annotations

import argparse
import datetime as dt

from exposure import overview as ov
from exposure.cli.args import JSON, LANG, VAULT, command
from exposure.cli.common import Hooks, opened, print_json


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "overview", "what matters now: open items, exposure, the next step, audit age "
            "and what cannot be seen, per person", VAULT, LANG, JSON, run=run)


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        result = ov.overview(vault, today=dt.date.today(), lang=args.lang)
    if args.json:
        print_json(ov.to_json(result))
    else:
        print("\n".join(_lines(result, args.lang == "zh")))
    return 0


_BLIND = {
    ov.NO_FEEDS: ("未关注任何泄露信息源：Exposure 无法得知泄露事件——请关注内置信息源（信息源页）。",
                  "0 breach feeds followed: Exposure cannot tell you about leaks — follow the "
                  "built-in feed (Feeds page)."),
    ov.FEEDS_NEVER_SYNCED: ("已关注的信息源还从未下载：泄露情况未知——请在信息源页同步。",
                            "The feeds you follow were never downloaded: leaks are not known "
                            "yet — sync them on the Feeds page."),
    ov.NO_PEOPLE: ("保险库里还没有人：请先添加家人。", "No one in the vault yet: add the family."),
    ov.NO_IDENTIFIERS: ("没有任何号码或证件：无法分析。",
                        "no numbers or IDs entered: nothing can be analysed"),
    ov.NO_PHONE: ("没有手机号：丢手机的情形无法分析。",
                  "no phone number: the lost-phone chain cannot be known"),
    ov.NO_REGISTRATIONS: ("没有登记任何账户。", "no accounts entered"),
    ov.UNASSESSED: ("有服务不在服务目录中，未评估。", "some services are not in the catalogue "
                    "and were not assessed"),
    ov.AUDIT_NEVER: ("从未做过全国核查（一证通查等）。", "the national look-ups were never run"),
}


def _age(a: ov.AuditAge, zh: bool) -> str:
    if a.days is None:
        return f"{a.name}：从未核查" if zh else f"{a.name}: never run"
    text = f"{a.name}：{a.days} 天前" if zh else f"{a.name}: {a.days} days ago"
    if a.gap > 0:
        text += f"（少登记 {a.gap} 项）" if zh else f" ({a.gap} missing from the inventory)"
    return text


_POSSIBLE = ("可能受影响（未确认）", "possibly exposed (not confirmed)")


def _lines(result: ov.Overview, zh: bool) -> list[str]:
    lines = [f"{'日期' if zh else 'Date'}: {result.today.isoformat()}"]
    followed = (f"关注的泄露信息源：{result.feeds_followed}（已下载 {result.feeds_synced}）" if zh
                else f"Breach feeds followed: {result.feeds_followed} "
                f"({result.feeds_synced} downloaded)")
    lines.append(followed)
    for code in result.blind_spots:
        lines.append("! " + _BLIND[code][0 if zh else 1])
    for p in result.people:
        lines.append("")
        lines.append(p.person.name + (f" ({p.person.relation})" if p.person.relation else ""))
        if result.leaks_known:
            lines.append(f"  {'新的泄露' if zh else 'new exposures'}: {p.exposures_new}, "
                         f"{'未处理' if zh else 'open'}: {p.exposures_open}"
                         + (f", {_POSSIBLE[0 if zh else 1]}: {p.exposures_possible}"
                            if p.exposures_possible else ""))
        else:
            lines.append("  " + ("泄露：未知（没有信息源）" if zh
                                 else "exposures: unknown (no feed downloaded)"))
        lines.append(f"  {'信件' if zh else 'letters'}: {p.letters_open} "
                     f"{'未结' if zh else 'open'}, {p.letters_overdue} "
                     f"{'逾期' if zh else 'overdue'}, {p.letters_due_soon} "
                     f"{'即将到期' if zh else 'due soon'}")
        for c in p.chains:
            name = {"lost-phone": ("丢手机", "lost phone"), "id-leak": ("身份证号泄露", "leaked ID")
                    }[c.scenario][0 if zh else 1]
            lines.append(f"  {name}: " + (f"{c.falls} 个账户/银行卡会失守（共 {c.assessed}）" if zh
                         else f"{c.falls} of {c.assessed} accounts and cards fall"))
        if p.next_step is not None:
            s = p.next_step
            lines.append(("  下一步：" if zh else "  next step: ")
                         + f"{s.title} ({s.prevents}/{s.of})  [{s.key}]")
        lines.append("  " + ("；" if zh else "; ").join(_age(a, zh) for a in p.audits))
        for code in p.blind_spots:
            lines.append("  ! " + _BLIND[code][0 if zh else 1])
    return lines
