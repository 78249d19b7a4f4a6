# Two commands: `make run` and `make test`. Both create .venv on first use and
# reinstall only when pyproject.toml changes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Names (and, as root with apt-get, installs) the system libraries Qt's platform plugin
# needs that a fresh Linux lacks; a no-op elsewhere.
QT_LIBS = $(BIN)/python scripts/qt_system_libraries.py
# What the tests read PDFs back with besides Python: poppler's pdftotext and zbar, the
# second barcode reader (pyzbar loads libzbar0). Installed loudly as root with apt-get, as
# .ci/run does; otherwise named, and the tests stop.
SYSTEM_TOOLS = { command -v pdftotext >/dev/null && ldconfig -p 2>/dev/null | grep -q 'libzbar\.so\.0'; } || { \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "make: installing poppler-utils and libzbar0 (apt-get) for the tests"; \
	  apt-get update -qq && apt-get install -y -qq --no-install-recommends poppler-utils libzbar0; \
	else echo "make: the tests need: sudo apt-get install poppler-utils libzbar0"; exit 1; fi; }

.PHONY: run test bench demo lint i18n check-i18n screenshot package clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The compiled translations the app loads (resources/i18n/depot_<locale>.qm), built from
# the .ts files and never committed (.gitignore); the Windows build bundles them.
TS_FILES = resources/i18n/depot_zh_CN.ts resources/i18n/depot_bo.ts
QM_STAMP := resources/i18n/.qm-built
$(QM_STAMP): $(TS_FILES) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS_FILES)
	touch $@

run: $(STAMP) $(QM_STAMP)
	$(QT_LIBS)
	$(BIN)/python main.py

# One test process per core (pytest-xdist); TEST_WORKERS=0 runs them all in one process.
TEST_WORKERS ?= auto
test: $(STAMP) $(QM_STAMP)
	$(QT_LIBS) --platform offscreen
	@$(SYSTEM_TOOLS)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

demo: $(STAMP) $(QM_STAMP)
	$(BIN)/python main.py demo

screenshot: $(STAMP) $(QM_STAMP)
	$(QT_LIBS) --platform offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python main.py --screenshot docs/screenshot.png

DEV_STAMP := $(VENV)/.installed-dev
$(DEV_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(DEV_STAMP)

# What CI enforces of the house style (also run by .pre-commit-config.yaml).
lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy  # strict on core/, cli/ and ui/ (pyproject.toml [tool.mypy] files)

# The Windows folder build (pyinstaller.spec), with the translations compiled first.
package: $(DEV_STAMP) $(QM_STAMP)
	$(BIN)/pyinstaller --noconfirm pyinstaller.spec

# The .ts files are what lupdate extracts from ui/, core/ (printed headings) and cli/
# (output for people), nothing more or less: one catalog (-no-obsolete drops strings the
# code no longer has, translated or not). Refresh with `make i18n` after changing visible
# strings; CI fails when they differ (`make check-i18n`).
I18N_SOURCES = $$(find ui core cli -name '*.py' | LC_ALL=C sort)
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete $(I18N_SOURCES) -ts $(TS_FILES)

check-i18n: i18n
	@git diff --quiet -- $(TS_FILES) || { git diff --stat -- $(TS_FILES); \
	  echo "resources/i18n/*.ts differ from a fresh lupdate of ui/, core/, cli/: run 'make i18n' and commit"; exit 1; }

clean:
	rm -rf $(VENV) build dist .pytest_cache
