"""Letters benchmark: 100 letters rendered and written to one PDF in a batch (target < 5 s).

Baseline: the same 100 letters rendered to HTML only (no PDF), so the ratio shows the Qt cost.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

Result = tuple[str, float, float | None]


def _letters(count: int) -> list[tuple[str, object]]:
    from exposure.letters.compose import (
        LetterIdentifier,
        LetterInput,
        Recipient,
        Requester,
        render_letter,
    )
    from exposure.letters.deadlines import due_for
    from exposure.letters.kinds import FIRST_KINDS
    from exposure.model import IdentifierKind

    today = dt.date(2026, 3, 2)
    due = due_for("pipl", today)
    out = []
    for n in range(count):
        kind = FIRST_KINDS[n % len(FIRST_KINDS)]
        letter = render_letter(LetterInput(
            kind, "zh" if n % 3 else "en", Requester(f"成员{n:03d}", "张演示", "子女"),
            Recipient(f"服务{n % 40:02d}", email="privacy@example.com"), today,
            account_ref=f"user{n}",
            identifiers=(LetterIdentifier(IdentifierKind.PHONE, "手机号", f"1390000{n:04d}"),),
            due=due))
        out.append((f"服务{n % 40:02d}", letter))
    return out


def run(scale: float = 1.0) -> list[Result]:
    from exposure.letters.batch import write_batch
    from ui.pdf import ensure_gui_app, html_to_pdf

    ensure_gui_app()
    count = max(int(100 * scale), 5)
    start = time.perf_counter()
    _letters(count)
    render_only = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        letters = _letters(count)
        write_batch(letters, Path(tmp) / "all.pdf", html_to_pdf, combined=True)
        combined = time.perf_counter() - start
        start = time.perf_counter()
        write_batch(_letters(count), Path(tmp) / "each", html_to_pdf)
        per_service = time.perf_counter() - start
    return [
        (f"{count} letters → one combined PDF (target < 5 s)", combined, render_only),
        (f"{count} letters → one PDF per service", per_service, render_only),
    ]
