# eventwire: `make demo` sets up .venv and runs the main job on the bundled sample;
# `make test` runs the whole test suite. Both need Python >= 3.11 as python3.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= eventwire.duckdb

.PHONY: demo install test bench eval clean

demo: install
	$(BIN)/eventwire ingest examples/articles --db $(DB)
	$(BIN)/eventwire events --db $(DB)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# pytest exits 5 when it collected no tests: that is a failure here, not a pass.
test: install
	@$(BIN)/python -m pytest; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "no tests were collected" >&2; exit 1; fi; exit $$rc

eval: install
	$(BIN)/eventwire eval examples/gold.jsonl examples/gold_incidents.jsonl examples/gold_heldout.jsonl examples/gold_heldout2.jsonl examples/gold_heldout3.jsonl examples/gold_heldout4.jsonl examples/gold_heldout5.jsonl examples/gold_heldout6.jsonl examples/gold_heldout7.jsonl examples/gold_heldout8.jsonl examples/gold_heldout9.jsonl examples/gold_heldout10.jsonl examples/gold_heldout11.jsonl examples/gold_heldout12.jsonl examples/gold_heldout13.jsonl examples/gold_heldout14.jsonl examples/gold_heldout15.jsonl examples/gold_heldout16.jsonl examples/gold_heldout17.jsonl examples/gold_heldout18.jsonl examples/gold_heldout19.jsonl examples/gold_heldout20.jsonl examples/gold_heldout21.jsonl examples/gold_heldout22.jsonl examples/gold_heldout23.jsonl examples/gold_heldout24.jsonl examples/gold_heldout25.jsonl examples/gold_heldout26.jsonl examples/gold_heldout27.jsonl examples/gold_heldout28.jsonl examples/gold_heldout29.jsonl examples/gold_heldout30.jsonl examples/gold_heldout31.jsonl examples/gold_heldout32.jsonl examples/gold_heldout33.jsonl examples/gold_heldout34.jsonl examples/gold_heldout35.jsonl examples/gold_heldout36.jsonl examples/gold_heldout37.jsonl examples/gold_heldout38.jsonl examples/gold_heldout39.jsonl examples/gold_heldout40.jsonl examples/gold_heldout41.jsonl examples/gold_heldout42.jsonl examples/gold_heldout43.jsonl examples/gold_heldout44.jsonl examples/gold_heldout45.jsonl examples/gold_heldout46.jsonl examples/gold_heldout47.jsonl examples/gold_heldout48.jsonl examples/gold_heldout49.jsonl examples/gold_heldout50.jsonl examples/gold_heldout51.jsonl examples/gold_heldout52.jsonl examples/gold_heldout53.jsonl examples/gold_heldout54.jsonl examples/gold_heldout55.jsonl examples/gold_heldout56.jsonl examples/gold_heldout57.jsonl examples/gold_heldout58.jsonl examples/gold_heldout59.jsonl examples/gold_heldout60.jsonl examples/gold_heldout61.jsonl examples/gold_heldout62.jsonl examples/gold_heldout63.jsonl examples/gold_heldout64.jsonl examples/gold_heldout65.jsonl examples/gold_heldout66.jsonl examples/gold_heldout67.jsonl examples/gold_heldout68.jsonl examples/gold_heldout69.jsonl examples/gold_heldout70.jsonl examples/gold_heldout71.jsonl examples/gold_heldout72.jsonl examples/gold_heldout73.jsonl examples/gold_heldout74.jsonl examples/gold_heldout75.jsonl examples/gold_heldout76.jsonl examples/gold_heldout77.jsonl examples/gold_heldout78.jsonl ../shared/data/plover_gsr.jsonl ../shared/data/gwn.jsonl

bench: install
	$(BIN)/eventwire bench

clean:
	rm -rf $(VENV) *.egg-info $(DB) $(DB).wal .pytest_cache
