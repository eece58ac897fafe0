"""The take-over's hot modules compiled to C (mypyc), used only when built from this very source.

Working out a whole vault's chains is pure-Python work on lists of integers (issue 16); mypyc
compiles the same typed modules to C and makes it about a third faster. `make` builds them
(tools/build_compiled.py) into the Python environment, `sys.prefix/exposure-compiled/`, with a
manifest of the digest of `exposure/`'s sources they were built from. `exposure.takeover`
calls `use` before it imports its modules: when the manifest's digest is the digest of the
sources here, for this interpreter, the compiled folder goes ahead of the sources in the
package's search path; otherwise (a source edited since, another checkout, a bundle, no
compiler) the sources run, unchanged. A compiled module can never stand for a changed source.

`EXPOSURE_PURE_PYTHON=1` runs the sources (the tests that patch a module's internals do).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

PACKAGE = "exposure.takeover"
MODULES = ("net", "plans", "uses", "graph", "analysis", "cut", "rerun")
FOLDER = "exposure-compiled"
MANIFEST = "manifest.json"
PURE_ENV = "EXPOSURE_PURE_PYTHON"
_CORE = Path(__file__).resolve().parent  # the exposure package


def folder() -> Path:
    """Where the build goes: inside the Python environment, which its binaries belong to."""
    return Path(sys.prefix) / FOLDER


def source_digest(core: Path = _CORE) -> str:
    """sha256 of every source file of the package (path and content), in a fixed order: the
    compiled modules were type-checked and compiled against all of them."""
    digest = hashlib.sha256()
    for path in sorted(core.rglob("*.py")):
        digest.update(path.relative_to(core).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def read_manifest(base: Path) -> dict[str, object]:
    try:
        found = json.loads((base / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def usable(manifest: dict[str, object], digest: str) -> bool:
    """The build is of these sources, for this interpreter, and it succeeded."""
    return (manifest.get("built") is True and manifest.get("source") == digest
            and manifest.get("cache_tag") == sys.implementation.cache_tag
            and isinstance(manifest.get("runtime"), str))


def use(package_path: list[str], base: Path | None = None) -> bool:
    """Puts the compiled modules ahead of the sources in `package_path` (exposure.takeover's
    `__path__`) when they were built from these sources; True if it did. Called once, before
    the package imports its modules."""
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return False
    base = folder() if base is None else base
    manifest = read_manifest(base)
    if not manifest or not usable(manifest, source_digest()):
        return False
    runtime = str(manifest["runtime"])  # mypyc's shared library, imported by name by the modules
    found = [p for p in base.glob(f"{runtime}.*") if p.suffix in (".so", ".pyd")]
    if not found:
        return False
    loaded = sys.modules.get(runtime)
    if loaded is not None and Path(str(getattr(loaded, "__file__", ""))) != found[0]:
        return False  # another build's runtime is loaded already
    if loaded is None:
        spec = importlib.util.spec_from_file_location(runtime, found[0])
        if spec is None or spec.loader is None:
            return False
        try:
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
        except ImportError:  # a broken or foreign build: the sources run
            return False
        sys.modules[runtime] = module
    package_path.insert(0, str(base.joinpath(*PACKAGE.split("."))))
    return True


def active() -> bool:
    """The take-over runs on the compiled modules in this process (once it is imported)."""
    module = sys.modules.get(f"{PACKAGE}.{MODULES[0]}")
    return module is not None and not str(getattr(module, "__file__", "")).endswith(".py")
