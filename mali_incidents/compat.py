"""The one place that knows which QGIS (3.22 to 4.x) and which Qt (5 or 6) the plugin runs on.

Everything else writes one name for each thing and takes it from here. Each difference is
asked of QGIS once, at import, by looking for the capability itself (``hasattr``) rather than
comparing version numbers, so a backport or a QGIS 4 that keeps or drops a name is handled
as it is; the version is asked only where QGIS's behaviour, not its names, changed.

Why each one (tested on 3.22, 3.40 and 3.44 by ``make test-matrix``):

- Enum values: QGIS 3.30 to 3.36 moved most class enums into ``Qgis`` under new names
  (``QgsWkbTypes.PolygonGeometry`` became ``Qgis.GeometryType.Polygon``). 3.40 still answers
  to the old names (and warns in places); QGIS 4 knows only the new ones; 3.22 knows only the
  old ones. ``_value`` takes the new name where QGIS has it.
- Field types: QGIS 3.38 types fields with ``QMetaType.Type`` and deprecates the
  ``QVariant.Type`` constructor of ``QgsField``; Qt6 has no ``QVariant.Type`` at all.
- Text in PDFs: QGIS 3.22's default writes every letter as curves (a PDF ~30x larger, slower,
  not searchable); the atlas asks for text as text, whose enum moved to ``Qgis`` in 3.36.
- Label items: ``QgsLayoutItemLabel.setFont``/``font`` are deprecated since QGIS 3.24 for its
  text format (``setTextFormat``), which 3.22 lacks.
- Legend models filtered by a map: ``QgsLayerTreeModel.setLegendFilterByMap`` is deprecated
  since 3.32 for ``setFilterSettings``.
- Symbol layer properties: 3.22 names them ``QgsSymbolLayer.Property.PropertySize``; 3.26
  dropped the prefix (``Property.Size``), the only name QGIS 4 keeps.
- Labels that must be printed: QGIS 3.26 replaced ``QgsPalLayerSettings.displayAll`` ("show
  all labels, even colliding") by overlap handling (``AllowOverlapIfRequired``: a free spot
  first, else over another label), data-defined as ``OverlapHandling``, before as
  ``AlwaysShow``; ``may_overlap_where`` uses what there is.
- PDF metadata: QGIS 3.22 writes a single layout's title into its PDF but none of a report's
  (its PDF's Title is empty). The title is asked of the PDF itself and added only where it
  is missing: in the same pypdf rewrite as the bookmarks (``pdf_outline.add_outline``), or,
  without pypdf, by ``give_pdf_its_title_and_author`` (GDAL).
- Legend text: QGIS 3.30 gave each legend style a text format and deprecated its font (and
  the legend's line spacing, read into the text format's line height); 3.22 has the font.
- Label engine: partial candidates (labels at the edge of a map) are a ``Qgis.LabelingFlag``
  from 3.30, a ``QgsLabelingEngineSettings.Flag`` before.
- Label positions around a point: a list on ``QgsPalLayerSettings`` up to 3.24
  (``predefinedPositionOrder``, which 3.22's Python does not reach), on its
  ``pointSettings()`` from 3.26; the atlas sets it data-defined, which every version reads
  (``EVERY_POSITION_AROUND_POINT``).
- Laying out a map's labels without drawing it: QGIS 3.24 can skip the symbols
  (``SkipSymbolRendering``: features still register their labels and obstacles); 3.22 draws
  them too, on a one-pixel image, which costs more but places the same labels.
"""

from __future__ import annotations

from pathlib import Path

from qgis import core as qgis_core
from qgis.core import Qgis, QgsField, QgsLayoutItemLabel, QgsTextFormat
from qgis.PyQt import QtCore
from qgis.PyQt.QtGui import QColor, QFont

# Asked once: the running QGIS, e.g. 34006 for 3.40.6.
QGIS_VERSION_INT = Qgis.versionInt()
MM_PER_POINT = 25.4 / 72


def _value(new: str, old: str) -> object:
    """The enum value named ``new`` (``"Qgis.GeometryType.Polygon"``, the only name QGIS 4
    has) where this QGIS has it, else the one named ``old`` (3.22's scoped name)."""
    for dotted in (new, old):
        head, *rest = dotted.split(".")
        value = getattr(qgis_core, head, None)
        for part in rest:
            value = getattr(value, part, None)
        if value is not None:
            return value
    raise AttributeError(f"this QGIS has neither {new} nor {old}")


