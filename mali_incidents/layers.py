"""The month's GeoPackage (incidents + rejects) and the styled QGIS layer read from it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from osgeo import ogr, osr

from .definitions import (
    ACLED_COLUMNS,
    FIELD_ACTOR_GROUP,
    FIELD_FATALITIES_FLAG,
    FIELD_INCIDENT_TYPE,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
    INCIDENTS_LAYER,
    REJECTS_TABLE,
    STYLE_INCIDENTS,
)
from .paths import symbology_path
from .places import FIELD_PLACE_FIRST, FIELD_PLACE_INCIDENTS, PLACE_FIELDS
from .validate import REJECT_COLUMNS

STYLES_TABLE = "layer_styles"  # where QGIS looks for a GeoPackage layer's default style

FIELD_TYPES = {
    "event_date": ogr.OFTDate,
    "year": ogr.OFTInteger,
    "time_precision": ogr.OFTInteger,
    "inter1": ogr.OFTInteger,
    "inter2": ogr.OFTInteger,
    "interaction": ogr.OFTInteger,
    "iso": ogr.OFTInteger,
    "latitude": ogr.OFTReal,
    "longitude": ogr.OFTReal,
    "geo_precision": ogr.OFTInteger,
    "fatalities": ogr.OFTInteger,
    "timestamp": ogr.OFTInteger64,
    FIELD_SOURCE_LINE: ogr.OFTInteger64,
    FIELD_PLACE_INCIDENTS: ogr.OFTInteger,
    FIELD_PLACE_FIRST: ogr.OFTInteger,
}
INCIDENT_FIELDS = (
    *ACLED_COLUMNS,
    FIELD_INCIDENT_TYPE,
    FIELD_ACTOR_GROUP,
    FIELD_FATALITIES_FLAG,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
    *PLACE_FIELDS,
)


class GeoPackageError(RuntimeError):
    """The month's GeoPackage cannot be written: names the file and the reason."""


def write_month_geopackage(
    incidents: pd.DataFrame,
    rejects: pd.DataFrame,
    gpkg_path: Path,
) -> Path:
    """Write (or replace) the ``incidents`` and ``rejects`` layers of ``gpkg_path``.

    Other layers an analyst keeps in the same GeoPackage are left as they are, and the
    replacement happens in one transaction: a failed import leaves the previous month whole.
    """
    gpkg_path = Path(gpkg_path)
    style_path = symbology_path(STYLE_INCIDENTS)
    if not style_path.is_file():
        raise GeoPackageError(f"{style_path}: style file missing")
    gpkg_path.parent.mkdir(parents=True, exist_ok=True)
    driver = ogr.GetDriverByName("GPKG")
    dataset = (
        ogr.Open(str(gpkg_path), 1)
        if gpkg_path.exists()
        else driver.CreateDataSource(str(gpkg_path))
    )
    if dataset is None:
        raise GeoPackageError(f"{gpkg_path}: cannot be opened for writing as a GeoPackage")
    try:
        dataset.StartTransaction()
        for name in (INCIDENTS_LAYER, REJECTS_TABLE):
            _delete_layer(dataset, name)
        _write_table(dataset, INCIDENTS_LAYER, incidents, INCIDENT_FIELDS, points=True)
        _write_table(dataset, REJECTS_TABLE, rejects, REJECT_COLUMNS)
        _write_default_style(dataset, style_path.read_text(encoding="utf-8"))
        dataset.CommitTransaction()
    except Exception:
        dataset.RollbackTransaction()
        raise
    finally:
        dataset = None  # closes the file; GDAL objects must not outlive QGIS
    return gpkg_path


def _delete_layer(dataset, name: str) -> None:
    for index in range(dataset.GetLayerCount()):
        if dataset.GetLayerByIndex(index).GetName() == name:
            dataset.DeleteLayer(index)
            return


def _field_definition(name: str) -> ogr.FieldDefn:
    return ogr.FieldDefn(name, FIELD_TYPES.get(name, ogr.OFTString))


