"""Every UI string reaches Qt Linguist and has a Chinese translation.

Strings hidden behind a wrapper (`def _t(text): return translate("X", text)`) never reach
lupdate and stay English in the Chinese UI, so calls must pass literals."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.paths import ROOT

TS = ROOT / "resources" / "translations" / "exposure_zh_CN.ts"


def _non_literal_calls() -> list[str]:
    bad = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        tree = ast.parse(text)
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            name = node.func.attr
            if name == "translate" and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "QCoreApplication":
                literal = node.args[:2]
            elif name == "tr" and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "self":
                literal = node.args[:1]
            else:
                continue
            if "QT_TRANSLATE_NOOP" in lines[node.lineno - 1]:
                continue  # the text was marked for lupdate where it is defined
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in literal):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return bad


def test_translated_strings_are_literals() -> None:
    assert _non_literal_calls() == []


def test_every_ui_string_has_a_chinese_translation(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    assert lupdate.exists() or shutil.which("pyside6-lupdate"), "pyside6-lupdate is missing"
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    subprocess.run([str(lupdate if lupdate.exists() else "pyside6-lupdate"), "-silent",
                    *sources, "-ts", str(copy)], check=True, capture_output=True)
    missing = []
    for message in ET.parse(copy).getroot().iter("message"):  # noqa: S314 (our own file)
        tr = message.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            missing.append(message.findtext("source"))
    assert missing == [], "run `make update-translations` and translate: " + repr(missing[:10])
