"""Tooltips that show untrusted text (feeds, imports, names the user typed) exactly as typed.

Qt guesses rich text for any tooltip that looks like markup, so a breach titled `<h1>…` would
render 92 px high and `<img src=…>` would try to load. Every tooltip that can hold such text
goes through `plain_tip`: escaped, then wrapped so Qt shows the escaped text literally.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tip(text: str | None) -> str:
    """`text` as a tooltip that is never interpreted; "" stays "" (no tooltip)."""
    if not text:
        return ""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
