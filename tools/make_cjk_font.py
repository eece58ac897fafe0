"""Build resources/fonts/ExposureSansSC-{Regular,Bold}.otf, the CJK font every PDF is set in.

    .venv/bin/pip install fonttools
    .venv/bin/python tools/make_cjk_font.py --weight Regular    # then --weight Bold
    (source: Debian's fonts-noto-cjk, /usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc)

A subset of Noto Sans CJK SC (SIL Open Font License 1.1, OFL.txt beside the font),
renamed because the OFL reserves the name "Source" and a renamed font cannot be confused with
the system's Noto. What it changes, and why (README, "Fonts and the PDF text layer"):

- Every glyph is reached from ONE code point. Qt writes a PDF's ToUnicode map by reading the
  font's cmap backwards and keeping the lowest code point per glyph; Noto maps a Kangxi radical
  and its ideograph (U+2F08 ⼈ and U+4EBA 人) to one glyph, so copied text turned 人 into ⼈.
  Radicals (U+2E80–U+2FDF) are left out; for other shared glyphs the code point text uses keeps
  it (人 over U+F9xx compatibility ideographs, U+3000 over U+2003, – over U+2012).
- No GSUB (glyph substitution): its contextual alternates swap digits for glyphs no code point
  maps to, which Qt then writes as garbage ("10010" extracted as "'(('("). Chinese and Latin
  need no substitution in horizontal text; GPOS kerning stays.
- BMP only, no Hangul syllables: Chinese and English text, names in CJK Extension A.
- A real Bold: without one Qt fakes bold by drawing each glyph twice, and the text reads twice.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

ROOT = Path(__file__).resolve().parent.parent
NOTO = Path("/usr/share/fonts/opentype/noto")
FONTS = ROOT / "resources" / "fonts"
FACE = "Noto Sans CJK SC"
FAMILY = "Exposure Sans SC"
WEIGHTS = ("Regular", "Bold")
RADICALS = range(0x2E80, 0x2FE0)
PREFERRED = {0x2013, 0x2014, 0x2026, 0x00B7, 0x3000}  # wins a shared glyph outright


def wanted(code: int) -> bool:
    return code <= 0xFFFF and code not in RADICALS and not 0xAC00 <= code <= 0xD7AF


def rank(code: int) -> tuple[int, int]:
    """Lower is kept when several code points share one glyph."""
    if code in PREFERRED or code < 0x80 or 0x3400 <= code <= 0x9FFF:
        group = 0
    elif 0x3000 <= code <= 0x303F or 0xFF00 <= code <= 0xFFEF:
        group = 1
    elif code < 0x100:
        group = 2
    else:
        group = 3
    return group, code


def one_code_point_per_glyph(cmap: dict[int, str]) -> list[int]:
    by_glyph: dict[str, list[int]] = defaultdict(list)
    for code, glyph in cmap.items():
        if wanted(code):
            by_glyph[glyph].append(code)
    return sorted(min(codes, key=rank) for codes in by_glyph.values())


def load_face(source: Path) -> TTFont:
    if source.suffix.lower() in (".ttc", ".otc"):
        for font in TTCollection(str(source)).fonts:
            if font["name"].getDebugName(1) == FACE:
                return font
        raise SystemExit(f"{source} has no {FACE} face")
    return TTFont(str(source))


def rename(font: TTFont, weight: str) -> None:
    postscript = f"{FAMILY.replace(' ', '')}-{weight}"
    full = FAMILY if weight == "Regular" else f"{FAMILY} {weight}"
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 4, 16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    version = names.getDebugName(5) or ""
    for name_id, text in ((1, FAMILY), (2, weight), (4, full), (6, postscript),
                          (3, f"{postscript};{version}"),
                          (5, f"{version}; subset of Noto Sans CJK SC by Exposure")):
        names.setName(text, name_id, 3, 1, 0x409)
    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    top = cff.topDictIndex[0]
    top.FullName, top.FamilyName = full, FAMILY


def build(source: Path, out: Path, weight: str) -> None:
    font = load_face(source)
    keep = one_code_point_per_glyph(font.getBestCmap())
    options = subset.Options()
    options.layout_features = ["kern"]
    options.drop_tables += ["GSUB", "vhea", "vmtx", "VORG"]
    options.name_IDs = ["*"]
    options.name_languages = [0x409]
    options.notdef_outline = True
    options.glyph_names = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    rename(font, weight)
    out.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(out))
    print(f"{out}: {len(keep)} code points, {out.stat().st_size:,} bytes")  # noqa: T201


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weight", choices=WEIGHTS, default="Regular")
    parser.add_argument("--source", type=Path, help="default: Debian's NotoSansCJK-WEIGHT.ttc")
    parser.add_argument("--out", type=Path, help="default: resources/fonts/")
    args = parser.parse_args(argv)
    source = args.source or NOTO / f"NotoSansCJK-{args.weight}.ttc"
    out = args.out or FONTS / f"{FAMILY.replace(' ', '')}-{args.weight}.otf"
    build(source, out, args.weight)
    return 0


if __name__ == "__main__":
    sys.exit(main())
