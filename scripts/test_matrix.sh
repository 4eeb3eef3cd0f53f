#!/usr/bin/env bash
# The test suite and the sample atlas on every QGIS the plugin supports, each in a throw-away
# Debian root, as root: prints one line per QGIS version.
#
#   scripts/test_matrix.sh [3.22] [3.40] [3.44]      (make test-matrix [MATRIX="3.22 3.40"])
#
#   3.22  Debian 12's own QGIS          (bookworm, QGIS_SUITE=bookworm)
#   3.40  the LTR make setup installs   (bookworm + bookworm-backports)
#   3.44  Debian sid's                  (sid: Python 3.14, numpy 2.x)
#
# MATRIX_BENCH=1 also runs both benchmarks in each root after the atlas (their output goes to
# .matrix/bench-VERSION.txt): the README's figures per QGIS version.
#
# Bare roots are made once with debootstrap from the machine's own Debian mirror and kept in
# .matrix/ (git ignores it); each run copies one, installs into the copy with the project's own
# `make setup`, runs `make test` and `make atlas`, and deletes it. Downloaded .deb files and
# pip wheels are kept per version in .matrix/cache-VERSION so a second run downloads nothing
# (per version, not per release: two legs running at once would fight over apt's lock).
set -euo pipefail
cd "$(dirname "$0")/.."
clone=$PWD
matrix=$clone/.matrix
mkdir -p "$matrix"
versions=("$@")
((${#versions[@]})) || versions=(3.22 3.40 3.44)

if [ "$(id -u)" != 0 ]; then
  echo "test-matrix: run as root (debootstrap and chroot)" >&2
  exit 1
fi
for tool in debootstrap pdfinfo; do
  if ! command -v "$tool" >/dev/null; then
    apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends \
      debootstrap poppler-utils >/dev/null
  fi
done
if [ ! -d ../shared/data ]; then
  echo "test-matrix: the reference data ../shared is missing beside the clone" >&2
  exit 1
fi

# The machine's own mirror (deb822 or one-line sources), else Debian's.
mirror=$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ \
  2>/dev/null | grep -v security | head -n 1 | tr -d ' ' || true)
mirror=${mirror:-http://deb.debian.org/debian}

release_of() {
  case $1 in
    3.22 | 3.40) echo bookworm ;;
    3.44) echo sid ;;
    *)
      echo "test-matrix: unknown QGIS version $1 (3.22, 3.40 or 3.44)" >&2
      return 1
      ;;
  esac
}

# A bare root per Debian release: debootstrap, apt settings, the machine's CA certificates.
bare_root() {
  local release=$1 bare=$matrix/bare-$1
  if [ ! -f "$bare/.complete" ]; then
    echo "test-matrix: debootstrap $release from $mirror (once; kept in $bare)" >&2
    rm -rf "$bare.tmp" "$bare"
    debootstrap --variant=minbase --include=ca-certificates,make "$release" "$bare.tmp" \
      "$mirror" >"$matrix/debootstrap-$release.log" 2>&1 || {
      echo "test-matrix: debootstrap $release failed, see $matrix/debootstrap-$release.log" >&2
      return 1
    }
    mv "$bare.tmp" "$bare"
    touch "$bare/.complete"
  fi
  # The mirror serves dated snapshots (sid's Release is long past its Valid-Until).
  printf 'Acquire::Check-Valid-Until "false";\nAcquire::Check-Date "false";\n' \
    >"$bare/etc/apt/apt.conf.d/99matrix-snapshot"
  # The packages' CA bundle must include this machine's own CA files (pip goes through them).
  mkdir -p "$bare/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$bare/usr/local/share/ca-certificates/" 2>/dev/null || true
  [ -f /etc/pip.conf ] && cp /etc/pip.conf "$bare/etc/pip.conf"
  cp -L /etc/resolv.conf "$bare/etc/resolv.conf" 2>/dev/null || true
  chroot "$bare" /usr/sbin/update-ca-certificates >/dev/null 2>&1
}

