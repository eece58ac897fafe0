"""Exposure's own CSV: one identifier of one registration per line, written by hand or in Excel.

Columns (header names in English or Chinese, any order, any case):

    person   人员 / 姓名        who holds the account; empty = the person chosen for the import
    service  服务 / 平台 / 域名  a catalogue name or alias (支付宝, JD), a domain or URL (required)
    kind     类型               phone, email, id_number, bank_card, plate, passport, address,
                                id_photo (or 手机号, 邮箱, 身份证, 银行卡, 车牌, 护照, 地址,
                                证件照);
                                empty = guessed from the value
    value    号码 / 值           the identifier itself; empty = the account uses none we track
    status   状态               active, dormant, closing, closed (在用, 休眠, 注销中, 已注销);
                                empty = active
    notes    备注               free text kept on the registration
    account  账户名             optional: a user or member name letters may cite
    role     用途               optional: login, reserved_phone, bound_card, id_on_file, contact

Lines with the same person, service and account are one registration using all their
identifiers. Saved as UTF-8 (with or without BOM) or GBK/GB18030: both are read.
"""

from __future__ import annotations

from exposure import identifiers as idmod
from exposure.catalog import normalize
from exposure.errors import ImportRejected, InvalidIdentifier
from exposure.importers.model import Entry, ImportedIdentifier, Parsed, Skipped
from exposure.importers.reading import Table, header_key
from exposure.model import IdentifierKind, RegistrationStatus, Role

K = IdentifierKind

COLUMNS = ("person", "service", "kind", "value", "status", "notes")  # the template's columns
OPTIONAL = ("account", "role")

HEADERS: dict[str, tuple[str, ...]] = {
    "person": ("person", "人员", "姓名", "成员", "家人"),
    "service": ("service", "service or domain", "domain", "服务", "平台", "网站", "应用", "域名"),
    "kind": ("kind", "identifier kind", "type", "类型", "标识类型"),
    "value": ("value", "identifier", "identifier value", "号码", "值", "标识"),
    "status": ("status", "状态"),
    "notes": ("notes", "note", "备注"),
    "account": ("account", "account reference", "账户名", "用户名"),
    "role": ("role", "用途"),
}

KINDS: dict[str, IdentifierKind] = {normalize(k): v for k, v in {
    **{k.value: k for k in IdentifierKind},
    "mobile": K.PHONE, "phone number": K.PHONE, "手机": K.PHONE, "手机号": K.PHONE,
    "手机号码": K.PHONE, "电话": K.PHONE, "e-mail": K.EMAIL, "mail": K.EMAIL, "邮箱": K.EMAIL,
    "电子邮件": K.EMAIL, "电子邮箱": K.EMAIL, "id": K.ID_NUMBER, "身份证": K.ID_NUMBER,
    "身份证号": K.ID_NUMBER, "身份证号码": K.ID_NUMBER, "card": K.BANK_CARD,
    "银行卡": K.BANK_CARD, "银行卡号": K.BANK_CARD, "车牌": K.PLATE, "车牌号": K.PLATE,
    "护照": K.PASSPORT, "护照号": K.PASSPORT, "地址": K.ADDRESS, "证件照": K.ID_PHOTO,
    "人脸": K.ID_PHOTO, "身份证照片": K.ID_PHOTO,
}.items()}

STATUSES: dict[str, RegistrationStatus] = {normalize(k): v for k, v in {
    **{s.value: s for s in RegistrationStatus},
    "在用": RegistrationStatus.ACTIVE, "正常": RegistrationStatus.ACTIVE,
    "活跃": RegistrationStatus.ACTIVE, "休眠": RegistrationStatus.DORMANT,
    "不用": RegistrationStatus.DORMANT, "闲置": RegistrationStatus.DORMANT,
    "注销中": RegistrationStatus.CLOSING, "已注销": RegistrationStatus.CLOSED,
    "已关闭": RegistrationStatus.CLOSED, "关闭": RegistrationStatus.CLOSED,
}.items()}

ROLES: dict[str, Role] = {normalize(r.value): r for r in Role}

DEFAULT_ROLE = {
    K.PHONE: Role.LOGIN, K.EMAIL: Role.LOGIN, K.PLATE: Role.LOGIN,
    K.ID_NUMBER: Role.ID_ON_FILE, K.ID_PHOTO: Role.ID_ON_FILE, K.PASSPORT: Role.ID_ON_FILE,
    K.BANK_CARD: Role.BOUND_CARD, K.ADDRESS: Role.CONTACT,
}

# Fictional examples in the demo family's style: a repeated-pattern number, an example.com
# address, a card with sequence 0000… and a valid check digit. "示例" marks them to be replaced.
TEMPLATE_ROWS = (
    ("示例", "支付宝", "phone", "13900000001", "active", "登录手机号"),
    ("示例", "jd.com", "email", "zhang.demo@example.com", "active", ""),
    ("示例", "中国工商银行", "bank_card", "6222020000000000018", "dormant", "十年前的卡"),
)


def template_text() -> str:
    import csv
    import io

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
        ident = None
        value = cell(row, "value")
        if value:
            kind_text = cell(row, "kind")
            kind = KINDS.get(normalize(kind_text)) if kind_text else idmod.guess_kind(value)
            if kind is None:
                skipped.append(Skipped(line, "kind", label=service))
                continue
            try:
                parsed = idmod.parse(kind, value)
            except InvalidIdentifier as exc:
                skipped.append(Skipped(line, "identifier", label=service,
                                       detail={"kind": kind.value, "code": exc.reason}))
                continue
            role_text = cell(row, "role")
            role = ROLES.get(normalize(role_text)) if role_text else DEFAULT_ROLE[kind]
            if role is None:
                skipped.append(Skipped(line, "role", label=service))
                continue
            ident = ImportedIdentifier(parsed.kind, parsed.value, role)
        person, account = cell(row, "person"), cell(row, "account")
        key = (person, normalize(service), account)
        group = groups.setdefault(key, {"line": line, "service": service, "person": person,
                                        "account": account, "status": status, "ids": [],
                                        "notes": []})
        if ident and ident not in group["ids"]:  # type: ignore[operator]
            group["ids"].append(ident)  # type: ignore[attr-defined]
        notes = row.get(cols["notes"], "").strip() if "notes" in cols else ""
        if notes and notes not in group["notes"]:  # type: ignore[operator]
            group["notes"].append(notes)  # type: ignore[attr-defined]
    entries = tuple(
        Entry(line=g["line"], service=g["service"], person=g["person"],  # type: ignore[arg-type]
              identifiers=tuple(g["ids"]), account_ref=g["account"],  # type: ignore[arg-type]
              status=g["status"], notes="\n".join(g["notes"]))  # type: ignore[arg-type]
        for g in groups.values())
    if not entries and not skipped:
        raise ImportRejected("empty")
    return Parsed("csv", entries, tuple(skipped))
