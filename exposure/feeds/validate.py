"""A small JSON-Schema subset, enough for the feed schemas in resources/feeds/ (no dependency).

Supported: type, enum, const, required, properties, additionalProperties, items, minItems,
maxItems, minLength, maxLength, pattern, minimum, maximum. The first violation raises
FeedRejected("schema", path=...) with a JSON path, never the offending value.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from exposure.errors import FeedRejected

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,), "array": (list,), "string": (str,), "boolean": (bool,),
    "integer": (int,), "number": (int, float), "null": (type(None),),
}


@lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _is(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    return isinstance(value, _TYPES[name])


def validate(value: Any, schema: dict[str, Any], path: str = "$") -> None:
    def fail(rule: str) -> None:
        raise FeedRejected("schema", path=path, rule=rule)

    kind = schema.get("type")
    if kind is not None:
        names = kind if isinstance(kind, list) else [kind]
        if not any(_is(value, n) for n in names):
            fail("type")
    if "enum" in schema and value not in schema["enum"]:
        fail("enum")
    if "const" in schema and value != schema["const"]:
        fail("const")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0) or len(value) > schema.get("maxLength", 1 << 62):
            fail("length")
        if "pattern" in schema and not _regex(schema["pattern"]).search(value):
            fail("pattern")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if value < schema.get("minimum", float("-inf")) or value > schema.get("maximum",
                                                                               float("inf")):
            fail("range")
    elif isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                raise FeedRejected("schema", path=f"{path}.{key}", rule="required")
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            sub = props.get(key)
            if sub is None:
                if extra is False:
                    raise FeedRejected("schema", path=f"{path}.{key}", rule="unknown")
                if isinstance(extra, dict):
                    validate(item, extra, f"{path}.{key}")
                continue
            validate(item, sub, f"{path}.{key}")
    elif isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 1 << 62):
            fail("items")
        items = schema.get("items")
        if items:
            for n, item in enumerate(value):
                validate(item, items, f"{path}[{n}]")
