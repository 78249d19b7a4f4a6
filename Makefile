# Two commands: `make run` and `make test`. Both create .venv on first use and
# reinstall only when pyproject.toml changes.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Names (and, as root with apt-get, installs) the system libraries Qt's platform plugin
# needs that a fresh Linux lacks; a no-op elsewhere.
QT_LIBS = $(BIN)/python scripts/qt_system_libraries.py

.PHONY: run test bench demo lint screenshot clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(QT_LIBS)
	$(BIN)/python main.py

test: $(STAMP)
	$(QT_LIBS) --platform offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

demo: $(STAMP)
	$(BIN)/python main.py demo

screenshot: $(STAMP)
	$(QT_LIBS) --platform offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python main.py --screenshot docs/screenshot.png

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/ruff check core ui tests main.py
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build dist .pytest_cache
