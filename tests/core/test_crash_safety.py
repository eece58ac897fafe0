"""A process killed with SIGKILL in the middle of writes leaves a vault that opens, passes both
integrity checks, and holds every write that had been reported saved."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from exposure.keys import VaultKey
from exposure.vault import Vault
from tests.conftest import PASSPHRASE

WRITER = r"""
import sys
from pathlib import Path
from exposure.vault import Vault
vault = Vault.open(Path(sys.argv[1]), passphrase=sys.argv[2])
start = int(sys.argv[3])
pid = vault.people.all_people()[0].id
n = start
while True:
    with vault.operation("identifiers"):
        vault.identifiers.add(person_id=pid, kind="email", value=f"w{n}@example.com")
        vault.people.update(pid, name="writer", notes=str(n))
    print(n, flush=True)  # reported saved only after the commit returned
    n += 1
"""


@pytest.mark.slow
def test_sigkill_mid_write_twenty_times(app_paths) -> None:  # type: ignore[no-untyped-def]
    path: Path = app_paths.vault
    with Vault.create(path, VaultKey.from_passphrase(PASSPHRASE)) as vault:
        vault.people.add(name="writer")
    reported: set[int] = set()
    rng = random.Random(20)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    next_n = 0
    for _round in range(20):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path), PASSPHRASE,
                                 str(next_n)], stdout=subprocess.PIPE, text=True, env=env)
        assert proc.stdout is not None
        first = proc.stdout.readline()  # wait until it is writing
        assert first.strip().isdigit()
        reported.add(int(first))
        time.sleep(rng.uniform(0.0, 0.15))
        proc.send_signal(signal.SIGKILL)
        rest, _ = proc.communicate()
        for line in rest.splitlines():
            if line.strip().isdigit():
                reported.add(int(line))
        next_n = max(reported) + 1000  # values never collide across rounds
        with Vault.open(path, passphrase=PASSPHRASE) as vault:
            assert vault.integrity_problems() == []
            stored = {int(i.value[1:].split("@")[0]) for i in vault.identifiers.all_identifiers()}
            missing = reported - stored
            assert not missing, f"writes reported saved but lost: {sorted(missing)[:5]}"
    assert len(reported) >= 20
