"""The service catalogue: what the app knows about a service before the user types anything.

One JSON file per service in resources/catalog/ (schema: resources/catalog/schema.json, format
described in the README). `load_catalog()` reads and checks every file; a bad file raises
CatalogInvalid naming it. Look-ups: by id, by domain or URL (subdomains match, `passport.jd.com`
→ jd, but `jdgroup.co.za` does not), by name/alias (case-, width- and space-insensitive), and a
ranked type-ahead search.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from exposure.errors import CatalogInvalid
from exposure.factors import CATEGORIES, FACTORS, REVEALS
from exposure.lang import is_zh
from exposure.paths import RESOURCES
from exposure.sources import Source, problem, source_from_dict

CATALOG_DIR = RESOURCES / "catalog"
SCHEMA_FILE = "schema.json"
DIFFICULTIES = ("easy", "medium", "hard", "limited", "impossible", "")
PRIORITIES = ("high", "medium", "low")

FactorSet = frozenset[str]

# Facts that must name a source when they are not empty (URLs, e-mails, phone numbers, rules).
SOURCED_FACTS = ("deletion.url", "deletion.email", "deletion.phone", "deletion.difficulty",
                 "deletion.in_app", "privacy_entity", "privacy_email", "privacy_address",
                 "privacy_route", "privacy_url", "hotline")
# Facts that need a source or an explicit entry in `unverified` (the catalogue's own assessment).
ASSESSED_FACTS = ("login", "recovery", "reveals", "notes")


@dataclass(frozen=True)
class HardeningStep:
    id: str
    zh: str
    en: str
    priority: str  # "high" | "medium" | "low"
    removes: tuple[FactorSet, ...] = ()  # login/recovery factor sets this step eliminates

    def text(self, lang: str) -> str:
        return (self.zh or self.en) if is_zh(lang) else (self.en or self.zh)


@dataclass(frozen=True)
class Deletion:
    in_app_zh: str = ""
    in_app_en: str = ""
    url: str = ""
    email: str = ""
    phone: str = ""
    difficulty: str = ""  # easy | medium | hard | limited | impossible | "" (unknown)


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name_zh: str
    name_en: str
    category: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]
    login: tuple[FactorSet, ...]
    recovery: tuple[FactorSet, ...]
    reveals: frozenset[str]
    hardening: tuple[HardeningStep, ...]
    deletion: Deletion
    privacy_email: str
    privacy_url: str  # the privacy policy (or rights-request page) the contact comes from
    hotline: str
    jurisdiction: str  # ISO country code ("CN", "US", …; "EU")
    notes_zh: str
    notes_en: str
    sources: dict[str, Source] = field(hash=False, compare=False)
    # facts (login, recovery, reveals) that are the catalogue's own assessment, not sourced
    unverified: frozenset[str] = frozenset()
    # the PIPL contact from the service's own privacy policy (empty = unknown)
    privacy_entity: str = ""  # the operating legal entity (运营主体)
    privacy_address: str = ""  # postal address for personal-information requests
    privacy_route_zh: str = ""  # in-app or web route for rights requests
    privacy_route_en: str = ""

    def privacy_route(self, lang: str) -> str:
        zh, en = self.privacy_route_zh, self.privacy_route_en
        return (zh or en) if is_zh(lang) else (en or zh)

    def has_privacy_contact(self) -> bool:
        """A sourced way to send a PIPL/GDPR request: an e-mail, a postal address or a route."""
        return bool(self.privacy_email or self.privacy_address
                    or self.privacy_route_zh or self.privacy_route_en)

    def name(self, lang: str) -> str:
        return (self.name_zh or self.name_en) if is_zh(lang) else (self.name_en or self.name_zh)

    def notes(self, lang: str) -> str:
        zh, en = self.notes_zh, self.notes_en
        return (zh or en) if is_zh(lang) else (en or zh)

    def source(self, fact: str) -> Source | None:
        """The source of a fact (`hotline`, `deletion.url`, `hardening.<id>` …), if named."""
        return self.sources.get(fact)


# --- normalising ----------------------------------------------------------------------------------
_SPACE = re.compile(r"[\s\u00b7\u30fb\u2027]+")  # spaces and middle dots


def is_generic(entry: Any) -> bool:
    """An entry that stands for many companies (智慧停车（通用）, 消费贷平台（通用）, the provincial
    人社 apps): the name a user gives such a service (捷停车, 四川人社) says which one it is."""
    zh = str(getattr(entry, "name_zh", "") or "")
    en = str(getattr(entry, "name_en", "") or "").casefold()
    return "通用" in zh or "generic" in en or "provincial" in en


def normalize(text: str) -> str:
    """The form names are compared in: NFKC (full width → ASCII), case-folded, no spaces."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).casefold())


