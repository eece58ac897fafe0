"""`crosscheck --explain` and the `reason` / `steps` of `crosscheck --json`: per exposure, why it
matched, what leaked, and what to do with each step's done state; cases that touch everyone are
listed apart as "possibly exposed"."""

from __future__ import annotations

from exposure import identifiers as idmod
from exposure.leaks import EVERYONE, LeakCase
from exposure.sources import cite_all, source_dict

_REASON = {
    "catalog_id": ("该事件指向此账户所在的服务目录条目 {d}", "the breach names the catalogue entry "
                   "this account is filed under ({d})"),
    "domain": ("该事件的域名与此服务的域名一致（{d}）", "the breach's domain matches the service's "
               "({d})"),
    "name": ("该事件点名了此服务（{d}）", "the breach names the service ({d})"),
    EVERYONE: ("这起案件涉及任何{d}可能被查询过的人，而不只是某个服务的用户：此人记有{d}，"
               "所以可能受影响；这不是确认的匹配", "this case concerns anyone whose {d} may "
               "have been looked up, not only a service's users: this person has one on record, "
               "so may be affected; this is not a confirmed match"),
}
_KIND = {"id_number": ("身份证号", "ID number"), "id_photo": ("证件照", "ID photo"),
         "phone": ("手机号", "phone number"), "bank_card": ("银行卡", "bank card"),
         "email": ("电子邮箱", "e-mail address"), "plate": ("车牌", "licence plate"),
         "passport": ("护照", "passport"), "address": ("地址", "address")}


def reason_text(case: LeakCase, zh: bool) -> str:
    how, detail = case.reason.how, case.reason.detail
    if how == EVERYONE:
        detail = "、".join(_KIND.get(k, (k, k))[0] for k in detail.split(",")) if zh else \
            " or ".join(_KIND.get(k, (k, k))[1] for k in detail.split(","))
    zh_text, en_text = _REASON.get(how, ("{d}", "{d}"))
    return (zh_text if zh else en_text).format(d=detail or "?")


def case_json(case: LeakCase, lang: str) -> dict[str, object]:
    return {
        "reason": {"how": case.reason.how, "detail": case.reason.detail,
                   "text": reason_text(case, lang == "zh")},
        "steps": [{
            "key": s.step.key, "text": s.step.text(lang), "kinds": list(s.step.kinds),
            "origin": s.step.origin, "required": s.step.required, "done": s.done,
            "done_at": s.done_at.isoformat() if s.done_at else None,
            "audit": s.step.audit or None,
            "sources": [source_dict(src) for src in s.step.sources],
        } for s in case.steps],
        "resolved": case.resolved,
        "checklists": list(case.checklists),
    }


def possible_json(case: LeakCase, lang: str) -> dict[str, object]:
    b = case.breach
    return {"id": case.ref, "person": case.person.name, "breach": b.title, "feed": b.feed_id,
            "date": b.breach_date or b.added_date, "leaked": list(b.kinds),
            "concerns_everyone_with": list(b.everyone), "possible": True,
            "identifiers": [{"kind": i.kind.value, "value": idmod.mask(i.kind, i.value)}
                            for i in case.identifiers], **case_json(case, lang)}


def case_lines(case: LeakCase, lang: str) -> list[str]:
    zh = lang == "zh"
    b = case.breach
    unsure = "（可能受影响）" if zh else "(possibly exposed)"
    where = case.service_label if case.service else unsure
    state = case.exposure.state.value if case.exposure else ("可能" if zh else "possible")
    lines = [f"#{case.ref} {case.person.name} / {where} — {b.title} "
             f"({b.breach_date or b.added_date or '?'}) [{state}]"]
    lines.append(("  原因：" if zh else "  why: ") + reason_text(case, zh))
    lines.append(("  泄露了：" if zh else "  leaked: ") + ", ".join(b.kinds))
    held = ", ".join(idmod.mask(i.kind, i.value) for i in case.identifiers)
    if held:
        lines.append(("  涉及：" if zh else "  exposed here: ") + held)
    lines.append("  步骤：" if zh else "  steps:")
    for s in case.steps:
        mark = "[x]" if s.done else "[ ]"
        extra = "" if s.step.required else (" （可选）" if zh else " (optional)")
        lines.append(f"   {mark} {s.step.key}: {s.step.text(lang)}{extra}")
        for line in cite_all(s.step.sources, lang):
            lines.append(("       来源：" if zh else "       source: ") + line)
    for name in case.checklists:
        lines.append(f"  更多：takeover --scenario {name}" if zh else
                      f"  further: takeover --scenario {name}")
    lines.append(("  已处理完" if zh else "  resolved") if case.resolved else
                 ("  未处理完" if zh else "  not resolved yet"))
    return lines
