#!/usr/bin/env bash
# Installs what the tests and the atlas need on Debian 12, as root. Idempotent: when everything
# is already there it only checks (a second run takes a second or two) and installs nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-qgis qgis-providers qgis-common  # QGIS 3.22 and its Python bindings
  qgis                                     # qgis_process, for the Processing algorithms
  python3-venv python3-pandas python3-shapely python3-pyproj python3-openpyxl
  poppler-utils                            # pdftotext / pdftoppm / pdffonts, to check PDFs
  fonts-dejavu-core                        # without a font, PDF text comes out as black boxes
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing Debian packages, run as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The venv sees Debian's QGIS, GDAL, numpy and pandas; pip adds only the test tools.
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
wanted=$(cat requirements-dev.txt constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat .venv/.installed 2>/dev/null)" != "$wanted" ]; then
  echo "setup: installing requirements-dev.txt into .venv"
  .venv/bin/pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
  echo "$wanted" > .venv/.installed
fi
