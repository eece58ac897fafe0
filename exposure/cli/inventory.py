"""`main.py inventory --vault PATH [--json] [--reveal]`: the inventory, masked unless asked."""

from __future__ import annotations

import argparse

from exposure import identifiers as idmod
from exposure.cli.common import Hooks, add_vault_arg, opened, print_json, print_table
from exposure.model import Identifier, IdentifierKind, InventoryRow


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("inventory", help="print where each identifier is registered")
    add_vault_arg(p)
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--reveal", action="store_true", help="show identifiers in full")
    p.set_defaults(func=run)


def row_dict(row: InventoryRow, reveal: bool) -> dict[str, object]:
    reg = row.registration
    roles = {u.identifier_id: u.role.value for u in reg.usages}
    return {
        "id": reg.id,
        "person": row.person.name,
        "service": row.service.name,
        "service_name": reg.service_name,  # the user's own name for it ("" = the service's)
        "catalog_id": row.service.catalog_id,
        "status": reg.status.value,
        "since": reg.since.isoformat() if reg.since else None,
        "identifiers": [_identifier(i, roles.get(i.id, "login"), reveal) for i in row.identifiers],
        "notes": reg.notes,
    }


def _identifier(ident: Identifier, role: str, reveal: bool) -> dict[str, object]:
    out: dict[str, object] = {
        "kind": ident.kind.value, "role": role, "label": ident.label,
        "status": ident.status.value,
        "value": idmod.display(ident.kind, ident.value) if reveal
        else idmod.mask(ident.kind, ident.value),
    }
    if ident.kind == IdentifierKind.ID_NUMBER:
        # the note is about the region code's age; the birth date only when revealing
        facts = idmod.details(ident.kind, ident.value)
        out["document"] = facts.get("document", "")
        out["note"] = facts.get("note", "")
        if reveal:
            out["birth_date"] = facts.get("birth_date", "")
    return out


def _service(r: dict[str, object]) -> str:
    """捷停车（智慧停车（通用））: the user's name, with the catalogue entry it is filed under."""
    own, svc = str(r["service_name"] or ""), str(r["service"])
    return f"{own}（{svc}）" if own and own != svc else svc


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        rows = [row_dict(r, args.reveal) for r in vault.registrations.rows()]
    if args.json:
        print_json(rows)
    else:
        print_table(
            ["id", "person", "service", "identifiers", "status", "since"],
            [[r["id"], r["person"], _service(r),
              ", ".join(str(i["value"]) for i in r["identifiers"]),  # type: ignore[attr-defined]
              r["status"], r["since"] or ""] for r in rows],
        )
    return 0
