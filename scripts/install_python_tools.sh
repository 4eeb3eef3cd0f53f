#!/usr/bin/env bash
# Installs the pinned test tools into a venv made from Debian's python3, for that Python:
# requirements/common.txt always; requirements/optional-python3.X.txt (pyarrow) only if pip
# can install it here: it is a speed-up, so a missing wheel warns and never fails set-up.
# Debian's numpy is kept: numpy is constrained to the major version Debian ships.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-.venv}
python="$venv/bin/python"
version=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
numpy_major=$("$python" -c 'import numpy; print(numpy.__version__.split(".")[0])')
constraints=/dev/null
[ "$numpy_major" = 1 ] && constraints=requirements/constraints-numpy1.txt
optional="requirements/optional-python$version.txt"

wanted=$(cat requirements/common.txt "$constraints" "$optional" 2>/dev/null | sha256sum | cut -d' ' -f1)
[ "$(cat "$venv/.installed" 2>/dev/null)" = "$wanted" ] && exit 0

pip=("$python" -m pip install --quiet --disable-pip-version-check -c "$constraints")
echo "setup: installing the test tools for Python $version into $venv"
"${pip[@]}" -r requirements/common.txt
if [ -f "$optional" ]; then
  # --only-binary: never build pyarrow from source (no cmake here, and minutes if there were).
  if ! "${pip[@]}" --only-binary=:all: -r "$optional"; then
    echo "setup: warning: $optional could not be installed; the plugin runs without it" >&2
  fi
else
  echo "setup: no optional speed-ups pinned for Python $version ($optional)" >&2
fi
echo "$wanted" > "$venv/.installed"
