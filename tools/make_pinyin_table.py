"""Writes resources/search/pinyin.txt: the most common Mandarin reading (no tone) of each
character of GB 2312 and of every name in the catalogue, for searching by pinyin (`zfb`,
`zhifubao` → 支付宝). Run by hand when the catalogue grows: `pip install pypinyin`, then
`.venv/bin/python tools/make_pinyin_table.py`. The readings come from pypinyin's single-character
table (MIT, from the pinyin-data project); the app never imports pypinyin (~3 s, 55 MB).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from pypinyin import Style, lazy_pinyin, pinyin

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def characters() -> set[str]:
    chars: set[str] = set()
    for hi in range(0xB0, 0xF8):  # GB 2312 levels 1 and 2 (the characters of everyday names)
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    from exposure.catalog import default_catalog

    for entry in default_catalog().entries:
        for text in (entry.name_zh, *entry.aliases):
            chars.update(ch for ch in text if "\u3400" <= ch <= "\u9fff")
    return chars


def main() -> None:
    by_reading: dict[str, list[str]] = defaultdict(list)
    for ch in sorted(characters()):
        reading = pinyin(ch, style=Style.NORMAL, heteronym=False, errors="ignore")
        if reading and reading[0] and reading[0][0].isascii() and reading[0][0].isalpha():
            by_reading[reading[0][0]].append(ch)
    out = ROOT / "resources" / "search" / "pinyin.txt"
    lines = ["# reading<space>characters: the most common Mandarin reading of each character of",
             "# GB 2312 and of the catalogue's names; then =name<space>syllables: the catalogue's",
             "# names read as words. From pypinyin (MIT; data: pinyin-data, phrase-pinyin-data).",
             "# Made by tools/make_pinyin_table.py; exposure/pinyin.py reads it."]
    lines += [f"{r} {''.join(chs)}" for r, chs in sorted(by_reading.items())]
    # the catalogue's names read as words (银行 is yin hang, not yin xing)
    from exposure.catalog import default_catalog

    names = {t for e in default_catalog().entries for t in (e.name_zh, *e.aliases)
             if any("\u3400" <= ch <= "\u9fff" for ch in t) and " " not in t}
    for name in sorted(names):
        words = [w for w in lazy_pinyin(name, style=Style.NORMAL, errors="ignore")
                 if w.isascii() and w.isalpha()]
        if words:
            lines.append(f"={name} {' '.join(words)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    total = sum(map(len, by_reading.values()))
    print(f"{out}: {total} characters, {len(by_reading)} readings, {len(names)} names")  # noqa: T201


if __name__ == "__main__":
    main()
