"""`main.py worksheet --lang zh|en --out F.pdf`: the workshop's blank worksheet and handout.

    main.py worksheet --lang zh --out worksheet.pdf     # or .html
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exposure.cli.args import LANG, arg, command
from exposure.cli.common import Hooks, page_output, write_pages
from exposure.worksheet import workshop_pages


def register(sub: argparse._SubParsersAction) -> None:
    command(sub, "worksheet", "print the workshop worksheet and services handout",
            LANG, arg("--out", type=Path, required=True, metavar="FILE",
                      help="FILE.pdf (or FILE.html)"),
            run=run)


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    page_output(args.out, hooks)
    pages = workshop_pages(args.lang)
    write_pages(args.out, pages, hooks)
    print(f"wrote {args.out} ({len(pages)} pages)")
    return 0
