"""Parse, validate, normalise and mask identifiers.

Phones use phonenumbers; Chinese resident ID numbers (and the permits that share their layout)
their check digit and birth date, with python-stdnum's region table for the place; bank cards
the Luhn check of python-stdnum. Every failure raises InvalidIdentifier with a reason code (and the
expected check digit where there is one) but never the value itself.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from exposure.errors import InvalidIdentifier
from exposure.model import IdentifierKind

K = IdentifierKind
# phonenumbers and python-stdnum (~0.08 s to import) are imported by the functions that parse:
# masking and showing stored values (the inventory, `inventory --json`) needs neither.


@dataclass(frozen=True)
class Parsed:
    kind: IdentifierKind
    value: str  # the normalised form stored in the vault
    details: dict[str, str] = field(default_factory=dict)


def _clean(raw: str) -> str:
    # Full-width digits and letters (what a Chinese IME types) become ASCII.
    return unicodedata.normalize("NFKC", raw or "").strip()


def _nospace(text: str) -> str:
    return re.sub(r"[\s\-·.・/]", "", text)


# --- phones --------------------------------------------------------------------------------------
def parse_phone(raw: str, region: str = "CN") -> Parsed:
    import phonenumbers  # lazy, see the imports

    text = _clean(raw)
    if not text:
        raise InvalidIdentifier(K.PHONE, "empty")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidIdentifier(K.PHONE, "format") from exc
    if not phonenumbers.is_possible_number(number):
        raise InvalidIdentifier(K.PHONE, "length")
    if not phonenumbers.is_valid_number(number):
        raise InvalidIdentifier(K.PHONE, "format")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Parsed(K.PHONE, e164, _LazyDetails(e164))


class _LazyDetails(dict[str, str]):
    """Carrier and place, looked up on first read (parsing many numbers stays cheap)."""

    def __init__(self, e164: str) -> None:
        super().__init__()
        self._e164 = e164
        self._loaded = False

    def _load(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.update(phone_details(self._e164))

    def __getitem__(self, key: str) -> str:
        self._load()
        return super().__getitem__(key)

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        self._load()
        return super().get(key, default)

    def __iter__(self) -> Iterator[str]:
        self._load()
        return super().__iter__()

    def __len__(self) -> int:
        self._load()
        return super().__len__()

    def __repr__(self) -> str:
        self._load()
        return super().__repr__()


def phone_details(e164: str) -> dict[str, str]:
    # Imported here: the carrier and place tables cost ~100 MB and 0.25 s, needed only for this.
    import phonenumbers
    from phonenumbers import PhoneNumberType, carrier, geocoder

    number = phonenumbers.parse(e164, None)
    kind = phonenumbers.number_type(number)
    mobile = kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return {
        "region": phonenumbers.region_code_for_number(number) or "",
        "type": "mobile" if mobile else "fixed" if kind == PhoneNumberType.FIXED_LINE else "other",
        "carrier_zh": carrier.name_for_number(number, "zh"),
        "carrier_en": carrier.name_for_number(number, "en"),
        "place_zh": geocoder.description_for_number(number, "zh"),
        "place_en": geocoder.description_for_number(number, "en"),
    }


# --- Chinese resident ID numbers -----------------------------------------------------------------
# Other 18-digit national numbers share the resident ID's layout (birth date in digits 7-14,
# ISO 7064 MOD 11-2 check digit): the residence permits of Hong Kong, Macao and Taiwan residents
# (region 810000 / 820000 / 830000) and the 2023 foreign permanent resident ID (first digit 9).
RESIDENT_ID, HK_MO_TW_PERMIT, FOREIGN_PERMANENT = "resident_id", "hk_mo_tw_permit", \
    "foreign_permanent"
_PERMIT_REGIONS = {"810000": ("香港", "Hong Kong"), "820000": ("澳门", "Macao"),
                   "830000": ("台湾", "Taiwan")}
# Notes on a valid number (never a refusal): an ID carries the region where it was issued, and
# districts are created, merged and renamed all the time.
REGION_UNKNOWN, REGION_NOT_AT_BIRTH = "region_unknown", "region_not_at_birth"


def id_check_digit(number: str) -> str:
    """The check digit (ISO 7064 MOD 11-2) of the first 17 digits."""
    total = sum(int(d) * (2 ** (17 - i) % 11) for i, d in enumerate(number[:17]))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


@functools.cache
def _loc_blocks() -> tuple[tuple[tuple[tuple[str, str], ...], tuple[str, ...]], ...]:
    """python-stdnum's region table (cn/loc.dat) cut into its top-level blocks (provinces),
    each with the code ranges of its first line."""
    from importlib import resources

    text = (resources.files("stdnum") / "cn" / "loc.dat").read_text(encoding="utf-8")
    blocks: list[tuple[tuple[tuple[str, str], ...], list[str]]] = []
    for line in text.splitlines(keepends=True):
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            ranges = tuple((r.split("-", 1)[0], r.split("-", 1)[-1])
                           for r in line.split(None, 1)[0].split(","))
            blocks.append((ranges, [line]))
        elif blocks:
            blocks[-1][1].append(line)
    return tuple((ranges, tuple(lines)) for ranges, lines in blocks)


def _region_table(code: str) -> Any:
    """The region table holding only the blocks that can match `code`: the same answers as the
    whole table, which takes ~0.15 s to parse where one province takes a few milliseconds."""
    blocks = _loc_blocks()
    return _table_of(tuple(n for n, (ranges, _lines) in enumerate(blocks)
                           if any(low <= code[:len(low)] <= high for low, high in ranges)))


@functools.cache
def _table_of(picked: tuple[int, ...]) -> Any:
    from stdnum import numdb  # lazy: the region table is read only for an ID number

    blocks = _loc_blocks()
    return numdb.read([line for n in picked for line in blocks[n][1]])


def _region(text: str, year: int) -> tuple[dict[str, str], str]:
    """(province, county) of the first six digits and a note when the code is unknown or was
    not in use in the birth year (the county then is its latest name)."""
    try:
        results = _region_table(text[:6]).info(text[:6])
    except Exception:  # noqa: BLE001 - a missing table: the region is simply unknown
        return {}, REGION_UNKNOWN
    info = {k: v for _part, props in results for k, v in props.items()}
    if "county" not in info:
        return ({"province": info["province"]} if "province" in info else {}), REGION_UNKNOWN
    names = info["county"].split(",")
    latest = ""
    for name in names:
        if not name.startswith("["):
            return {"province": info.get("province", ""), "county": name}, ""
        span, latest = name[1:].split("]", 1)
        start, _, end = span.partition("-")
        if (not start or year >= int(start)) and (not end or year <= int(end)):
            return {"province": info.get("province", ""), "county": latest}, ""
    return {"province": info.get("province", ""), "county": latest}, REGION_NOT_AT_BIRTH


def parse_id_number(raw: str, today: dt.date | None = None) -> Parsed:
    """A resident ID number, a Hong Kong/Macao/Taiwan residence permit number or a foreign
    permanent resident ID: right check digit and a real birth date not in the future. The
    region never refuses a number; an unknown or younger region code is a `note`."""
    text = _nospace(_clean(raw)).upper()
    if not text:
        raise InvalidIdentifier(K.ID_NUMBER, "empty")
    if len(text) != 18:
        raise InvalidIdentifier(K.ID_NUMBER, "length", expected_length=18, length=len(text))
    if not re.fullmatch(r"\d{17}[\dX]", text):
        raise InvalidIdentifier(K.ID_NUMBER, "format")
    try:
        birth = dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError as exc:
        raise InvalidIdentifier(K.ID_NUMBER, "birth_date") from exc
    if birth > (today or dt.date.today()) or birth.year < 1880:
        raise InvalidIdentifier(K.ID_NUMBER, "birth_date")
    expected = id_check_digit(text)
    if text[-1] != expected:
        raise InvalidIdentifier(K.ID_NUMBER, "check_digit", expected=expected)
    out = {"birth_date": birth.isoformat(), "province": "", "county": "", "note": ""}
    if text[0] == "9":
        out["document"] = FOREIGN_PERMANENT
    elif text[:6] in _PERMIT_REGIONS:
        out["document"] = HK_MO_TW_PERMIT
        out["province"], out["province_en"] = _PERMIT_REGIONS[text[:6]]
        out["sex"] = "male" if int(text[16]) % 2 else "female"
    else:
        place, note = _region(text, birth.year)
        out.update(place, document=RESIDENT_ID, note=note,
                   sex="male" if int(text[16]) % 2 else "female")
    return Parsed(K.ID_NUMBER, text, out)


# --- bank cards ----------------------------------------------------------------------------------
_CARD_BRANDS = (("62", "UnionPay"), ("4", "Visa"), ("5", "Mastercard"), ("35", "JCB"),
                ("34", "American Express"), ("37", "American Express"))


def parse_bank_card(raw: str) -> Parsed:
    text = _nospace(_clean(raw))
    if not text:
        raise InvalidIdentifier(K.BANK_CARD, "empty")
    if not text.isdigit():
        raise InvalidIdentifier(K.BANK_CARD, "format")
    if not 12 <= len(text) <= 19:
        raise InvalidIdentifier(K.BANK_CARD, "length", length=len(text))
    from stdnum import luhn  # lazy, see the imports

    expected = luhn.calc_check_digit(text[:-1])
    if text[-1] != expected:
        raise InvalidIdentifier(K.BANK_CARD, "check_digit", expected=expected)
    brand = next((name for prefix, name in _CARD_BRANDS if text.startswith(prefix)), "")
    return Parsed(K.BANK_CARD, text, {"brand": brand, "last4": text[-4:]})


# --- e-mail --------------------------------------------------------------------------------------
_EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,63}$")


def parse_email(raw: str) -> Parsed:
    text = _clean(raw).lower()
    if not text:
        raise InvalidIdentifier(K.EMAIL, "empty")
    if len(text) > 254 or not _EMAIL.match(text) or ".." in text:
        raise InvalidIdentifier(K.EMAIL, "format")
    return Parsed(K.EMAIL, text, {"domain": text.rsplit("@", 1)[1]})


# --- Chinese licence plates ----------------------------------------------------------------------
PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
# Ordinary plates: province, issuing-office letter, five letters/digits (no I or O);
# new-energy plates: six, D/F (small cars, first) or digits then D/F (large vehicles, last).
_PLATE_ORDINARY = re.compile(
    rf"^[{PROVINCES}][A-HJ-NP-Z][A-HJ-NP-Z0-9]{{4}}[A-HJ-NP-Z0-9挂学警港澳领]$"
)
_PLATE_NEW_ENERGY = re.compile(
    rf"^[{PROVINCES}][A-HJ-NP-Z](?:[DF][A-HJ-NP-Z0-9]\d{{4}}|\d{{5}}[DF])$"
)


def parse_plate(raw: str) -> Parsed:
    text = _nospace(_clean(raw)).upper()
    if not text:
        raise InvalidIdentifier(K.PLATE, "empty")
    if text[0] not in PROVINCES:
        raise InvalidIdentifier(K.PLATE, "region")
    if len(text) not in (7, 8):
        raise InvalidIdentifier(K.PLATE, "length", length=len(text))
    if len(text) == 8:
        if not _PLATE_NEW_ENERGY.match(text):
            raise InvalidIdentifier(K.PLATE, "format")
        return Parsed(K.PLATE, text, {"type": "new_energy", "province": text[0]})
    if not _PLATE_ORDINARY.match(text):
        raise InvalidIdentifier(K.PLATE, "format")
    return Parsed(K.PLATE, text, {"type": "ordinary", "province": text[0]})


# --- passports -----------------------------------------------------------------------------------
_PASSPORT_CN = re.compile(r"^(?:E[A-HJ-NP-Z0-9]\d{7}|[EGDSP]\d{8})$")
_PASSPORT_ANY = re.compile(r"^[A-Z0-9]{6,9}$")


def parse_passport(raw: str) -> Parsed:
    text = _nospace(_clean(raw)).upper()
    if not text:
        raise InvalidIdentifier(K.PASSPORT, "empty")
    if not _PASSPORT_ANY.match(text):
        raise InvalidIdentifier(K.PASSPORT, "format")
    return Parsed(K.PASSPORT, text, {"issuer": "CN" if _PASSPORT_CN.match(text) else ""})


# --- free text kinds -----------------------------------------------------------------------------
def _parse_text(kind: IdentifierKind, raw: str) -> Parsed:
    text = " ".join(_clean(raw).split())
    if not text:
        raise InvalidIdentifier(kind, "empty")
    if len(text) > 500:
        raise InvalidIdentifier(kind, "length", length=len(text))
    return Parsed(kind, text, {})


_PARSERS: dict[IdentifierKind, Callable[[str], Parsed]] = {
    K.PHONE: parse_phone, K.ID_NUMBER: parse_id_number, K.BANK_CARD: parse_bank_card,
    K.EMAIL: parse_email, K.PLATE: parse_plate, K.PASSPORT: parse_passport,
}


def parse(kind: IdentifierKind | str, raw: str) -> Parsed:
    """The value checked and normalised by its kind's rules (free text for address, photo)."""
    kind = IdentifierKind(kind)
    parser = _PARSERS.get(kind)
    return parser(raw) if parser else _parse_text(kind, raw)


