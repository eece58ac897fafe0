"""The compiled take-over modules (exposure/compiled.py) run only when built from the very
sources beside them, by this interpreter; anything else runs the sources."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from exposure import compiled
from tests.paths import ROOT

_PROBE = ("import exposure.takeover as t, exposure.compiled as c; "
          "print(c.active(), t.graph.__file__, t.cut.__file__)")


def _manifest(base: Path, **fields: object) -> None:
    base.mkdir(parents=True, exist_ok=True)
    good = {"built": True, "source": compiled.source_digest(),
            "cache_tag": sys.implementation.cache_tag, "runtime": "exposure_fast__mypyc"}
    (base / compiled.MANIFEST).write_text(json.dumps({**good, **fields}), encoding="utf-8")


@pytest.mark.parametrize("fields", [
    {"source": "0" * 64},  # built from other sources
    {"cache_tag": "cpython-399"},  # by another Python
    {"built": False, "reason": "no Python headers"},
    {"runtime": None},
    {},  # everything right, but the runtime library is not there
])
def test_a_build_of_other_sources_or_for_another_python_is_not_used(tmp_path, fields) -> None:
    _manifest(tmp_path, **fields)
    path = ["/src/exposure/takeover"]
    assert compiled.use(path, base=tmp_path) is False
    assert path == ["/src/exposure/takeover"]


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]"])
def test_a_missing_or_damaged_manifest_is_no_build(tmp_path, text) -> None:
    if text:
        (tmp_path / compiled.MANIFEST).write_text(text, encoding="utf-8")
    path: list[str] = []
    assert compiled.use(path, base=tmp_path) is False
    assert path == []


def test_pure_python_is_asked_for_by_the_environment(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv(compiled.PURE_ENV, "1")
    path: list[str] = []
    assert compiled.use(path, base=compiled.folder()) is False
    assert path == []


def test_the_digest_follows_every_source_file(tmp_path) -> None:
    def tree(root: Path, files: dict[str, str]) -> Path:
        for name, text in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        return root

    files = {"a.py": "x = 1\n", "sub/b.py": "y = 2\n", "notes.txt": "not a source"}
    first = compiled.source_digest(tree(tmp_path / "one", files))
    assert compiled.source_digest(tree(tmp_path / "two", files)) == first  # where: no matter
    assert compiled.source_digest(tree(tmp_path / "three", {**files, "notes.txt": "x"})) == first
    for changed in ({**files, "a.py": "x = 1  # edited\n"},
                    {**files, "c.py": ""},
                    {"a.py": "x = 1\n", "sub/c.py": "y = 2\n"}):  # a file renamed
        assert compiled.source_digest(tree(tmp_path / str(len(os.listdir(tmp_path))),
                                           changed)) != first


def _built() -> None:
    manifest = compiled.read_manifest(compiled.folder())
    if not manifest:
        pytest.skip("the compiled modules are not built (`make` builds them)")
    if manifest.get("built") is not True:
        pytest.skip(f"the compiled modules could not be built here: {manifest.get('reason')}")
    if not compiled.usable(manifest, compiled.source_digest()):
        pytest.skip("the compiled modules are of other sources (`make` rebuilds them)")


def _probe(root: Path, **env: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE], cwd=root, capture_output=True,
                         text=True, check=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(root), **env})
    return out.stdout.split()


def test_the_build_runs_only_with_the_sources_it_was_built_from(tmp_path) -> None:
    _built()
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "exposure", copy / "exposure",
                    ignore=shutil.ignore_patterns("__pycache__"))
    active, graph, cut = _probe(copy)
    assert active == "True" and graph.endswith(".so") and cut.endswith(".so")
    assert Path(graph).is_relative_to(compiled.folder())

    assert _probe(copy, **{compiled.PURE_ENV: "1"})[:2] == ["False", str(
        copy / "exposure" / "takeover" / "graph.py")]

    # any source edited since the build (here one the compiled modules only import): the
    # sources run, all of them
    model = copy / "exposure" / "takeover" / "model.py"
    model.write_text(model.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    active, graph, cut = _probe(copy)
    assert (active, graph, cut) == ("False", str(copy / "exposure" / "takeover" / "graph.py"),
                                    str(copy / "exposure" / "takeover" / "cut.py"))


def _build_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_compiled",
                                                  ROOT / "tools" / "build_compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_without_a_compiler_the_build_says_why_and_the_sources_run(tmp_path, monkeypatch,
                                                                   capsys) -> None:
    tool = _build_tool()
    monkeypatch.setattr(compiled, "folder", lambda: tmp_path / "compiled")
    monkeypatch.setattr(tool, "_missing_toolchain", lambda: "no C compiler (cc)")
    assert tool.main() == 0
    assert "no C compiler" in capsys.readouterr().out
    manifest = compiled.read_manifest(tmp_path / "compiled")
    assert manifest["built"] is False and manifest["reason"] == "no C compiler (cc)"
    assert manifest["source"] == compiled.source_digest()
    assert compiled.use([], base=tmp_path / "compiled") is False
