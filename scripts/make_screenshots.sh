#!/usr/bin/env bash
# scripts/make_screenshots.sh — regenerate the README images in docs/images/.
#
#   bash scripts/make_screenshots.sh            (as root on Debian 12, from anywhere)
#
# Writes:
#   docs/images/qgis_load_month.png     real desktop QGIS 3.22 (Debian's /usr/bin/qgis) under
#                                       Xvfb: the plugin installed from the zip that
#                                       scripts/package.py writes, the sample month loaded
#                                       the way the plugin loads it (group "Incidents —
#                                       February 2021", styled incidents, canvas on Mali),
#                                       and the "Load incident month" dialog open on top
#   docs/images/atlas_overview.png      the sample atlas's overview (map + fatalities table)
#   docs/images/atlas_mopti_map.png     the Mopti map page
#   docs/images/atlas_mopti_table.png   the first Mopti table page
#
# The atlas pages come from `make atlas` (out/atlas_mali_2021-02.pdf), rendered with
# `pdftoppm -png -r 80`, uncropped; their page numbers are found by their titles with
# `pdftotext -raw`, so the script keeps working when regions or pages change.
#
# Everything else happens in a temporary folder (removed at the end): a fresh QGIS profile
# (--profiles-path), the plugin zip, the month GeoPackage, the X display. Nothing in the
# user's own QGIS profile or in the clone (except docs/images/ and what `make atlas` writes
# in out/) is touched.
#
# Environment:
#   SHOTS_KEEP_TMP=1     keep the temporary folder (its path is printed): QGIS's stderr, the
#                        message log (messages.log) and the hook's status.txt are there
#   SHOTS_TIMEOUT        seconds allowed for QGIS to start, import and render (240)
#   SHOTS_SCREEN         Xvfb screen, WxHxDepth (1600x1000x24)
#   SHOTS_DISPLAY_FROM   first X display number to try (90)

set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO"
IMAGES=$REPO/docs/images
SAMPLE=$REPO/resources/sample/acled_mali_2021-02.csv
MONTH=2021-02
PDF=$REPO/out/atlas_mali_2021-02.pdf
PLUGIN=mali_incident_atlas
TIMEOUT=${SHOTS_TIMEOUT:-240}
SCREEN=${SHOTS_SCREEN:-1600x1000x24}
DISPLAY_FROM=${SHOTS_DISPLAY_FROM:-90}
MAX_ATLAS_PNG_BYTES=409600   # the README's page images stay under ~400 KB each

T0=$(date +%s)
log() { printf '[shots %3ds] %s\n' "$(($(date +%s) - T0))" "$*" >&2; }
die() { echo "error: $*" >&2; exit 1; }

# ------------------------------------------------------------------ 1. what this needs
# qgis + python3-qgis: the desktop app; xvfb: the X server; openbox: a window manager, so
# the dialog has its title bar and the main window can be maximised; imagemagick: `import`
# takes the screenshot; poppler-utils: pdftotext / pdftoppm for the atlas pages.
need=()
[ -x /usr/bin/qgis ] && [ -x /usr/bin/qgis.bin ] || need+=(qgis)
/usr/bin/python3 -c 'import qgis.core' >/dev/null 2>&1 || need+=(python3-qgis)
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v openbox >/dev/null 2>&1 || need+=(openbox)
[ -x /usr/bin/import ] || need+=(imagemagick)   # /usr/local/bin/convert may be a stand-in
{ command -v pdftoppm && command -v pdftotext; } >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "missing packages (${need[*]}); install them as root first"
  log "installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}"
fi

mkdir -p "$IMAGES"

# ------------------------------------------------------------------ 2. atlas pages
log "make atlas"
make --no-print-directory atlas >&2
[ -s "$PDF" ] || die "make atlas wrote no $PDF"

# page_of REGEX: the first page whose first line (pdftotext -raw) matches REGEX
page_of() {
  local pages n text
  pages=$(pdfinfo "$PDF" | sed -n 's/^Pages: *//p')
  for ((n = 1; n <= pages; n++)); do
    # (whole text into a variable first: with pipefail, head/grep -q closing the pipe
    # early would make pdftotext's SIGPIPE count as a failure)
    text=$(pdftotext -raw -f "$n" -l "$n" "$PDF" -)
    if sed -n 1p <<<"$text" | grep -Eq "$1"; then
      echo "$n"
      return 0
    fi
  done
  return 1
}

