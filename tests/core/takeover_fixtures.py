"""The stolen-phone case (21世纪经济报道 2020; research notes, appendix) as a vault.

A carrier line (China Telecom, from the shipped catalogue), the provincial social-security app
(shipped: SMS login and SMS-only recovery; reveals ID number, ID photo and the social-security
card), the salary card at ICBC and a dormant old CCB card (both with the line as reserved
phone), a payment app whose account is recovered with SMS + ID number + face, and a loan
service that logs in with SMS + face. The last two are test entries added to the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from exposure.catalog import Catalog, CatalogEntry, Deletion, default_catalog
from exposure.model import (
    IdentifierStatus,
    PersonId,
    RegistrationId,
    RegistrationStatus,
    Role,
    Usage,
)
from exposure.vault import Vault
from tests.conftest import PASSPHRASE

PHONE = "13900000001"
ID_NUMBER = "110105198001010016"
ICBC_CARD = "6222020000000000018"
CCB_CARD = "6217000000000000020"


def entry(cid: str, category: str, login: list[list[str]], recovery: list[list[str]],
          reveals: list[str], hotline: str = "") -> CatalogEntry:
    return CatalogEntry(
        id=cid, name_zh=cid, name_en=cid, category=category, domains=(), aliases=(),
        login=tuple(frozenset(x) for x in login), recovery=tuple(frozenset(x) for x in recovery),
        reveals=frozenset(reveals), hardening=(), deletion=Deletion(), privacy_email="",
        privacy_url="", hotline=hotline, jurisdiction="CN", notes_zh="", notes_en="",
        sources={})


def catalog_with(*extra: CatalogEntry) -> Catalog:
    return Catalog([*default_catalog().entries, *extra])


CASE_CATALOG_EXTRA = (
    entry("test-pay", "payment", [["password"]], [["sms", "id_number", "face"]],
          ["payments", "card_numbers", "name"]),
    entry("test-loan", "loan", [["sms", "face"]], [], ["credit"]),
)


@dataclass(frozen=True)
class Case:
    person: PersonId
    phone: int
    id_number: int
    photo: int
    icbc: int
    ccb: int
    regs: dict[str, RegistrationId]
    catalog: Catalog


def build_case(vault: Vault, name: str = "受害人") -> Case:
    with vault.operation("registrations"):
        pid = vault.people.add(name=name)
        add = vault.identifiers.add
        phone = add(person_id=pid, kind="phone", value=PHONE)
        idn = add(person_id=pid, kind="id_number", value=ID_NUMBER)
        photo = add(person_id=pid, kind="id_photo", value="身份证正反面")
        icbc = add(person_id=pid, kind="bank_card", value=ICBC_CARD, label="社保卡")
        ccb = add(person_id=pid, kind="bank_card", value=CCB_CARD, label="十年前的建行卡",
                  status=IdentifierStatus.DORMANT)

        def reg(cid: str, uses: list[tuple[int, Role]],
                status: RegistrationStatus = RegistrationStatus.ACTIVE) -> RegistrationId:
            sid = vault.services.ensure(name=cid, catalog_id=cid)
            return vault.registrations.add(person_id=pid, service_id=sid, status=status,
                                           usages=[Usage(i, r) for i, r in uses])

        regs = {
            "carrier": reg("china-telecom", [(phone, Role.LOGIN), (idn, Role.ID_ON_FILE)]),
            "social": reg("social-security-12333", [
                (phone, Role.LOGIN), (idn, Role.ID_ON_FILE), (photo, Role.ID_ON_FILE),
                (icbc, Role.BOUND_CARD)]),
            "icbc": reg("icbc", [(icbc, Role.LOGIN), (phone, Role.RESERVED_PHONE)]),
            "ccb": reg("ccb", [(ccb, Role.LOGIN), (phone, Role.RESERVED_PHONE)],
                       RegistrationStatus.DORMANT),
            "pay": reg("test-pay", [(phone, Role.LOGIN), (icbc, Role.BOUND_CARD)]),
            "loan": reg("test-loan", [(phone, Role.LOGIN), (idn, Role.ID_ON_FILE)]),
        }
    return Case(pid, phone, idn, photo, icbc, ccb, regs, catalog_with(*CASE_CATALOG_EXTRA))


def closed_for_cli(vault: Vault, case: Case, monkeypatch: pytest.MonkeyPatch) -> str:
    """The case's vault closed and ready for `main.py …` on its path: the passphrase in the
    environment, the case's catalogue as the shipped one."""
    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr("exposure.catalog.default_catalog", lambda: case.catalog)
    path = str(vault.path)
    vault.close()
    return path
