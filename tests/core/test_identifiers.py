"""Every identifier kind: valid samples normalise and mask; invalid ones say what is wrong."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.cn import ric

from exposure import identifiers as idmod
from exposure.errors import InvalidIdentifier


@pytest.mark.parametrize(("raw", "e164", "masked"), [
    ("13812345678", "+8613812345678", "138****5678"),
    ("138 1234 5678", "+8613812345678", "138****5678"),
    ("+86 138-1234-5678", "+8613812345678", "138****5678"),
    ("１３８１２３４５６７８", "+8613812345678", "138****5678"),  # full-width digits
    ("+44 7911 123456", "+447911123456", "+44 ******3456"),
])
def test_phone_normalises_to_e164_and_masks(raw: str, e164: str, masked: str) -> None:
    parsed = idmod.parse("phone", raw)
    assert parsed.value == e164
    assert idmod.mask("phone", parsed.value) == masked


def test_chinese_mobile_shows_carrier_and_province() -> None:
    details = idmod.parse("phone", "13812345678").details
    assert details["carrier_zh"] == "中国移动"
    assert details["place_zh"].startswith("江苏")
    assert idmod.parse("phone", "18612345678").details["carrier_zh"] == "中国联通"
    assert idmod.parse("phone", "18912345678").details["carrier_zh"] == "中国电信"


@pytest.mark.parametrize("raw", ["12345", "1381234567", "abc", "", "+86 000 0000 0000"])
def test_bad_phones_are_refused(raw: str) -> None:
    with pytest.raises(InvalidIdentifier):
        idmod.parse("phone", raw)


def test_resident_id_checked_with_birth_date_and_region() -> None:
    parsed = idmod.parse("id_number", "11010519491231002x")
    assert parsed.value == "11010519491231002X"
    assert parsed.details["birth_date"] == "1949-12-31"
    assert parsed.details["province"] == "北京市"
    assert idmod.mask("id_number", parsed.value) == "110105********002X"


def test_resident_id_wrong_check_digit_names_the_right_one() -> None:
    with pytest.raises(InvalidIdentifier) as info:
        idmod.parse("id_number", "110105194912310021")
    assert info.value.reason == "check_digit"
    assert info.value.params["expected"] == "X"
    assert "110105194912310021" not in str(info.value)


@pytest.mark.parametrize(("raw", "reason"), [
    ("1101051949123100", "length"),
    ("11010519491331002X", "birth_date"),  # month 13
    ("11010520991231002X", "birth_date"),  # in the future
    ("11010519491231A02X", "format"),
])
def test_resident_id_failures_say_why(raw: str, reason: str) -> None:
    with pytest.raises(InvalidIdentifier) as info:
        idmod.parse("id_number", raw)
    assert info.value.reason == reason


def test_bank_card_luhn_and_mask() -> None:
    parsed = idmod.parse("bank_card", "6222 0210 0000 0000 009")
    assert parsed.value == "6222021000000000009"
    assert parsed.details["brand"] == "UnionPay"
    assert idmod.mask("bank_card", parsed.value) == "**** 0009"
    with pytest.raises(InvalidIdentifier) as info:
        idmod.parse("bank_card", "6222021000000000008")
    assert info.value.reason == "check_digit" and info.value.params["expected"] == "9"
    with pytest.raises(InvalidIdentifier):
        idmod.parse("bank_card", "1234")


@pytest.mark.parametrize(("raw", "value", "kind"), [
    ("京A12345", "京A12345", "ordinary"),
    ("京a·12345", "京A12345", "ordinary"),
    ("粤BD12345", "粤BD12345", "new_energy"),
    ("沪A12345F", "沪A12345F", "new_energy"),
])
def test_plates_including_new_energy(raw: str, value: str, kind: str) -> None:
    parsed = idmod.parse("plate", raw)
    assert parsed.value == value and parsed.details["type"] == kind


@pytest.mark.parametrize("raw", ["京I12345", "A12345", "京A1234", "京AB123456", "X京12345"])
def test_bad_plates(raw: str) -> None:
    with pytest.raises(InvalidIdentifier):
        idmod.parse("plate", raw)


def test_email_and_passport() -> None:
    assert idmod.parse("email", " Zhang.San@Example.COM ").value == "zhang.san@example.com"
    assert idmod.mask("email", "zhang.san@example.com") == "z***@example.com"
    for bad in ("no-at-sign", "a@b", "a@@b.com", "a..b@example.com"):
        with pytest.raises(InvalidIdentifier):
            idmod.parse("email", bad)
    assert idmod.parse("passport", "e12345678").details["issuer"] == "CN"
    with pytest.raises(InvalidIdentifier):
        idmod.parse("passport", "12")


def test_guess_kind() -> None:
    assert idmod.guess_kind("13812345678") == "phone"
    assert idmod.guess_kind("a@example.com") == "email"
    assert idmod.guess_kind("11010519491231002X") == "id_number"
    assert idmod.guess_kind("6222021000000000009") == "bank_card"
    assert idmod.guess_kind("hello") is None


@given(st.integers(min_value=10**14, max_value=10**18 - 1))
def test_any_luhn_completed_card_is_valid(body: int) -> None:
    number = str(body) + luhn.calc_check_digit(str(body))
    parsed = idmod.parse("bank_card", number)
    assert parsed.value == number
    assert idmod.mask("bank_card", number).endswith(number[-4:])
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    with pytest.raises(InvalidIdentifier):
        idmod.parse("bank_card", wrong)


@given(st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                max_value=__import__("datetime").date(2020, 12, 31)),
       st.integers(min_value=0, max_value=999))
def test_any_well_formed_resident_id_round_trips(birth, seq: int) -> None:  # type: ignore[no-untyped-def]
    body = f"110105{birth:%Y%m%d}{seq:03d}"
    number = body + ric.calc_check_digit(body + "0")
    parsed = idmod.parse("id_number", number)
    assert parsed.details["birth_date"] == birth.isoformat()
    masked = idmod.mask("id_number", number)
    assert masked.startswith("110105") and masked.endswith(number[-4:])
    assert number[6:14] not in masked


def _with_check(body: str) -> str:
    return body + ric.calc_check_digit(body + "0")  # python-stdnum as the independent oracle


def test_id_with_a_region_younger_than_its_holder_is_accepted_with_a_note() -> None:
    # 110112 通州区 exists since 1997: a person born in 1988 holds it when the ID was issued there
    parsed = idmod.parse("id_number", _with_check("11011219880315002"))
    assert parsed.details["birth_date"] == "1988-03-15"
    assert parsed.details["note"] == idmod.REGION_NOT_AT_BIRTH
    assert parsed.details["province"] == "北京市" and parsed.details["county"] == "通州区"
    assert parsed.details["document"] == idmod.RESIDENT_ID
    born_later = idmod.parse("id_number", _with_check("11011220000315002"))
    assert born_later.details["note"] == ""


def test_id_with_an_unknown_region_code_is_accepted_with_a_note() -> None:
    for body in ("11019919880315002", "00000019880315002", "12345619880315002"):
        parsed = idmod.parse("id_number", _with_check(body))
        assert parsed.details["note"] == idmod.REGION_UNKNOWN
        assert parsed.details["birth_date"] == "1988-03-15"


@pytest.mark.parametrize(("region", "place"), [("810000", "香港"), ("820000", "澳门"),
                                               ("830000", "台湾")])
def test_hong_kong_macao_taiwan_residence_permits_are_recognised(region: str, place: str) -> None:
    parsed = idmod.parse("id_number", _with_check(f"{region}19900101003"))
    assert parsed.details["document"] == idmod.HK_MO_TW_PERMIT
    assert parsed.details["province"] == place and parsed.details["note"] == ""
    assert parsed.details["birth_date"] == "1990-01-01"


def test_foreign_permanent_resident_id_is_recognised() -> None:
    parsed = idmod.parse("id_number", _with_check("93184019850704001"))
    assert parsed.details["document"] == idmod.FOREIGN_PERMANENT
    assert parsed.details["birth_date"] == "1985-07-04"
    assert idmod.mask("id_number", parsed.value) == "931840********" + parsed.value[-4:]


@given(st.text(alphabet="0123456789", min_size=6, max_size=6),
       st.dates(min_value=__import__("datetime").date(1900, 1, 1),
                max_value=__import__("datetime").date.today()),
       st.integers(min_value=0, max_value=999))
def test_any_region_with_a_right_check_digit_and_real_birth_date_is_accepted(  # type: ignore[no-untyped-def]
        region: str, birth, seq: int) -> None:
    number = _with_check(f"{region}{birth:%Y%m%d}{seq:03d}")
    assert idmod.id_check_digit(number) == number[-1]
    parsed = idmod.parse("id_number", number)
    assert parsed.value == number and parsed.details["birth_date"] == birth.isoformat()
    assert parsed.details["note"] in ("", idmod.REGION_UNKNOWN, idmod.REGION_NOT_AT_BIRTH)
    wrong = number[:-1] + ("0" if number[-1] == "X" else "X")
    with pytest.raises(InvalidIdentifier) as info:
        idmod.parse("id_number", wrong)
    assert info.value.reason == "check_digit" and info.value.params["expected"] == number[-1]
