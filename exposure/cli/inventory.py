"""`main.py inventory --vault PATH [--json [--pretty]] [--reveal]`: the inventory, masked unless
asked.

`--json` streams one registration per line inside a JSON array, written as the vault is read;
`--pretty` gives the same data indented by two spaces.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable

import orjson

from exposure import identifiers as idmod
from exposure.cli.args import VAULT, arg, command
from exposure.cli.common import Hooks, opened, print_table
from exposure.model import Identifier, IdentifierKind, InventoryRow


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "inventory", "print where each identifier is registered",
            VAULT,
            arg("--json", action="store_true",
                help="print JSON instead of a table (one registration per line)"),
            arg("--pretty", action="store_true",
                help="with --json: indent the JSON for reading (the same data)"),
            arg("--reveal", action="store_true", help="show identifiers in full"),
            run=run)


class RowDicts:
    """Registrations as plain data. An identifier is worded once (masked or revealed, its
    document facts) however many registrations use it: a family has a few hundred identifiers
    and ten thousand uses of them."""

    def __init__(self, reveal: bool) -> None:
        self.reveal = reveal
        self._worded: dict[tuple[int, str], dict[str, object]] = {}

    def __call__(self, row: InventoryRow) -> dict[str, object]:
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
            "identifiers": [self.identifier(i, roles.get(i.id, "login"))
                            for i in row.identifiers],
            "notes": reg.notes,
        }

    def identifier(self, ident: Identifier, role: str) -> dict[str, object]:
        key = (ident.id, role)  # one read of the vault: an id has one value throughout
        out = self._worded.get(key)
        if out is None:
            out = self._worded[key] = _identifier(ident, role, self.reveal)
        return out


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


def write_json_rows(rows: Iterable[dict[str, object]], pretty: bool = False) -> None:
    """A JSON array on stdout (UTF-8). Compact: one element per line, each written as soon as it
    is made. Pretty: indented by two spaces, the whole array at once. Both parse to the same
    data. orjson: 10,000 registrations encode in ~0.05 s, against ~0.35 s with `json`'s indent."""
    write = _stdout_bytes()
    if pretty:
        write(orjson.dumps(list(rows), option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE))
        return
    chunk = [b"["]
    sep = b"\n"
    for row in rows:
        chunk += (sep, orjson.dumps(row))
        sep = b",\n"
        if len(chunk) > 512:
            write(b"".join(chunk))
            chunk = []
    chunk.append(b"\n]\n")
    write(b"".join(chunk))


def _stdout_bytes() -> Callable[[bytes], object]:
    out = sys.stdout
    buffer = getattr(out, "buffer", None)
    if buffer is None:  # a text-only stream (a test's StringIO)
        return lambda data: out.write(data.decode("utf-8"))
    out.flush()
    return buffer.write  # type: ignore[no-any-return]


def _service(r: dict[str, object]) -> str:
    """捷停车（智慧停车（通用））: the user's name, with the catalogue entry it is filed under."""
    own, svc = str(r["service_name"] or ""), str(r["service"])
    return f"{own}（{svc}）" if own and own != svc else svc


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    worded = RowDicts(args.reveal)
    with opened(args) as vault:
        rows = (worded(r) for r in vault.registrations.iter_rows())
        if args.json:
            write_json_rows(rows, pretty=args.pretty)
            return 0
        table = list(rows)
    print_table(
        ["id", "person", "service", "identifiers", "status", "since"],
        [[r["id"], r["person"], _service(r),
          ", ".join(str(i["value"]) for i in r["identifiers"]),  # type: ignore[attr-defined]
          r["status"], r["since"] or ""] for r in table],
    )
    return 0