def host_of(host_or_url: str) -> str:
    """`https://Passport.JD.com:443/x` → `passport.jd.com`; '' when there is no host."""
    text = unicodedata.normalize("NFKC", host_or_url).strip().lower()
    if not text:
        return ""
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname or ""
    except ValueError:
        return ""
    host = host.rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return host


# --- the catalogue --------------------------------------------------------------------------------
class Catalog:
    def __init__(self, entries: Iterable[CatalogEntry]) -> None:
        self.entries: tuple[CatalogEntry, ...] = tuple(sorted(entries, key=lambda e: e.id))
        self._by_id = {e.id: e for e in self.entries}
        self._by_domain: dict[str, CatalogEntry] = {}
        self._by_key: dict[str, CatalogEntry] = {}
        # (normalised key, rank of the field, entry) for type-ahead; names rank before aliases
        self._search_keys: list[tuple[str, int, CatalogEntry]] = []
        for e in self.entries:
            for d in e.domains:
                self._by_domain.setdefault(d, e)
            for rank, keys in enumerate(((e.name_zh, e.name_en), (e.id, *e.aliases))):
                for key in keys:
                    k = normalize(key)
                    if k:
                        self._by_key.setdefault(k, e)
                        self._search_keys.append((k, rank, e))
            for d in e.domains:
                self._search_keys.append((d, 2, e))

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.entries)

    def get(self, catalog_id: str) -> CatalogEntry | None:
        return self._by_id.get(catalog_id)

    def display_name(self, name: str, catalog_id: str | None, lang: str) -> str:
        """A registered service's name in the UI language: the catalogue's zh or en name when
        the vault holds one of the two (as an import or the demo stores it), else as typed."""
        entry = self._by_id.get(catalog_id) if catalog_id else None
        if entry is None or name not in (entry.name_zh, entry.name_en):
            return name
        return entry.name(lang)

    def search_terms(self, catalog_id: str | None) -> tuple[str, ...]:
        """What a search should find a registered service by: both names, aliases, domains."""
        entry = self._by_id.get(catalog_id) if catalog_id else None
        if entry is None:
            return ()
        return (entry.name_zh, entry.name_en, *entry.aliases, *entry.domains)

    def by_domain(self, host_or_url: str) -> CatalogEntry | None:
        """The service a host or URL belongs to: the longest catalogue domain it ends with."""
        host = host_of(host_or_url)
        labels = host.split(".")
        for i in range(len(labels) - 1):  # never a bare TLD
            hit = self._by_domain.get(".".join(labels[i:]))
            if hit is not None:
                return hit
        return None

    def lookup(self, text: str) -> CatalogEntry | None:
        """Exact match on id, names, aliases and app names; else, if it looks like a domain or
        URL, by domain."""
        key = normalize(text)
        if not key:
            return None
        hit = self._by_key.get(key)
        if hit is None and "." in key:
            hit = self.by_domain(text)
        return hit

    def search(self, text: str, limit: int = 20) -> list[CatalogEntry]:
        """Type-ahead: exact matches first, then prefixes, then substrings (names before aliases
        before domains, shorter keys first)."""
        q = normalize(text)
        if not q:
            return []
        best: dict[str, tuple[int, int, int, str]] = {}
        for key, rank, e in self._search_keys:
            if key == q:
                how = 0
            elif key.startswith(q):
                how = 1
            elif q in key:
                how = 2
            else:
                continue
            score = (how, rank, len(key), e.id)
            if e.id not in best or score < best[e.id]:
                best[e.id] = score
        ids = sorted(best, key=best.__getitem__)[:max(0, limit)]
        return [self._by_id[i] for i in ids]

    def by_category(self, category: str) -> list[CatalogEntry]:
        return [e for e in self.entries if e.category == category]

    def validate(self) -> None:
        """Cross-entry rules: ids, domains and normalised names/aliases each belong to one
        service. Raises CatalogInvalid naming the later file of a clash."""
        ids: dict[str, str] = {}
        domains: dict[str, str] = {}
        keys: dict[str, str] = {}
        for e in self.entries:
            file = f"{e.id}.json"
            if e.id in ids:
                raise CatalogInvalid(file, "duplicate", what="id")
            ids[e.id] = e.id
            for d in e.domains:
                if d in domains and domains[d] != e.id:
                    raise CatalogInvalid(file, "duplicate", what="domain", value=d,
                                         other=domains[d])
                domains[d] = e.id
            for name in {normalize(k) for k in (e.id, e.name_zh, e.name_en, *e.aliases)}:
                if name and name in keys and keys[name] != e.id:
                    raise CatalogInvalid(file, "duplicate", what="name", value=name,
                                         other=keys[name])
                keys[name] = e.id


