"""Headless subcommands on the same core as the GUI.

Exit codes: 0 done, 1 the operation failed (one line on stderr says why), 2 bad usage,
3 the vault cannot be unlocked. Each command group is a module with `register(subparsers)`;
add its commands to COMMANDS (tests/core/test_cli_lazy.py checks the table against the modules).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn, cast

from exposure import __version__
from exposure.cli.common import (
    EXIT_FAILED,
    EXIT_USAGE,
    CliError,
    Hooks,
    InstalledHooks,
    describe_error,
)
from exposure.errors import ExposureError
from exposure.store.connection import DatabaseError, storage_error

# command → the module that registers it. `exposure inventory …` imports only its own module: all
# of them together cost about 0.3 s (keyring, letters, the take-over analysis) before the vault
# is touched. `--help`, or a command missing here, imports every module.
COMMANDS: dict[str, str] = {
    "inventory": "exposure.cli.inventory",
    "people": "exposure.cli.people",
    "init": "exposure.cli.demo",
    "demo": "exposure.cli.demo",
    "letter": "exposure.cli.letters",
    "requests": "exposure.cli.letters",
    "checklist": "exposure.cli.letters",
    "feeds": "exposure.cli.feeds",
    "crosscheck": "exposure.cli.feeds",
    "catalog": "exposure.cli.catalog",
    "import": "exposure.cli.importing",
    "takeover": "exposure.cli.takeover",
    "playbook": "exposure.cli.takeover",
    "audit": "exposure.cli.audit",
    "overview": "exposure.cli.overview",
    "vault": "exposure.cli.vault",
    "worksheet": "exposure.cli.worksheet",
    "merge": "exposure.cli.merge",
}
COMMAND_MODULES = list(dict.fromkeys(COMMANDS.values()))  # in the order --help lists them


class _Parser(argparse.ArgumentParser):
    # argparse's default exits with 2 too, but prints usage
    def error(self, message: str) -> NoReturn:
        raise CliError(EXIT_USAGE, f"usage error: {message} (see --help)")


def build_parser(prog: str = "exposure", command: str | None = None) -> argparse.ArgumentParser:
    """The parser; given the `command` about to run, only that command's module is imported
    (deliberately lazy: importlib at run time, each module on demand)."""
    parser = _Parser(prog=prog, description="Exposure: your family's registrations, leaks "
                     "and what to do about them. (main.py and exposure-gui without a "
                     "subcommand start the GUI.)")
    parser.add_argument("--version", action="version", version=f"Exposure {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules = [COMMANDS[command]] if command in COMMANDS else COMMAND_MODULES
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None, hooks: Hooks | None = None, *,
         prog: str = "exposure") -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        command = argv[0] if argv and not argv[0].startswith("-") else None
        args = build_parser(prog, command).parse_args(argv)
        if not getattr(args, "func", None):
            raise CliError(EXIT_USAGE, "usage error: name a command (see --help)")
        return int(args.func(args, hooks or cast(Hooks, InstalledHooks())) or 0)
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
