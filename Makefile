# vwdesk: `make run` opens the window on the demo file, `make test` runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := demo/lansingerland.vwdesk
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test lint format screenshots demo translations bench package clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

$(DEMO): | $(STAMP)
	mkdir -p demo
	VWDESK_KDF_SECONDS=0.5 $(BIN)/vwdesk demo --db $(DEMO)

demo: $(DEMO)

run: $(STAMP) translations $(DEMO)
	$(BIN)/vwdesk gui --db $(DEMO)

test: $(STAMP) translations
	$(BIN)/ruff check vwdesk tests tools
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check vwdesk tests tools
	$(BIN)/ruff format --check vwdesk tests tools
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format vwdesk tests tools
	$(BIN)/ruff check --fix vwdesk tests tools

# dist/vwdesk/: `vwdesk` (the window) and `vwdesk-cli` (subcommands), see build.spec.
package: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

# Performance at national scale (bench/README.md). The data file is built once per
# scale and schema into bench/cache/; BENCH_SCALE=0.05 is a quick run. A full-scale
# run writes its table into the README's performance section.
BENCH_SCALE ?= 1
BENCH_RUNS  ?= 5
bench: $(STAMP) translations
	$(BIN)/python -m bench.run --scale $(BENCH_SCALE) --runs $(BENCH_RUNS) \
		--command "make bench$(if $(filter-out 1,$(BENCH_SCALE)), BENCH_SCALE=$(BENCH_SCALE))" \
		$(if $(filter 1,$(BENCH_SCALE)),--readme)

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --out docs/screenshots

clean:
	rm -rf $(VENV) build dist demo resources/translations/*.qm