# --- loading --------------------------------------------------------------------------------------
def check_schema(value: Any, schema: Mapping[str, Any], file: str, path: str = "$") -> None:
    """The JSON-Schema subset our data files use (catalogue, look-ups, take-over data): type,
    enum, pattern, minLength, maxLength, minItems, required, properties, additionalProperties,
    items."""

    def fail(rule: str, at: str = path) -> None:
        raise CatalogInvalid(file, "schema", path=at, rule=rule)

    kind = schema.get("type")
    types = {"object": dict, "array": list, "string": str}
    if kind and not isinstance(value, types[kind]):
        fail("type")
    if "enum" in schema and value not in schema["enum"]:
        fail("enum")
    if isinstance(value, str):
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", 1 << 30):
            fail("length")
        if "pattern" in schema and not _regex(schema["pattern"]).search(value):
            fail("pattern")
    elif isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            fail("items")
        if "items" in schema:
            for n, item in enumerate(value):
                check_schema(item, schema["items"], file, f"{path}[{n}]")
    elif isinstance(value, dict):
        for key in schema.get("required", ()):
            if key not in value:
                fail("required", f"{path}.{key}")
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                check_schema(item, props[key], file, f"{path}.{key}")
            elif extra is False:
                fail("unknown", f"{path}.{key}")
            elif isinstance(extra, dict):
                check_schema(item, extra, file, f"{path}.{key}")


@lru_cache(maxsize=64)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _factor_sets(raw: list[list[str]], file: str, what: str) -> tuple[FactorSet, ...]:
    out = []
    for group in raw:
        unknown = set(group) - FACTORS.keys()
        if unknown:
            raise CatalogInvalid(file, "factor", field=what, factor=sorted(unknown)[0])
        out.append(frozenset(group))
    return tuple(out)


