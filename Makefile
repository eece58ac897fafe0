# Two commands: `make run` starts the app, `make test` runs every check. Both build .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

COMPILED := $(VENV)/exposure-compiled/manifest.json
CORE := $(shell find exposure -name '*.py')

.PHONY: run test lint bench package translations update-translations compiled clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# The take-over's hot modules compiled with mypyc (exposure/compiled.py), rebuilt when any source
# changes; without a C compiler the build says why and the sources run.
$(COMPILED): $(STAMP) tools/build_compiled.py $(CORE)
	$(PY) tools/build_compiled.py

compiled: $(COMPILED)

run: $(STAMP) translations $(COMPILED)
	$(PY) main.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy

test: $(STAMP) translations lint $(COMPILED)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP) translations $(COMPILED)
	QT_QPA_PLATFORM=offscreen $(PY) tests/perf/benchmark.py

# A folder bundle, dist/exposure/ (start dist/exposure/exposure-gui), for this OS.
package: $(STAMP) translations
	$(PY) -m pip install --quiet -e '.[test,package]'
	$(VENV)/bin/pyinstaller --noconfirm packaging/exposure.spec

# Re-extract UI strings into the .ts files after changing ui/ (then translate the new entries).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find ui -name '*.py' | sort) -ts $(TS)

clean:
	rm -rf $(VENV) $(QM)