mounted=()
unmount_all() {
  local index
  for ((index = ${#mounted[@]} - 1; index >= 0; index--)); do
    umount -l "${mounted[index]}" 2>/dev/null || true
  done
  mounted=()
}
mount_bind() { # source target; private, so nothing mounted below it propagates back
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mount --make-private "$2"
  mounted+=("$2")
}
current_root=
cleanup() {
  unmount_all
  if [ -n "$current_root" ]; then rm -rf "$current_root"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

run_leg() {
  local version=$1 release root log suite_env
  release=$(release_of "$version")
  bare_root "$release"
  root=$matrix/run-$version
  log=$matrix/log-$version.txt
  # One run of a version at a time: a second would delete the first one's root.
  exec 9>"$matrix/lock-$version"
  if ! flock -n 9; then
    echo "test-matrix: QGIS $version is being tested by another run" >&2
    return 1
  fi
  rm -rf "$root"
  current_root=$root
  cp -a "$matrix/bare-$release" "$root"

  # The clone as committed plus what is being edited (git's view, nothing it ignores), and the
  # reference data beside it (../shared), as on a developer's machine.
  mkdir -p "$root/build/clone" "$root/build/shared"
  git -C "$clone" ls-files -z --cached --others --exclude-standard \
    | xargs -0 -I{} sh -c 'test -e "{}" && printf "%s\0" "{}"' \
    | tar -C "$clone" --null -T - -cf - | tar -C "$root/build/clone" -xf -
  for part in data docs seed tools hooks; do
    [ -e "../shared/$part" ] && cp -rL "../shared/$part" "$root/build/shared/"
  done

  # /proc for the programs that read it; the root keeps debootstrap's own device nodes and
  # gets a /dev/shm of its own (Python's multiprocessing): nothing of the host's /dev or /sys
  # is shared, so nothing mounted inside can reach the host.
  mount -t proc proc "$root/proc"
  mounted+=("$root/proc")
  mount -t tmpfs -o mode=1777,size=512m shm "$root/dev/shm"
  mounted+=("$root/dev/shm")
  mkdir -p "$matrix/cache-$version/apt" "$matrix/cache-$version/pip"
  mount_bind "$matrix/cache-$version/apt" "$root/var/cache/apt/archives"
  mount_bind "$matrix/cache-$version/pip" "$root/root/.cache/pip"

  suite_env=
  [ "$version" = 3.22 ] && suite_env=QGIS_SUITE=bookworm
  local bench=true
  if [ "${MATRIX_BENCH:-0}" = 1 ]; then
    bench='{ export QT_QPA_PLATFORM=offscreen; .venv/bin/python bench/atlas_bench.py && .venv/bin/python bench/import_bench.py; } >/build/bench.txt 2>&1'
  fi
  local started=$SECONDS status=0
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin $suite_env \
    /bin/bash -c 'rm -f /etc/apt/apt.conf.d/docker-clean; cd /build/clone &&
      make setup && make test && make atlas && .venv/bin/python -c "from qgis.core import Qgis; print(\"QGIS_VERSION=\" + Qgis.version())" &&
      '"$bench" \
    >"$log" 2>&1 || status=$?
  [ -f "$root/build/bench.txt" ] && cp "$root/build/bench.txt" "$matrix/bench-$version.txt"

  local qgis tests pages size
  qgis=$(grep -o 'QGIS_VERSION=.*' "$log" | tail -n 1 | cut -d= -f2)
  [ -n "$qgis" ] || qgis=$(chroot "$root" dpkg-query -W -f='${Version}' python3-qgis 2>/dev/null || echo "not installed")
  tests=$(grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$log" | tail -n 1 | sed -E 's/^=+ //; s/ =+$//')
  pages=$(pdfinfo "$root/build/clone/out/atlas_mali_2021-02.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  size=$(stat -c %s "$root/build/clone/out/atlas_mali_2021-02.pdf" 2>/dev/null || echo 0)
  unmount_all
  rm -rf "$root"
  current_root=
  local verdict=passed
  [ "$status" = 0 ] || verdict="FAILED (exit $status, log $log)"
  printf 'QGIS %-4s %-22s tests: %-40s atlas: %s pages, %s MB  %ss  %s\n' "$version" "($qgis)" \
    "${tests:-none}" "${pages:-0}" "$(awk -v s="$size" 'BEGIN {printf "%.2f", s / 1048576}')" \
    "$((SECONDS - started))" "$verdict"
  [ "$status" = 0 ]
}

failed=0
for version in "${versions[@]}"; do
  run_leg "$version" || failed=1
done
exit "$failed"
