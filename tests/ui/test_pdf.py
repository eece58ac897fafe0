"""PDF output through Qt: Chinese text survives the round trip, pages break, bad paths are typed."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from exposure.errors import NoCjkFont, PdfFailed
from ui import pdf


def _text(path: Path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    return [re.sub(r"\s+", "", page.extract_text()) for page in reader.pages]


def test_chinese_letter_round_trips_through_the_pdf(qapp, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    pdf.html_to_pdf([
        "<html><body><h1>删除个人信息申请</h1>"
        "<p>依据《中华人民共和国个人信息保护法》第四十七条，本人请求删除。</p></body></html>",
        "<p>第二页：此致敬礼</p>",
    ], out, title="申请")
    pages = _text(out)
    assert len(pages) == 2
    assert "删除个人信息申请" in pages[0]
    assert "依据《中华人民共和国个人信息保护法》第四十七条，本人请求删除。" in pages[0]
    assert "第二页：此致敬礼" in pages[1]
    assert pages[0].count("删除个人信息申请") == 1  # a faked bold would print it twice
    assert not list(tmp_path.glob(".*.part"))


def test_escaped_markup_prints_literally(qapp, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    pdf.html_to_pdf(["<p>王&lt;script&gt;alert(1)&lt;/script&gt; &amp; 李</p>"], out)
    assert "王<script>alert(1)</script>&李" in _text(out)[0]


def test_missing_folder_is_a_typed_error(qapp, tmp_path: Path) -> None:
    with pytest.raises(PdfFailed) as info:
        pdf.html_to_pdf(["<p>x</p>"], tmp_path / "nope" / "x.pdf")
    assert info.value.params["reason"] == "path"


def test_a_missing_bundled_font_is_a_typed_error(qapp, tmp_path: Path, monkeypatch) -> None:
    """PDFs are set in the font the app ships; a broken install without it says so."""
    monkeypatch.setattr(pdf, "PDF_FONTS", (tmp_path / "gone.otf",))
    monkeypatch.setattr(pdf, "_family", None)
    with pytest.raises(NoCjkFont):
        pdf.html_to_pdf(["<p>您好</p>"], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_pdfs_use_the_bundled_font_whatever_the_system_has(qapp) -> None:
    assert pdf.cjk_family() == "Exposure Sans SC"


def test_a_real_letter_with_markup_in_the_name_prints_literally(qapp, tmp_path: Path) -> None:
    import datetime as dt

    from exposure.letters.compose import LetterInput, Recipient, Requester, render_letter
    from exposure.letters.kinds import LetterKind

    letter = render_letter(LetterInput(
        LetterKind.DELETION, "zh", Requester("王<script>&李"), Recipient("支付宝"),
        dt.date(2026, 3, 2)))
    out = tmp_path / "letter.pdf"
    pdf.html_to_pdf([letter.html], out)
    text = "".join(_text(out))
    assert "本人王<script>&李是贵方服务的用户" in text
    assert "依据《个人信息保护法》第四十七条，现请求贵方删除贵方处理的本人个人信息" in text


def test_print_html_puts_the_page_on_the_chosen_printer(qtbot, tmp_path: Path, monkeypatch) -> None:
    """The print dialog is modal, so the test answers it: a printer that writes a PDF file."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    from ui.pdf import print_html

    out = tmp_path / "printed.pdf"

    def answer(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    assert print_html("<h1>删除个人信息申请</h1><p>&lt;script&gt; stays text</p>")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(out)).pages)
    assert "删除个人信息申请" in text and "<script>" in text

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    out.unlink()
    assert not print_html("<p>x</p>") and not out.exists()


def test_the_worksheet_prints_with_its_fields_in_the_text_layer(qapp, tmp_path: Path) -> None:
    import unicodedata

    from exposure.worksheet import workshop_pages

    out = tmp_path / "w.pdf"
    pdf.html_to_pdf(workshop_pages("zh"), out)
    # NFKC: until the text map is exact (issue 10) some characters come out as Kangxi radicals
    text = unicodedata.normalize("NFKC", "".join(_text(out)))
    for field in ("手机号", "身份证号", "银行卡", "电话卡“一证通查”", "云闪付“一键查卡”"):
        assert field in text
