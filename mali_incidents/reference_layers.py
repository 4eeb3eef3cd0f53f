"""The atlas's Reference group: rivers, lakes, towns, roads, an analyst's own layers, drawn by
every map of the atlas under the incidents.

Which layer gets which style is ``symbology/reference_styles.csv`` (a spreadsheet: a pattern
of the layer's name -> a QML file of ``symbology/``, or nothing to leave the layer out); the
styles are plain QML files an analyst edits in QGIS. Every layer of each file given is read
(all the layers of a GeoPackage, the one layer of a shapefile or a GeoJSON file).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from osgeo import ogr
from qgis.core import QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QCoreApplication

from .layers import apply_style
from .paths import symbology_path
from .table_file import read_table_file

REFERENCE_GROUP = "Reference"
REFERENCE_STYLES = "reference_styles.csv"
STYLE_BY_GEOMETRY = {
    QgsWkbTypes.GeometryType.PointGeometry: "reference_towns.qml",
    QgsWkbTypes.GeometryType.LineGeometry: "reference_roads.qml",
    QgsWkbTypes.GeometryType.PolygonGeometry: "reference_areas.qml",
}
# Map layer lists are top first: towns over roads and rivers over lakes and areas.
DRAWING_ORDER = (
    QgsWkbTypes.GeometryType.PointGeometry,
    QgsWkbTypes.GeometryType.LineGeometry,
    QgsWkbTypes.GeometryType.PolygonGeometry,
)


def tr(message: str) -> str:
    return QCoreApplication.translate("ReferenceLayers", message)


class ReferenceLayerError(Exception):
    """A reference file or the style table cannot be used: one line naming the file."""


def style_rules(path: Path | None = None) -> list[tuple[re.Pattern[str], str]]:
    """The rows of ``reference_styles.csv``: (pattern, QML file name or "" to leave out)."""
    path = Path(path) if path is not None else symbology_path(REFERENCE_STYLES)
    table = read_table_file(path, str(path), ReferenceLayerError)
    rules = []
    for number, row in table.rows:
        try:
            pattern = re.compile(row.get("pattern") or "", re.IGNORECASE)
        except re.error as error:
            raise ReferenceLayerError(
                f"{path}, row {number}, column pattern: not a regular expression ({error})"
            ) from error
        style = (row.get("style") or "").strip()
        if style and not symbology_path(style).is_file():
            raise ReferenceLayerError(
                f"{path}, row {number}, column style: {style} is not a file of symbology/"
            )
        rules.append((pattern, style))
    return rules


def style_for(name: str, geometry: QgsWkbTypes.GeometryType, rules) -> str:
    """The QML file for a layer called ``name``: the first matching row's, else its
    geometry's; "" leaves the layer out."""
    for pattern, style in rules:
        if pattern.search(name):
            return style
    return STYLE_BY_GEOMETRY.get(geometry, "")


def _layer_names(path: Path) -> list[str]:
    dataset = ogr.Open(str(path))
    if dataset is None:
        raise ReferenceLayerError(tr("{path}: not a vector file QGIS can read").format(path=path))
    try:
        return [dataset.GetLayer(index).GetName() for index in range(dataset.GetLayerCount())]
    finally:
        dataset = None


def open_reference_layers(paths: Iterable[Path]) -> list[QgsVectorLayer]:
    """The styled layers of ``paths``, in drawing order (top first)."""
    rules = style_rules()
    layers = []
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise ReferenceLayerError(tr("{path}: reference file not found").format(path=path))
        for name in _layer_names(path):
            layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
            if not layer.isValid() or not layer.isSpatial():
                continue
            style = style_for(name, layer.geometryType(), rules)
            if not style:
                continue
            problem = apply_style(layer, symbology_path(style))
            if problem:
                raise ReferenceLayerError(f"{symbology_path(style)}: {problem}")
            layers.append(layer)
    return sorted(layers, key=lambda layer: DRAWING_ORDER.index(layer.geometryType()))
