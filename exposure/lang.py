"""The two languages the app writes in. Core functions take a language code as the UI has it
("zh_CN", "zh", "en", "en_US") and read it through here: anything Chinese is zh, the rest en."""

from __future__ import annotations

from dataclasses import dataclass


def is_zh(lang: str) -> bool:
    return lang.lower().startswith("zh")


def short_lang(lang: str) -> str:
    """"zh" or "en"."""
    return "zh" if is_zh(lang) else "en"


@dataclass(frozen=True)
class Text:
    """One text in both languages. `in_(lang)` gives the language asked for, or the other one
    when that is empty (a fact known in one language only still shows)."""

    zh: str = ""
    en: str = ""

    def in_(self, lang: str) -> str:
        return (self.zh or self.en) if is_zh(lang) else (self.en or self.zh)


def pick(lang: str, zh: str, en: str) -> str:
    """`zh` for any Chinese language code, else `en`, as written (even an empty one): the one
    way to choose wording by language."""
    return zh if is_zh(lang) else en
