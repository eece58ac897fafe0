"""Fill a Qt .ts file's unfinished translations from a JSON map {source: translation}.

    python tools/fill_ts.py resources/translations/exposure_zh_CN.ts map.json

Used after `make update-translations`; the .ts file stays the source of truth.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: str, mapping: dict[str, str]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)  # noqa: S314
    filled, missing = 0, []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        unfinished = tr.get("type") == "unfinished" or not (tr.text or tr.findall("numerusform"))
        if source in mapping and unfinished:  # a finished translation is never overwritten
            forms = tr.findall("numerusform")
            if message.get("numerus") == "yes":
                for form in forms:  # Chinese has one plural form
                    tr.remove(form)
                ET.SubElement(tr, "numerusform").text = mapping[source]
                tr.text = None
            else:
                tr.text = mapping[source]
            tr.attrib.pop("type", None)
            filled += 1
        elif unfinished:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, missing


if __name__ == "__main__":
    n, todo = fill(sys.argv[1], json.loads(Path(sys.argv[2]).read_text(encoding="utf-8")))
    print(f"filled {n}; still untranslated: {len(todo)}")  # noqa: T201
    for source in todo:
        print("  ", source)  # noqa: T201
