"""Headless dump benchmark (issue 16): `python -m exposure inventory --json` on a passphrase vault
of 10,000 registrations (PBKDF2-HMAC-SHA512, 256,000 iterations: SQLCipher's KDF, unchanged)
against its peer, `keepassxc-cli export -f csv` of a 10,000-entry database (KDBX 4, AES-KDF
1,000,000 rounds: what `keepassxc-cli import` makes), both as fresh processes, in pairs (the
order alternating), median of the pairs. Without keepassxc-cli the peer is skipped, and says so.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

Result = tuple[str, float, float | None]
ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "bench passphrase ok"
PAIRS = 5


def _kdbx(folder: Path, entries: int) -> Path:
    """A KeePassXC database of `entries` logins, made by `keepassxc-cli import` (which writes
    KDBX 4 with AES-KDF, 1,000,000 rounds)."""
    xml = folder / "entries.xml"
    rows = "".join(
        "<Entry>"
        f"<String><Key>Title</Key><Value>{escape(f'服务 {n % 400:04d}')}</Value></String>"
        f"<String><Key>UserName</Key><Value>139{n % 50:04d}{n % 50:04d}</Value></String>"
        f"<String><Key>Password</Key><Value>pw-{n:06d}-x</Value></String>"
        f"<String><Key>URL</Key><Value>https://site{n % 400}.example.com/</Value></String>"
        "<String><Key>Notes</Key><Value></Value></String></Entry>\n"
        for n in range(entries))
    xml.write_text('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<KeePassFile>'
                   "<Meta><DatabaseName>bench</DatabaseName></Meta><Root><Group><Name>Root"
                   f"</Name>\n{rows}</Group></Root></KeePassFile>\n", encoding="utf-8")
    db = folder / "peer.kdbx"
    subprocess.run(["keepassxc-cli", "import", "-q", "-p", str(xml), str(db)],
                   input=f"{PASSPHRASE}\n{PASSPHRASE}\n", text=True, check=True,
                   capture_output=True, timeout=300)
    return db


def _run(cmd: list[str], **kw: object) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True,
                   timeout=300, **kw)  # type: ignore[call-overload]
    return time.perf_counter() - start


def run(scale: float = 1.0) -> list[Result]:
    from exposure.keys import VaultKey
    from tests.perf.benchmark import build_vault

    n = max(int(10_000 * scale), 50)
    out: list[Result] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault = folder / "vault.exposure"
        build_vault(vault, 50, n, VaultKey.from_passphrase(PASSPHRASE))
        env = {**os.environ, "EXPOSURE_PASSPHRASE": PASSPHRASE,
               "PYTHONPATH": str(ROOT)}
        dump = [sys.executable, "-m", "exposure", "inventory", "--vault", str(vault), "--json"]
        peer = shutil.which("keepassxc-cli")
        db = _kdbx(folder, n) if peer else None
        ours: list[float] = []
        theirs: list[float] = []
        for k in range(PAIRS):
            first_ours = k % 2 == 0
            if not first_ours and db:
                theirs.append(_run([peer, "export", "-q", "-f", "csv", str(db)],  # type: ignore[list-item]
                                   input=f"{PASSPHRASE}\n".encode()))
            ours.append(_run(dump, env=env, cwd=ROOT))
            if first_ours and db:
                theirs.append(_run([peer, "export", "-q", "-f", "csv", str(db)],  # type: ignore[list-item]
                                   input=f"{PASSPHRASE}\n".encode()))
        pretty = statistics.median(_run([*dump, "--pretty"], env=env, cwd=ROOT)
                                   for _ in range(3))
        mine = statistics.median(ours)
        if theirs:
            ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
            out += [
                (f"inventory --json, {n} regs (floor: keepassxc-cli export -f csv, {n} "
                 "entries, AES-KDF 1M rounds; medians of 5 pairs)", mine,
                 statistics.median(theirs)),
                ("  the same, median of the 5 pair ratios (floor 1 = as fast as KeePassXC)",
                 statistics.median(ratios), 1.0),
            ]
        else:
            out += [(f"inventory --json, {n} regs (median of 5)", mine, None),
                    ("skipped: keepassxc-cli not installed (apt-get install keepassxc)", 0.0,
                     None)]
        out.append((f"inventory --json --pretty, {n} regs (floor: the compact dump)", pretty,
                    mine))
    return out


if __name__ == "__main__":
    for name, value, base in run():
        print(f"{name:<58} {value:8.3f}s  baseline {base or 0:8.3f}s")
