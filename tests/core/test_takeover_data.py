"""The take-over data files: schemas, both languages, known placeholders, sources."""

from __future__ import annotations

import json
import string

import pytest

from exposure.paths import RESOURCES
from exposure.schemas import load_checked
from exposure.takeover import CapKind, Route, ScenarioKind
from exposure.takeover.steps import GENERIC_IDS
from tests.shared_data import SHARED

FOLDER = RESOURCES / "takeover"
PLACEHOLDERS = {"phone", "card", "bank", "service", "hotline", "email", "caps", "title", "n",
                "of", "carrier", "bound", "apps", "services", "text", "cap", "cards", "order",
                "orders", "explain", "vendor", "name", "steps", "reply", "after"}


def _load(name: str) -> dict:
    return json.loads((FOLDER / name).read_text("utf-8"))


def _texts(node: object):  # type: ignore[no-untyped-def]
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("zh", "en") and isinstance(value, str):
                yield key, value
            else:
                yield from _texts(value)


@pytest.mark.parametrize("name", ["steps", "playbook", "words"])
def test_takeover_data_files_match_their_schema_and_use_known_placeholders(name) -> None:
    data = load_checked(FOLDER / f"{name}.json")  # raises naming the file and the JSON path
    for lang, text in _texts(data):
        fields = {f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f}
        assert fields <= PLACEHOLDERS, (name, lang, text)


def test_every_generic_step_kind_and_scenario_has_words_in_both_languages() -> None:
    steps, words = _load("steps.json"), _load("words.json")
    assert set(steps["steps"]) == set(GENERIC_IDS)
    assert set(words["step_titles"]) == {*GENERIC_IDS, "catalog"}
    assert set(words["caps"]) == {k.value for k in CapKind}
    assert set(words["routes"]) == {r.value for r in Route}
    assert set(words["scenarios"]) == {s.value for s in ScenarioKind}
    # a step that states a fact cites it (closing an unused account states none)
    assert all(s["sources"] for k, s in steps["steps"].items() if k != "close-account")


def test_the_emergency_numbers_are_the_sourced_ones() -> None:
    book = _load("playbook.json")
    assert "110" in book["items"]["police"]["zh"] and "96110" in book["items"]["antifraud"]["zh"]
    notes = SHARED / "research" / "cn-legal-context.md"
    cited = {s["url"] for key in ("police", "antifraud") for s in book["sources"][key]}
    assert "https://tech.sina.cn/2020-09-21/detail-iivhuipp5528609.d.html" in cited
    if notes.exists():  # the research notes sit beside the repository on a developer machine
        text = notes.read_text("utf-8")
        assert all(url in text for url in cited)
