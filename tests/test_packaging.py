"""Packaging: the desktop file, the AppStream metainfo, the icon and the PyInstaller spec pass the
freedesktop validators and agree with each other, with pyproject.toml and with the code.

The validators are Debian's `desktop-file-utils` and `appstream`; `.ci/run` installs them. A
missing validator fails these tests (it does not skip them), so CI can never pass unchecked.
"""

from __future__ import annotations

import ast
import configparser
import importlib
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from tests.paths import ROOT

PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
APP_ID = "io.github.exposure.Exposure"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
SPEC = PACKAGING / "exposure.spec"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"`{name}` is not installed, so the packaging files cannot be checked: "
                    f"`apt-get install {package}` (.ci/run does this on CI)")
    return path


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.RawConfigParser(delimiters=("=",), comment_prefixes=("#",),
                                          strict=True, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"))
    return dict(parser["Desktop Entry"])


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()  # noqa: S314 - the project's own file, not untrusted


def desktop_file_complaints(path: Path) -> str:
    """The validator's errors and warnings (hints are advice and allowed), or "" when clean."""
    result = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(path)],
                            capture_output=True, text=True, check=False)
    bad = [line for line in (result.stdout + result.stderr).splitlines()
           if ": error:" in line or ": warning:" in line]
    if result.returncode != 0 and not bad:
        bad = [f"exit status {result.returncode}", result.stdout, result.stderr]
    return "\n".join(bad)


def appstream(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool("appstreamcli", "appstream"), *args, "--no-net"],
                          capture_output=True, text=True, check=False)


def install_tree(root: Path, metainfo_text: str | None = None) -> Path:
    """The files laid out under /usr/share as a distribution package installs them."""
    share = root / "usr" / "share"
    for folder, source in (("applications", DESKTOP), ("metainfo", METAINFO),
                           ("icons/hicolor/scalable/apps", RESOURCES / "icons" / f"{APP_ID}.svg")):
        (share / folder).mkdir(parents=True)
        shutil.copy(source, share / folder / source.name)
    if metainfo_text is not None:
        (share / "metainfo" / METAINFO.name).write_text(metainfo_text, encoding="utf-8")
    return root


# --- the validators ---------------------------------------------------------------------------

def test_desktop_file_passes_desktop_file_validate():
    assert desktop_file_complaints(DESKTOP) == ""


