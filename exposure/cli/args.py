"""How a command declares its arguments: `command(sub, name, help, *args, run=…)` with the
arguments as a list (`arg(...)` as `add_argument` takes it, `one_of(...)` for arguments that
exclude each other) and the ones many commands share: VAULT, LANG, JSON, PERSON."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from exposure.cli.common import RECOVERY_ENV, Hooks

Runner: TypeAlias = Callable[[argparse.Namespace, Hooks], int]


@dataclass(frozen=True)
class Arg:
    """One argument as `add_argument` takes it: its flags (or its name) and its options."""

    flags: tuple[str, ...]
    options: dict[str, Any]


def arg(*flags: str, **options: Any) -> Arg:
    return Arg(flags, options)


@dataclass(frozen=True)
class OneOf:
    """Arguments of which at most one may be given (exactly one when `required`)."""

    args: tuple[Arg, ...]
    required: bool = False


def one_of(*args: Arg, required: bool = False) -> OneOf:
    return OneOf(args, required)


ArgSpec: TypeAlias = Arg | OneOf | tuple[Arg, ...]

VAULT = (arg("--vault", type=Path, default=None, metavar="PATH",
             help="the vault file (default: the one in the platform data folder)"),
         arg("--recovery-key", action="store_true",
             help=f"open a keyring vault with its recovery key: from {RECOVERY_ENV}, "
             "else asked on the terminal"))
LANG = arg("--lang", default="zh", choices=["zh", "en"])
JSON = arg("--json", action="store_true")
JSON_OUTPUT = arg("--json", action="store_true", help="machine-readable output")
JSON_TABLE = arg("--json", action="store_true", help="print JSON instead of a table")
PERSON = arg("--person", required=True, metavar="NAME")


def command(sub: argparse._SubParsersAction, name: str, help: str, *args: ArgSpec,
            run: Runner | None = None) -> argparse.ArgumentParser:
    """The subcommand `name` with `args` in the order given (`--help` lists them so); `run`
    is what it runs (a command with actions of its own may leave that to them)."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help)
    for spec in args:
        if isinstance(spec, OneOf):
            group = parser.add_mutually_exclusive_group(required=spec.required)
            for one in spec.args:
                group.add_argument(*one.flags, **one.options)
            continue
        for one in (spec,) if isinstance(spec, Arg) else spec:
            parser.add_argument(*one.flags, **one.options)
    if run is not None:
        parser.set_defaults(func=run)
    return parser
