"""HTML pages → one A4 PDF through Qt, with a CJK font embedded so Chinese letters print.

    html_to_pdf(["<p>您好</p>", "<p>第二页</p>"], Path("letters.pdf"))

Works headless: without a running QGuiApplication one is created (offscreen when there is no
display). Each page starts on a new sheet. The text is set in the bundled CJK font whatever the
machine has. Raises NoCjkFont when that font is missing from the install and PdfFailed when the
file cannot be written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from exposure.errors import NoCjkFont, PdfFailed
from exposure.paths import RESOURCES

# Our own font (resources/fonts/, a subset of Noto Sans CJK SC): the same glyphs on every machine
# and an exact text layer (tools/make_cjk_font.py says why the system's Noto would not give one).
PDF_FONT = RESOURCES / "fonts" / "ExposureSansSC-Regular.otf"
_BODY_POINT_SIZE = 11
_MARGIN_MM = 20.0

_app: QGuiApplication | None = None  # kept alive when this module had to create it
_family: str | None = None  # the bundled font's family once Qt has loaded it


def ensure_gui_app() -> None:
    """A QGuiApplication must exist for fonts; create an offscreen one when running headless."""
    global _app
    instance = QCoreApplication.instance()
    if isinstance(instance, QGuiApplication):
        return
    if instance is not None:
        raise PdfFailed("a non-GUI Qt application is running", reason="no_gui_app")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) \
            and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["exposure-pdf"])


def cjk_family() -> str:
    """The family every PDF is written in: the bundled font, registered with Qt on first use.
    Raises NoCjkFont when the font file is missing or damaged (a broken install)."""
    global _family
    ensure_gui_app()
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(PDF_FONT))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise NoCjkFont("the bundled PDF font cannot be loaded", path=PDF_FONT.name)
        _family = families[0]
    return _family


def one_document(pages: Sequence[str]) -> str:
    """HTML pages as one document, each after the first on a new sheet (the first's style)."""
    combined = "".join(f"{_page_break(i)}{_body(page)}" for i, page in enumerate(pages))
    return f"<html><head><meta charset='utf-8'>{_head_style(pages)}</head><body>{combined}" \
           "</body></html>"


def _page_break(index: int) -> str:
    return '<div style="page-break-before: always;"></div>' if index else ""


def _body(html: str) -> str:
    """The part of a full HTML document between <body> and </body> (or the whole fragment)."""
    low = html.lower()
    start = low.find("<body")
    if start >= 0:
        start = low.find(">", start) + 1
        end = low.rfind("</body>")
        return html[start:end if end >= 0 else len(html)]
    return html


def _head_style(pages: Sequence[str]) -> str:
    """Keep the first page's <style> so templates can style all pages alike."""
    if not pages:
        return ""
    low = pages[0].lower()
    start = low.find("<style")
    if start < 0:
        return ""
    end = low.find("</style>", start)
    return pages[0][start:end + len("</style>")] if end >= 0 else ""


def html_to_pdf(pages: Sequence[str], out: Path, *, title: str = "") -> None:
    """Render `pages` (HTML documents or fragments) into the PDF `out`, one page break apart."""
    out = Path(out)
    family = cjk_family()
    html = one_document(pages)
    if not out.parent.is_dir():
        raise PdfFailed("folder does not exist", reason="path")
    tmp = out.with_name(f".{out.name}.part")
    writer = QPdfWriter(str(tmp))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setCreator("Exposure")
    if title:
        writer.setTitle(title)
    doc = QTextDocument()
    font = QFont(family)
    font.setPointSize(_BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    style = f"body {{ font-family: '{family}'; }}"
    if "Bold" not in QFontDatabase.styles(family):
        # Qt fakes bold by drawing glyphs twice, and the PDF's text then reads twice.
        style += " h1, h2, h3, h4, b, strong, th { font-weight: normal; }"
    doc.setDefaultStyleSheet(style)
    doc.setHtml(html)
    try:
        doc.print_(writer)
        del writer  # flushes and closes the file
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise PdfFailed("nothing was written", reason="render")
        os.replace(tmp, out)
    except OSError:
        raise PdfFailed("cannot write the file", reason="path") from None
    finally:
        if tmp.exists():
            tmp.unlink()


def print_html(html: str, parent: object = None) -> bool:
    """The system print dialog, then the HTML (made by Jinja2 with autoescaping) on paper in a
    CJK font. False when the user cancelled. Modal: not for tests. Raises NoCjkFont."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    family = cjk_family()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:  # type: ignore[arg-type]
        return False
    doc = QTextDocument()
    font = doc.defaultFont()
    font.setFamily(family)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.print_(printer)
    return True
