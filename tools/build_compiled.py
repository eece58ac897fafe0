"""Compiles the take-over's hot modules with mypyc into the Python environment
(exposure/compiled.py).

    .venv/bin/python tools/build_compiled.py      # `make` runs it when a source changed

Writes `sys.prefix/exposure-compiled/`: the extension modules, mypyc's shared runtime and a
manifest with the digest of the sources they were built from. Without a C compiler or Python's
headers it records why and stops (exit 0): the sources run as they are, only slower. A failed
compile of the sources is an error (exit 1): mypyc refused something the take-over now does.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exposure import compiled  # noqa: E402


def _missing_toolchain() -> str:
    """Why nothing can be compiled here, or ''."""
    headers = Path(sysconfig.get_paths()["include"]) / "Python.h"
    if not headers.is_file():
        return f"no Python headers ({headers}): install python3-dev"
    cc = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(os.environ.get("CC", cc)) is None:
        return f"no C compiler ({cc})"
    try:
        import mypyc.build  # noqa: F401
        import setuptools  # noqa: F401
    except ImportError as exc:
        return f"mypyc or setuptools missing ({exc.name})"
    return ""


def _say(text: str) -> None:
    sys.stdout.write(f"build_compiled: {text}\n")


def _write(base: Path, manifest: dict[str, object]) -> None:
    base.mkdir(parents=True, exist_ok=True)
    (base / compiled.MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")


def _compile(work: Path, out: Path) -> None:
    from mypyc.build import mypycify
    from setuptools import setup

    package = ROOT.joinpath(*compiled.PACKAGE.split("."))
    sources = [str(package / f"{name}.py") for name in compiled.MODULES]
    here = Path.cwd()
    os.chdir(work)  # setuptools reads the folder's configuration: none here
    try:
        modules = mypycify(["--config-file", str(ROOT / "pyproject.toml"), *sources],
                           opt_level="3", target_dir=str(work / "c"), group_name="exposure_fast")
        setup(name="exposure-compiled", ext_modules=modules, script_args=[
            "--quiet", "build_ext", "--build-lib", str(out), "--build-temp", str(work / "o"),
            "--parallel", str(os.cpu_count() or 1)])
    finally:
        os.chdir(here)


def main() -> int:
    base = compiled.folder()
    digest = compiled.source_digest()
    common = {"source": digest, "cache_tag": sys.implementation.cache_tag,
              "modules": [f"{compiled.PACKAGE}.{m}" for m in compiled.MODULES]}
    why = _missing_toolchain()
    if why:
        shutil.rmtree(base, ignore_errors=True)
        _write(base, {**common, "built": False, "reason": why})
        _say(f"not compiled, the take-over runs as Python: {why}")
        return 0
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="exposure-compile-") as tmp:
        work, out = Path(tmp), Path(tmp) / "out"
        _compile(work, out)
        if compiled.source_digest() != digest:
            _say("the sources changed during the build; run it again")
            return 1
        runtime = [p.name.split(".")[0] for p in out.glob("*__mypyc.*")]
        if len(runtime) != 1:
            _say(f"expected one mypyc runtime library, found {runtime}")
            return 1
        _write(out, {**common, "built": True, "runtime": runtime[0]})
        new = base.with_name(base.name + ".new")
        shutil.rmtree(new, ignore_errors=True)
        shutil.copytree(out, new)
        shutil.rmtree(base, ignore_errors=True)
        new.rename(base)
    _say(f"{len(compiled.MODULES)} modules compiled in {time.monotonic() - start:.0f} s "
         f"into {base}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
