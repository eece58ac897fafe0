"""The fictional demo family (resources/demo/family.json) written into a vault."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

from exposure.model import Change, IdentifierStatus, RegistrationStatus, Role, Usage
from exposure.paths import RESOURCES
from exposure.vault import Vault

DEMO_FILE = RESOURCES / "demo" / "family.json"

# (catalogue id) -> display name; given by the catalogue once it is loaded
NameFor = Callable[[str], str | None]


def load_demo(vault: Vault, *, name_for: NameFor | None = None, source: Path = DEMO_FILE) -> int:
    """Adds the demo family in one transaction; returns the number of registrations added."""
    data = json.loads(source.read_text("utf-8"))
    added = 0
    with vault.operation(Change.REGISTRATIONS):
        for person in data["people"]:
            pid = vault.people.add(name=person["name"], relation=person.get("relation", ""))
            ids = {}
            for ident in person["identifiers"]:
                ids[ident["key"]] = vault.identifiers.add(
                    person_id=pid, kind=ident["kind"], value=ident["value"],
                    label=ident.get("label", ""),
                    status=IdentifierStatus(ident.get("status", "active")),
                )
            for reg in person["registrations"]:
                catalog_id = reg["service"]
                name = (name_for(catalog_id) if name_for else None) or reg["name"]
                sid = vault.services.ensure(name=name, catalog_id=catalog_id)
                vault.registrations.add(
                    person_id=pid, service_id=sid,
                    usages=[Usage(ids[key], Role(role)) for key, role in reg["uses"]],
                    status=RegistrationStatus(reg.get("status", "active")),
                    since=dt.date.fromisoformat(reg["since"]) if reg.get("since") else None,
                    notes=reg.get("notes", ""),
                )
                added += 1
    return added
