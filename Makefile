# Two commands for a fresh machine: `make run` and `make test`. Both set up what is missing first.
.PHONY: setup setup-gui run test test-fast lint screenshots sample-report bench bundle bundle-if-stale clean soak mutate

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
	.venv/bin/ruff check desktop_app tests benchmarks scripts packaging
	.venv/bin/ruff format --check desktop_app tests benchmarks scripts packaging
	.venv/bin/mypy desktop_app

# The suite smoke-tests the frozen app too (tests/e2e/test_bundle.py): build it first when a source changed.
test: lint bundle-if-stale
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n 2 -q

# While working: the suite without the tests marked slow (the soak sample, the monkey test, the tests of the
# frozen bundle, which build it when a source changed). `make test` runs them all.
test-fast: lint
	QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -n 2 -q -m "not slow"

# The desktop bundle (PyInstaller onedir) and its .tar.gz, then the smoke test of the frozen app and its
# cold start against the unfrozen one. Needs the X libraries (setup-gui) so the bundle carries them.
bundle: setup-gui
	.venv/bin/python packaging/bundle.py build
	.venv/bin/python packaging/smoke.py --timing

bundle-if-stale: setup
	.venv/bin/python packaging/bundle.py build --if-stale --no-archive

# One catalogue for the whole GUI: every self.tr()/QCoreApplication.translate() string, extracted by Qt's
# own tool; lrelease checks that it builds (a translator adds readiness_planner_<lang>.ts beside it).
translations: setup
	.venv/bin/pyside6-lupdate $$(find desktop_app/gui -name '*.py' | sort) -ts resources/translations/readiness_planner.ts
	@mkdir -p build
	.venv/bin/pyside6-lrelease resources/translations/readiness_planner.ts -qm build/readiness_planner.qm

# docs/sample-report.pdf (the healthcare sample in EUR, A4) and its first pages in A4 and Letter as PNGs in
# docs/report/, reproducibly (scripts/sample_report.sh). Needs poppler-utils.
sample-report: setup
	scripts/sample_report.sh

screenshots: setup-gui
	scripts/screenshots.sh

bench: setup
	.venv/bin/python benchmarks/run.py

clean:
	rm -rf build .pytest_cache .ruff_cache .mypy_cache .hypothesis

# 1,000+ SIGKILL trials and 10,000+ hostile files; writes the counts to docs/reliability.md
soak: setup
	.venv/bin/python scripts/soak.py --kills 1000 --hostile 10000

# mutation testing (mutmut, [tool.mutmut] in pyproject.toml); prints the survivors. See docs/testing.md.
# CPU-heavy: it runs niced so that the rest of the machine stays usable.
mutate: setup
	rm -rf mutants
	QT_QPA_PLATFORM=offscreen nice -n 15 .venv/bin/mutmut run --max-children 2 || true
	.venv/bin/mutmut results
