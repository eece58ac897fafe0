"""The one JSON-Schema checker: every shipped data file is checked when it is loaded."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from exposure.errors import CatalogInvalid
from exposure.letters.law import legal_data
from exposure.paths import RESOURCES
from exposure.schemas import first_violation, load_checked

SCHEMA = {"type": "object", "required": ["id", "n"], "additionalProperties": False,
          "properties": {"id": {"type": "string", "minLength": 2, "pattern": "^[a-z]+$"},
                         "n": {"type": "integer", "minimum": 0},
                         "xs": {"type": "array", "maxItems": 1, "items": {"enum": ["a"]}}}}


@pytest.mark.parametrize(("value", "path", "rule"), [
    ({"id": "ab", "n": 1}, None, None),
    ({"n": 1}, "$.id", "required"),
    ({"id": "ab", "n": 1, "secret": "13900000001"}, "$.secret", "unknown"),
    ({"id": "a", "n": 1}, "$.id", "length"),
    ({"id": "AB", "n": 1}, "$.id", "pattern"),
    ({"id": "ab", "n": -1}, "$.n", "range"),
    ({"id": "ab", "n": True}, "$.n", "type"),
    ({"id": "ab", "n": 1, "xs": ["a", "a"]}, "$.xs", "items"),
    ({"id": "ab", "n": 1, "xs": ["b"]}, "$.xs[0]", "enum"),
])
def test_a_violation_is_a_path_and_a_rule_never_the_value(value, path, rule) -> None:
    found = first_violation(value, SCHEMA)
    assert (found.path, found.rule) == (path, rule) if found else path is None
    assert "13900000001" not in repr(found)


def test_every_shipped_data_file_with_a_schema_conforms() -> None:
    schemas = sorted(RESOURCES.glob("*/*.schema.json"))
    assert len(schemas) >= 9
    for schema in schemas:
        data = schema.with_name(schema.name.replace(".schema.json", ".json"))
        if data.exists():
            load_checked(data)


def test_a_damaged_law_file_is_refused_at_load_naming_the_file_and_path(tmp_path: Path) -> None:
    folder = tmp_path / "letters"
    shutil.copytree(RESOURCES / "letters", folder, ignore=shutil.ignore_patterns("zh_CN", "en"))
    law = json.loads((folder / "law.json").read_text("utf-8"))
    del law["articles"][0]["ref_zh"]
    (folder / "law.json").write_text(json.dumps(law), "utf-8")
    with pytest.raises(CatalogInvalid) as err:
        legal_data(folder)
    assert err.value.file == "law.json" and err.value.params["path"] == "$.articles[0].ref_zh"
    shutil.copy(RESOURCES / "letters" / "law.json", folder / "law.json")
    (folder / "channels.json").write_text("{not json", "utf-8")
    with pytest.raises(CatalogInvalid, match=r"channels\.json: json"):
        legal_data(folder)
