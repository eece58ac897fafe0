"""The PDF's text layer (what copy-paste, search, screen readers and a company's intake form read)
is exactly the text on the page: no Kangxi-radical look-alikes (⼈ for 人), every digit, every URL,
in Chinese and English. Checked with both pypdf and poppler's pdftotext, on the machine's fonts
(this machine and CI have Noto Sans CJK) and with fontconfig limited to DejaVu (no CJK font)."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from exposure.letters.compose import (
    LetterIdentifier,
    LetterInput,
    Recipient,
    Requester,
    render_letter,
)
from exposure.letters.kinds import LetterKind
from exposure.model import IdentifierKind
from tests.conftest import PASSPHRASE
from ui import pdf

ROOT = Path(__file__).resolve().parents[2]
RADICALS = re.compile("[\u2e80-\u2fdf]")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def poppler_pages(path: Path, *args: str) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: `apt-get install poppler-utils` (.ci/run does this)")
    out = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return out.split("\f")[:-1]


def extracted(path: Path) -> dict[str, str]:
    """The whole text as each extractor reads it, page numbers (Qt prints one per page) cut."""
    readers = {
        "pypdf": [p.extract_text() for p in pypdf.PdfReader(str(path)).pages],
        # -raw: content order, and no joining of words hyphenated at a line end
        "pdftotext": poppler_pages(path, "-raw"),
    }
    return {name: "".join(squeeze(page).removesuffix(str(n))
                          for n, page in enumerate(pages, start=1))
            for name, pages in readers.items()}


def assert_exact(path: Path, pages: list[str]) -> str:
    """The PDF at `path`, made from `pages`, reads back as exactly the text Qt laid out."""
    rendered = squeeze(pdf.document(pages).toPlainText())
    for name, text in extracted(path).items():
        assert not RADICALS.search(text), f"{name}: {RADICALS.findall(text)}"
        assert text == rendered, f"{name} reads a different text"
    return rendered


def test_chinese_deletion_letter_reads_back_exactly(qapp, tmp_path: Path) -> None:
    letter = render_letter(LetterInput(
        LetterKind.DELETION, "zh", Requester("张演示"), Recipient("支付宝"), dt.date(2026, 3, 2),
        account_ref="2088 1020 3040 5067",
        identifiers=(LetterIdentifier(IdentifierKind.PHONE, "手机号", "13900000001"),)))
    out = tmp_path / "letter.pdf"
    pdf.html_to_pdf([letter.html], out)
    text = assert_exact(out, [letter.html])
    for words in ("个人信息保护法", "第四十七条", "本人张演示是贵方服务的用户", "13900000001",
                  "2088102030405067", "支付宝", "用户"):
        assert words in text


def test_english_letter_keeps_phone_card_and_account_digits(qapp, tmp_path: Path) -> None:
    letter = render_letter(LetterInput(
        LetterKind.GDPR_ACCESS, "en", Requester("Zhang Yanshi", contact="zhang@example.org"),
        Recipient("Booking.com", email="dataprotectionoffice@booking.com"), dt.date(2026, 3, 2),
        account_ref="Account 4471-0923-5518",
        identifiers=(LetterIdentifier(IdentifierKind.PHONE, "Phone", "+86 139 0000 0001"),
                     LetterIdentifier(IdentifierKind.BANK_CARD, "Card", "6217 0000 0000 0020"))))
    out = tmp_path / "letter.pdf"
    pdf.html_to_pdf([letter.html], out)
    text = assert_exact(out, [letter.html])
    for digits in ("+8613900000001", "6217000000000020", "4471-0923-5518", "2026"):
        assert digits in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_playbook_keeps_hotlines_and_source_urls(qapp, demo_vault, tmp_path: Path,
                                                 lang: str) -> None:
    from exposure import takeover as to

    person = next(p for p in demo_vault.people.all_people() if p.name == "张演示")
    book = to.playbook_for_person(demo_vault, person.id)
    html = to.render_playbook_html(book, {}, lang, dt.datetime(2026, 3, 2, 9, 30))
    out = tmp_path / "playbook.pdf"
    pdf.html_to_pdf([html], out)
    text = assert_exact(out, [html])
    hotlines = {i.hotline for i in book.items if i.hotline}
    urls = {s.url for i in book.items for s in i.sources if s.url}
    assert {"10010", "95588", "95533", "110", "96110"} <= hotlines
    assert len(urls) >= 5
    for expected in hotlines | urls:
        assert expected in text
    # the layout mode a user's `pdftotext -layout` gives keeps them whole too
    layout = "".join(poppler_pages(out, "-layout"))
    assert all(url in layout for url in urls) and all(h in layout for h in hotlines)


def _dejavu_only(tmp_path: Path) -> dict[str, str]:
    """An environment whose fontconfig knows DejaVu and nothing else (no CJK font at all)."""
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.fail("DejaVu is missing: `apt-get install fonts-dejavu-core` (.ci/run does this)")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{dejavu}</dir><cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>
""", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen",
           "EXPOSURE_PASSPHRASE": PASSPHRASE}
    families = subprocess.run(["fc-list", ":", "family"], env=env, capture_output=True,
                              text=True, check=True).stdout
    assert "DejaVu" in families and not re.search(r"CJK|Hei|Han|WenQuanYi", families), families
    return env


def test_without_any_cjk_font_the_commands_write_the_same_text(demo_vault, tmp_path: Path) -> None:
    """`main.py letter` and `main.py playbook` with fontconfig limited to DejaVu: the bundled font
    serves, and the text is the same as on a machine with Noto Sans CJK."""
    path = str(demo_vault.path)
    demo_vault.close()
    commands = {
        "letter": ["letter", "--vault", path, "--service", "alipay", "--person", "张演示",
                   "--kind", "deletion", "--lang", "zh", "--date", "2026-03-02"],
        "playbook": ["playbook", "--vault", path, "--person", "张演示", "--lang", "en"],
    }
    normal = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "EXPOSURE_PASSPHRASE": PASSPHRASE}
    texts: dict[tuple[str, str], str] = {}
    for setting, env in (("noto", normal), ("dejavu", _dejavu_only(tmp_path))):
        for name, args in commands.items():
            out = tmp_path / f"{name}-{setting}.pdf"
            done = subprocess.run([sys.executable, str(ROOT / "main.py"), *args, "--out", str(out)],
                                  env=env, capture_output=True, text=True, check=False,
                                  timeout=240)
            assert done.returncode == 0, done.stderr
            text = extracted(out)["pdftotext"]
            assert not RADICALS.search(text)
            # the playbook prints the time to the minute: compare the text without it
            texts[(name, setting)] = re.sub(r"\d{4}-\d\d-\d\d\d\d:\d\d", "", text)
    for name in commands:
        assert texts[(name, "dejavu")] == texts[(name, "noto")]
    assert "第四十七条" in texts[("letter", "dejavu")]
    assert "个人信息保护法" in texts[("letter", "dejavu")]
    assert "10010" in texts[("playbook", "dejavu")]
    from exposure.catalog import default_catalog

    ccb_hotline = default_catalog().get("ccb").sources["hotline"].url  # the 十年前的建行卡 step
    assert ccb_hotline and ccb_hotline in texts[("playbook", "dejavu")]
