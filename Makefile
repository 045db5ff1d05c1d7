# Two entry points for a fresh clone: `make run` (set up, extract samples/) and `make test` (set up, run tests).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup bench bench-batch clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,dask]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	mkdir -p out
	$(BIN)/minutebook extract samples/*.pdf -o out/samples.jsonl
	@echo "wrote out/samples.jsonl: $$(wc -l < out/samples.jsonl) records"; \
	$(BIN)/python -c "import collections,json,sys; c=collections.Counter(json.loads(l)['record_type'] for l in open('out/samples.jsonl')); print(dict(sorted(c.items())))"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_read.py
	$(BIN)/python benchmarks/bench_search.py
	$(BIN)/python benchmarks/bench_clauses.py
	$(BIN)/python benchmarks/bench_resolutions.py
	$(BIN)/python benchmarks/bench_large_pack.py
	-$(BIN)/python benchmarks/bench_ocr.py
	$(BIN)/python benchmarks/bench_recommendations.py

bench-batch: $(STAMP)
	$(BIN)/python benchmarks/bench_batch.py

clean:
	rm -rf $(VENV) out
