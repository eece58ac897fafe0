"""`main.py people --vault PATH [--json]`: the people of the vault and what the app knows about
them; `--person NAME --no-smartphone yes|no` records whether someone has no smartphone (their
playbooks and checklists then send them to counters and hotlines instead of apps)."""

from __future__ import annotations

import argparse

from exposure.cli.args import JSON_TABLE, VAULT, arg, command
from exposure.cli.common import EXIT_FAILED, CliError, Hooks, opened, print_json, print_table


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "people", "list the people; record that someone has no smartphone",
            VAULT, JSON_TABLE,
            arg("--person", default="", help="the person to change"),
            arg("--no-smartphone", choices=["yes", "no"],
                help="yes: app steps become counter and hotline steps for this person"),
            run=run)


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    with opened(args) as vault:
        if args.no_smartphone:
            person = vault.people.find(args.person) if args.person else None
            if person is None:
                raise CliError(EXIT_FAILED, "no such person (give --person NAME)")
            vault.people.set_no_smartphone(person.id, args.no_smartphone == "yes")
            print(f"{person.name}: " + ("no smartphone" if args.no_smartphone == "yes"
                                        else "has a smartphone"))
            return 0
        people = vault.people.all_people()
    rows = [{"name": p.name, "relation": p.relation, "no_smartphone": p.no_smartphone,
             "deceased": p.deceased} for p in people]
    if args.json:
        print_json(rows)
    else:
        print_table(["person", "relation", "smartphone"],
                    [[r["name"], r["relation"], "no" if r["no_smartphone"] else "yes"]
                     for r in rows])
    return 0
