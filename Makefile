# KAMDesk: `make run` starts the app, `make test` checks everything. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The installer is built in a venv of its own, whose numpy is compiled without OpenBLAS and without
# CPU-specific variants (-32 MB in the bundle; matplotlib's small arrays need neither). The wheel is
# built once per machine and kept in a folder named after those options.
DIST_VENV := .venv-dist
DIST_STAMP := $(DIST_VENV)/.installed
NUMPY := $(shell sed -n 's/.*"numpy==\([^"]*\)".*/\1/p' pyproject.toml)
NUMPY_OPTIONS := blas=none lapack=none allow-noblas=true cpu-dispatch=none
WHEELS := $(HOME)/.cache/kamdesk-build/numpy-$(subst $(eval) ,_,$(NUMPY_OPTIONS))
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' kamdesk/__init__.py)
PACKAGE := dist/KAMDesk-$(VERSION)-linux-$(shell uname -m).tar.xz
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint archcheck typecheck pytest pytest-any-day translations update-translations dist install uninstall package smoke bench clean

$(STAMP): pyproject.toml
	@echo "Setting up $(VENV) with KAMDesk's pinned libraries (the first time only: about a minute)..."
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) scripts/requirements.py dev > $(VENV)/requirements.txt
	$(PY) -m pip install --quiet -r $(VENV)/requirements.txt
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Re-read every tr() in ui/ into the .ts files (then translate them in Qt Linguist).
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete ui/*.py ui/*/*.py -ts $(TS)

run: $(STAMP) translations
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

archcheck: $(STAMP)
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(PY) -m mypy

pytest: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test: lint archcheck typecheck pytest

# The SQLite half of the suite under a faked system clock (libfaketime, Debian's faketime): starting
# 40 s before a new year, so the run crosses midnight, and on a 29th of February. A test that reads
# the real clock instead of setting its own fails here.
FAKED_MOMENTS := "2027-12-31 23:59:20" "2028-02-29 08:00:00"
pytest-any-day: $(STAMP) translations
	for moment in $(FAKED_MOMENTS); do \
		echo "== the suite at $$moment"; \
		env -u KAMDESK_TEST_PG -u CI QT_QPA_PLATFORM=offscreen faketime -f "@$$moment" \
			$(PY) -m pytest -q -p no:cacheprovider $(PYTEST_ARGS) || exit 1; \
	done

$(DIST_STAMP): pyproject.toml Makefile
	test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --upgrade pip
	ls $(WHEELS)/numpy-$(NUMPY)-*.whl >/dev/null 2>&1 || $(DIST_VENV)/bin/python -m pip wheel --quiet --no-cache-dir \
		--no-deps --no-binary numpy numpy==$(NUMPY) -w $(WHEELS) $(NUMPY_OPTIONS:%=-Csetup-args=-D%)
	$(DIST_VENV)/bin/python -m pip install --quiet --force-reinstall --no-index --find-links $(WHEELS) numpy==$(NUMPY)
	$(DIST_VENV)/bin/python scripts/requirements.py dist > $(DIST_VENV)/requirements.txt
	$(DIST_VENV)/bin/python -m pip install --quiet -r $(DIST_VENV)/requirements.txt
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean pyinstaller.spec
	install -m 755 scripts/install.sh dist/install.sh
	dist/KAMDesk/KAMDesk --version

# For this user, no root: the app under ~/.local/share/kamdesk-app, a menu entry, icons. Uninstalling
# removes exactly those and never the office's data (~/.local/share/KAMDesk). Build first: make dist.
install:
	test -x dist/KAMDesk/KAMDesk || { echo "build it first: make dist"; exit 1; }
	install -m 755 scripts/install.sh dist/install.sh
	sh dist/install.sh

uninstall:
	sh scripts/install.sh --uninstall

# One archive to hand out: it unpacks to KAMDesk-<version>/ holding the app and install.sh.
package: dist
	rm -f $(PACKAGE)
	# the S flag: names get the folder, symbolic links' targets (relative, inside the app) do not
	tar -C dist --transform 's,^,KAMDesk-$(VERSION)/,S' --owner=0 --group=0 -cf - KAMDesk install.sh \
		| xz -9e -T0 > $(PACKAGE)
	! tar -tvJf $(PACKAGE) | grep -- '-> KAMDesk-$(VERSION)/'
	@echo "$(PACKAGE): $$(du -m $(PACKAGE) | cut -f1) MB (the app unpacked: $$(du -sm dist/KAMDesk | cut -f1) MB)"

# The frozen app as a rep gets it: size, --version, demo, a review PDF, the window (see the script).
smoke: dist
	scripts/smoke_test_bundle.sh

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache $(DIST_VENV)