def details(kind: IdentifierKind | str, value: str) -> dict[str, str]:
    """Facts derived from a stored (already normalised) value: carrier, region, birth date …"""
    try:
        return parse(kind, value).details
    except InvalidIdentifier:
        return {}


def guess_kind(raw: str) -> IdentifierKind | None:
    """What a pasted or imported value most likely is (e-mail, phone, ID number, card)."""
    text = _clean(raw)
    if "@" in text:
        return K.EMAIL
    for kind in (K.ID_NUMBER, K.PHONE, K.BANK_CARD, K.PLATE):
        try:
            parse(kind, text)
        except InvalidIdentifier:
            continue
        return kind
    return None


# --- masking -------------------------------------------------------------------------------------
def mask(kind: IdentifierKind | str, value: str) -> str:
    """The form shown until the user asks to reveal: 138****5678, 110105********002X, **** 0006."""
    kind = IdentifierKind(kind)
    if not value:
        return ""
    match kind:
        case K.PHONE:
            return _mask_phone(value)
        case K.ID_NUMBER:
            return value[:6] + "*" * (len(value) - 10) + value[-4:] if len(value) > 10 else "****"
        case K.BANK_CARD:
            return "**** " + value[-4:]
        case K.EMAIL:
            local, _, domain = value.partition("@")
            return (local[:1] + "***@" + domain) if domain else "***"
        case K.PLATE:
            return value[:2] + "*" * (len(value) - 4) + value[-2:] if len(value) > 4 else "****"
        case K.PASSPORT:
            return value[:1] + "*" * max(len(value) - 3, 1) + value[-2:]
        case K.ADDRESS:
            return value[:6] + "…" if len(value) > 6 else value[:2] + "…"
        case _:
            return value[:8] + ("…" if len(value) > 8 else "")


def _mask_phone(e164: str) -> str:
    if e164.startswith("+86") and len(e164) == 14 and e164[3] == "1":  # CN mobile, the common case
        return e164[3:6] + "****" + e164[-4:]
    import phonenumbers  # lazy, see the imports

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return "****"
    national = str(number.national_number)
    if number.country_code == 86 and len(national) == 11:
        return national[:3] + "****" + national[-4:]
    return f"+{number.country_code} " + "*" * max(len(national) - 4, 2) + national[-4:]


def display(kind: IdentifierKind | str, value: str) -> str:
    """The revealed form, grouped for reading (phone in national format for China)."""
    kind = IdentifierKind(kind)
    if kind == K.PHONE:
        if value.startswith("+86") and value[3:].isdigit():  # China: the national number
            return value[3:]
        import phonenumbers  # lazy, see the imports

        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException:
            return value
        if number.country_code == 86:
            return str(number.national_number)
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if kind == K.BANK_CARD:
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value
