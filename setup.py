"""What pyproject.toml cannot say: `resources/` stays at the top of the repository (its editors
work there) and ships inside the wheel as the package data `exposure/resources/`, which
`exposure.paths` finds through importlib.resources. Each folder under it is a data package."""

from pathlib import Path

from setuptools import find_packages, setup

FOLDERS = {Path("resources"), *(p.parent for p in Path("resources").rglob("*") if p.is_file())}
DATA = [".".join(("exposure", *folder.parts)) for folder in sorted(FOLDERS)]

setup(
    packages=[*find_packages(include=["exposure", "exposure.*", "ui", "ui.*"]), *DATA],
    package_dir={"exposure.resources": "resources"},
    package_data={name: ["*"] for name in DATA},
)
