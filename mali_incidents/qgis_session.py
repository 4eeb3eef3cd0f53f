"""Start QGIS without a window for the command line (the plugin and tests have theirs)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def qgis_session() -> Iterator[None]:
    """A QgsApplication for the duration of the block, unless one is already running."""
    from qgis.core import QgsApplication

    if QgsApplication.instance() is not None:
        yield
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QgsApplication([], False)
    application.initQgis()
    try:
        yield
    finally:
        # exitQgis() can crash while GDAL objects are alive; the session holds none by now.
        application.exitQgis()