# Geometry and layer kinds.
POLYGON_GEOMETRY = _value("Qgis.GeometryType.Polygon", "QgsWkbTypes.GeometryType.PolygonGeometry")
POINT_WKB = _value("Qgis.WkbType.Point", "QgsWkbTypes.Type.Point")
POLYGON_LAYER_FILTER = _value(
    "Qgis.LayerFilter.PolygonLayer", "QgsMapLayerProxyModel.Filter.PolygonLayer"
)
# Units.
KILOMETERS = _value("Qgis.DistanceUnit.Kilometers", "QgsUnitTypes.DistanceUnit.DistanceKilometers")
MILLIMETERS = _value("Qgis.RenderUnit.Millimeters", "QgsUnitTypes.RenderUnit.RenderMillimeters")
POINTS = _value("Qgis.RenderUnit.Points", "QgsUnitTypes.RenderUnit.RenderPoints")
# Symbol layer properties (data-defined size of a marker).
SYMBOL_SIZE_PROPERTY = _value(
    "QgsSymbolLayer.Property.Size", "QgsSymbolLayer.Property.PropertySize"
)
# Label engine and labels.
USE_PARTIAL_CANDIDATES = _value(
    "Qgis.LabelingFlag.UsePartialCandidates", "QgsLabelingEngineSettings.Flag.UsePartialCandidates"
)
ORDERED_POSITIONS_AROUND_POINT = _value(
    "Qgis.LabelPlacement.OrderedPositionsAroundPoint",
    "QgsPalLayerSettings.Placement.OrderedPositionsAroundPoint",
)
EXPRESSION_PROPERTY = _value(
    "Qgis.PropertyType.Expression", "QgsProperty.Type.ExpressionBasedProperty"
)
# Text measured as a layout table's cell draws it (a rectangle, not a point).
TEXT_LAYOUT_RECTANGLE = _value("Qgis.TextLayoutMode.Rectangle", "QgsTextRenderer.DrawMode.Rect")
# What a PDF export simplifies (its geometries, by a fraction of a pixel).
GEOMETRY_SIMPLIFICATION = _value(
    "Qgis.VectorRenderingSimplificationFlag.GeometrySimplification",
    "QgsVectorSimplifyMethod.SimplifyHint.GeometrySimplification",
)
# Map drawing without its labels (region_name_spots.py draws the incidents alone).
DRAW_LABELING = _value("Qgis.MapSettingsFlag.DrawLabeling", "QgsMapSettings.Flag.DrawLabeling")
# Feature requests.
NO_GEOMETRY = _value("Qgis.FeatureRequestFlag.NoGeometry", "QgsFeatureRequest.Flag.NoGeometry")
EXACT_INTERSECT = _value(
    "Qgis.FeatureRequestFlag.ExactIntersect", "QgsFeatureRequest.Flag.ExactIntersect"
)
# Processing.
PROCESSING_FILE = _value("Qgis.ProcessingSourceType.File", "QgsProcessing.SourceType.TypeFile")
PROCESSING_VECTOR_POLYGON = _value(
    "Qgis.ProcessingSourceType.VectorPolygon", "QgsProcessing.SourceType.TypeVectorPolygon"
)
PROCESSING_INTEGER = _value(
    "Qgis.ProcessingNumberParameterType.Integer", "QgsProcessingParameterNumber.Type.Integer"
)
PROCESSING_NO_THREADING = _value(
    "Qgis.ProcessingAlgorithmFlag.NoThreading", "QgsProcessingAlgorithm.Flag.FlagNoThreading"
)
# PDF text: as text (the atlas) or as outlines (QGIS 3.22's default; the benchmark's baseline).
TEXT_AS_TEXT = _value(
    "Qgis.TextRenderFormat.AlwaysText", "QgsRenderContext.TextRenderFormat.TextFormatAlwaysText"
)
TEXT_AS_OUTLINES = _value(
    "Qgis.TextRenderFormat.AlwaysOutlines",
    "QgsRenderContext.TextRenderFormat.TextFormatAlwaysOutlines",
)

