"""The one JSON-Schema checker: every data file the app ships and every feed it downloads is
checked against its schema (resources/**/*.schema.json, draft 2020-12) with the `jsonschema`
package, when it is loaded.

A violation is reported as a JSON path and a rule (`$.breaches[0].breach_date`, `pattern`),
never with the offending value: a feed or a file may hold anything.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from exposure.errors import CatalogInvalid

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

# jsonschema's keyword → the rule our errors name (the others keep their keyword: type, enum …)
_RULES = {
    "minLength": "length", "maxLength": "length",
    "minimum": "range", "maximum": "range", "exclusiveMinimum": "range",
    "exclusiveMaximum": "range",
    "minItems": "items", "maxItems": "items",
    "additionalProperties": "unknown",
}


@dataclass(frozen=True)
class Violation:
    path: str  # "$.lookups[0].sources"
    rule: str  # type, enum, const, length, pattern, range, required, unknown, items …


# Validators of the schemas in use, by identity (a schema is read once and kept by its loader).
_VALIDATORS: dict[int, tuple[Mapping[str, Any], Validator]] = {}


def _validator(schema: Mapping[str, Any]) -> Validator:
    kept = _VALIDATORS.get(id(schema))
    if kept is not None and kept[0] is schema:
        return kept[1]
    # Imported here, deliberately: the package costs ~0.2 s to import, paid only by the first
    # check (the commands that read no data file never pay it).
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    _VALIDATORS[id(schema)] = (schema, validator)
    return validator


def first_violation(value: Any, schema: Mapping[str, Any]) -> Violation | None:
    """The first place `value` breaks `schema`, or None when it conforms."""
    error = next(iter(_validator(schema).iter_errors(value)), None)
    return None if error is None else _violation(error)


def _violation(error: ValidationError) -> Violation:
    path = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}"
                         for p in error.absolute_path)
    rule = str(error.validator)
    instance = error.instance
    if rule == "required" and isinstance(instance, dict):
        wanted = error.validator_value if isinstance(error.validator_value, list) else []
        missing = next((k for k in wanted if k not in instance), "")
        path += f".{missing}"
    elif rule == "additionalProperties" and isinstance(instance, dict):
        known = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        extra = next((k for k in instance if k not in known), "")
        path += f".{extra}"
    return Violation(path, _RULES.get(rule, rule))


def check_file(value: Any, schema: Mapping[str, Any], file: str) -> None:
    """A shipped data file against its schema; raises CatalogInvalid(file, "schema", path, rule)."""
    found = first_violation(value, schema)
    if found is not None:
        raise CatalogInvalid(file, "schema", path=found.path, rule=found.rule)


def read_json(path: Path) -> Any:
    """A data file's JSON; raises CatalogInvalid(file, "json") naming only the file."""
    try:
        return json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogInvalid(Path(path).name, "json", error=type(exc).__name__) from None


def load_checked(path: Path, schema_path: Path | None = None) -> Any:
    """A shipped data file, read and checked against its schema (`<name>.schema.json` beside it
    unless named): what every loader of resources/ uses."""
    path = Path(path)
    schema_path = schema_path or path.with_name(path.name.removesuffix(".json") + ".schema.json")
    data = read_json(path)
    check_file(data, read_json(schema_path), path.name)
    return data
