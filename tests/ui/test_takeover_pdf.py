"""The lost-phone playbook printed through Qt: `main.py playbook --out FILE.pdf` writes a real
PDF whose text holds the carrier's and the banks' hotlines, the forgotten card and 110/96110."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf

from tests.conftest import PASSPHRASE


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return "".join(re.sub(r"\s+", "", page.extract_text()) for page in reader.pages)


def test_playbook_pdf_from_the_headless_command(qapp, demo_vault, tmp_path, monkeypatch,
                                                capsys) -> None:
    import main

    monkeypatch.setenv("EXPOSURE_PASSPHRASE", PASSPHRASE)
    path = str(demo_vault.path)
    demo_vault.close()
    out = tmp_path / "playbook.pdf"
    assert main.main(["playbook", "--vault", path, "--person", "张演示", "--out", str(out)]) == 0
    text = _text(out)
    assert "手机丢失应急清单" in text
    assert "10010" in text and "95588" in text and "95533" in text  # carrier and both banks
    assert "****0020" in text  # the dormant old card is on the list
    assert "110" in text and "96110" in text
    assert "6217000000000000020" not in text and "13900000001" not in text
