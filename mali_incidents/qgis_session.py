"""Start QGIS without a window for the command line (the plugin and tests have theirs)."""

from __future__ import annotations

import os
import tempfile
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
    finally:
        # exitQgis() can crash while GDAL objects are alive; the session holds none by now.
        application.exitQgis()
