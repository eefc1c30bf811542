# KAMDesk: `make run` starts the app, `make test` checks everything. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint archcheck pytest translations update-translations dist bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Re-read every tr() in ui/ into the .ts files (then translate them in Qt Linguist).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete ui/*.py -ts $(TS)

run: $(STAMP) translations
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

archcheck: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test: lint archcheck pytest

dist: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean pyinstaller.spec
	# Python's own libraries carry debug symbols (-33 MB). Not PyInstaller's strip=True: it also
	# strips the wheels' auditwheel-repaired libraries (numpy's OpenBLAS), which then fail to load.
	-strip --strip-unneeded dist/KAMDesk/_internal/libpython3*.so* dist/KAMDesk/_internal/python3*/lib-dynload/*.so
	dist/KAMDesk/KAMDesk --version

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache
