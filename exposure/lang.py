"""The two languages the app writes in. Core functions take a language code as the UI has it
("zh_CN", "zh", "en", "en_US") and read it through here: anything Chinese is zh, the rest en."""

from __future__ import annotations


def is_zh(lang: str) -> bool:
    return lang.lower().startswith("zh")


def short_lang(lang: str) -> str:
    """"zh" or "en"."""
    return "zh" if is_zh(lang) else "en"
