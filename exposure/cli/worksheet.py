"""`main.py worksheet --lang zh|en --out F.pdf`: the workshop's blank worksheet and handout.

    main.py worksheet --lang zh --out worksheet.pdf     # or .html
"""

from __future__ import annotations

import argparse
from pathlib import Path

from exposure.cli.common import EXIT_FAILED, EXIT_USAGE, CliError, Hooks, write_failed
from exposure.errors import ExposureError
from exposure.outfile import write_private
from exposure.worksheet import workshop_pages


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("worksheet", help="print the workshop worksheet and services handout")
    p.add_argument("--lang", default="zh", choices=["zh", "en"])
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="FILE.pdf (or FILE.html)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, hooks: Hooks) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):
        raise CliError(EXIT_USAGE, "usage error: --out must end in .pdf or .html")
    if suffix == ".pdf" and hooks.html_to_pdf is None:
        raise CliError(EXIT_FAILED, "PDF output needs Exposure's Qt side (PySide6), which is "
                       "not installed here; write .html instead")
    pages = workshop_pages(args.lang)
    try:
        if suffix == ".pdf" and hooks.html_to_pdf is not None:
            hooks.html_to_pdf(pages, args.out)
        else:
            write_private(args.out, "\n".join(pages).encode("utf-8"))
    except ExposureError as exc:
        raise write_failed(args.out, exc) from None
    print(f"wrote {args.out} ({len(pages)} pages)")
    return 0
