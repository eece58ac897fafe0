"""Workshop materials: the blank worksheet, the look-ups page and the services handout."""

from __future__ import annotations

import re

from exposure.catalog import default_catalog
from exposure.cli import main as cli_main
from exposure.cli.common import Hooks
from exposure.worksheet import HANDOUT_SERVICES, handout_services, workshop_pages


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_worksheet_has_the_numbers_roles_and_the_three_look_ups() -> None:
    pages = workshop_pages("zh")
    sheet, lookups = _plain(pages[0]), _plain(pages[1])
    for field in ("手机号", "身份证号", "银行卡", "预留手机号", "人员"):
        assert field in sheet
    for role in ("登录", "绑定的卡", "实名认证"):
        assert role in sheet
    for name in ("电话卡“一证通查”", "互联网账号“一证通查”", "云闪付“一键查卡”"):
        assert name in lookups
    assert pages[1].count("<th>官方查到的数量</th>") == 3
    en = _plain(workshop_pages("en")[0])
    assert "Phone numbers" in en and "Bank cards" in en


def test_handout_takes_its_facts_and_sources_from_the_catalogue() -> None:
    catalog = default_catalog()
    assert all(catalog.get(cid) is not None for cid in HANDOUT_SERVICES)
    services = {s.name: s for s in handout_services("zh")}
    alipay = services["支付宝"]
    assert alipay.hotline == catalog.get("alipay").hotline
    assert catalog.get("alipay").deletion.url in alipay.deletion
    assert alipay.steps and all(url.startswith("http") for url in alipay.sources)
    handout = workshop_pages("zh")[2]
    assert "支付宝" in handout and alipay.sources[0] in handout


def test_cli_worksheet(tmp_path, capsys) -> None:
    pages: list[list[str]] = []
    hooks = Hooks(html_to_pdf=lambda p, o: (pages.append(list(p)), o.write_bytes(b"%PDF")))
    assert cli_main(["worksheet", "--lang", "zh", "--out", str(tmp_path / "w.pdf")], hooks) == 0
    assert "身份证号" in pages[0][0] and (tmp_path / "w.pdf").exists()
    assert cli_main(["worksheet", "--lang", "en", "--out", str(tmp_path / "w.html")]) == 0
    assert "Bank cards" in (tmp_path / "w.html").read_text("utf-8")
    assert cli_main(["worksheet", "--out", str(tmp_path / "w.doc")]) == 2
