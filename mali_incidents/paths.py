"""One place that knows where the plugin's files are (icons, QML styles, QPT templates).

Plain files found by path, no compiled ``resources.py``: users can open and edit them in QGIS.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent


def resources_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (icons, the sample month)."""
    return PLUGIN_ROOT.joinpath("resources", *parts)


def symbology_path(*parts: str) -> Path:
    """Path of a file under ``symbology/`` (QML styles, QPT layouts, classification rules)."""
    return PLUGIN_ROOT.joinpath("symbology", *parts)


def country_symbology_dir(country: str, root: Path | None = None) -> Path | None:
    """The folder of a country's own tables (``symbology/countries/<Country>/``), named as
    ACLED names the country (accents, case and hyphens forgiven); None when it has none."""
    from .validate import fold_name

    countries = Path(root or symbology_path()) / "countries"
    if not countries.is_dir():
        return None
    wanted = fold_name(country)
    return next(
        (
            folder
            for folder in sorted(countries.iterdir())
            if folder.is_dir() and fold_name(folder.name) == wanted
        ),
        None,
    )


def user_symbology_dir() -> Path:
    """Where an analyst's own default layouts and styles go ("Save as my defaults")."""
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "mali_incident_atlas" / "symbology"


def symbology_file(name: str) -> Path:
    """A QPT or QML by name: the analyst's own default if they saved one, else the plugin's."""
    own = user_symbology_dir() / name
    return own if own.is_file() else symbology_path(name)


def world_map_path() -> Path:
    """QGIS's own world map (package qgis-common): admin-1 polygons and countries.

    Without a running QGIS (the command line's import) its Debian location is taken.
    """
    # Only a QGIS already running is asked: importing qgis for this costs the command line's
    # import a second.
    qgis_core = sys.modules.get("qgis.core")
    running = qgis_core is not None and qgis_core.QgsApplication.instance() is not None
    data = qgis_core.QgsApplication.pkgDataPath() if running else ""
    return Path(data or "/usr/share/qgis") / "resources" / "data" / "world_map.gpkg"


@functools.lru_cache(maxsize=8)
def world_map_country(country: str) -> tuple[str, bytes] | None:
    """A country of QGIS's world map, named as ACLED names it (accents and case forgiven):
    its ISO 3166 alpha-3 code and its outline (WKB, EPSG:4326); None if the map lacks it.

    Read with OGR, so the command line's import needs no running QGIS.
    """
    from osgeo import ogr

    from .definitions import WORLD_MAP_COUNTRIES_LAYER
    from .validate import fold_name

    dataset = ogr.Open(str(world_map_path()))
    if dataset is None:
        return None
    wanted = fold_name(country)
    found = None
    for feature in dataset.GetLayerByName(WORLD_MAP_COUNTRIES_LAYER):
        if fold_name(feature.GetField("NAME") or "") == wanted:
            found = (feature.GetField("ISO_A3"), bytes(feature.GetGeometryRef().ExportToWkb()))
            break
    dataset = None  # GDAL objects must not outlive QGIS
    return found
