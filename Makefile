# Iconograph: `make demo` enriches the bundled sample and serves it; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# torch + torchvision as a matched pair (ultralytics needs torchvision). Override for another
# platform, e.g. TORCH_SPEC="torch==2.9.1 torchvision==0.24.1" on aarch64, or add
# PIP_EXTRA="--index-url https://download.pytorch.org/whl/cpu" for CPU-only wheels.
TORCH_SPEC ?= torch==2.14.1 torchvision==0.29.1
PIP_EXTRA  ?=
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean bench chromium

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch is installed first and pinned, so that nothing later pulls a different build.
$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -c "import torch, torchvision" 2>/dev/null || \
	  $(BIN)/pip install --quiet $(PIP_EXTRA) $(TORCH_SPEC)
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kg demo

# headless Chromium for the page tests (Debian packages), installed only when missing
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
chromium:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
	  { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium chromium-driver; } || \
	  echo "chromium could not be installed: the browser tests will be skipped"; }

test: $(STAMP) chromium
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) iconograph.db
