"""What leaked, in the app's words: data classes (HIBP's and the built-in feed's) → kinds.

Kinds that are identifier kinds (IdentifierKind values) can be matched against a person's
identifiers; the others (password, name, location …) are shown but match nothing by value.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from exposure.model import IdentifierKind
from exposure.paths import RESOURCES
from exposure.schemas import load_checked

DATA_CLASSES_FILE = RESOURCES / "feeds" / "data-classes.json"
OTHER = "other"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    data = load_checked(DATA_CLASSES_FILE)
    classes = {_key(name): tuple(kinds) for name, kinds in data["classes"].items()}
    return classes, dict(data["kinds"])


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def kinds() -> dict[str, str]:
    """Every kind with its description."""
    return dict(_table()[1])


def is_mapped(data_class: str) -> bool:
    return _key(data_class) in _table()[0]


def kinds_for(data_classes: Iterable[str]) -> tuple[str, ...]:
    """The kinds these data classes reveal, in a stable order; unknown classes give "other"."""
    table, known = _table()
    out: set[str] = set()
    for name in data_classes:
        out.update(table.get(_key(name), (OTHER,)))
    order = list(known)
    return tuple(sorted(out, key=lambda k: (order.index(k) if k in known else len(order), k)))


# Which leaked kinds expose an identifier of a given kind.
_EXPOSED_BY: dict[IdentifierKind, frozenset[str]] = {
    IdentifierKind.ID_PHOTO: frozenset({"id_photo", "face"}),
}


def leaked_kinds_for(kind: IdentifierKind) -> frozenset[str]:
    return _EXPOSED_BY.get(kind, frozenset({kind.value}))
