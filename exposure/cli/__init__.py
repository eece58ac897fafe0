"""Headless subcommands on the same core as the GUI.

Exit codes: 0 done, 1 the operation failed (one line on stderr says why), 2 bad usage,
3 the vault cannot be unlocked. Each command group is a module with `register(subparsers)`;
add yours to COMMAND_MODULES.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from exposure import __version__
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    describe_error,
    installed_hooks,
)
from exposure.errors import ExposureError
from exposure.store.connection import DatabaseError, storage_error

COMMAND_MODULES = [
    "exposure.cli.inventory",
    "exposure.cli.people",
    "exposure.cli.demo",
    "exposure.cli.letters",
    "exposure.cli.feeds",
    "exposure.cli.catalog",
    "exposure.cli.importing",
    "exposure.cli.takeover",
    "exposure.cli.audit",
    "exposure.cli.overview",
    "exposure.cli.vault",
    "exposure.cli.worksheet",
    "exposure.cli.merge",
]


class _Parser(argparse.ArgumentParser):
    # argparse's default exits with 2 too, but prints usage
    def error(self, message: str) -> NoReturn:
        raise CliError(EXIT_USAGE, f"usage error: {message} (see --help)")


def build_parser(prog: str = "exposure") -> argparse.ArgumentParser:
    parser = _Parser(prog=prog, description="Exposure: your family's registrations, leaks "
                     "and what to do about them. (main.py and exposure-gui without a "
                     "subcommand start the GUI.)")
    parser.add_argument("--version", action="version", version=f"Exposure {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None, hooks: Hooks | None = None, *,
         prog: str = "exposure") -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(prog).parse_args(argv)
        if not getattr(args, "func", None):
            raise CliError(EXIT_USAGE, "usage error: name a command (see --help)")
        return int(args.func(args, hooks or installed_hooks()) or 0)
    except CliError as exc:
        print(exc.message, file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:  # `… | head` closed the pipe: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_FAILED
    except ExposureError as exc:  # raised outside a command's own handling (creating a vault …)
        print(describe_error(exc), file=sys.stderr)
        return EXIT_FAILED
    except DatabaseError as exc:  # the disk, not the data: full, read-only, failing
        print(describe_error(storage_error(exc)), file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # writing an output file: no path or content in the message
        print(f"failed: {exc.strerror or type(exc).__name__}", file=sys.stderr)
        return EXIT_FAILED
