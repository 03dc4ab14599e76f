# Everything a fresh Debian/Ubuntu machine needs, in two commands: `make run` and `make test`.
# System packages are installed when running as root with apt-get; otherwise the exact command
# is printed. Python packages go into a local virtual environment (.venv).

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Qt's runtime libraries (offscreen and X11), a font, poppler (PDF checks: pdfsig), sqlite3
# (diagnostics), openssl (CMS checks), SoftHSM2 (the smart-card signing tests) and
# desktop-file-utils and binutils (the packaging smoke test: menu entry check, PyInstaller),
# qpdf (the archival PDF's structure check), libnss3-tools (certutil, crlutil: an NSS database
# for pdfsig's certificate and CRL checks) and libreoffice-calc-nogui (the workbook opened and
# printed to PDF headless; ~190 MB, ~1 min), Xvfb, xdotool and xmodmap (x11-xserver-utils) for
# the real-window test typing into the app.
SYS_PACKAGES := libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 \
	libxkbcommon0 fonts-dejavu-core poppler-utils sqlite3 openssl softhsm2 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0 \
	libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0 desktop-file-utils binutils \
	qpdf libnss3-tools libreoffice-calc-nogui \
	xvfb xauth xdotool x11-xserver-utils

# Tests and screenshots never need a display; `make run` clears this for the real window.
export QT_QPA_PLATFORM ?= offscreen
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

.PHONY: run test sysdeps venv translations lint typecheck layers pytest bench screenshots clean

run: sysdeps venv translations
	env -u QT_QPA_PLATFORM $(BIN)/csbm-desktop

test: sysdeps venv translations lint typecheck layers pytest smoke

sysdeps:
	@missing=""; for p in $(SYS_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "note: not a Debian/Ubuntu system; make sure the equivalents of:$$missing are installed"; exit 0; \
	fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "installing system packages:$$missing"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
		echo "missing system packages; run:  sudo apt-get install -y$$missing"; exit 1; \
	fi

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	@$(PYTHON) -m venv --help >/dev/null 2>&1 || { \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null; \
		else echo "run: sudo apt-get install -y python3-venv"; exit 1; fi; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

translations: venv $(QM)

resources/i18n/%.qm: resources/i18n/%.ts
	$(BIN)/python packaging/translations.py build

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: venv
	$(BIN)/mypy

layers: venv
	$(BIN)/lint-imports

pytest: venv
	$(BIN)/pytest -q

bench: venv translations
	$(BIN)/python -m bench

screenshots: venv translations
	$(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist

# Packaging smoke test (packaging/smoke.sh): the wheel and an offline wheelhouse installed into a
# fresh venv with no network, then the PyInstaller bundle built and started offscreen. PyInstaller
# comes from the `package` extra, installed once into the same venv.
PACKAGE_STAMP := $(VENV)/.installed-package

.PHONY: smoke
smoke: venv translations $(PACKAGE_STAMP)
	PYTHON=$(PYTHON) BUILD_PYTHON=$(BIN)/python bash packaging/smoke.sh

$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	@touch $@
