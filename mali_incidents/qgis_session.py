"""Start QGIS without a window for the command line (the plugin and tests have theirs)."""

from __future__ import annotations

import gc
import os
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def qgis_session() -> Iterator[None]:
    """A QgsApplication for the duration of the block, unless one is already running."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        yield
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if "XDG_RUNTIME_DIR" not in os.environ:  # else Qt says so on stderr at every start
        runtime = Path(tempfile.gettempdir()) / f"runtime-{getattr(os, 'getuid', lambda: 0)()}"
        runtime.mkdir(mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = str(runtime)
    from osgeo import gdal

    # GDAL's warnings about QGIS's own world map (dates in its style table) are noise on a
    # command line whose stderr is kept for errors and the atlas's own warnings.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    application = QgsApplication([], False)
    application.initQgis()
    try:
        yield
    except BaseException as error:
        # The error's frames hold layers and projects: QGIS crashed on exit with them
        # alive (a segfault after an atlas error's one line). Let them go first.
        _release_frames(error)
        raise
    finally:
        gc.collect()
        # exitQgis() can crash while GDAL objects are alive; the session holds none by now.
        application.exitQgis()


def _release_frames(error: BaseException | None) -> None:
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        traceback.clear_frames(error.__traceback__)
        error = error.__cause__ or error.__context__