def _write_table(dataset, name: str, table: pd.DataFrame, columns, points: bool = False) -> None:
    """A layer of ``columns``; with ``points``, each row also a point at its longitude and
    latitude (EPSG:4326)."""
    if points:
        wgs84 = osr.SpatialReference()
        wgs84.ImportFromEPSG(4326)
        # No spatial index: a month of one country is at most a few thousand points, read
        # faster without one; and with one, GDAL 3.6 works out the index's exact extent
        # (~200 queries) each time a country-wide map asks for its features.
        options = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=NO"]
        layer = dataset.CreateLayer(name, wgs84, ogr.wkbPoint, options)
    else:
        layer = dataset.CreateLayer(name, None, ogr.wkbNone, ["FID=fid"])
    for column in columns:
        layer.CreateField(_field_definition(column))
    definition = layer.GetLayerDefn()
    for record in table[list(columns)].itertuples(index=False):
        feature = ogr.Feature(definition)
        for position, value in enumerate(record):
            _set_field(feature, position, value)
        if points:
            point = ogr.Geometry(ogr.wkbPoint)
            point.AddPoint_2D(float(record.longitude), float(record.latitude))
            feature.SetGeometry(point)
        layer.CreateFeature(feature)


def _set_field(feature: ogr.Feature, position: int, value) -> None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        feature.SetFieldNull(position)
    elif isinstance(value, dt.date):
        feature.SetField(position, value.year, value.month, value.day, 0, 0, 0, 0)
    elif hasattr(value, "item"):  # numpy scalars
        feature.SetField(position, value.item())
    else:
        feature.SetField(position, value)


def _write_default_style(dataset, qml: str) -> None:
    """Store the QML as the layer's default style, so QGIS draws it styled when opened alone."""
    styles = dataset.GetLayerByName(STYLES_TABLE)
    if styles is None:
        styles = dataset.CreateLayer(STYLES_TABLE, None, ogr.wkbNone, ["FID=id"])
        for name in (
            "f_table_catalog",
            "f_table_schema",
            "f_table_name",
            "f_geometry_column",
            "styleName",
            "styleQML",
            "styleSLD",
            "description",
            "owner",
            "ui",
        ):
            styles.CreateField(ogr.FieldDefn(name, ogr.OFTString))
        use_as_default = ogr.FieldDefn("useAsDefault", ogr.OFTInteger)
        use_as_default.SetSubType(ogr.OFSTBoolean)
        styles.CreateField(use_as_default)
        styles.CreateField(ogr.FieldDefn("update_time", ogr.OFTDateTime))
    styles.SetAttributeFilter(None)
    stale = [
        feature.GetFID()
        for feature in styles
        if feature.GetField("f_table_name") == INCIDENTS_LAYER
    ]
    for fid in stale:
        styles.DeleteFeature(fid)
    feature = ogr.Feature(styles.GetLayerDefn())
    for name, value in {
        "f_table_catalog": "",
        "f_table_schema": "",
        "f_table_name": INCIDENTS_LAYER,
        "f_geometry_column": "geom",
        "styleName": "Mali Incident Atlas",
        "styleQML": qml,
        "styleSLD": "",
        "description": "Incident type as shape, actor group as colour",
        "useAsDefault": 1,
    }.items():
        feature.SetField(name, value)
    styles.CreateFeature(feature)


def apply_style(layer, qml_path: Path) -> str:
    """Apply a QML file to ``layer``; "" when done, else what went wrong.

    Not ``loadNamedStyle``: on a GeoPackage layer it prefers the style stored in the
    GeoPackage ("Loaded from Provider") over the file it is given.
    """
    from qgis.PyQt.QtXml import QDomDocument

    document = QDomDocument()
    try:
        parsed = document.setContent(Path(qml_path).read_text(encoding="utf-8"))[0]
    except OSError as error:
        return str(error)
    if not parsed:
        return f"{qml_path}: not a QML file"
    loaded, message = layer.importNamedStyle(document)
    return "" if loaded else message or "not applied"
