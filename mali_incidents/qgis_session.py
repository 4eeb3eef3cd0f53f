"""Start QGIS without a window for the command line (the plugin and tests have theirs)."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# A file every QGIS installation has under its prefix: it tells a prefix from a guess.
_PREFIX_MARKER = Path("share", "qgis", "resources", "srs.db")


def qgis_prefix() -> Path:
    """Where QGIS is installed (``/usr`` for Debian's packages), found from facts.

    QGIS itself guesses its prefix from the program's folder, which it reads from
    ``/proc/self/exe``; where there is no ``/proc`` (a chroot, some sandboxes) Qt falls back
    to the working directory, and QGIS then looked for its world map and its CRS database
    under the clone's parent folder. So the prefix is given explicitly: QGIS_PREFIX_PATH if
    the user set it, else the installation that holds the ``qgis`` Python package in use
    (``PREFIX/lib/python3/dist-packages/qgis`` on Debian), checked by a file it must have.
    """
    configured = os.environ.get("QGIS_PREFIX_PATH")
    if configured:
        return Path(configured)
    import importlib.util

    # Found, not imported: the command line's import does not need QGIS loaded.
    spec = importlib.util.find_spec("qgis")
    if spec is None or spec.origin is None:
        return Path("/usr")
    package = Path(spec.origin).resolve().parent
    for candidate in package.parents:
        if (candidate / _PREFIX_MARKER).is_file():
            return candidate
    return Path("/usr")


def start_qgis() -> object:
    """A headless QgsApplication with its program path and prefix given, initialised.

    The program path is Python's own executable (argv[0], absolute), not whatever Qt would
    derive from the working directory; the prefix is ``qgis_prefix()``. The caller ends it
    with ``stop_qgis``.
    """
    from qgis.core import QgsApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "XDG_RUNTIME_DIR" not in os.environ:  # else Qt says so on stderr at every start
        runtime = Path(tempfile.gettempdir()) / f"runtime-{getattr(os, 'getuid', lambda: 0)()}"
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    # Before the application exists: QGIS reads the prefix while it constructs itself.
    QgsApplication.setPrefixPath(str(qgis_prefix()), True)
    application = QgsApplication([os.fsencode(sys.executable)], False)
    application.initQgis()
    return application


def stop_qgis(application: object) -> None:
    """End QGIS once nothing of it is left alive in Python.

    QGIS objects that outlive ``exitQgis()`` crash when Python frees them later (the command
    line segfaulted after printing its error line on 3.40): collect them first.
    """
    gc.collect()
    application.exitQgis()


def _release_frames(error: BaseException) -> None:
    """Clear the locals of every finished frame of an error and of the errors it came from."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        pending += [current.__cause__, current.__context__]


@contextmanager
def qgis_session() -> Iterator[None]:
    """A QgsApplication for the duration of the block, unless one is already running."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        yield
        return
    from osgeo import gdal

    # GDAL's warnings about QGIS's own world map (dates in its style table) are noise on a
    # command line whose stderr is kept for errors and the atlas's own warnings.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    application = start_qgis()
    try:
        yield
    except BaseException as error:
        # The error's traceback keeps the failed call's frames, and the layers, project and
        # layouts in them, alive; freed only after the caller's `except` block, that is after
        # exitQgis(), they segfaulted. Their locals go now; the message stays.
        _release_frames(error)
        raise
    finally:
        # exitQgis() can crash while GDAL or QGIS objects are alive; the session holds none.
        stop_qgis(application)
