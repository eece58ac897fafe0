"""Files for the user are written whole or not at all, owner-only, and a cut-off PDF is caught."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from exposure.errors import OutputFailed
from exposure.outfile import check_pdf, replacing, write_private
from tests.paths import ROOT

# A minimal whole PDF as a PDF writer lays it out: objects, a cross-reference table, a trailer.
_OBJECTS = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]


def small_pdf() -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(_OBJECTS, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(_OBJECTS) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_a_whole_pdf_passes_and_every_cut_is_caught(tmp_path: Path) -> None:
    data = small_pdf()
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    check_pdf(path)
    for cut in range(0, len(data) - 1, 7):
        path.write_bytes(data[:cut])
        with pytest.raises(OutputFailed):
            check_pdf(path)


def test_a_pdf_whose_table_points_nowhere_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(small_pdf().replace(b"2 0 obj", b"9 0 obj"))
    with pytest.raises(OutputFailed):
        check_pdf(path)


def test_write_private_replaces_atomically_and_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "letter.txt"
    target.write_text("earlier", encoding="utf-8")
    write_private(target, "致支付宝：13900000001".encode())
    assert target.read_text(encoding="utf-8") == "致支付宝：13900000001"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.txt"]


def test_a_failed_check_leaves_the_earlier_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(OutputFailed) as info, replacing(target, check=check_pdf) as tmp:
        tmp.write_bytes(small_pdf()[:100])
    assert info.value.params["reason"] == "incomplete"
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.pdf"]


def test_missing_folder_is_a_path_error(tmp_path: Path) -> None:
    with pytest.raises(OutputFailed) as info:
        write_private(tmp_path / "nope" / "x.txt", b"x")
    assert info.value.params["reason"] == "path"


def _write_limited(target: str, size: int, limit: int) -> subprocess.CompletedProcess[str]:
    """write_private in a process that may not write files past `limit` bytes (what a full disk
    does to a writer: the write stops short with an error)."""
    code = ("import sys; from pathlib import Path; from exposure.outfile import write_private\n"
            "from exposure.errors import OutputFailed\n"
            "try:\n"
            f"    write_private(Path({target!r}), b'x' * {size})\n"
            "except OutputFailed as exc:\n"
            "    sys.exit(exc.params['reason'])\n")

    def limit_file_size() -> None:
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False, preexec_fn=limit_file_size,
                          cwd=ROOT, env=dict(os.environ))


def test_a_disk_that_fills_mid_write_keeps_the_earlier_file(tmp_path: Path) -> None:
    target = tmp_path / "playbook.html"
    target.write_bytes(b"earlier")
    done = _write_limited(str(target), size=100_000, limit=10_000)
    assert done.returncode == 1 and done.stderr.strip() == "write", done.stderr
    assert target.read_bytes() == b"earlier"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["playbook.html"]
    assert _write_limited(str(target), size=5_000, limit=10_000).returncode == 0
    assert target.read_bytes() == b"x" * 5_000
