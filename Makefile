# Two commands for a fresh machine: `make run` and `make test`. Both set up what is missing first.
.PHONY: setup setup-gui run test lint screenshots sample-report bench clean

SAMPLE := build/sample.readiness

setup:
	@scripts/setup.sh

setup-gui:
	@scripts/setup.sh --gui

$(SAMPLE):
	@mkdir -p build
	.venv/bin/readiness-planner demo $(SAMPLE)

run: setup-gui $(SAMPLE)
	.venv/bin/readiness-planner $(SAMPLE)

lint: setup
	.venv/bin/lint-imports
	.venv/bin/ruff check desktop_app tests benchmarks scripts
	.venv/bin/mypy desktop_app

test: lint
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n 2 -q

screenshots: setup-gui
	scripts/screenshots.sh

bench: setup
	.venv/bin/python benchmarks/run.py

clean:
	rm -rf build .pytest_cache .ruff_cache .mypy_cache .hypothesis
