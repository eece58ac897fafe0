"""Exposure. `python main.py` starts the GUI; `python main.py COMMAND …` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if (argv and not argv[0].startswith("-")) or argv[:1] in (["-h"], ["--help"], ["--version"]):
        from exposure.cli import main as cli_main
        from exposure.cli.common import Hooks

        return cli_main(argv, Hooks(html_to_pdf=_html_to_pdf), prog="main.py")
    from ui.app import run

    return run(argv)


def _html_to_pdf(pages, out):  # type: ignore[no-untyped-def]
    from ui.pdf import html_to_pdf

    html_to_pdf(pages, out)


if __name__ == "__main__":
    sys.exit(main())
