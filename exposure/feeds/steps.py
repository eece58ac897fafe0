"""What to do about what leaked: steps per kind of leaked data (resources/feeds/kind-steps.json,
checked against its schema at load), sourced, in Chinese and English.

An exposure's checklist is the steps for its kinds (kinds that leaked together, such as a plate
with its location, get their joint steps instead), then the steps every exposure at a service
gets (`any`: ask for deletion), then the service's own catalogue steps. It is resolved when every
step for its kinds is done (Mozilla Monitor's model); with no step for its kinds, when the
`any` steps are. Step keys are stable: `kind:<step id>` and `service:<hardening id>`. For a
person without a smartphone a step's `no_smartphone` variant (a counter or a hotline instead of an
app) takes its place under the same key.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from exposure.lang import is_zh
from exposure.paths import RESOURCES
from exposure.sources import Source, problem, source_from_dict

STEPS_FILE = RESOURCES / "feeds" / "kind-steps.json"
SCHEMA_FILE = RESOURCES / "feeds" / "kind-steps.schema.json"


@dataclass(frozen=True)
class Step:
    key: str  # kind:<id> or service:<hardening id>
    zh: str
    en: str
    sources: tuple[Source, ...] = ()
    kinds: tuple[str, ...] = ()  # the leaked kinds it answers ("" for any / service steps)
    origin: str = "kind"  # kind | any | service
    audit: str = ""  # a national look-up id the Audit page records
    required: bool = True  # counts towards "resolved"

    def text(self, lang: str) -> str:
        return (self.zh or self.en) if is_zh(lang) else (self.en or self.zh)


@dataclass(frozen=True)
class KindSteps:
    steps: Mapping[str, Step]  # id → step (key kind:<id>, no kinds yet)
    by_kind: Mapping[str, tuple[str, ...]]
    checklists: Mapping[str, str]  # kind → remedies checklist (id-leak, id-photo-leak)
    together: tuple[tuple[frozenset[str], tuple[str, ...]], ...]
    any: tuple[str, ...]
    without_phone: Mapping[str, Step]  # id → the variant for people without a smartphone


def load_kind_steps(path: Path = STEPS_FILE, schema_path: Path = SCHEMA_FILE) -> KindSteps:
    """The file, checked against its schema and for dangling names; raises CatalogInvalid."""
    from exposure.audit import default_lookups
    from exposure.catalog import check_schema
    from exposure.errors import CatalogInvalid
    from exposure.feeds.kinds import kinds as known_kinds

    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text("utf-8"))
        schema = json.loads(Path(schema_path).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogInvalid(name, "json", error=type(exc).__name__) from None
    check_schema(data, schema, name)
    sources = {k: source_from_dict(v) for k, v in data["sources"].items()}
    for sid, src in sources.items():
        if problem(src):
            raise CatalogInvalid(name, "source", source=sid, problem=problem(src))
    lookups = default_lookups()
    steps: dict[str, Step] = {}
    without_phone: dict[str, Step] = {}

    def step(sid: str, raw: Mapping[str, Any], audit: str) -> Step:
        missing = [s for s in raw["sources"] if s not in sources]
        if missing or (audit and audit not in lookups):
            raise CatalogInvalid(name, "reference", step=sid)
        found = tuple(sources[s] for s in raw["sources"])
        if audit:
            found += lookups[audit].sources
        if not found:  # a step nobody can check is left out of the file, never shown
            raise CatalogInvalid(name, "source", step=sid, problem="empty")
        return Step(f"kind:{sid}", raw["zh"], raw["en"], found, audit=audit)

    for sid, raw in data["steps"].items():
        steps[sid] = step(sid, raw, raw.get("audit", ""))
        if "no_smartphone" in raw:
            without_phone[sid] = step(sid, raw["no_smartphone"], raw.get("audit", ""))
    known = known_kinds()
    by_kind = {k: tuple(v["steps"]) for k, v in data["kinds"].items()}
    together = tuple((frozenset(t["kinds"]), tuple(t["steps"])) for t in data.get("together", ()))
    named = [*data["any"], *(s for v in by_kind.values() for s in v),
             *(s for _, v in together for s in v)]
    kinds_named = [*by_kind, *(k for ks, _ in together for k in ks)]
    if any(s not in steps for s in named) or any(k not in known for k in kinds_named):
        raise CatalogInvalid(name, "reference", what="step or kind")
    checklists = {k: v["checklist"] for k, v in data["kinds"].items() if "checklist" in v}
    return KindSteps(steps, by_kind, checklists, together, tuple(data["any"]), without_phone)


@lru_cache(maxsize=1)
def default_kind_steps() -> KindSteps:
    return load_kind_steps()


def steps_for_kinds(leaked: Iterable[str], table: KindSteps | None = None,
                    *, with_any: bool = True, no_smartphone: bool = False) -> list[Step]:
    """The steps for these leaked kinds, each once, in the kinds' order, then the `any` steps
    (not for a case that touches everyone: there is no service to write to). `no_smartphone`:
    counter and hotline variants in place of app steps."""
    table = table or default_kind_steps()
    pick = (lambda sid: table.without_phone.get(sid, table.steps[sid])) if no_smartphone \
        else (lambda sid: table.steps[sid])
    urgency = {k: n for n, k in enumerate(table.by_kind)}  # the file lists the most urgent first
    kinds = sorted(dict.fromkeys(leaked), key=lambda k: urgency.get(k, len(urgency)))
    covered: set[str] = set()
    found: dict[str, list[str]] = {}  # step id → kinds it answers
    for joint, ids in table.together:
        if joint <= set(kinds):
            covered |= joint
            for sid in ids:
                found.setdefault(sid, []).extend(k for k in kinds if k in joint)
    for kind in kinds:
        if kind in covered:
            continue
        for sid in table.by_kind.get(kind, ()):
            found.setdefault(sid, []).append(kind)
    out = [_with(pick(sid), kinds=tuple(dict.fromkeys(ks)), origin="kind")
           for sid, ks in found.items()]
    if with_any:
        out += [_with(pick(sid), origin="any", required=not out)
                for sid in table.any if sid not in found]
    return out


def checklists_for(leaked: Iterable[str], table: KindSteps | None = None) -> tuple[str, ...]:
    """The remedies checklists (`takeover --scenario …`) that go further for these kinds."""
    table = table or default_kind_steps()
    return tuple(dict.fromkeys(table.checklists[k] for k in leaked if k in table.checklists))


def service_steps(entry: Any) -> list[Step]:
    """A catalogue entry's own hardening steps (optional: they do not decide "resolved")."""
    out = []
    for h in getattr(entry, "hardening", ()) or ():
        src = entry.source("hardening") if hasattr(entry, "source") else None
        out.append(Step(f"service:{h.id}", h.zh, h.en, (src,) if src else (), origin="service",
                        required=False))
    return out


def resolved(steps: Iterable[Step], done: Iterable[str]) -> bool:
    """Every required step is done (and there is at least one)."""
    needed = [s.key for s in steps if s.required]
    finished = set(done)
    return bool(needed) and all(k in finished for k in needed)


def _with(step: Step, **changes: Any) -> Step:
    from dataclasses import replace

    return replace(step, **changes)