def test_metainfo_passes_appstream_validation():
    result = appstream("validate", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_tree_passes_appstream_validation(tmp_path):
    """The metainfo's launchable finds the desktop file once both are installed side by side."""
    result = appstream("validate-tree", str(install_tree(tmp_path)))
    assert result.returncode == 0, result.stdout + result.stderr


def test_validators_reject_broken_files(tmp_path):
    """The checks above can fail: a desktop file without a name and a metainfo whose launchable
    names no installed desktop file are both refused."""
    broken = tmp_path / DESKTOP.name
    broken.write_text(re.sub(r"(?m)^Name=.*\n", "", DESKTOP.read_text(encoding="utf-8")),
                      encoding="utf-8")
    assert 'required key "Name"' in desktop_file_complaints(broken)

    text = METAINFO.read_text(encoding="utf-8").replace(f">{APP_ID}.desktop<", ">other.desktop<")
    result = appstream("validate-tree", str(install_tree(tmp_path / "tree", text)))
    assert result.returncode != 0
    assert "desktop-file-not-found" in result.stdout


# --- what a user would notice -----------------------------------------------------------------

def test_launcher_command_is_a_gui_script_that_starts_the_app(capsys):
    """`Exec=` runs a command pip installs from pyproject's gui-scripts, and that command is
    the GUI's entry point (its --help names --vault)."""
    command = desktop_entry()["Exec"].split()[0]
    gui_scripts = PYPROJECT["project"].get("gui-scripts", {})
    assert command in gui_scripts, f"{command} is not in [project.gui-scripts]"
    module_name, _, function_name = gui_scripts[command].partition(":")
    start = getattr(importlib.import_module(module_name), function_name)
    with pytest.raises(SystemExit) as exited:
        start(["--help"])
    assert exited.value.code == 0
    assert "--vault" in capsys.readouterr().out


def test_metainfo_binaries_are_installed_commands():
    declared = PYPROJECT["project"].get("gui-scripts", {}) | PYPROJECT["project"]["scripts"]
    binaries = [b.text for b in metainfo().iterfind("provides/binary")]
    assert binaries, "the metainfo names no <binary> in <provides>"
    assert set(binaries) <= set(declared)


def test_desktop_icon_exists_and_draws_at_small_sizes(qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    icon = RESOURCES / "icons" / f"{desktop_entry()['Icon']}.svg"
    assert icon.is_file(), f"the desktop file's Icon has no {icon.relative_to(ROOT)}"
    renderer = QSvgRenderer(str(icon))
    assert renderer.isValid()
    for size in (16, 32, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        opaque = sum(image.pixelColor(x, y).alpha() > 128
                     for x in range(size) for y in range(size))
        assert opaque > size * size // 3, f"the icon is almost empty at {size} px"


def test_app_windows_carry_the_icon_and_desktop_id(qapp):
    from ui.app import ICON, configure_application

    before = (qapp.applicationName(), qapp.organizationName(), qapp.desktopFileName(),
              qapp.windowIcon())
    try:
        configure_application(qapp)
        assert qapp.desktopFileName() == DESKTOP.name.removesuffix(".desktop")
        assert ICON.name == f"{desktop_entry()['Icon']}.svg"
        assert not qapp.windowIcon().isNull()
        assert qapp.windowIcon().pixmap(32, 32).width() == 32
    finally:
        qapp.setApplicationName(before[0])
        qapp.setOrganizationName(before[1])
        qapp.setDesktopFileName(before[2])
        qapp.setWindowIcon(before[3])


def test_metainfo_id_and_launchable_match_the_desktop_file():
    root = metainfo()
    assert root.findtext("id") == DESKTOP.name.removesuffix(".desktop")
    assert [el.text for el in root.iterfind("launchable[@type='desktop-id']")] == [DESKTOP.name]


def test_metainfo_names_match_the_desktop_file_in_both_languages():
    root, entry = metainfo(), desktop_entry()
    names = {el.get(XML_LANG): el.text for el in root.iterfind("name")}
    assert names == {None: entry["Name"], "zh_CN": entry["Name[zh_CN]"]}
    assert {el.get(XML_LANG) for el in root.iterfind("summary")} == {None, "zh_CN"}


def test_newest_release_is_the_version_in_pyproject():
    releases = metainfo().findall("releases/release")
    assert releases, "the metainfo lists no release"
    dates = [date.fromisoformat(r.get("date", "")) for r in releases]
    assert dates == sorted(dates, reverse=True), "releases must be listed newest first"
    from exposure import __version__

    assert PYPROJECT["project"]["dynamic"] == ["version"]  # written once, in exposure/__init__.py
    assert releases[0].get("version") == __version__


def test_pyinstaller_spec_ships_every_resources_folder_the_app_loads():
    """Read the spec as text (never run): its RESOURCE_DIRS must name each resources/ folder the
    code opens (`RESOURCES / "…"`) or that holds files, and the built .qm translations ship."""
    spec_text = SPEC.read_text(encoding="utf-8")
    listed: list[str] | None = None
    for node in ast.walk(ast.parse(spec_text)):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "RESOURCE_DIRS" for t in node.targets):
            listed = ast.literal_eval(node.value)
    assert listed is not None, "packaging/exposure.spec has no RESOURCE_DIRS list"

    loaded = set()
    for source in [*ROOT.glob("exposure/**/*.py"), *ROOT.glob("ui/**/*.py"), ROOT / "main.py"]:
        loaded |= set(re.findall(r"""RESOURCES\s*/\s*["']([^"'/]+)["']""",
                                 source.read_text(encoding="utf-8")))
    with_files = {d.name for d in RESOURCES.iterdir()
                  if d.is_dir() and any(f.is_file() for f in d.rglob("*"))}
    assert {"catalog", "icons", "translations"} <= loaded  # the scan itself works

    missing = sorted((loaded | with_files) - {"translations"} - set(listed))
    assert not missing, f"packaging/exposure.spec does not ship resources/{missing}: " \
                        "add them to RESOURCE_DIRS"
    assert all((RESOURCES / name).is_dir() for name in listed)
    # Translations: the compiled .qm files (built by `make translations`, not in git).
    assert 'glob("*.qm")' in spec_text
    assert '"resources/translations"' in spec_text
