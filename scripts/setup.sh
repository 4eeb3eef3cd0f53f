#!/usr/bin/env bash
# Installs what the tests and the atlas need on Debian 12, as root: QGIS 3.40 LTR from
# bookworm-backports (the same build as Debian 13's), poppler, fonts, and a .venv with the test
# tools. Idempotent: when everything is already there it only checks (a second run takes a
# second or two) and installs nothing.
#
# QGIS_SUITE=bookworm keeps Debian 12's own QGIS 3.22 (the matrix's 3.22 leg); on any other
# Debian (e.g. sid in the matrix) the release's own QGIS is taken.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-qgis qgis-providers qgis-common  # QGIS and its Python bindings
  qgis                                     # qgis_process, for the Processing algorithms
  python3-venv python3-pandas python3-shapely python3-pyproj python3-openpyxl
  poppler-utils                            # pdftotext / pdftoppm / pdffonts, to check PDFs
  fonts-dejavu-core                        # without a font, PDF text comes out as black boxes
)
# The team store (issue 15): PostgreSQL + PostGIS, which the tests start as a throw-away
# cluster, and the Python driver. Debian 12 ships PostgreSQL 15; PG_MAJOR picks another.
codename_for_postgres=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
case "${PG_MAJOR:-$codename_for_postgres}" in
  trixie) pg_major=17 ;;
  bookworm | "") pg_major=15 ;;
  *) pg_major=${PG_MAJOR:-15} ;;
esac
APT_PACKAGES+=("postgresql-$pg_major" "postgresql-$pg_major-postgis-3" python3-psycopg2)

codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
suite=${QGIS_SUITE:-}
if [ -z "$suite" ] && [ "$codename" = bookworm ]; then
  suite=bookworm-backports
fi
apt_target=()
backports_list=/etc/apt/sources.list.d/mali-incident-atlas-bookworm-backports.sources
if [ "$suite" = bookworm-backports ]; then
  apt_target=(-t bookworm-backports)
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    if [ "$(id -u)" != 0 ]; then
      echo "setup: add Debian's bookworm-backports to apt's sources, as root" >&2
      exit 1
    fi
    # The same mirror as the machine's own Debian sources. grep exits 2 where there is no
    # /etc/apt/sources.list (deb822-only machines): "|| true" keeps set -e from ending set-up
    # silently there.
    mirror=$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
      | grep -v security | head -n 1 | tr -d ' ' || true)
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "${mirror:-http://deb.debian.org/debian}" > "$backports_list"
    echo "setup: added bookworm-backports ($backports_list)"
    apt-get update -qq
  fi
fi

# A package counts as there when installed, and (from backports) at backports' version.
missing=()
for package in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status} ${Version}' "$package" 2>/dev/null || true)
  if [[ "$status" != "install ok installed"* ]]; then
    missing+=("$package")
  elif [ "$suite" = bookworm-backports ] && [[ "$package" == *qgis* ]] && [[ "$status" != *bpo12* ]]; then
    missing+=("$package")
  fi
done
if ((${#missing[@]})); then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing Debian packages, run as root: apt-get install ${apt_target[*]} ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${apt_target[@]}" "${missing[@]}" >/dev/null
fi

# The venv sees Debian's QGIS, GDAL, numpy and pandas; pip adds only the test tools, pinned for
# the Python this QGIS runs with (requirements/python3.X.txt).
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
bash scripts/install_python_tools.sh .venv