# render_page PAGE NAME: docs/images/NAME.png at 80 dpi, the whole page
render_page() {
  local page=$1 name=$2 size
  pdftoppm -png -r 80 -f "$page" -l "$page" -singlefile "$PDF" "$IMAGES/$name"
  size=$(stat -c %s "$IMAGES/$name.png")
  log "docs/images/$name.png: page $page, $((size / 1024)) KB"
  [ "$size" -le "$MAX_ATLAS_PNG_BYTES" ] || echo "warning: docs/images/$name.png is over 400 KB" >&2
}

# The country overview (after the cover, the contents and Key changes), found by its title;
# check it is the overview.
OVERVIEW=$(page_of '^Security incidents in') || die "no overview page in $PDF"
overview_text=$(pdftotext -raw -f "$OVERVIEW" -l "$OVERVIEW" "$PDF" -)
grep -q '^Fatalities by region' <<<"$overview_text" \
  || die "page $OVERVIEW of $PDF is not the overview (no 'Fatalities by region')"
MOPTI_MAP=$(page_of '^Map of security incidents in Mopti') || die "no Mopti map page in $PDF"
MOPTI_TABLE=$(page_of '^Recorded security incidents in Mopti') || die "no Mopti table page in $PDF"
render_page "$OVERVIEW" atlas_overview
render_page "$MOPTI_MAP" atlas_mopti_map
render_page "$MOPTI_TABLE" atlas_mopti_table