# Field types by what they hold: QMetaType where QgsField takes it (3.38+, and Qt6),
# QVariant's before. QgsField.type() compares equal to either (same numbers in Qt5).
_FIELD_TYPES_BY_META = hasattr(QtCore, "QMetaType") and QGIS_VERSION_INT >= 33800
if _FIELD_TYPES_BY_META:
    _FIELD_TYPES = {
        "string": QtCore.QMetaType.Type.QString,
        "int": QtCore.QMetaType.Type.Int,
        "longlong": QtCore.QMetaType.Type.LongLong,
        "double": QtCore.QMetaType.Type.Double,
        "date": QtCore.QMetaType.Type.QDate,
    }
else:
    _FIELD_TYPES = {
        "string": QtCore.QVariant.Type.String,
        "int": QtCore.QVariant.Type.Int,
        "longlong": QtCore.QVariant.Type.LongLong,
        "double": QtCore.QVariant.Type.Double,
        "date": QtCore.QVariant.Type.Date,
    }


def field_type(kind: str) -> object:
    """The type QGIS gives a field holding ``kind`` ("string", "int", "longlong", "double",
    "date")."""
    return _FIELD_TYPES[kind]


def make_field(name: str, kind: str) -> QgsField:
    """A field of the given kind, made with the constructor this QGIS does not deprecate."""
    return QgsField(name, field_type(kind))


_LABEL_HAS_TEXT_FORMAT = hasattr(QgsLayoutItemLabel, "setTextFormat")  # QGIS 3.24+


def label_font(label: QgsLayoutItemLabel) -> QFont:
    """A layout label's font, its size in points."""
    if not _LABEL_HAS_TEXT_FORMAT:
        return label.font()
    text_format = label.textFormat()
    font = QFont(text_format.font())
    font.setPointSizeF(text_format.size())
    return font


def set_label_font(label: QgsLayoutItemLabel, font: QFont, color: QColor | None = None) -> None:
    """Give a layout label a font (its size in points) and, if given, a colour, keeping the
    rest of its text format."""
    if not _LABEL_HAS_TEXT_FORMAT:
        label.setFont(font)
        if color is not None:
            label.setFontColor(color)
        return
    text_format = QgsTextFormat(label.textFormat())
    text_format.setFont(font)
    text_format.setSize(font.pointSizeF())
    text_format.setSizeUnit(POINTS)
    if color is not None:
        text_format.setColor(color)
    label.setTextFormat(text_format)


def filter_legend_by_map(model: object, map_settings: object) -> None:
    """Filter a legend model (QgsLayerTreeModel) to what a map's settings show."""
    if hasattr(model, "setFilterSettings"):  # QGIS 3.32+
        filter_settings = qgis_core.QgsLayerTreeFilterSettings(map_settings)
        model.setFilterSettings(filter_settings)
    else:
        model.setLegendFilterByMap(map_settings)


def _prevent_label_overlap(settings: object) -> None:
    """A layer's labels (QgsPalLayerSettings) never printed over another label by default:
    overlap handling from 3.26, "show all labels" off before."""
    placement = getattr(settings, "placementSettings", None)
    if placement is not None and hasattr(Qgis, "LabelOverlapHandling"):  # QGIS 3.26+
        placement().setOverlapHandling(Qgis.LabelOverlapHandling.PreventOverlap)
        placement().setAllowDegradedPlacement(False)
    else:
        settings.displayAll = False


# Positions around a point in the codes a data-defined position order reads, the usual
# cartographic ones first.
_POSITION_CODES = {
    "TopRight": "TR",
    "TopLeft": "TL",
    "BottomRight": "BR",
    "BottomLeft": "BL",
    "MiddleRight": "R",
    "MiddleLeft": "L",
    "TopSlightlyRight": "TSR",
    "BottomSlightlyRight": "BSR",
    "TopSlightlyLeft": "TSL",
    "BottomSlightlyLeft": "BSL",
    "TopMiddle": "T",
    "BottomMiddle": "B",
}
EVERY_POSITION_AROUND_POINT = ",".join(_POSITION_CODES.values())


