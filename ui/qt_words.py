"""Labels of Qt's own dialogs that Qt's zh_CN catalogue lacks (Qt 6 added an accelerator to
them, so "查找范围：" no longer matches "&Look in:"). Marked here so lupdate puts them in our .ts;
our translator answers for the context "QFileDialog" when Qt's has no entry."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


QT_DIALOG_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
