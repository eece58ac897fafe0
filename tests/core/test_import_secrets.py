"""A secret in every field of every export format we know of, and none of them anywhere: not in the
preview, not in the vault (every table, decrypted), not in the CLI's output. Files that are not
an export we read (a KeePass XML with entities, an Enpass text export, a list of passwords, other
XML) are refused naming the formats we read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exposure.errors import ImportRejected
from exposure.importers import commit, detect, preview
from exposure.vault import Vault
from tests.conftest import PASSPHRASE
from tests.paths import ROOT


def secret(field: str) -> str:
    return f"S3cr3t-{field}-Zq9"


KEEPASSXC_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<KeePassFile>
 <Meta><Generator>KeePassXC</Generator><DatabaseName>{secret("dbname")}</DatabaseName>
  <RecycleBinUUID>cmVjeWNsZWJpbnV1aWQ=</RecycleBinUUID></Meta>
 <Root>
  <Group><UUID>cm9vdA==</UUID><Name>Root</Name><Notes>{secret("groupnotes")}</Notes>
   <Entry><UUID>ZW50cnkx</UUID>
    <String><Key>Title</Key><Value>支付宝</Value></String>
    <String><Key>UserName</Key><Value>13900000001</Value></String>
    <String><Key>Password</Key><Value ProtectInMemory="True">{secret("password")}</Value></String>
    <String><Key>URL</Key><Value>https://auth.alipay.com/login</Value></String>
    <String><Key>Notes</Key><Value>{secret("notes")}</Value></String>
    <String><Key>otp</Key><Value>otpauth://totp/x?secret={secret("totp")}</Value></String>
    <String><Key>PIN</Key><Value ProtectInMemory="True">{secret("custom")}</Value></String>
    <Binary><Key>scan.png</Key><Value Ref="0"/></Binary>
    <AutoType><DefaultSequence>{secret("autotype")}</DefaultSequence></AutoType>
    <History><Entry><UUID>ZW50cnkx</UUID>
     <String><Key>Title</Key><Value>{secret("historytitle")}</Value></String>
     <String><Key>URL</Key><Value>https://{secret("historyurl")}.example.org</Value></String>
     <String><Key>Password</Key><Value ProtectInMemory="True">{secret("oldpassword")}</Value></String>
    </Entry></History>
   </Entry>
   <Group><UUID>c2hvcA==</UUID><Name>购物</Name>
    <Entry><UUID>ZW50cnky</UUID>
     <String><Key>Title</Key><Value>京东</Value></String>
     <String><Key>UserName</Key><Value>zhang.demo@example.com</Value></String>
     <String><Key>Password</Key><Value ProtectInMemory="True">{secret("password2")}</Value></String>
     <String><Key>URL</Key><Value>https://passport.jd.com</Value></String>
    </Entry>
   </Group>
   <Group><UUID>cmVjeWNsZWJpbnV1aWQ=</UUID><Name>Recycle Bin</Name>
    <Entry><UUID>ZW50cnkz</UUID>
     <String><Key>Title</Key><Value>{secret("deletedtitle")}</Value></String>
     <String><Key>URL</Key><Value>https://{secret("deletedurl")}.example.org</Value></String>
    </Entry>
   </Group>
  </Group>
  <DeletedObjects/>
 </Root>
</KeePassFile>
"""

KEEPASSXC_CSV = (
    '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified",'
    '"Created"\n'
    f'"Root/{secret("group")}","支付宝","13900000001","{secret("password")}",'
    f'"https://auth.alipay.com","{secret("notes")}","otpauth://totp/x?secret={secret("totp")}",'
    '"0","2024-01-01T00:00:00Z","2024-01-01T00:00:00Z"\n')
KEEPASS2_CSV = ('"Account","Login Name","Password","Web Site","Comments"\n'
                f'"微博","zhang.demo@example.com","{secret("password")}","https://weibo.com",'
                f'"{secret("comments")}"\n')
CHROME = ("name,url,username,password,note\n"
          f"京东,https://passport.jd.com,13900000001,{secret('password')},{secret('note')}\n")
FIREFOX = ('"url","username","password","httpRealm","formActionOrigin","guid","timeCreated",'
           '"timeLastUsed","timePasswordChanged"\n'
           f'"https://www.zhihu.com","13900000001","{secret("password")}","{secret("realm")}",'
           f'"https://www.zhihu.com","{{{secret("guid")}}}","1","1","1"\n')
ONEPASSWORD = ("Title,Url,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n"
               f"LinkedIn,https://www.linkedin.com,zhang.demo@example.com,{secret('password')},"
               f"otpauth://totp/li?secret={secret('otp')},false,false,{secret('tags')},"
               f"{secret('notes')}\n")
BITWARDEN_CSV = ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,"
                 "login_password,login_totp\n"
                 f"{secret('folder')},1,login,京东,{secret('notes')},\"pin: {secret('fields')}\","
                 f"0,https://passport.jd.com,13900000001,{secret('password')},{secret('totp')}\n"
                 f",,note,{secret('notename')},{secret('notebody')},,0,,,,\n")
