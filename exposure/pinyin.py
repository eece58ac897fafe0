"""Pinyin for searching: 支付宝 is found by `zhifubao` and by its initials `zfb`, 张演示 by `zys`.

One reading per character, the most common one, and the catalogue's names read as words (银行
is yinhang): resources/search/pinyin.txt, made from pypinyin's tables by
tools/make_pinyin_table.py. Characters outside it and non-Chinese text are left out. Each
text is romanised once (a cache), so a 10,000-row search key costs its few hundred distinct names.
"""

from __future__ import annotations

import functools

from exposure.paths import RESOURCES


@functools.cache
def _readings() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(character → reading, catalogue name → its syllables read as words)."""
    table: dict[str, str] = {}
    words: dict[str, list[str]] = {}
    path = RESOURCES / "search" / "pinyin.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("="):
            name, *syllables = line[1:].split(" ")
            words[name] = syllables
        elif line and not line.startswith("#"):
            reading, _, chars = line.partition(" ")
            table.update(dict.fromkeys(chars, reading))
    return table, words


@functools.lru_cache(maxsize=4096)
def search_forms(text: str) -> str:
    """The full pinyin and the initials of the Chinese in `text`, space-separated ("zhifubao
    zfb"); "" when it has no Chinese character the table knows."""
    table, words = _readings()
    syllables = words.get(text) or [table[ch] for ch in text if ch in table]
    if not syllables:
        return ""
    return "".join(syllables) + " " + "".join(s[0] for s in syllables)
