"""A feed against its schema (resources/feeds/*.schema.json), through the one JSON-Schema checker
(exposure/schemas.py). The first violation raises FeedRejected("schema", path=..., rule=...) with
a JSON path, never the offending value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from exposure.errors import FeedRejected
from exposure.schemas import first_violation


def validate(value: Any, schema: Mapping[str, Any]) -> None:
    found = first_violation(value, schema)
    if found is not None:
        raise FeedRejected("schema", path=found.path, rule=found.rule)
