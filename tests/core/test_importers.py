"""Importing: every format from files written here lands the expected registrations and
identifiers; secrets of password managers reach neither the vault nor any file; malformed input
is rejected with its reason and leaves the vault's bytes as they were; the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exposure.errors import ImportRejected, InvalidIdentifier, InvalidInput
from exposure.importers import (
    Choice,
    commit,
    detect,
    preview,
    read,
    template_bytes,
    undo_import,
)
from exposure.keys import VaultKey
from exposure.model import IdentifierKind, RegistrationStatus, Role
from exposure.vault import Vault
from tests.conftest import PASSPHRASE
from tests.paths import ROOT

# --- fixture files (every value fictional: repeated-pattern numbers, example.com/.org) -----------
SECRETS = ("PW-Chrome-1", "PW-Chrome-2", "PW-Chrome-3", "PW-Chrome-4", "NOTE-Chrome-1",
           "PW-Firefox-1", "PW-Firefox-2", "PW-KeePass-1", "NOTE-KeePass-1", "KPTOTPSECRETAAAA",
           "PW-KP2-1", "COMMENT-KP2-1", "PW-1P-1", "OTP1PSECRETBBBBB", "NOTE-1P-1",
           "PW-Bitwarden-1", "PW-Bitwarden-2", "PW-Bitwarden-3", "NOTE-Bitwarden-1",
           "NOTE-Bitwarden-2", "BWTOTPSECRETCCCC", "FIELD-Bitwarden-1", "CVV-987", "HIST-PW-OLD")

CHROME = (
    "name,url,username,password,note\r\n"
    "京东,https://passport.jd.com/new/login.aspx,13900000001,PW-Chrome-1,NOTE-Chrome-1\r\n"
    "GitHub,https://github.com/session,zhang.demo@example.com,PW-Chrome-2,\r\n"
    "某论坛,https://bbs.example.org/login,zhangsan,PW-Chrome-3,\r\n"
    "Router,http://192.168.1.1/,admin,PW-Chrome-4,\r\n"
)
FIREFOX = (
    '"url","username","password","httpRealm","formActionOrigin","guid","timeCreated",'
    '"timeLastUsed","timePasswordChanged"\n'
    '"https://www.zhihu.com","13900000001","PW-Firefox-1",,"https://www.zhihu.com",'
    '"{0001}","1700000000000","1700000000000","1700000000000"\n'
    '"https://accounts.google.com","zhang.demo@example.com","PW-Firefox-2",,'
    '"https://accounts.google.com","{0002}","1700000000000","1700000000000","1700000000000"\n'
)
KEEPASSXC = (
    '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified",'
    '"Created"\n'
    '"Root/购物","拼多多","13900000001","PW-KeePass-1","https://mobile.yangkeduo.com",'
    '"NOTE-KeePass-1","otpauth://totp/pdd?secret=KPTOTPSECRETAAAA","0",'
    '"2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"\n'
)
KEEPASS2 = ('"Account","Login Name","Password","Web Site","Comments"\n'
            '"微博","zhang.demo@example.com","PW-KP2-1","https://weibo.com/login",'
            '"COMMENT-KP2-1"\n')
ONEPASSWORD = (
    "Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n"
    "LinkedIn,https://www.linkedin.com/login,zhang.demo@example.com,PW-1P-1,"
    "otpauth://totp/li?secret=OTP1PSECRETBBBBB,false,false,work,NOTE-1P-1\n"
)
BITWARDEN = {
    "encrypted": False,
    "folders": [{"id": "f1", "name": "购物"}],
    "items": [
        {"id": "1", "type": 1, "name": "淘宝", "notes": "NOTE-Bitwarden-1",
         "fields": [{"name": "pin", "value": "FIELD-Bitwarden-1", "type": 1}],
         "passwordHistory": [{"password": "HIST-PW-OLD", "lastUsedDate": "2020-01-01"}],
         "login": {"uris": [{"match": None, "uri": "https://login.taobao.com/member/login"}],
                   "username": "zhang.demo@example.com", "password": "PW-Bitwarden-1",
                   "totp": "otpauth://totp/tb?secret=BWTOTPSECRETCCCC"}},
        {"id": "2", "type": 1, "name": "支付宝",
         "login": {"uris": [], "username": "13900000001", "password": "PW-Bitwarden-2"}},
        {"id": "3", "type": 1, "name": "NAS",
         "login": {"uris": [{"uri": "http://10.0.0.2:5000"}], "username": "admin",
                   "password": "PW-Bitwarden-3"}},
        {"id": "4", "type": 3, "name": "工资卡",
         "card": {"cardholderName": "张演示", "number": "6222020000000000018", "code": "CVV-987"}},
        {"id": "5", "type": 2, "name": "备忘", "notes": "NOTE-Bitwarden-2", "secureNote": {}},
    ],
}
OWN_CSV = (
    "person,service,kind,value,status,notes\n"
    "妈妈,支付宝,phone,13900000001,active,登录手机号\n"
    "妈妈,支付宝,id_number,110105198001010016,active,\n"
    "妈妈,中国建设银行,bank_card,6217000000000000020,dormant,十年前的卡\n"
    "爸爸,https://kyfw.12306.cn/otn/login,,zhang.demo@example.com,已注销,\n"
    "爸爸,社区团购,phone,18600000002,,自己加的\n"
    "爸爸,京东,bank_card,6222020000000000019,,check digit wrong\n"
)
APPLIST = "1. 微信\n2、支付宝\n• 京东商城\n- 某某App\n\n微信\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def inventory(vault: Vault) -> set[tuple[str, str | None, tuple[tuple[str, str, str], ...]]]:
    """(person, catalogue id or custom name, ((kind, value, role), …)) per registration."""
    out = set()
    for row in vault.registrations.rows():
        roles = {u.identifier_id: u.role.value for u in row.registration.usages}
        ids = tuple(sorted((i.kind.value, i.value, roles[i.id]) for i in row.identifiers))
        out.add((row.person.name, row.service.catalog_id or row.service.name, ids))
    return out


@pytest.fixture
def mum(vault: Vault) -> Vault:
    vault.people.add(name="妈妈")
    return vault


PHONE = ("phone", "+8613900000001", "login")
EMAIL = ("email", "zhang.demo@example.com", "login")


# --- each format -----------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "content", "fmt", "expected", "skipped"), [
    ("chrome.csv", CHROME, "chrome",
     {("妈妈", "jd", (PHONE,)), ("妈妈", "github.com", (EMAIL,)),
      ("妈妈", "bbs.example.org", ())}, ["local"]),
    ("firefox.csv", FIREFOX, "firefox",
     {("妈妈", "zhihu", (PHONE,)), ("妈妈", "google", (EMAIL,))}, []),
    ("keepassxc.csv", KEEPASSXC, "keepass", {("妈妈", "pinduoduo", (PHONE,))}, []),
    ("keepass2.csv", KEEPASS2, "keepass", {("妈妈", "weibo", (EMAIL,))}, []),
    ("1password.csv", ONEPASSWORD, "1password", {("妈妈", "linkedin", (EMAIL,))}, []),
    ("bitwarden.json", json.dumps(BITWARDEN, ensure_ascii=False), "bitwarden",
     {("妈妈", "taobao", (EMAIL,)), ("妈妈", "alipay", (PHONE,))},
     ["not_a_login", "local", "not_a_login"]),
])
def test_password_manager_exports_land_registrations(mum: Vault, tmp_path: Path, name: str,
                                                     content: str, fmt: str, expected: set,
                                                     skipped: list[str]) -> None:
    path = write(tmp_path, name, content)
    assert detect(path.read_text("utf-8")) == fmt
    plan = preview(mum, path)  # one person in the vault: the import is theirs
    assert plan.format == fmt and plan.person == "妈妈"
    assert sorted(s.reason for s in plan.skipped) == sorted(skipped)
    result = commit(mum, plan)
    assert len(result.registrations) == len(expected)
    assert inventory(mum) == expected
    # the plain user name that is no identifier is kept as the account reference
    if fmt == "chrome":
        refs = {r.service.name: r.registration.account_ref for r in mum.registrations.rows()}
        assert refs["bbs.example.org"] == "zhangsan"


def test_forced_format_is_checked(mum: Vault, tmp_path: Path) -> None:
    path = write(tmp_path, "f.csv", FIREFOX)
    assert preview(mum, path, fmt="firefox").format == "firefox"
    with pytest.raises(ImportRejected) as exc:
        preview(mum, path, fmt="keepass")
    assert exc.value.reason == "columns"


def test_bitwarden_csv_export(mum: Vault) -> None:
    text = ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,"
            "login_password,login_totp\n"
            ",,login,京东,NOTE-Bitwarden-1,,0,https://passport.jd.com,13900000001,"
            "PW-Bitwarden-1,BWTOTPSECRETCCCC\n"
            ",,note,备忘,NOTE-Bitwarden-2,,0,,,,\n")
    plan = preview(mum, text)
    assert plan.format == "bitwarden" and [s.reason for s in plan.skipped] == ["not_a_login"]
    commit(mum, plan)
    assert inventory(mum) == {("妈妈", "jd", (PHONE,))}


def test_own_csv_people_grouping_status_and_bad_lines(vault: Vault, tmp_path: Path) -> None:
    plan = preview(vault, write(tmp_path, "family.csv", OWN_CSV))
    assert plan.format == "csv" and set(plan.new_people) == {"妈妈", "爸爸"}
    assert [(s.line, s.reason, s.detail) for s in plan.skipped] == [
        (7, "identifier", {"kind": "bank_card", "code": "check_digit"})]
    assert "6222020000000000019" not in repr(plan.skipped)
    assert [r.label for r in plan.unmatched] == ["社区团购"]
    result = commit(vault, plan)
    assert result.people_added == 2 and len(result.registrations) == 4
    assert inventory(vault) == {
        ("妈妈", "alipay", (("id_number", "110105198001010016", "id_on_file"), PHONE)),
        ("妈妈", "ccb", (("bank_card", "6217000000000000020", "bound_card"),)),
        ("爸爸", "12306", (EMAIL,)),
        ("爸爸", "社区团购", (("phone", "+8618600000002", "login"),)),
    }
    by_service = {r.service.catalog_id or r.service.name: r.registration
                  for r in vault.registrations.rows()}
    assert by_service["ccb"].status is RegistrationStatus.DORMANT
    assert by_service["ccb"].notes == "十年前的卡"
    assert by_service["12306"].status is RegistrationStatus.CLOSED
    assert by_service["alipay"].notes == "登录手机号"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_encodings_read_the_same(vault: Vault, tmp_path: Path, encoding: str) -> None:
    # Chinese headers as a user's Excel sheet might have them, saved in each encoding.
    text = OWN_CSV.replace("person,service,kind,value,status,notes", "姓名,服务,类型,号码,状态,备注")
    path = write(tmp_path, "family.csv", text.encode(encoding))
    parsed = read(path)
    assert parsed.format == "csv"
    assert parsed == read(OWN_CSV)
    plan = preview(vault, path)
    assert {r.person for r in plan.matched} == {"妈妈", "爸爸"}
    assert "支付宝" in {r.service_name for r in plan.matched}


def test_applist_matches_aliases_and_binds_the_login(mum: Vault) -> None:
    plan = preview(mum, APPLIST, login="139 0000 0001")
    assert plan.format == "applist"
    assert [r.catalog_id for r in plan.matched] == ["wechat", "alipay", "jd"]
    assert [r.label for r in plan.unmatched] == ["某某App"]
    result = commit(mum, plan, {plan.unmatched[0].key: Choice.skip()})
    assert result.skipped == 1
    assert inventory(mum) == {("妈妈", cid, (PHONE,)) for cid in ("wechat", "alipay", "jd")}
    with pytest.raises(InvalidIdentifier):
        read(APPLIST, "applist", login="not a number")


def test_which_user_names_become_identifiers(mum: Vault) -> None:
    long_name = "很长的名字" * 60
    text = ("name,url,username,password\n"
            "工行,https://mybank.icbc.com.cn,6222020000000000018,x\n"  # a card number login
            "建行,https://ccb.com,6217000000000000021,x\n"  # fails the Luhn check
            "会员,https://member.example.org,123456789,x\n"  # no mobile number: an account
            "London,https://uk.example.org,+44 20 7946 0000,x\n"  # + country code: a phone
            f"{long_name},,,x\n")
    plan = preview(mum, text)
    got = {r.label: ([(i.kind.value, i.value) for i in r.identifiers], r.account_ref)
           for r in plan.rows}
    assert got["mybank.icbc.com.cn"] == ([("bank_card", "6222020000000000018")], "")
    assert got["ccb.com"] == ([], "6217000000000000021")
    assert got["member.example.org"] == ([], "123456789")
    assert got["uk.example.org"] == ([("phone", "+442079460000")], "")
    assert len(plan.unmatched[-1].label) == 200
    commit(mum, plan)
    assert mum.registrations.count() == 5


# --- preview decisions, duplicates, atomic commit --------------------------------------------
def test_unmatched_rows_can_be_mapped_renamed_or_skipped(mum: Vault) -> None:
    text = ("name,url,username,password\n"
            "A,https://one.example.org,zhang.demo@example.com,x\n"
            "B,https://two.example.org,13900000001,x\n"
            "C,https://three.example.org,other@example.com,x\n")
    plan = preview(mum, text)
    one, two, three = plan.unmatched
    commit(mum, plan, {one.key: Choice.map("jd"), two.key: Choice.custom("我的论坛"),
                       three.key: Choice.skip()})
    assert inventory(mum) == {("妈妈", "jd", (EMAIL,)), ("妈妈", "我的论坛", (PHONE,))}
    custom = next(s for s in mum.services.all_services() if s.name == "我的论坛")
    assert custom.catalog_id is None and custom.domains == ("two.example.org",)


def test_unmatched_can_be_left_out_and_a_bad_choice_changes_nothing(mum: Vault) -> None:
    plan = preview(mum, CHROME)
    result = commit(mum, plan, unmatched="skip")
    assert inventory(mum) == {("妈妈", "jd", (PHONE,))} and result.skipped == 3
    plan = preview(mum, CHROME)
    before = inventory(mum)
    with pytest.raises(Exception, match="catalogue"):
        commit(mum, plan, {plan.unmatched[0].key: Choice.map("no-such-service")})
    assert inventory(mum) == before and len(mum.services.all_services()) == 1


def test_duplicates_in_the_vault_and_in_the_file(mum: Vault) -> None:
    first = preview(mum, CHROME)
    commit(mum, first)
    again = preview(mum, CHROME + "京东2,https://jd.com/,13900000001,x\n")
    assert {r.duplicate for r in again.duplicates} == {"vault"}
    assert len(again.duplicates) == 4 and not again.matched and not again.unmatched
    assert commit(mum, again).registrations == ()
    fresh = preview(mum, "name,url,username,password\nA,https://taobao.com,13900000001,x\n"
                         "B,https://login.taobao.com,13900000001,y\n")
    assert [r.duplicate for r in fresh.duplicates] == ["file"] and len(fresh.matched) == 1
    # a row without identifiers adds nothing where the person already has that service
    plan = preview(mum, "微信\n京东\n", fmt="applist")
    assert [r.catalog_id for r in plan.duplicates] == ["jd"]


def test_commit_rechecks_duplicates_recorded_after_the_preview(mum: Vault) -> None:
    plan = preview(mum, CHROME)
    commit(mum, plan)
    result = commit(mum, plan)  # the same plan a second time
    assert result.registrations == () and result.duplicates == 3
    assert mum.registrations.count() == 3


def test_commit_is_one_transaction(mum: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = preview(mum, OWN_CSV.replace("妈妈,", ",").replace("爸爸,", ","))
    real_add = mum.registrations.add_many

    def failing_add(items: list[object]) -> object:
        real_add(items[:2])  # type: ignore[arg-type]  # two written, then the disk is full
        raise RuntimeError("disk full")

    monkeypatch.setattr(mum.registrations, "add_many", failing_add)
    with pytest.raises(RuntimeError):
        commit(mum, plan)
    assert mum.registrations.count() == 0 and mum.services.all_services() == []
    assert mum.identifiers.all_identifiers() == [] and [p.name for p in mum.people.all_people()] == ["妈妈"]
    monkeypatch.undo()
    assert len(commit(mum, plan).registrations) == 4


def test_a_person_is_needed(vault: Vault) -> None:
    vault.people.add(name="妈妈")
    vault.people.add(name="爸爸")
    with pytest.raises(ImportRejected) as exc:
        preview(vault, CHROME)
    assert exc.value.reason == "no_person"
    plan = preview(vault, CHROME, person="奶奶")
    assert plan.new_people == ("奶奶",)
    commit(vault, plan)
    assert {r.person.name for r in vault.registrations.rows()} == {"奶奶"}


# --- secrets never stored --------------------------------------------------------------------
def dump_vault(path: Path) -> str:
    with Vault.open(path, passphrase=PASSPHRASE) as vault:
        conn = vault.conn
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert {"people", "identifiers", "services", "registrations"} <= set(tables)
        cells = [repr(row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')]
    return "\n".join(cells)


def test_no_secret_reaches_the_vault_or_the_data_folder(vault: Vault, app_paths, tmp_path: Path
                                                        ) -> None:
    vault.people.add(name="妈妈")
    sources = [write(tmp_path, n, c) for n, c in (
        ("c.csv", CHROME), ("f.csv", FIREFOX), ("k.csv", KEEPASSXC), ("k2.csv", KEEPASS2),
        ("1p.csv", ONEPASSWORD), ("bw.json", json.dumps(BITWARDEN, ensure_ascii=False)))]
    for path in sources:
        plan = preview(vault, path)
        assert not any(s in repr(plan) for s in SECRETS)  # discarded when parsed
        commit(vault, plan)
    assert vault.registrations.count() == 10
    vault.close()
    dump = dump_vault(app_paths.vault)
    assert "zhang.demo@example.com" in dump and "+8613900000001" in dump  # the dump is real
    leaked = [s for s in SECRETS if s in dump]
    assert leaked == []
    for file in Path(app_paths.data).rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            assert not [s for s in SECRETS if s.encode() in data], file.name


# --- malformed input -------------------------------------------------------------------------
def _state(path: Path) -> dict[str, bytes]:
    return {s: Path(str(path) + s).read_bytes() for s in ("", "-wal")
            if Path(str(path) + s).exists()}


MALFORMED = [
    ("wrong columns", "cols.csv", b"foo,bar,baz\n1,2,3\n", "auto", "columns"),
    ("wrong columns for the format", "c.csv", CHROME.encode(), "firefox", "columns"),
    ("undecodable bytes", "bad.csv", b"service,value\n\x80\xff\x80\xff\xfe\n", "auto", "encoding"),
    ("empty file", "empty.csv", b"", "auto", "empty"),
    ("only blanks", "blank.csv", b"  \r\n\r\n", "auto", "empty"),
    ("header only", "head.csv", b"name,url,username,password\n", "auto", "empty"),
    ("JSON that is no export", "x.json", b'{"hello": [1, 2, 3]}', "auto", "not_an_export"),
    ("JSON list", "l.json", b"[1, 2, 3]", "auto", "not_an_export"),
    ("broken JSON", "b.json", b'{"items": [', "auto", "malformed"),
    ("encrypted Bitwarden", "e.json",
     b'{"encrypted": true, "passwordProtected": true, "data": "2.AAAA"}', "auto", "encrypted"),
    ("a workbook", "book.xlsx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "auto", "binary"),
    ("NUL bytes in a CSV", "n.csv", b'name,url,username,password\n"a\x00b,c\n', "auto", "binary"),
    ("a runaway quote", "q.csv", b'name,url,username,password\nx,"' + b"a" * 200_000 + b"\n",
     "auto", "malformed"),
]


@pytest.mark.parametrize(("what", "name", "content", "fmt", "reason"), MALFORMED,
                         ids=[m[0] for m in MALFORMED])
def test_malformed_input_is_rejected_and_changes_nothing(mum: Vault, app_paths, tmp_path: Path,
                                                         what: str, name: str, content: bytes,
                                                         fmt: str, reason: str) -> None:
    before = _state(app_paths.vault)
    path = write(tmp_path, name, content)
    with pytest.raises(ImportRejected) as exc:
        preview(mum, path, fmt=fmt)
    assert exc.value.reason == reason
    # no chained UnicodeDecodeError / JSONDecodeError that would carry the file's bytes
    assert exc.value.__cause__ is None
    assert exc.value.__context__ is None or exc.value.__suppress_context__
    assert _state(app_paths.vault) == before
    assert mum.registrations.count() == 0


def test_a_50_mb_file_is_refused_before_it_is_read(mum: Vault, app_paths, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    before = _state(app_paths.vault)
    big = tmp_path / "huge.csv"
    with big.open("wb") as fh:
        fh.write(b"name,url,username,password\n")
        fh.truncate(50 * 1024 * 1024)
    opened: list[str] = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: (opened.append(self.name),
                                                            real_open(self, *a, **k))[1])
    with pytest.raises(ImportRejected) as exc:
        preview(mum, big)
    assert exc.value.reason == "too_large" and exc.value.params["limit_mb"] == 20
    assert "huge.csv" not in opened
    assert _state(app_paths.vault) == before
    with pytest.raises(ImportRejected) as exc:
        read(b"x" * (21 * 1024 * 1024))
    assert exc.value.reason == "too_large"


def test_rejections_never_quote_the_file(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected) as exc:
        read(b"service,value\n\xff\xfe\x00secret-13900000001")
    with pytest.raises(ImportRejected) as exc2:
        read('{"items": "13900000001 PW-Chrome-1"}')
    for e in (exc.value, exc2.value):
        assert "13900000001" not in str(e) + repr(e.params)


# --- template --------------------------------------------------------------------------------
def test_the_template_reads_back_as_the_documented_columns(vault: Vault) -> None:
    data = template_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines()[0] == (
        "person,relation,service,kind,value,label,identifier_status,role,status,since,notes")
    parsed = read(data)
    assert parsed.format == "csv" and not parsed.skipped
    by_service = {e.service: e for e in parsed.entries}
    assert len(parsed.entries) == 5 and all(e.relation == "self" for e in parsed.entries)
    pay = by_service["支付宝"].identifiers
    assert [(i.kind, i.role, i.label) for i in pay] == [
        (IdentifierKind.PHONE, Role.LOGIN, "我的手机"),
        (IdentifierKind.BANK_CARD, Role.BOUND_CARD, "养老金卡")]
    bank = by_service["中国工商银行"].identifiers
    assert [(i.kind, i.role) for i in bank] == [(IdentifierKind.BANK_CARD, Role.LOGIN),
                                               (IdentifierKind.PHONE, Role.RESERVED_PHONE)]
    old_card = by_service["中国建设银行"]
    assert old_card.identifiers[0].status.value == "dormant"
    assert old_card.identifiers[0].label == "建行老卡"
    assert old_card.status is RegistrationStatus.DORMANT and old_card.since.year == 2012
    plan = preview(vault, data)
    assert [r.catalog_id for r in plan.matched] == ["china-telecom", "alipay", "icbc", "ccb",
                                                    "jd"]


def test_csv_relation_labels_identifier_status_since_and_map(vault: Vault) -> None:
    from exposure.importers import commit, map_names

    text = ("person,relation,service,kind,value,label,identifier_status,role,since\n"
            "妈妈,母亲,我的社保App,phone,13900000001,妈妈的手机,,login,2019-03\n"
            "妈妈,母亲,中国建设银行,bank_card,6217000000000000020,建行老卡,休眠,login,2012\n"
            "妈妈,,中国建设银行,phone,13900000001,,,reserved_phone,\n"
            "妈妈,,jd.com,phone,13900000001,,gone,login,\n"
            "妈妈,,jd.com,phone,13900000001,,,login,someday\n")
    parsed = read(text.encode())
    assert [(s.line, s.reason) for s in parsed.skipped] == [(5, "identifier_status"),
                                                            (6, "since")]
    plan = preview(vault, parsed)
    assert [r.label for r in plan.unmatched] == ["我的社保App"]
    choices, unused = map_names(plan, {"我的社保ＡＰＰ": "social-security-12333", "x": "jd"})
    assert unused == ["x"]
    with pytest.raises(InvalidInput):
        map_names(plan, {"我的社保App": "no-such-service"})
    commit(vault, plan, choices)
    person = vault.people.find("妈妈")
    assert person.relation == "mother"
    idents = {i.kind.value: i for i in vault.identifiers.all_identifiers(person.id)}
    assert idents["bank_card"].label == "建行老卡"
    assert idents["bank_card"].status.value == "dormant"
    assert idents["phone"].label == "妈妈的手机"
    rows = {r.service.catalog_id: r for r in vault.registrations.rows(person.id)}
    assert set(rows) == {"social-security-12333", "ccb"}
    assert str(rows["social-security-12333"].registration.since) == "2019-03-01"
    roles = {u.role for u in rows["ccb"].registration.usages}
    assert roles == {Role.LOGIN, Role.RESERVED_PHONE}


# --- the CLI ---------------------------------------------------------------------------------
def cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "EXPOSURE_PASSPHRASE"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["EXPOSURE_PASSPHRASE"] = PASSPHRASE
    out = subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                         env=env, input=stdin, timeout=120, check=False)
    return subprocess.CompletedProcess(out.args, out.returncode, out.stdout.decode(),
                                       out.stderr.decode())


@pytest.fixture
def vault_file(tmp_path: Path) -> Path:
    path = tmp_path / "v.exposure"
    with Vault.create(path, VaultKey.from_passphrase(PASSPHRASE)) as v:
        v.people.add(name="妈妈")
        v.people.add(name="爸爸")
    return path


def test_cli_import_dry_run_then_import(vault_file: Path, tmp_path: Path) -> None:
    src = write(tmp_path, "chrome.csv", CHROME)
    before = vault_file.read_bytes()
    no_person = cli("import", "--vault", str(vault_file), str(src))
    assert no_person.returncode == 2 and "--person" in no_person.stderr
    dry = cli("import", "--vault", str(vault_file), str(src), "--person", "妈妈", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "京东" in dry.stdout and "139****0001" in dry.stdout and "dry run" in dry.stdout
    assert "13900000001" not in dry.stdout and "PW-Chrome" not in dry.stdout
    assert vault_file.read_bytes() == before
    done = cli("import", "--vault", str(vault_file), str(src), "--person", "妈妈", "--json")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert [r["catalog_id"] for r in plan["matched"]] == ["jd"]
    assert {r["source"] for r in plan["unmatched"]} == {"github.com", "bbs.example.org"}
    assert plan["skipped"] == [{"line": 5, "reason": "local", "source": "192.168.1.1"}]
    assert "imported 3 registration(s)" in done.stderr
    with Vault.open(vault_file, passphrase=PASSPHRASE) as v:
        assert inventory(v) == {("妈妈", "jd", (PHONE,)), ("妈妈", "github.com", (EMAIL,)),
                                ("妈妈", "bbs.example.org", ())}
    again = cli("import", "--vault", str(vault_file), str(src), "--person", "妈妈")
    assert again.returncode == 0 and "imported 0 registration(s)" in again.stdout
    assert "3 already recorded" in again.stdout


def test_cli_applist_from_stdin(vault_file: Path) -> None:
    out = cli("import", "--vault", str(vault_file), "-", "--format", "applist", "--person",
              "爸爸", "--login", "13900000001", "--unmatched", "skip",
              stdin=APPLIST.encode("gb18030"))
    assert out.returncode == 0, out.stderr
    with Vault.open(vault_file, passphrase=PASSPHRASE) as v:
        assert inventory(v) == {("爸爸", c, (PHONE,)) for c in ("wechat", "alipay", "jd")}


@pytest.mark.parametrize(("name", "content", "words"), [
    ("cols.csv", b"foo,bar\n1,2\n", "columns do not fit"),
    ("bad.csv", b"service\n\x80\xff\x80\n", "not text in UTF-8 or GBK"),
    ("empty.csv", b"", "nothing to import"),
    ("x.json", b'{"a": 1}', "not a Bitwarden export"),
])
def test_cli_malformed_file_one_line_and_vault_untouched(vault_file: Path, tmp_path: Path,
                                                         name: str, content: bytes,
                                                         words: str) -> None:
    before = vault_file.read_bytes()
    out = cli("import", "--vault", str(vault_file), str(write(tmp_path, name, content)),
              "--person", "妈妈")
    assert out.returncode == 1
    assert words in out.stderr and "nothing was changed" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert vault_file.read_bytes() == before


def test_cli_import_cross_checks_the_followed_breaches(vault_file: Path, tmp_path: Path
                                                     ) -> None:
    from exposure.feeds.sync import sync

    with Vault.open(vault_file, passphrase=PASSPHRASE) as v:
        v.feeds.set_enabled("builtin", True)
        sync(v, fetcher=lambda *a, **k: pytest.fail("network"))
        assert v.exposures.all_exposures() == []
    src = write(tmp_path, "family.csv", "person,service,kind,value\n"
                "妈妈,12306,phone,13900000001\n")  # 12306 leaked in 2014 (built-in feed)
    out = cli("import", "--vault", str(vault_file), str(src))
    assert out.returncode == 0, out.stderr
    assert "new exposure(s) in followed breaches" in out.stdout
    with Vault.open(vault_file, passphrase=PASSPHRASE) as v:
        assert v.exposures.all_exposures()


def test_cli_writes_the_template(tmp_path: Path) -> None:
    out_file = tmp_path / "template.csv"
    assert cli("import", "--template", str(out_file)).returncode == 0
    assert out_file.read_bytes() == template_bytes()
    again = cli("import", "--template", str(out_file))
    assert again.returncode == 1 and "--force" in again.stderr
    assert cli("import", "--template", str(out_file), "--force").returncode == 0
    assert cli("import").returncode == 2


def test_undo_takes_an_import_back_and_keeps_what_was_there(mum: Vault) -> None:
    mine = mum.identifiers.add(person_id=mum.people.all_people()[0].id, kind="phone",
                               value="13900000001")
    before = (mum.registrations.count(), len(mum.identifiers.all_identifiers()), len(mum.people.all_people()))
    result = commit(mum, preview(mum, OWN_CSV))
    assert result.registrations and result.created_people  # 爸爸 is new
    assert mine not in result.created_identifiers  # the phone 妈妈 already had is reused
    # a registration the user edits afterwards is still taken back; one deleted is skipped
    mum.registrations.delete(result.registrations[0])
    removed = undo_import(mum, result)
    assert removed == len(result.registrations) - 1
    after = (mum.registrations.count(), len(mum.identifiers.all_identifiers()), len(mum.people.all_people()))
    assert after == before
    assert mum.identifiers.get(mine).value == "+8613900000001"
    assert {p.name for p in mum.people.all_people()} == {"妈妈"}
    assert not [s for s in mum.services.all_services() if s.name == "社区团购"]
