"""The service catalogue: every file valid and sourced, look-ups a user relies on, bad files named."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from exposure import catalog as cat
from exposure.catalog import (
    CATALOG_DIR,
    Catalog,
    default_catalog,
    entry_from_dict,
    facts_present,
    load_catalog,
    name_for,
    normalize,
)
from exposure.cli import main as cli_main
from exposure.errors import CatalogInvalid
from exposure.factors import CATEGORIES, FACTORS, REVEALS
from exposure.paths import RESOURCES

SCHEMA = json.loads((CATALOG_DIR / "schema.json").read_text("utf-8"))
FILES = sorted(p for p in CATALOG_DIR.glob("*.json") if p.name != "schema.json")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


# --- every file --------------------------------------------------------------------------------
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_file_validates_against_the_schema(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    entry = entry_from_dict(data, path.name, SCHEMA)
    assert entry.id == path.stem
    assert entry.name_zh and entry.name_en


def test_schema_vocabulary_is_the_shared_one() -> None:
    props = SCHEMA["properties"]
    assert set(props["login"]["items"]["items"]["enum"]) == set(FACTORS)
    assert set(props["reveals"]["items"]["enum"]) == set(REVEALS)
    assert list(props["category"]["enum"]) == list(CATEGORIES)


def test_at_least_80_services_with_unique_ids(catalog: Catalog) -> None:
    assert len(FILES) >= 80
    assert len(catalog) == len(FILES)
    ids = [e.id for e in catalog.entries]
    assert len(ids) == len(set(ids))


def test_every_domain_and_alias_resolves_to_exactly_one_service(catalog: Catalog) -> None:
    owners: dict[str, set[str]] = {}
    for e in catalog.entries:
        for key in {normalize(k) for k in (e.id, e.name_zh, e.name_en, *e.aliases)}:
            owners.setdefault(key, set()).add(e.id)
        for d in e.domains:
            owners.setdefault("domain:" + d, set()).add(e.id)
            assert catalog.by_domain(d) is e, d
            assert catalog.by_domain(f"https://www.{d}/some/page?x=1") is e, d
        for name in (e.id, e.name_zh, e.name_en, *e.aliases):
            assert catalog.lookup(name) is e, name
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert clashes == {}


def test_every_url_email_and_phone_fact_has_a_source(catalog: Catalog) -> None:
    for e in catalog.entries:
        for fact in facts_present(e):
            assert fact in e.sources or fact in e.unverified, (e.id, fact)
        for src in e.sources.values():
            assert src.url or src.title
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", src.seen)
        # a URL, e-mail or phone number written into free text must come with a sourced step
        for step in e.hardening:
            assert f"hardening.{step.id}" in e.sources, (e.id, step.id)
        for text in (e.notes_zh, e.notes_en):
            if re.search(r"https?://|@\w", text):
                assert "notes" in e.sources, e.id


def test_contacts_are_well_formed(catalog: Catalog) -> None:
    for e in catalog.entries:
        for url in (e.deletion.url, e.privacy_url):
            assert not url or url.startswith(("https://", "http://")), e.id
        for mail in (e.deletion.email, e.privacy_email):
            assert not mail or re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", mail), e.id
        assert not e.hotline or re.fullmatch(r"\d{5}", e.hotline), e.id
        assert e.deletion.difficulty in cat.DIFFICULTIES
        for step in e.hardening:
            assert step.priority in ("high", "medium", "low")
            assert all(s <= FACTORS.keys() for s in step.removes)


def test_issue_coverage_and_demo_family_ids(catalog: Catalog) -> None:
    required = str.split(
        "china-mobile china-unicom china-telecom icbc ccb abc boc cmb bocom psbc spdb citic cib "
        "cmbc pingan-bank unionpay alipay wechat wechat-pay qq taobao jd pinduoduo meituan suning "
        "eleme didi ctrip 12306 huazhu gov-services individual-income-tax social-security-12333 "
        "huawei xiaomi oppo vivo apple smart-parking boss-zhipin zhaopin 51job consumer-loan "
        "weibo douyin kuaishou bilibili xiaohongshu zhihu baidu google microsoft facebook "
        "instagram x linkedin amazon paypal dropbox adobe telegram")
    missing = [i for i in required if catalog.get(i) is None]
    assert missing == []
    assert len(catalog.by_category("bank")) >= 10
    assert len(catalog.by_category("loan")) >= 4  # the generic one and named platforms
    family = json.loads((RESOURCES / "demo" / "family.json").read_text("utf-8"))
    used = {r["service"] for p in family["people"] for r in p["registrations"]}
    assert {i for i in used if catalog.get(i) is None} == set()


def test_carriers_reveal_the_numbers_sms(catalog: Catalog) -> None:
    for e in catalog.by_category("carrier"):
        assert "sms" in e.reveals, e.id
        assert e.hotline in ("10086", "10010", "10000")
        assert any(s.id == "sim-pin" for s in e.hardening)


def test_the_social_security_case_is_sourced(catalog: Catalog) -> None:
    e = catalog.get("social-security-12333")
    assert e is not None
    assert frozenset({"sms"}) in e.recovery and frozenset({"sms"}) in e.login
    assert {"id_number", "id_photo", "card_numbers"} <= e.reveals
    assert {"login", "recovery", "reveals"} <= e.sources.keys()
    assert catalog.lookup("四川人社") is e


# --- look-ups -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("query", "expected"), [
    ("passport.jd.com", "jd"),
    ("https://passport.jd.com/new/login.aspx", "jd"),
    ("HTTPS://Item.JD.COM:443/1.html", "jd"),
    ("jd.com.", "jd"),
    ("weixin.qq.com", "wechat"),          # the longer domain wins over qq.com
    ("mail.qq.com", "qq"),
    ("pan.baidu.com", "baidu-netdisk"),
    ("www.baidu.com", "baidu"),
    ("kyfw.12306.cn", "12306"),
    ("accounts.google.com", "google"),
])
def test_by_domain_matches_subdomains_and_urls(catalog: Catalog, query: str,
                                              expected: str) -> None:
    entry = catalog.by_domain(query)
    assert entry is not None and entry.id == expected


@pytest.mark.parametrize("query", ["jdgroup.co.za", "https://www.jdgroup.co.za/", "notjd.com",
                                   "jd.com.evil.example", "com", "", "not a url", "co.za"])
def test_by_domain_does_not_match_lookalikes(catalog: Catalog, query: str) -> None:
    assert catalog.by_domain(query) is None


@pytest.mark.parametrize(("query", "expected"), [
    ("ＪＤ", "jd"), ("京东商城", "jd"), ("jd", "jd"), ("Jd", "jd"), (" j d ", "jd"),
    ("京东", "jd"), ("天猫", "taobao"), ("Tmall", "taobao"), ("支付宝", "alipay"),
    ("ALIPAY", "alipay"), ("boss 直聘", "boss-zhipin"), ("ＢＯＳＳ直聘", "boss-zhipin"),
    ("工行", "icbc"), ("云闪付", "unionpay"), ("中国移动", "china-mobile"), ("B站", "bilibili"),
    ("推特", "x"), ("LinkedIn", "linkedin"), ("掌上12333", "social-security-12333"),
    ("ｗｅｃｈａｔ", "wechat"), ("alipay.com", "alipay"), ("https://www.zhihu.com/", "zhihu"),
])
def test_lookup_by_name_alias_and_app_name(catalog: Catalog, query: str, expected: str) -> None:
    entry = catalog.lookup(query)
    assert entry is not None and entry.id == expected


def test_lookup_is_exact_not_fuzzy(catalog: Catalog) -> None:
    assert catalog.lookup("京") is None
    assert catalog.lookup("") is None
    assert catalog.lookup("某个不存在的App") is None


def test_search_ranks_exact_then_prefix_then_substring(catalog: Catalog) -> None:
    hits = [e.id for e in catalog.search("京东")]
    assert hits[0] == "jd" and "jd-finance" in hits
    hits = [e.id for e in catalog.search("银行")]
    assert sum(catalog.get(i).category == "bank" for i in hits) >= 10
    assert catalog.search("ali")[0].id == "alipay"
    assert "taobao" in [e.id for e in catalog.search("tmall.co")]  # by domain
    assert len(catalog.search("a", limit=5)) == 5
    assert catalog.search("   ") == []
    # prefix before substring: "pay" starts PayPal's name and is inside Alipay's
    ids = [e.id for e in catalog.search("pay")]
    assert ids.index("paypal") < ids.index("alipay")


def test_entry_names_by_language_and_name_for(catalog: Catalog) -> None:
    jd = catalog.get("jd")
    assert jd is not None
    assert jd.name("zh") == "京东" and jd.name("zh_CN") == "京东" and jd.name("en") == "JD.com"
    assert name_for("icbc") == "中国工商银行"
    assert name_for("no-such-service") is None
    assert default_catalog() is default_catalog()


# --- malformed catalogues -------------------------------------------------------------------------
def _folder(tmp_path: Path, *ids: str) -> Path:
    folder = tmp_path / "catalog"
    folder.mkdir(parents=True)
    shutil.copy(CATALOG_DIR / "schema.json", folder)
    for i in ids:
        shutil.copy(CATALOG_DIR / f"{i}.json", folder)
    return folder


def _edit(folder: Path, id_: str, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / f"{id_}.json"
    data = json.loads(path.read_text("utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_a_small_valid_folder_loads(tmp_path: Path) -> None:
    loaded = load_catalog(_folder(tmp_path, "jd", "alipay"))
    assert [e.id for e in loaded.entries] == ["alipay", "jd"]


def test_broken_json_names_the_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "jd", "alipay")
    (folder / "alipay.json").write_text('{"id": "alipay", ', "utf-8")
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(folder)
    assert info.value.file == "alipay.json" and info.value.reason == "json"
    assert "alipay.json" in str(info.value)


def test_not_utf8_names_the_file(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "jd")
    (folder / "jd.json").write_bytes("{\"id\": \"京东\"}".encode("gb18030"))
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(folder)
    assert info.value.file == "jd.json"


@pytest.mark.parametrize(("change", "reason"), [
    (lambda d: d["login"].append(["telepathy"]), "schema"),
    (lambda d: d["reveals"].append("soul"), "schema"),
    (lambda d: d.update(category="casino"), "schema"),
    (lambda d: d.pop("name_zh"), "schema"),
    (lambda d: d.update(surprise=1), "schema"),
    (lambda d: d["deletion"].update(difficulty="trivial"), "schema"),
    (lambda d: d.update(id="jingdong"), "id_mismatch"),
    (lambda d: d.update(hotline="95118"), "source"),  # a phone number without a source
    (lambda d: d["deletion"].update(email="privacy@jd.com"), "source"),
    (lambda d: d["sources"].pop("privacy_url"), "source"),  # the policy URL, unsourced
    (lambda d: d["sources"].pop("privacy_address"), "source"),  # the postal address, unsourced
    (lambda d: d.update(unverified=[]), "source"),  # login/recovery then need sources
    (lambda d: d["sources"].update(hotline={"seen": "2026-01-01"}), "source"),  # empty source
])
def test_a_bad_entry_names_the_file(tmp_path: Path, change, reason: str) -> None:  # type: ignore[no-untyped-def]
    folder = _folder(tmp_path, "alipay", "jd")
    _edit(folder, "jd", change)
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(folder)
    assert info.value.file == "jd.json"
    assert info.value.reason == reason


def test_a_domain_or_alias_claimed_twice_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "jd", "taobao")
    _edit(folder, "taobao", lambda d: d["domains"].append("jd.com"))
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(folder)
    assert info.value.reason == "duplicate" and info.value.file == "taobao.json"
    folder2 = _folder(tmp_path / "b", "jd", "taobao")
    _edit(folder2, "taobao", lambda d: d["aliases"].append("京东 商城"))
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(folder2)
    assert info.value.params["what"] == "name"


def test_a_missing_schema_is_reported(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "jd")
    (folder / "schema.json").unlink()
    with pytest.raises(CatalogInvalid) as info:
        load_catalog(folder)
    assert info.value.file == "schema.json"


# --- CLI ---------------------------------------------------------------------------------------
def test_cli_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["catalog", "search", "ＪＤ", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["id"] == "jd" and rows[0]["name_zh"] == "京东"


def test_cli_search_table_and_no_match(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["catalog", "search", "支付"]) == 0
    out = capsys.readouterr().out
    assert "alipay" in out and "支付宝" in out
    assert cli_main(["catalog", "search", "qqqqzzzz"]) == 1
    assert "no service matches" in capsys.readouterr().out


def test_cli_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["catalog", "show", "icbc", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "95588" in out and "快捷支付协议管理" in out and "sources:" in out
    assert cli_main(["catalog", "show", "京东商城", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "jd" and ["sms"] in data["login"]
    # a route without a difficulty grade is not "unknown"; no route at all is
    assert cli_main(["catalog", "show", "meituan"]) == 0
    out = capsys.readouterr().out
    assert "deletion:   难度未知" in out and "注销账号" in out
    entry = load_catalog().get("cmb")
    assert entry is not None and not entry.deletion.in_app_zh and not entry.deletion.url
    assert cli_main(["catalog", "show", "cmb", "--lang", "en"]) == 0
    assert "deletion:   unknown\n" in capsys.readouterr().out
    assert cli_main(["catalog", "show", "nope"]) == 1
    assert "no catalogue entry" in capsys.readouterr().err
    assert cli_main(["catalog"]) == 2