def entry_from_dict(data: Mapping[str, Any], file: str,
                    schema: Mapping[str, Any] | None = None) -> CatalogEntry:
    """One catalogue file's data → CatalogEntry, checking the schema and the rules a schema
    can't say (vocabulary from exposure/factors.py, sources for every contact fact)."""
    if schema is not None:
        check_schema(data, schema, file)
    if file != f"{data['id']}.json":
        raise CatalogInvalid(file, "id_mismatch", id=data["id"])
    if data["category"] not in CATEGORIES:
        raise CatalogInvalid(file, "category", category=data["category"])
    bad_reveals = set(data["reveals"]) - REVEALS.keys()
    if bad_reveals:
        raise CatalogInvalid(file, "reveal", reveal=sorted(bad_reveals)[0])
    sources = {k: source_from_dict(v) for k, v in data["sources"].items()}
    for key, src in sources.items():
        why = problem(src)
        if why:
            raise CatalogInvalid(file, "source", fact=key, rule=why)
    steps = []
    for raw in data["hardening"]:
        if raw["priority"] not in PRIORITIES:
            raise CatalogInvalid(file, "schema", path=f"hardening.{raw['id']}", rule="priority")
        steps.append(HardeningStep(id=raw["id"], zh=raw["zh"], en=raw["en"],
                                   priority=raw["priority"],
                                   removes=_factor_sets(raw.get("removes", []), file, "removes")))
    if len({s.id for s in steps}) != len(steps):
        raise CatalogInvalid(file, "duplicate", what="hardening id")
    d = data["deletion"]
    deletion = Deletion(in_app_zh=d.get("in_app_zh", ""), in_app_en=d.get("in_app_en", ""),
                        url=d.get("url", ""), email=d.get("email", ""), phone=d.get("phone", ""),
                        difficulty=d.get("difficulty", ""))
    if deletion.difficulty not in DIFFICULTIES:
        raise CatalogInvalid(file, "schema", path="$.deletion.difficulty", rule="enum")
    entry = CatalogEntry(
        id=data["id"], name_zh=data["name_zh"], name_en=data["name_en"],
        category=data["category"], domains=tuple(data["domains"]),
        aliases=tuple(data["aliases"]),
        login=_factor_sets(data["login"], file, "login"),
        recovery=_factor_sets(data["recovery"], file, "recovery"),
        reveals=frozenset(data["reveals"]), hardening=tuple(steps), deletion=deletion,
        privacy_email=data.get("privacy_email", ""), privacy_url=data.get("privacy_url", ""),
        hotline=data.get("hotline", ""), jurisdiction=data.get("jurisdiction", ""),
        notes_zh=data.get("notes_zh", ""), notes_en=data.get("notes_en", ""),
        sources=sources, unverified=frozenset(data.get("unverified", ())),
        privacy_entity=data.get("privacy_entity", ""),
        privacy_address=data.get("privacy_address", ""),
        privacy_route_zh=data.get("privacy_route_zh", ""),
        privacy_route_en=data.get("privacy_route_en", ""))
    _check_sources(entry, file)
    return entry


def facts_present(entry: CatalogEntry) -> list[str]:
    """The names of the facts an entry states (the keys `sources` uses)."""
    d = entry.deletion
    values = {"deletion.url": d.url, "deletion.email": d.email, "deletion.phone": d.phone,
              "deletion.difficulty": d.difficulty, "deletion.in_app": d.in_app_zh or d.in_app_en,
              "privacy_entity": entry.privacy_entity, "privacy_email": entry.privacy_email,
              "privacy_address": entry.privacy_address,
              "privacy_route": entry.privacy_route_zh or entry.privacy_route_en,
              "privacy_url": entry.privacy_url, "hotline": entry.hotline, "login": entry.login,
              "recovery": entry.recovery, "reveals": entry.reveals,
              "notes": entry.notes_zh or entry.notes_en}
    return [k for k, v in values.items() if v] + [f"hardening.{s.id}" for s in entry.hardening]


def _check_sources(entry: CatalogEntry, file: str) -> None:
    for fact in facts_present(entry):
        if fact in entry.sources:
            continue
        if fact in ASSESSED_FACTS and fact in entry.unverified:
            continue
        raise CatalogInvalid(file, "source", fact=fact, rule="missing")


def load_catalog(folder: Path = CATALOG_DIR) -> Catalog:
    """Every `<id>.json` in the folder (except schema.json), checked; raises CatalogInvalid."""
    folder = Path(folder)
    try:
        schema = json.loads((folder / SCHEMA_FILE).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogInvalid(SCHEMA_FILE, "json", error=type(exc).__name__) from None
    entries = []
    for path in sorted(folder.glob("*.json")):
        if path.name == SCHEMA_FILE:
            continue
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogInvalid(path.name, "read", error=type(exc).__name__) from None
        except ValueError as exc:
            raise CatalogInvalid(path.name, "json", line=getattr(exc, "lineno", 0)) from None
        entries.append(entry_from_dict(data, path.name, schema))
    catalog = Catalog(entries)
    catalog.validate()
    return catalog


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    """The catalogue the app ships, loaded once."""
    return load_catalog()


def name_for(catalog_id: str) -> str | None:
    """The Chinese name of a catalogue entry (used by the demo family), or None (also when the
    shipped catalogue is damaged: a name is cosmetic, the caller has its own)."""
    try:
        entry = default_catalog().get(catalog_id)
    except CatalogInvalid:
        return None
    return entry.name_zh if entry else None