BITWARDEN_JSON = json.dumps({
    "encrypted": False,
    "folders": [{"id": "f1", "name": secret("folder")}],
    "items": [
        {"id": "1", "type": 1, "name": "淘宝", "notes": secret("notes"),
         "fields": [{"name": secret("fieldname"), "value": secret("fieldvalue"), "type": 1}],
         "passwordHistory": [{"password": secret("history"), "lastUsedDate": "2020-01-01"}],
         "login": {"uris": [{"match": None, "uri": "https://login.taobao.com"}],
                   "username": "zhang.demo@example.com", "password": secret("password"),
                   "totp": secret("totp"),
                   "fido2Credentials": [{"keyValue": secret("fido")}]}},
        {"id": "2", "type": 3, "name": secret("cardname"),
         "card": {"cardholderName": secret("holder"), "number": "6222020000000000018",
                  "code": secret("cvv")}},
        {"id": "3", "type": 4, "name": secret("identity"),
         "identity": {"ssn": secret("ssn"), "passportNumber": secret("passport")}},
        {"id": "4", "type": 2, "name": secret("notename"), "notes": secret("notebody"),
         "secureNote": {}},
    ],
}, ensure_ascii=False)

EXPORTS = [
    ("keepassxc.xml", KEEPASSXC_XML, "keepass", {"alipay", "jd"}),
    ("keepassxc.csv", KEEPASSXC_CSV, "keepass", {"alipay"}),
    ("keepass2.csv", KEEPASS2_CSV, "keepass", {"weibo"}),
    ("chrome.csv", CHROME, "chrome", {"jd"}),
    ("firefox.csv", FIREFOX, "firefox", {"zhihu"}),
    ("1password.csv", ONEPASSWORD, "1password", {"linkedin"}),
    ("bitwarden.csv", BITWARDEN_CSV, "bitwarden", {"jd"}),
    ("bitwarden.json", BITWARDEN_JSON, "bitwarden", {"taobao"}),
]

ENPASS_TEXT = (f"支付宝\nUsername : 13900000001\nPassword : {secret('password')}\n"
               "Website : https://auth.alipay.com\n\n京东\n"
               f"Password : {secret('password2')}\n")
PASSWORD_LIST = f"微信\n支付宝\n{secret('password')}\n京东\n"
REFUSED = [
    ("enpass.txt", ENPASS_TEXT, "unrecognised"),
    ("passwords.txt", PASSWORD_LIST, "unrecognised"),
    ("other.xml", f"<html><body><p>{secret('html')}</p></body></html>", "not_an_export"),
    ("entities.xml", '<?xml version="1.0"?><!DOCTYPE KeePassFile [<!ENTITY s "'
     + secret("entity") + '">]><KeePassFile><Root><Group><Entry><String><Key>Title</Key>'
     "<Value>&s;</Value></String></Entry></Group></Root></KeePassFile>", "unsafe_xml"),
    ("external.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM '
     '"file:///etc/passwd">]><KeePassFile><Root>&e;</Root></KeePassFile>', "unsafe_xml"),
]


def vault_text(vault: Vault) -> str:
    """Every value of every table, decrypted."""
    out = []
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        for row in vault.conn.execute(f'SELECT * FROM "{table}"'):
            out.append(repr(row))
    return "\n".join(out)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "EXPOSURE_PASSPHRASE"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["EXPOSURE_PASSPHRASE"] = PASSPHRASE
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=120, check=False)


@pytest.mark.parametrize(("name", "content", "fmt", "services"), EXPORTS,
                         ids=[e[0] for e in EXPORTS])
def test_no_secret_of_an_export_reaches_preview_vault_or_output(
        vault: Vault, tmp_path: Path, name: str, content: str, fmt: str,
        services: set[str]) -> None:
    vault.people.add(name="妈妈")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert detect(content) == fmt
    plan = preview(vault, path)
    assert plan.format == fmt
    assert "S3cr3t" not in repr(plan)
    commit(vault, plan)
    assert {r.service.catalog_id for r in vault.registrations.rows()} == services
    assert "S3cr3t" not in vault_text(vault)
    vault.close()
    dry = cli("import", "--vault", str(vault.path), str(path), "--dry-run", "--json")
    done = cli("import", "--vault", str(vault.path), str(path))
    for run in (dry, done):
        assert run.returncode == 0, run.stderr
        assert "S3cr3t" not in run.stdout + run.stderr


@pytest.mark.parametrize(("name", "content", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
def test_what_is_no_export_we_read_is_refused(vault: Vault, tmp_path: Path, name: str,
                                              content: str, reason: str) -> None:
    vault.people.add(name="妈妈")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRejected) as info:
        preview(vault, path)
    assert info.value.reason == reason
    assert "S3cr3t" not in repr(info.value) + repr(info.value.params)
    assert vault.registrations.rows() == []
    vault.close()
    run = cli("import", "--vault", str(vault.path), str(path), "--person", "妈妈")
    assert run.returncode == 1
    assert "S3cr3t" not in run.stdout + run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    if reason == "unrecognised":
        assert "KeePass" in run.stderr and "Bitwarden" in run.stderr  # names what we read


def test_a_list_with_a_password_forced_as_applist_is_refused_at_that_line(vault: Vault) -> None:
    with pytest.raises(ImportRejected) as info:
        preview(vault, PASSWORD_LIST, fmt="applist", person="我")
    assert info.value.reason == "not_applist" and info.value.params["line"] == 3


def test_real_app_lists_still_read() -> None:
    for text in ("1. 微信\n2、支付宝\n• 京东商城\n- 某某App\n",
                 "中国移动\n58同城\n7-Eleven\n1688.com\nhttps://www.12306.cn/\nQQ音乐\nWPS Office\n"):
        assert detect(text) == "applist"
