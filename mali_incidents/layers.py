"""The month's GeoPackage (incidents + rejects) and the styled QGIS layer read from it."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import traceback
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
from osgeo import gdal, ogr, osr

from .definitions import (
    ACLED_COLUMNS,
    FIELD_ACTOR_GROUP,
    FIELD_FATALITIES_FLAG,
    FIELD_INCIDENT_TYPE,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
    HISTORY_POINTS_TABLE,
    INCIDENTS_LAYER,
    MONTHLY_COUNTRY_TABLE,
    MONTHLY_TABLE,
    REJECTS_TABLE,
    STYLE_INCIDENTS,
)
from .outputs import OutputError, check_output, replacing, write_failed
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
    "incidents": ogr.OFTInteger,
    "previous_mean": ogr.OFTReal,
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
    inputs: Iterable[Path] = (),
    history=None,
    history_points: pd.DataFrame | None = None,
) -> Path:
    """Write (or replace) the ``incidents`` and ``rejects`` layers of ``gpkg_path``, and
    with ``history`` (``trends.History``) its ``monthly`` and ``monthly_country`` tables
    (without, an older history of the file is dropped: it would belong to another month),
    and ``history_points`` (the change map's earlier incidents) as a table.

    Only a GeoPackage is written, never one of ``inputs``. Other layers an analyst keeps in
    the same GeoPackage are kept: the file is copied beside itself, the copy written and
    checked, and only then moved over the original (outputs.replacing). A failed import
    leaves the previous file byte for byte as it was.
    """
    gpkg_path = check_output(Path(gpkg_path), inputs, "output", (".gpkg",))
    style_path = symbology_path(STYLE_INCIDENTS)
    if not style_path.is_file():
        raise GeoPackageError(f"{style_path}: style file missing")
    try:
        gpkg_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{gpkg_path}: its folder cannot be made ({error.strerror})") from error
    with replacing(gpkg_path) as partial:
        existing = gpkg_path.exists()
        if existing:
            _refuse_other_than_geopackage(gpkg_path)
        try:
            with gdal_messages_silenced():
                dataset = None
                try:
                    with gdal_errors_raised():
                        if existing:
                            copy_geopackage(gpkg_path, partial)
                            dataset = gdal.OpenEx(
                                str(partial),
                                gdal.OF_VECTOR | gdal.OF_UPDATE,
                                allowed_drivers=["GPKG"],
                            )
                        else:
                            partial.unlink()  # GDAL makes the file itself
                            driver = gdal.GetDriverByName("GPKG")
                            dataset = driver.Create(str(partial), 0, 0, 0, gdal.GDT_Unknown)
                        _write_layers(
                            dataset,
                            incidents,
                            rejects,
                            style_path.read_text("utf-8"),
                            _history_tables(history, history_points),
                        )
                except BaseException as error:
                    # The failed calls' frames hold the dataset: let it go now, not when the
                    # traceback does (GDAL would print its errors then).
                    traceback.clear_frames(error.__traceback__)
                    raise
                finally:
                    # Closed here, failed or not, silenced and without exceptions (a
                    # destructor cannot raise); what was committed is read back below.
                    dataset = None
                with gdal_errors_raised():
                    _check_written(
                        partial,
                        len(incidents),
                        len(rejects),
                        _history_tables(history, history_points),
                    )
        except (RuntimeError, sqlite3.Error, OSError) as error:
            raise write_failed(gpkg_path, error) from error
    _drop_stale_journal(gpkg_path)
    return gpkg_path


def _write_layers(
    dataset,
    incidents: pd.DataFrame,
    rejects: pd.DataFrame,
    qml: str,
    history_tables: dict[str, pd.DataFrame],
) -> None:
    dataset.StartTransaction()
    try:
        for name in (INCIDENTS_LAYER, REJECTS_TABLE, *HISTORY_TABLES):
            _delete_layer(dataset, name)
        _write_table(dataset, INCIDENTS_LAYER, incidents, INCIDENT_FIELDS, points=True)
        _write_table(dataset, REJECTS_TABLE, rejects, REJECT_COLUMNS)
        for name, table in history_tables.items():
            _write_table(dataset, name, table, list(table.columns))
        _write_default_style(dataset, qml)
        dataset.CommitTransaction()
    except BaseException:
        with contextlib.suppress(RuntimeError):
            dataset.RollbackTransaction()
        raise


@contextlib.contextmanager
def gdal_errors_raised() -> Iterator[None]:
    """GDAL and OGR errors as Python exceptions for the block; QGIS's setting is restored
    after (QGIS's Python expects return codes)."""
    gdal_before, ogr_before = gdal.GetUseExceptions(), ogr.GetUseExceptions()
    gdal.UseExceptions()
    ogr.UseExceptions()
    try:
        yield
    finally:
        # In the reverse order: each pushed an error handler of its own.
        if not ogr_before:
            ogr.DontUseExceptions()
        if not gdal_before:
            gdal.DontUseExceptions()


@contextlib.contextmanager
def gdal_messages_silenced() -> Iterator[None]:
    """GDAL prints nothing in the block: its message becomes the exception's (one line)."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def _refuse_other_than_geopackage(gpkg_path: Path) -> None:
    """An existing file is replaced only if it is a GeoPackage (a renamed workbook, a plain
    SQLite database… are left alone)."""
    with gdal_messages_silenced(), gdal_errors_raised():
        try:
            dataset = gdal.OpenEx(
                str(gpkg_path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"]
            )
        except RuntimeError:
            dataset = None
        is_geopackage = dataset is not None and dataset.GetDriver().ShortName == "GPKG"
        dataset = None
    if not is_geopackage or not _has_geopackage_tables(gpkg_path):
        raise OutputError(
            f"{gpkg_path} exists and is not a GeoPackage; it is left as it is: choose another file"
        )


def _has_geopackage_tables(gpkg_path: Path) -> bool:
    try:
        with contextlib.closing(_read_only(gpkg_path)) as database:
            names = {row[0] for row in database.execute("SELECT name FROM sqlite_master")}
    except sqlite3.Error:
        return False
    return {"gpkg_contents", "gpkg_spatial_ref_sys"} <= names


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def copy_geopackage(source: Path, copy: Path) -> None:
    """A consistent copy of ``source`` (SQLite's backup: what another program has committed
    but not yet checkpointed from its journal is included), in plain journal mode."""
    original = _read_only(source)
    duplicate = sqlite3.connect(str(copy))
    with contextlib.closing(original), contextlib.closing(duplicate):
        original.backup(duplicate)
        duplicate.execute("PRAGMA journal_mode=DELETE")
        duplicate.commit()


def feature_count(gpkg_path: Path, layer_name: str) -> int | None:
    """Features of one layer of a GeoPackage, read with GDAL; None if it cannot be read."""
    with gdal_messages_silenced(), gdal_errors_raised():
        try:
            dataset = gdal.OpenEx(
                str(gpkg_path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"]
            )
            layer = dataset.GetLayerByName(layer_name)
            count = layer.GetFeatureCount() if layer is not None else None
        except RuntimeError:
            count = None
        layer = dataset = None
    return count


def close_journal(gpkg_path: Path) -> None:
    """Back to SQLite's plain journal, so that a file about to be moved holds all its
    content itself (a write-ahead journal would stay behind under the old name)."""
    with contextlib.closing(sqlite3.connect(str(gpkg_path))) as database:
        database.execute("PRAGMA journal_mode=DELETE")


HISTORY_TABLES = (MONTHLY_TABLE, MONTHLY_COUNTRY_TABLE, HISTORY_POINTS_TABLE)


def _history_tables(history, points: pd.DataFrame | None) -> dict[str, pd.DataFrame]:
    if history is None:
        return {}
    tables = {MONTHLY_TABLE: history.monthly, MONTHLY_COUNTRY_TABLE: history.country_totals}
    if points is not None:
        tables[HISTORY_POINTS_TABLE] = points
    return tables


def _check_written(
    gpkg_path: Path, incidents: int, rejects: int, history_tables: dict[str, pd.DataFrame]
) -> None:
    """Read the written file back: every layer, every row."""
    expected = {INCIDENTS_LAYER: incidents, REJECTS_TABLE: rejects}
    expected.update({name: len(table) for name, table in history_tables.items()})
    dataset = gdal.OpenEx(
        str(gpkg_path), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["GPKG"]
    )
    counts = {}
    for name in expected:
        layer = dataset.GetLayerByName(name)
        counts[name] = layer.GetFeatureCount() if layer is not None else None
    layer = dataset = None
    if counts != expected:
        raise OSError(f"read back {counts}, expected {expected}")


def read_history(gpkg_path: Path, month: str):
    """The month's history (``trends.History``) from its GeoPackage's ``monthly`` tables;
    None when the import wrote none (``--history-months 0`` or an older import)."""
    from .trends import history_from_tables

    try:
        with contextlib.closing(_read_only(gpkg_path)) as database:
            names = {row[0] for row in database.execute("SELECT name FROM sqlite_master")}
            if not {MONTHLY_TABLE, MONTHLY_COUNTRY_TABLE} <= names:
                return None
            monthly = pd.read_sql_query(f'SELECT * FROM "{MONTHLY_TABLE}"', database)
            totals = pd.read_sql_query(f'SELECT * FROM "{MONTHLY_COUNTRY_TABLE}"', database)
    except sqlite3.Error:
        return None
    return history_from_tables(month, monthly, totals)


def read_history_points(gpkg_path: Path) -> pd.DataFrame | None:
    """The change map's earlier incidents (month, latitude, longitude); None if not kept."""
    try:
        with contextlib.closing(_read_only(gpkg_path)) as database:
            names = {row[0] for row in database.execute("SELECT name FROM sqlite_master")}
            if HISTORY_POINTS_TABLE not in names:
                return None
            return pd.read_sql_query(
                f'SELECT month, latitude, longitude FROM "{HISTORY_POINTS_TABLE}"', database
            )
    except sqlite3.Error:
        return None


def _drop_stale_journal(gpkg_path: Path) -> None:
    """A write-ahead journal left by a program that had the old file open belongs to the old
    file: applied to the new one it would corrupt it (its content is in the copy)."""
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{gpkg_path}{suffix}").unlink()


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
