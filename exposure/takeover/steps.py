"""The generic hardening steps and derived capabilities (resources/takeover/steps.json).

Each generic step has a priority, zh/en text with placeholders ({phone}, {card}, {bank},
{service}, {hotline}: filled with masked identifiers and names) and its sources.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from exposure.lang import Text
from exposure.paths import RESOURCES
from exposure.schemas import load_checked
from exposure.sources import Source, source_from_dict

STEPS_FILE = RESOURCES / "takeover" / "steps.json"
GENERIC_IDS = ("sim-pin", "report-lost", "no-remote-unreport", "no-sms-only", "reserved-phone",
               "quick-pay", "close-card", "close-account")


@dataclass(frozen=True)
class GenericStep:
    id: str
    priority: str
    text: Text  # with placeholders
    sources: tuple[Source, ...]


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data: dict[str, Any] = load_checked(STEPS_FILE)
    return data


@cache
def generic_step(step_id: str) -> GenericStep:
    raw = _data()["steps"][step_id]
    return GenericStep(step_id, raw["priority"], Text(raw["zh"], raw["en"]),
                       tuple(source_from_dict(s) for s in raw.get("sources", ())))


def priority(step_id: str) -> str:
    return generic_step(step_id).priority


@lru_cache(maxsize=1)
def derived() -> dict[str, tuple[str, ...]]:
    """Capability kind → the kinds it also gives (an ID photo shows the name and number …)."""
    return {k: tuple(v["gives"]) for k, v in _data().get("derived", {}).items()}


def derived_sources(kind: str) -> tuple[Source, ...]:
    raw = _data().get("derived", {}).get(kind, {})
    return tuple(source_from_dict(s) for s in raw.get("sources", ()))


def mechanism_sources(name: str) -> tuple[Source, ...]:
    """The sources of a mechanism the analysis assumes ("quick_bind": a new payment account
    binds a card with name + ID number + card number + an SMS code)."""
    raw = _data().get("mechanisms", {}).get(name, {})
    return tuple(source_from_dict(s) for s in raw.get("sources", ()))