def may_overlap_where(settings: object, expression: str) -> None:
    """A label (QgsPalLayerSettings) whose feature meets ``expression`` may be printed over
    another label where no free spot is left; the others are left out rather than overlap
    (overlap handling from 3.26, "always show" before, both data-defined)."""
    _prevent_label_overlap(settings)
    properties = settings.dataDefinedProperties()
    if hasattr(qgis_core.QgsPalLayerSettings.Property, "OverlapHandling"):  # QGIS 3.26+
        properties.setProperty(
            qgis_core.QgsPalLayerSettings.Property.OverlapHandling,
            qgis_core.QgsProperty.fromExpression(f"if({expression}, 'AllowIfNeeded', 'Prevent')"),
        )
        properties.setProperty(
            qgis_core.QgsPalLayerSettings.Property.AllowDegradedPlacement,
            qgis_core.QgsProperty.fromExpression(expression),
        )
    else:
        properties.setProperty(
            qgis_core.QgsPalLayerSettings.Property.AlwaysShow,
            qgis_core.QgsProperty.fromExpression(expression),
        )


# QGIS 3.24+: a map rendered for its labels only (Qgis.MapSettingsFlag from 3.30).
_SKIP_SYMBOLS = getattr(getattr(Qgis, "MapSettingsFlag", None), "SkipSymbolRendering", None)
if _SKIP_SYMBOLS is None:
    _SKIP_SYMBOLS = getattr(qgis_core.QgsMapSettings, "SkipSymbolRendering", None)


def draw_labels_only(map_settings: object) -> None:
    """Map settings (QgsMapSettings) that lay out the map's labels without drawing its
    symbols, where this QGIS can (3.24+); elsewhere the symbols are drawn as well."""
    if _SKIP_SYMBOLS is not None:
        map_settings.setFlag(_SKIP_SYMBOLS, True)


def give_pdf_its_title_and_author(pdf_path: Path, title: str, author: str = "") -> None:
    """Write ``title`` and ``author`` into the PDF's document information where QGIS left
    them empty.

    QGIS 3.22 exports a report without the project's metadata (measured: Title empty, while
    3.40 writes it); GDAL's PDF driver adds it as an incremental update, the pages untouched.
    """
    if not title and not author:
        return
    from osgeo import gdal  # only here: QGIS must be running before GDAL's PDF driver is used

    dataset = gdal.Open(str(pdf_path), gdal.GA_Update)
    if dataset is None:  # GDAL without its PDF driver: the PDF stays without a title
        return
    for item, value in (("TITLE", title), ("AUTHOR", author)):
        if value and not dataset.GetMetadataItem(item):
            dataset.SetMetadataItem(item, value)
    dataset = None  # closed here: GDAL writes the update and lets go of the file


# Legend text: QGIS 3.30 gave each legend style a text format (size, line height) and
# deprecated its font; 3.22 has the font only.
_LEGEND_STYLE_HAS_TEXT_FORMAT = hasattr(qgis_core.QgsLegendStyle, "textFormat")


def legend_text_size(legend: object, style: object) -> float:
    """The text size (points) of one of a layout legend's styles (QgsLegendStyle.Style)."""
    # The style is a copy: kept in a name, or its text format would outlive it.
    legend_style = legend.style(style)
    if _LEGEND_STYLE_HAS_TEXT_FORMAT:
        return legend_style.textFormat().size()
    return legend_style.font().pointSizeF()


def legend_text_format(legend: object, style: object) -> QgsTextFormat:
    """The text format of one of a layout legend's styles (made from its font on 3.22)."""
    legend_style = legend.style(style)  # a copy, kept while its text format is read
    if _LEGEND_STYLE_HAS_TEXT_FORMAT:
        return QgsTextFormat(legend_style.textFormat())
    font = QFont(legend_style.font())
    text_format = QgsTextFormat.fromQFont(font)
    text_format.setSize(font.pointSizeF())
    text_format.setSizeUnit(POINTS)
    return text_format


def set_legend_text_size(legend: object, style: object, size: float) -> None:
    """Set the text size (points) of one of a layout legend's styles, keeping its font."""
    legend_style = legend.style(style)  # a copy, kept while its text format is read
    if _LEGEND_STYLE_HAS_TEXT_FORMAT:
        text_format = QgsTextFormat(legend_style.textFormat())
        # A line height in millimetres (how QGIS reads an older template's line spacing)
        # stays what it was above the text: the lines of an entry keep their gap.
        if text_format.lineHeightUnit() == MILLIMETERS:
            gap = text_format.lineHeight() - text_format.size() * MM_PER_POINT
            text_format.setLineHeight(size * MM_PER_POINT + gap)
        text_format.setSize(size)
        legend.rstyle(style).setTextFormat(text_format)
    else:
        font = QFont(legend_style.font())
        font.setPointSizeF(size)
        legend.rstyle(style).setFont(font)
