"""Many letters at once: one PDF per service or one combined file, with progress and cancel.

The PDF maker is passed in (ui.pdf.html_to_pdf from the Qt side): the core never imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from exposure.letters.compose import Letter

HtmlToPdf = Callable[[Sequence[str], Path], None]
Progress = Callable[[int, int], None]  # (done, total)
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class BatchResult:
    files: tuple[Path, ...]
    letters: int
    cancelled: bool = False


def safe_filename(name: str, fallback: str = "letter") -> str:
    """A file name from a service name: keeps CJK and letters, drops path characters."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name).strip(" ._")
    return cleaned[:80] or fallback


def write_batch(letters: Sequence[tuple[str, Letter]], out: Path, to_pdf: HtmlToPdf, *,
                combined: bool = False, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> BatchResult:
    """`letters` as (group name, letter) pairs, e.g. the service name.

    combined: one PDF at `out` (a file path); else one PDF per group in the folder `out`.
    Cancelling stops before the next file; the files already written stay.
    """
    total = len(letters)
    done = 0
    if progress:
        progress(0, total)
    if combined:
        if cancelled and cancelled():
            return BatchResult((), 0, True)
        to_pdf([page for _, letter in letters for page in letter.pages], out)
        if progress:
            progress(total, total)
        return BatchResult((out,), total)
    groups: dict[str, list[Letter]] = {}
    for name, letter in letters:
        groups.setdefault(name, []).append(letter)
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    used: set[str] = set()
    for name, group in groups.items():
        if cancelled and cancelled():
            return BatchResult(tuple(files), done, True)
        stem = safe_filename(name)
        candidate, n = stem, 2
        while candidate.lower() in used:
            candidate, n = f"{stem}-{n}", n + 1
        used.add(candidate.lower())
        path = out / f"{candidate}.pdf"
        to_pdf([page for letter in group for page in letter.pages], path)
        files.append(path)
        done += len(group)
        if progress:
            progress(done, total)
    return BatchResult(tuple(files), done)
