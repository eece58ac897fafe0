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
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFrame,
    QTextTable,
)

from exposure.errors import NoCjkFont, OutputFailed, PdfFailed
from exposure.outfile import check_pdf, replacing
from exposure.paths import RESOURCES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# Our own font (resources/fonts/, a subset of Noto Sans CJK SC): the same glyphs on every machine
# and an exact text layer (tools/make_cjk_font.py says why the system's Noto would not give one).
PDF_FONTS = tuple(RESOURCES / "fonts" / f"ExposureSansSC-{w}.otf" for w in ("Regular", "Bold"))
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
        if not all(path.is_file() for path in PDF_FONTS):
            raise NoCjkFont("the bundled PDF font is missing", reason="missing")
        loaded = {name for path in PDF_FONTS
                  for name in QFontDatabase.applicationFontFamilies(
                      QFontDatabase.addApplicationFont(str(path)))}
        if len(loaded) != 1:
            raise NoCjkFont("the bundled PDF font cannot be loaded", reason="damaged")
        _family = loaded.pop()
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


def document(pages: Sequence[str]) -> QTextDocument:
    """`pages` laid out as one document in the bundled font, a page break between them: what
    both the PDF and the printer get (its toPlainText() is the text a reader must extract)."""
    family = cjk_family()
    html = one_document(pages)
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
    return doc


def _paginate(doc: QTextDocument) -> None:
    """Keep the text layer in page order, each line once. Qt paints each page with every line of
    each paragraph that reaches onto it, so the last line before a page end was painted again
    (outside the clip: invisible, yet in the PDF's text), and a table row split over two pages
    put its cells' text out of order. So a table row that runs over a page end starts on the
    next page, and a paragraph that does ends there and goes on in a new one."""
    for _ in range(doc.pageCount() * 8):  # each change moves what follows; it settles fast
        if not (_push_split_row(doc) or _split_split_block(doc)):
            return


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _push_split_row(doc: QTextDocument) -> bool:
    layout, height = doc.documentLayout(), doc.pageSize().height()
    for table in _tables(doc.rootFrame()):
        for row in range(table.rows()):
            cells = [table.cellAt(row, column) for column in range(table.columns())]
            top = min(_line_top(layout, c.firstCursorPosition().block(), 0) for c in cells)
            bottom = max(_line_top(layout, c.lastCursorPosition().block(), -1, bottom=True)
                         for c in cells)
            page = top // height
            if (bottom - 1) // height == page or bottom - top > height / 2:
                continue
            for cell in cells:
                fmt = cell.format().toTableCellFormat()
                fmt.setTopPadding(fmt.topPadding() + (page + 1) * height - top)
                cell.setFormat(fmt)
            return True
    return False


def _line_top(layout: QAbstractTextDocumentLayout, block: QTextBlock, index: int, *,
              bottom: bool = False) -> float:
    """Where a line of `block` starts (or ends) on the document's pages; index -1: the last."""
    lines = block.layout()
    if lines.lineCount() == 0:
        return layout.blockBoundingRect(block).top()
    line = lines.lineAt(index % lines.lineCount())
    return layout.blockBoundingRect(block).top() + line.y() + (line.height() if bottom else 0)


def _split_split_block(doc: QTextDocument) -> bool:
    layout, height = doc.documentLayout(), doc.pageSize().height()
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        pages = [_line_top(layout, block, i) // height for i in range(lines.lineCount())]
        for i in range(1, len(pages)):
            if pages[i] != pages[i - 1]:
                cursor = QTextCursor(doc)
                cursor.setPosition(block.position() + lines.lineAt(i).textStart())
                fmt = cursor.blockFormat()
                fmt.setTextIndent(0)
                fmt.setTopMargin(0)
                cursor.insertBlock(fmt)
                return True
        block = block.next()
    return False


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay `doc` out in the pages of `device` (a PDF writer or a printer) and paint them, page
    numbers at the foot. Each page paints only the lines that lie on it: QTextDocument.print_()
    also paints a table cell's lines from the page before, hidden by the clip but in the PDF's
    text, so a copied playbook read a line twice."""
    layout = doc.documentLayout()
    layout.setPaintDevice(device)
    metrics = QFontMetricsF(doc.defaultFont(), device)
    page = QSizeF(device.width(), device.height() - 2 * metrics.height())  # room for the number
    doc.setPageSize(page)
    _paginate(doc)
    painter = QPainter(device)
    if not painter.isActive():
        raise PdfFailed("cannot paint on the device", reason="render")
    try:
        for index in range(doc.pageCount()):
            if index and not device.newPage():
                raise PdfFailed("cannot start a new page", reason="render")
            view = QRectF(0, index * page.height(), page.width(), page.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            painter.save()
            painter.translate(0, -view.top())
            painter.setClipRect(view)
            layout.draw(painter, context)
            painter.restore()
            number = str(index + 1)
            painter.setFont(doc.defaultFont())
            painter.drawText(QPointF(page.width() - metrics.horizontalAdvance(number),
                                     device.height() - metrics.descent()), number)
    finally:
        painter.end()


def html_to_pdf(pages: Sequence[str], out: Path, *, title: str = "") -> None:
    """Render `pages` (HTML documents or fragments) into the PDF `out`, one page break apart.
    Written beside `out` (owner-only), checked to be a whole PDF, then renamed over `out`: a
    full disk or a cut-off write raises PdfFailed and leaves an earlier `out` untouched."""
    doc = document(pages)
    try:
        with replacing(Path(out), check=check_pdf) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            writer.setPageMargins(QMarginsF(_MARGIN_MM, _MARGIN_MM, _MARGIN_MM, _MARGIN_MM),
                                  QPageLayout.Unit.Millimeter)
            writer.setResolution(300)
            writer.setCreator("Exposure")
            if title:
                writer.setTitle(title)
            paint_pages(doc, writer)
            del writer  # flushes and closes the file
    except OutputFailed as exc:
        raise PdfFailed(str(exc), **exc.params) from None


def print_html(html: str, parent: QWidget | None = None) -> bool:
    """The system print dialog, then the HTML (made by Jinja2 with autoescaping) on paper in the
    bundled font. False when the user cancelled. Modal: not for tests. Raises NoCjkFont."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    doc = document([html])  # raises NoCjkFont before the dialog opens
    if QPrintDialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return False
    paint_pages(doc, printer)
    return True
