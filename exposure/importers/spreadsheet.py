"""Exposure's own CSV: one identifier of one registration per line, written by hand or in Excel.

Columns (header names in English or Chinese, any order, any case):

    person   人员 / 姓名        who holds the account; empty = the person chosen for the import
    relation 关系               the person's relation when the import adds them: self, spouse,
                                father, mother, child, grandparent, sibling, other (本人, 配偶,
                                父亲, 母亲, 子女 …) or free text
    service  服务 / 平台 / 域名  a catalogue name or alias (支付宝, JD), a domain or URL (required)
    kind     类型               phone, email, id_number, bank_card, plate, passport, address,
                                id_photo (or 手机号, 邮箱, 身份证, 银行卡, 车牌, 护照, 地址,
                                证件照);
                                empty = guessed from the value
    value    号码 / 值           the identifier itself; empty = the account uses none we track
    label    标签               the identifier's own name ("建行老卡", "养老金卡"), shown in the
                                chain and the playbook
    identifier_status 标识状态   the identifier's state: active, dormant, cancelled (在用, 休眠,
                                已注销); empty = active. A dormant card is one people forget.
    role     用途               how this account uses the identifier: login, reserved_phone,
                                bound_card, id_on_file, contact, other; empty = by kind (a card:
                                bound_card). A card at its own bank is `login`; a card bound to
                                a payment app is `bound_card`; the phone a bank sends codes to
                                is `reserved_phone`.
    status   状态               the account's state: active, dormant, closing, closed (在用,
                                休眠, 注销中, 已注销); empty = active
    since    开通日期            when the account was opened, YYYY-MM-DD, YYYY-MM or YYYY (a
                                breach before it cannot have exposed it)
    notes    备注               free text kept on the registration
    account  账户名             optional: a user or member name letters may cite
    no_smartphone 无智能手机     optional: yes (是) when the person has no smartphone: their
                                playbooks send them to counters and hotlines instead of apps
    service_name 服务名称        optional: your own name for the service when `service` files it
                                under a catalogue entry by another name (捷停车 under 智慧停车
                                （通用））; letters are addressed to it. Without it, a name in
                                `service` that is an alias of the entry is kept the same way.

Lines with the same person, service and account are one registration using all their
identifiers. Saved as UTF-8 (with or without BOM) or GBK/GB18030: both are read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from functools import partial
from typing import TypeVar

from exposure import identifiers as idmod
from exposure.catalog import normalize
from exposure.errors import ImportRejected, InvalidIdentifier
from exposure.importers.model import Entry, ImportedIdentifier, Parsed, Skipped
from exposure.importers.reading import Table, header_key
from exposure.model import (
    DEFAULT_ROLE,
    IdentifierKind,
    IdentifierStatus,
    RegistrationStatus,
    Role,
)
from exposure.model import RELATIONS as RELATIONS_EN

K = IdentifierKind
W = TypeVar("W")

# the template's columns (`account` is optional and left out of it)
COLUMNS = ("person", "relation", "service", "kind", "value", "label", "identifier_status",
           "role", "status", "since", "notes")
OPTIONAL = ("account", "service_name", "no_smartphone")

HEADERS: dict[str, tuple[str, ...]] = {
    "person": ("person", "人员", "姓名", "成员", "家人"),
    "relation": ("relation", "relationship", "关系", "与本人关系", "称谓"),
    "service": ("service", "service or domain", "domain", "服务", "平台", "网站", "应用", "域名"),
    "kind": ("kind", "identifier kind", "type", "类型", "标识类型"),
    "value": ("value", "identifier", "identifier value", "号码", "值", "标识"),
    "label": ("label", "identifier label", "标签", "标识名称", "卡片名称"),
    "identifier_status": ("identifier_status", "identifier status", "card status", "标识状态",
                          "卡状态", "号码状态"),
    "status": ("status", "account status", "状态", "账户状态"),
    "since": ("since", "opened", "开通日期", "注册日期", "开户日期", "开通时间"),
    "notes": ("notes", "note", "备注"),
    "account": ("account", "account reference", "账户名", "用户名"),
    "service_name": ("service_name", "service name", "own name", "服务名称", "自填名称"),
    "no_smartphone": ("no_smartphone", "no smartphone", "无智能手机", "没有智能手机"),
    "role": ("role", "用途"),
}


def _words(values: Iterable[W], words: dict[W, tuple[str, ...]]) -> dict[str, W]:
    """A column's words, normalised, to what they mean: each value's own name and its `words`."""
    return {normalize(w): v for v in values for w in (str(v), *words.get(v, ()))}


KINDS = _words(IdentifierKind, {
    K.PHONE: ("mobile", "phone number", "手机", "手机号", "手机号码", "电话"),
    K.EMAIL: ("e-mail", "mail", "邮箱", "电子邮件", "电子邮箱"),
    K.ID_NUMBER: ("id", "身份证", "身份证号", "身份证号码"),
    K.BANK_CARD: ("card", "银行卡", "银行卡号"),
    K.PLATE: ("车牌", "车牌号"),
    K.PASSPORT: ("护照", "护照号"),
    K.ADDRESS: ("地址",),
    K.ID_PHOTO: ("证件照", "人脸", "身份证照片"),
})

STATUSES = _words(RegistrationStatus, {
    RegistrationStatus.ACTIVE: ("在用", "正常", "活跃"),
    RegistrationStatus.DORMANT: ("休眠", "不用", "闲置"),
    RegistrationStatus.CLOSING: ("注销中",),
    RegistrationStatus.CLOSED: ("已注销", "已关闭", "关闭"),
})

IDENTIFIER_STATUSES = _words(IdentifierStatus, {
    IdentifierStatus.CLOSED: ("cancelled", "canceled", "已注销", "注销", "销户", "已销户"),
    IdentifierStatus.ACTIVE: ("在用", "正常"),
    IdentifierStatus.DORMANT: ("休眠", "不用", "闲置", "久未使用"),
})

ROLES = _words(Role, {
    Role.LOGIN: ("登录",),
    Role.RESERVED_PHONE: ("预留手机号",),
    Role.BOUND_CARD: ("绑定卡", "绑卡"),
    Role.ID_ON_FILE: ("实名",),
    Role.CONTACT: ("联系",),
    Role.OTHER: ("其他",),
})

RELATIONS = _words(RELATIONS_EN, {
    "self": ("本人", "自己", "我"),
    "spouse": ("配偶", "丈夫", "妻子"),
    "father": ("父亲", "爸爸"),
    "mother": ("母亲", "妈妈"),
    "child": ("子女", "儿子", "女儿", "孩子"),
    "grandparent": ("祖父母", "外祖父母"),
    "sibling": ("兄弟姐妹",),
    "other": ("其他",),
})


# Fictional examples in the demo family's style: a repeated-pattern number, an example.com
# address, cards with sequence 0000… and a valid check digit. "示例" marks them to be replaced.
# They show each role: the login phone, a card at its own bank (`login`) with the phone the bank
# sends codes to (`reserved_phone`), a dormant old card, a card bound to a payment app.
TEMPLATE_ROWS = (
    ("示例", "self", "中国电信", "phone", "13900000001", "我的手机", "active", "login",
     "active", "2012-05", "SIM 卡在被盗的手机里"),
    ("示例", "self", "支付宝", "phone", "13900000001", "我的手机", "active", "login",
     "active", "2015", ""),
    ("示例", "self", "支付宝", "bank_card", "6222020000000000018", "养老金卡", "active",
     "bound_card", "active", "2015", "绑定在支付宝的卡"),
    ("示例", "self", "中国工商银行", "bank_card", "6222020000000000018", "养老金卡", "active",
     "login", "active", "2010", "卡在它自己的银行"),
    ("示例", "self", "中国工商银行", "phone", "13900000001", "我的手机", "active",
     "reserved_phone", "active", "2010", ""),
    ("示例", "self", "中国建设银行", "bank_card", "6217000000000000020", "建行老卡", "dormant",
     "login", "dormant", "2012", "十年前的卡，不用了"),
    ("示例", "self", "jd.com", "email", "zhang.demo@example.com", "", "active", "login",
     "active", "", ""),
)

def template_text() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(TEMPLATE_ROWS)
    return out.getvalue()


def template_bytes() -> bytes:
    """UTF-8 with a BOM: Excel then opens the Chinese text correctly."""
    return template_text().encode("utf-8-sig")


def _columns(header: list[str]) -> dict[str, str]:
    found = {}
    for field, names in HEADERS.items():
        for name in names:
            if header_key(name) in header:
                found[field] = header_key(name)
                break
    return found


def matches(header: set[str]) -> bool:
    return "service" in _columns(sorted(header))


def _row_identifier(cell: Callable[[str], str], line: int,
                    service: str) -> ImportedIdentifier | Skipped | None:
    value = cell("value")
    if not value:
        return None
    kind_text = cell("kind")
    kind = KINDS.get(normalize(kind_text)) if kind_text else idmod.guess_kind(value)
    if kind is None:
        return Skipped(line, "kind", label=service)
    try:
        parsed = idmod.parse(kind, value)
    except InvalidIdentifier as exc:
        return Skipped(line, "identifier", label=service,
                       detail={"kind": kind.value, "code": exc.reason})
    role_text = cell("role")
    role = ROLES.get(normalize(role_text)) if role_text else DEFAULT_ROLE[kind]
    if role is None:
        return Skipped(line, "role", label=service)
    state_text = cell("identifier_status")
    state = (IDENTIFIER_STATUSES.get(normalize(state_text)) if state_text
             else IdentifierStatus.ACTIVE)
    if state is None:
        return Skipped(line, "identifier_status", label=service)
    return ImportedIdentifier(parsed.kind, parsed.value, role,
                              label=cell("label")[:100], status=state)


def _merge_row(group: dict[str, object], relation: str, since: object,
               ident: ImportedIdentifier | None, notes: str) -> None:
    if relation and not group["relation"]:
        group["relation"] = relation
    if since is not None and group["since"] is None:
        group["since"] = since
    if ident and ident not in group["ids"]:  # type: ignore[operator]
        group["ids"].append(ident)  # type: ignore[attr-defined]
    if notes and notes not in group["notes"]:  # type: ignore[operator]
        group["notes"].append(notes)  # type: ignore[attr-defined]


def _entries(groups: dict[tuple[str, str, str], dict[str, object]]) -> tuple[Entry, ...]:
    return tuple(
        Entry(line=g["line"], service=g["service"], person=g["person"],  # type: ignore[arg-type]
              identifiers=tuple(g["ids"]), account_ref=g["account"],  # type: ignore[arg-type]
              status=g["status"], notes="\n".join(g["notes"]),  # type: ignore[arg-type]
              relation=g["relation"], since=g["since"],  # type: ignore[arg-type]
              service_name=g["own"], no_smartphone=g["phoneless"])  # type: ignore[arg-type]
        for g in groups.values())


def parse(table: Table) -> Parsed:
    cols = _columns(table.header)
    if "service" not in cols:
        raise ImportRejected("columns", format="csv", missing="service")
    groups: dict[tuple[str, str, str], dict[str, object]] = {}
    skipped: list[Skipped] = []

    def cell(row: dict[str, str], field: str) -> str:
        return " ".join(row.get(cols[field], "").split()) if field in cols else ""

    for line, row in table.rows():
        service = cell(row, "service")
        if not service:
            skipped.append(Skipped(line, "no_service"))
            continue
        status_text = cell(row, "status")
        status = STATUSES.get(normalize(status_text)) if status_text else RegistrationStatus.ACTIVE
        if status is None:
            skipped.append(Skipped(line, "status", label=service))
            continue
        ident = _row_identifier(partial(cell, row), line, service)
        if isinstance(ident, Skipped):
            skipped.append(ident)
            continue
        since_text = cell(row, "since")
        since = _date(since_text) if since_text else None
        if since_text and since is None:
            skipped.append(Skipped(line, "since", label=service))
            continue
        person, account = cell(row, "person"), cell(row, "account")
        relation_text = cell(row, "relation")
        relation = RELATIONS.get(normalize(relation_text), relation_text[:40])
        key = (person, normalize(service), account)
        group = groups.setdefault(key, {"line": line, "service": service, "person": person,
                                        "account": account, "status": status, "ids": [],
                                        "notes": [], "relation": relation, "since": since,
                                        "own": cell(row, "service_name")[:200],
                                        "phoneless": _yes_no(cell(row, "no_smartphone"))})
        if group["phoneless"] is None:
            group["phoneless"] = _yes_no(cell(row, "no_smartphone"))
        notes = row.get(cols["notes"], "").strip() if "notes" in cols else ""
        _merge_row(group, relation, since, ident, notes)
    entries = _entries(groups)
    if not entries and not skipped:
        raise ImportRejected("empty")
    return Parsed("csv", entries, tuple(skipped))


_YES = {"yes", "y", "true", "1", "是", "x", "✓"}
_NO = {"no", "n", "false", "0", "否"}


def _yes_no(text: str) -> bool | None:
    """yes/是 → True, no/否 → False, anything else (empty) → not said."""
    key = normalize(text)
    return True if key in _YES else False if key in _NO else None


def _date(text: str) -> dt.date | None:
    """`2018-03-05`, `2018/3/5`, `2018-03` (its first day), `2018` (1 January); None if not."""
    parts = text.replace("/", "-").replace(".", "-").split("-")
    try:
        numbers = [int(p) for p in parts]
        if not 1 <= len(numbers) <= 3:
            return None
        numbers += [1] * (3 - len(numbers))
        return dt.date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None
