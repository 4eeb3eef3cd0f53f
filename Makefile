# make setup    install what the rest needs (Debian packages, .venv); idempotent
# make test     lint and the test suite, headless
# make atlas    the sample month's atlas: out/atlas_mali_2021-02.pdf
# make package  the plugin zip for QGIS's "Install from ZIP": dist/mali_incident_atlas.zip
# make test-matrix  test + atlas on QGIS 3.22, 3.40 and 3.44, each in a throw-away Debian root
#                   (as root; one version: make test-matrix MATRIX=3.22)
SHELL := /bin/bash
PYTHON := .venv/bin/python
export QT_QPA_PLATFORM := offscreen

.PHONY: setup test lint atlas package clean test-matrix

MATRIX ?= 3.22 3.40 3.44

setup:
	@bash scripts/setup.sh

lint: setup
	.venv/bin/ruff check --no-cache .
	.venv/bin/ruff format --no-cache --check .

# Tests write only to temporary folders: pytest-qgis keeps QGIS's settings in the rootdir,
# so the rootdir is a scratch folder; no bytecode, no pytest cache in the clone.
test: lint
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && \
	PYTHONDONTWRITEBYTECODE=1 HYPOTHESIS_STORAGE_DIRECTORY="$$scratch/hypothesis" \
	PYTHONPATH=$(CURDIR) $(PYTHON) -m pytest -c pyproject.toml \
		--rootdir "$$scratch" -p no:cacheprovider $(CURDIR)/tests

atlas: setup
	$(PYTHON) -m mali_incidents atlas resources/sample/acled_mali_2021-02.csv --month 2021-02 \
		--out out/atlas_mali_2021-02.pdf --project out/atlas_mali_2021-02.qgz \
		--credit "Mali Incident Atlas (sample)"

test-matrix:
	@bash scripts/test_matrix.sh $(MATRIX)

package:
	/usr/bin/python3 scripts/package.py dist/mali_incident_atlas.zip

clean:
	rm -rf out dist .pytest_cache