# ------------------------------------------------------------------ 3. scratch + cleanup
WORK=$(mktemp -d "${TMPDIR:-/tmp}/mia_screenshots.XXXXXX")
XVFB_PID="" WM_PID="" QGIS_PID=""
stop_pid() {  # stop_pid PID: TERM, then KILL after 10 s; only processes this script started
  local pid=$1 i
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < 100; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  stop_pid "$QGIS_PID"
  stop_pid "$WM_PID"
  stop_pid "$XVFB_PID"
  if [ "${SHOTS_KEEP_TMP:-0}" = 1 ]; then
    log "kept $WORK"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP

# ------------------------------------------------------------------ 4. plugin + profile
# The zip exactly as users get it, extracted where "Install from ZIP" puts it, enabled.
PROFILES=$WORK/qgis
PROFILE=$PROFILES/profiles/default
CTL=$WORK/ctl
mkdir -p "$PROFILE/python/plugins" "$PROFILE/QGIS" "$CTL" "$WORK/xdg" "$WORK/tmp" "$WORK/month"
chmod 700 "$WORK/xdg"
/usr/bin/python3 scripts/package.py "$WORK/$PLUGIN.zip" >/dev/null
/usr/bin/python3 -m zipfile -e "$WORK/$PLUGIN.zip" "$PROFILE/python/plugins/"
[ -f "$PROFILE/python/plugins/$PLUGIN/metadata.txt" ] || die "no $PLUGIN/ folder in the zip"

# No version check, news feed, tips or plugin-repository check: nothing but QGIS and the
# plugin on the screenshot, and no network.
cat >"$PROFILE/QGIS/QGIS3.ini" <<EOF
[PythonPlugins]
$PLUGIN=true

[app]
plugin_installer\\checkOnStart=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true

[qgis]
checkVersion=false
allowVersionCheck=false
showTips=false
EOF

# ------------------------------------------------------------------ 5. the start-up hook
# PYQGIS_STARTUP runs before the main window exists; everything is driven by QTimers so
# QGIS's event loop (and the import task's signals) keep running. The hook writes
# ctl/status.txt (what it saw) and ctl/messages.log (QGIS's message log); it touches
# ctl/shoot when the picture is ready, waits for ctl/shot (the shell took it), then quits.
# Any failure goes to ctl/failed and QGIS quits.
HOOK=$WORK/screenshot_startup.py
cat >"$HOOK" <<'PY'
import sys

if not getattr(sys, "_mia_screenshot_hook", None):  # QGIS 3.22 runs this file twice
    sys._mia_screenshot_hook = True
    import os
    import time
    import traceback

    import qgis.utils
    from qgis.core import QgsApplication, QgsProject, QgsRectangle
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDialog, QToolBar

    CTL = os.environ["SHOTS_CTL"]
    PLUGIN = os.environ["SHOTS_PLUGIN"]
    SAMPLE = os.environ["SHOTS_SAMPLE"]
    MONTH = os.environ["SHOTS_MONTH"]
    GPKG = os.environ["SHOTS_GPKG"]
    ROLE = "mali_incidents/role"  # the custom property the plugin tags its layers/group with
    S = {"t0": time.time(), "init": False, "iface_seen": False, "visible_since": None,
         "keep": []}

    def ctl(name):
        return os.path.join(CTL, name)

    def status(text):
        with open(ctl("status.txt"), "a", encoding="utf-8") as f:
            f.write("[%5.1fs] %s\n" % (time.time() - S["t0"], text))

    def on_message(message, tag, level):
        with open(ctl("messages.log"), "a", encoding="utf-8") as f:
            f.write("----- tag=%r level=%s\n%s\n" % (tag, int(level), message))

    QgsApplication.messageLog().messageReceived.connect(on_message)

    def fail(why):
        status("FAILED: " + why)
        with open(ctl("failed"), "w", encoding="utf-8") as f:
            f.write(why + "\n")
        QTimer.singleShot(500, quit_qgis)

    def guarded(fn):
        def run():
            try:
                fn()
            except Exception:
                fail(traceback.format_exc())
        return run

    def later(ms, fn):
        QTimer.singleShot(ms, guarded(fn))

    def quit_qgis():
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        # Empty the project while the main window still exists (left to ~QgsProject at exit,
        # the layer tree's "active layer changed" reaches half-deleted widgets and 3.22
        # crashes), then Project > Exit, QGIS's own way out; exit() if that did not work.
        QgsProject.instance().clear()
        QgsProject.instance().setDirty(False)  # no "save the project?" question
        QTimer.singleShot(10000, lambda: QgsApplication.exit(0))
        status("quit: active modal widget %r" % QApplication.activeModalWidget())
        if qgis.utils.iface is not None:
            qgis.utils.iface.actionExit().trigger()
        else:
            QgsApplication.exit(0)

    def fill(dialog):
        """What the analyst picks: the sample file, the month, a GeoPackage to write."""
        dialog.exports.setFilePath(SAMPLE)  # fileChanged -> the months in the file
        i = dialog.month.findText(MONTH)
        if i >= 0:
            dialog.month.setCurrentIndex(i)
        else:
            dialog.month.setEditText(MONTH)
        dialog.gpkg_path.setFilePath(GPKG)
        status("dialog months offered: %s" % [dialog.month.itemText(i)
                                             for i in range(dialog.month.count())])

    # -- 1. wait for QGIS to finish starting
    def poll_start():
        iface = qgis.utils.iface
        if iface is None or S["init"]:
            return
        if not S["iface_seen"]:
            S["iface_seen"] = True
            iface.initializationCompleted.connect(guarded(lambda: on_init("signal")))
        if iface.mainWindow().isVisible():  # fallback, in case the signal came first
            S["visible_since"] = S["visible_since"] or time.time()
            if time.time() - S["visible_since"] > 20:
                on_init("fallback")

    def on_init(how):
        if S["init"]:
            return
        S["init"] = True
        S["poll"].stop()
        status("initializationCompleted (%s)" % how)
        qgis.utils.iface.mainWindow().showMaximized()
        later(2000, start_import)

    # -- 2. import the month the way the toolbar button does (minus the modal exec_())
    def start_import():
        if PLUGIN not in qgis.utils.plugins:
            return fail("plugin %s not loaded (active: %s)" % (PLUGIN, qgis.utils.active_plugins))
        plugin = qgis.utils.plugins[PLUGIN]
        from mali_incident_atlas.plugin import LoadMonthDialog

        dialog = LoadMonthDialog(qgis.utils.iface.mainWindow())
        fill(dialog)
        choice = dialog.choice()
        dialog.deleteLater()
        status("choice: %r" % choice)
        S["task"] = plugin.start_import(choice)
        S["import_started"] = time.time()
        later(250, wait_import)

    def month_group():
        for group in QgsProject.instance().layerTreeRoot().findGroups(True):
            if group.customProperty(ROLE) == "month_group":
                return group
        return None

    def wait_import():
        plugin = qgis.utils.plugins[PLUGIN]
        if plugin.task is not None:  # import_finished() sets it back to None
            if time.time() - S["import_started"] > 120:
                return fail("import still running after 120 s")
            return later(250, wait_import)
        group = month_group()
        if group is None:
            bar = [w.text() for w in qgis.utils.iface.messageBar().items()]
            return fail("import finished without a month group; message bar: %r" % bar)
        status("month group: %r" % group.name())
        for node in group.children():
            status("  layer: %r (%s)" % (node.name(), node.layer().customProperty(ROLE)))
        later(500, open_dialog)

    # -- 3. the dialog again, filled the same way, non-modal (show(), not exec_()), on the
    # right of the screen, below the message bar
    def open_dialog():
        from mali_incident_atlas.plugin import LoadMonthDialog

        iface = qgis.utils.iface
        dialog = LoadMonthDialog(iface.mainWindow())
        S["keep"].append(dialog)
        fill(dialog)
        dialog.show()
        screen = QApplication.primaryScreen().availableGeometry()
        bar = iface.messageBar()
        top = bar.mapToGlobal(bar.rect().bottomLeft()).y() + 24
        frame = dialog.frameGeometry()
        dialog.move(screen.right() - frame.width() - 24, max(top, screen.top() + 150))
        dialog.raise_()
        dialog.activateWindow()
        later(500, zoom)

    # -- 4. the canvas on Mali: the month's regions layer (all of Mali's regions; the
    # incidents alone would leave Kayes half out), centred in the part of the canvas the
    # dialog leaves free
    def zoom():
        iface = qgis.utils.iface
        canvas = iface.mapCanvas()
        by_role = {layer.customProperty(ROLE): layer
                   for layer in QgsProject.instance().mapLayers().values()}
        regions, incidents = by_role.get("regions"), by_role.get("incidents")
        if regions is None or incidents is None:
            return fail("month layers missing: %s" % sorted(k for k in by_role if k))
        mali = canvas.mapSettings().layerExtentToOutputExtent(regions, regions.extent())
        mali.scale(1.10)
        width, height = canvas.width(), canvas.height()
        dialog_left = S["keep"][-1].frameGeometry().left()
        free = max(200, min(width, dialog_left - canvas.mapToGlobal(canvas.rect().topLeft()).x() - 16))
        units = max(mali.width() / free, mali.height() / height)  # map units per pixel
        cx, cy = mali.center().x(), mali.center().y()
        xmin, ymin = cx - free / 2 * units, cy - height / 2 * units
        canvas.setExtent(QgsRectangle(xmin, ymin, xmin + width * units, ymin + height * units))
        canvas.refresh()
        iface.setActiveLayer(incidents)
        status("canvas extent %s, canvas crs %s, project crs %s, %d incidents" % (
            canvas.extent().toString(0), canvas.mapSettings().destinationCrs().authid(),
            QgsProject.instance().crs().authid(), incidents.featureCount()))
        later(3000, wait_render)

    def wait_render():
        canvas = qgis.utils.iface.mapCanvas()
        if canvas.isDrawing():
            return later(250, wait_render)
        mw = qgis.utils.iface.mainWindow()
        for tb in mw.findChildren(QToolBar):
            if tb.objectName() == "MaliIncidentAtlasToolbar":
                status("plugin toolbar visible=%s actions=%s" % (
                    tb.isVisible(), [a.text() for a in tb.actions()]))
        for w in QApplication.topLevelWidgets():
            if w.isVisible():
                g = w.frameGeometry()
                status("window %s %r %dx%d+%d+%d" % (type(w).__name__, w.windowTitle(),
                                                     g.width(), g.height(), g.x(), g.y()))
        status("message bar: %r" % [w.text() for w in qgis.utils.iface.messageBar().items()])
        open(ctl("shoot"), "w").close()
        later(200, wait_shot)

    # -- 5. the shell takes the screenshot (ImageMagick's import, window manager's frames
    # included), then QGIS quits
    def wait_shot():
        if os.path.exists(ctl("shot")):
            status("screenshot taken, quitting")
            return quit_qgis()
        later(200, wait_shot)

    S["poll"] = QTimer(QgsApplication.instance())
    S["poll"].timeout.connect(guarded(poll_start))
    S["poll"].start(200)
PY

# ------------------------------------------------------------------ 6. X server + WM
DISP=""
for ((n = DISPLAY_FROM; n < DISPLAY_FROM + 100; n++)); do
  { [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; } && continue
  Xvfb ":$n" -screen 0 "$SCREEN" -nolisten tcp -noreset >"$WORK/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for ((i = 0; i < 100; i++)); do
    [ -e "/tmp/.X11-unix/X$n" ] && break
    kill -0 "$XVFB_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$XVFB_PID" 2>/dev/null && [ -e "/tmp/.X11-unix/X$n" ]; then
    DISP=":$n"
    break
  fi
  stop_pid "$XVFB_PID"   # lost a race for that display: try the next one
  XVFB_PID=""
done
[ -n "$DISP" ] || die "could not start Xvfb (see $WORK/xvfb.log)"
log "Xvfb $DISP $SCREEN"
DISPLAY=$DISP XDG_CONFIG_HOME=$WORK/xdg XDG_CACHE_HOME=$WORK/xdg \
  openbox --sm-disable >"$WORK/openbox.log" 2>&1 &
WM_PID=$!
sleep 1

# ------------------------------------------------------------------ 7. QGIS
(
  export DISPLAY=$DISP
  unset WAYLAND_DISPLAY QT_QPA_PLATFORM   # a real X display, not offscreen
  export XDG_RUNTIME_DIR=$WORK/xdg TMPDIR=$WORK/tmp LANG=C.UTF-8 LC_ALL=C.UTF-8
  export PYQGIS_STARTUP=$HOOK SHOTS_CTL=$CTL SHOTS_PLUGIN=$PLUGIN SHOTS_SAMPLE=$SAMPLE
  export SHOTS_MONTH=$MONTH SHOTS_GPKG=$WORK/month/incidents_mali_$MONTH.gpkg
  # Debian's /usr/bin/qgis is a wrapper (exec $0.bin …): call it by its real path
  exec /usr/bin/qgis --profiles-path "$PROFILES" --nologo --noversioncheck
) >"$WORK/qgis_stderr.log" 2>&1 &
QGIS_PID=$!
log "QGIS started (pid $QGIS_PID); waiting for the import and the dialog"

deadline=$(($(date +%s) + TIMEOUT))
while ! [ -e "$CTL/shoot" ] && ! [ -e "$CTL/failed" ]; do
  kill -0 "$QGIS_PID" 2>/dev/null || break
  [ "$(date +%s)" -lt "$deadline" ] || break
  sleep 0.5
done
if ! [ -e "$CTL/shoot" ]; then
  DISPLAY=$DISP import -window root "$WORK/failed.png" 2>/dev/null || true
  SHOTS_KEEP_TMP=1
  cat "$CTL/status.txt" >&2 2>/dev/null || true
  die "QGIS did not get to the screenshot (see $WORK: status, qgis_stderr.log, failed.png)"
fi
DISPLAY=$DISP import -window root "$IMAGES/qgis_load_month.png"
touch "$CTL/shot"
for ((i = 0; i < 300; i++)); do
  kill -0 "$QGIS_PID" 2>/dev/null || break
  sleep 0.1
done
stop_pid "$QGIS_PID"
QGIS_PID=""
log "docs/images/qgis_load_month.png: $(($(stat -c %s "$IMAGES/qgis_load_month.png") / 1024)) KB"

# What QGIS logged while it ran: Critical entries and anything tagged Python (the plugin's
# errors land there), except Processing's "GRASS/SAGA was not found" on this bare QGIS.
if grep -q 'QGIS died on signal' "$WORK/qgis_stderr.log"; then
  echo "warning: QGIS crashed while quitting (backtrace in $WORK/qgis_stderr.log)" >&2
fi
problems=$(awk '/^----- /{hdr = $0; getline msg
  if ((hdr ~ /level=2/ || hdr ~ /tag=.Python/) && msg !~ /(GRASS|SAGA) was not found/) print hdr "\n" msg}' \
  "$CTL/messages.log" 2>/dev/null || true)
tracebacks=$(grep -A12 '^Traceback' "$WORK/qgis_stderr.log" || true)
if [ -n "$problems$tracebacks" ]; then
  echo "warning: QGIS logged problems while making the screenshot:" >&2
  printf '%s\n' "$problems" "$tracebacks" >&2
fi
log "done: docs/images/{qgis_load_month,atlas_overview,atlas_mopti_map,atlas_mopti_table}.png"
