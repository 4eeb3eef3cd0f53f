"""Where each region's name is printed on a map: worked out by the atlas when the page is
filled, clear of the month's incident symbols, the map's margin, its furniture and the other
region names, and handed to QGIS as the names' data-defined positions (``symbology/regions.qml``
reads them from the map's variable ``mali_region_name_spots``).

Why not QGIS's own placement: it tries a few candidate spots per cm² of a region, and a
crowded region (Mopti) had none clear of its incidents; more candidates found one, but the
same atlas then placed its labels differently from one run to the next. Here the spot is
found on a grid of the map as printed, the same every run:

- the incidents are drawn alone, as the map draws them (sizes by fatalities, rings of
  co-located points, approximate locations), and every pixel they cover is taken;
- a name's box (its text at the style's font, plus a small clearance) may stand where it
  covers only its own region, no incident, nothing outside the map's label margin, no
  label-blocking item (north arrow, scale bar) and no name placed before it;
- of those spots, the ones with most room around them (up to a few mm: past that, room does
  not matter) and then the nearest to the region's pole of inaccessibility (its middle, where
  QGIS would put the name) win; ties go to the topmost, then leftmost spot;
- a region too small or too full for its name (Bamako) is named beside it, at the nearest
  free spot, covering as much of it as it can; on a map of several countries, within its
  own country (Burkina Faso's SAHEL went over Mali's Mopti and Gao, its southern regions'
  names over Ghana, where a reader takes them for places); a region the frame cuts with no
  room in the part shown, or one with no free spot at all, is not named on that map
  (regions.qml shows only the names with a spot, once the map has its spots).

The spots are a variable of the map item: the analyst sees and may change them in the
composer (or the expressions in regions.qml, kept next month as every style is); the next
month's refill works them out again for that month's incidents.
"""

from __future__ import annotations

import json
import math

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsLayoutItemMap,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsRenderContext,
    QgsTextRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QPointF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF

from ..compat import DRAW_LABELING
from .variables import REGION_COUNTRY_FIELD, REGION_NAME_SPOTS_VARIABLE

# The grid the spots are looked for on: 2 pixels a mm (~50 dpi): a letter is 3 mm tall, the
# clearance round the name covers the half pixel a spot may be off.
PIXELS_PER_MM = 2
# The least room between a name and a symbol, the map's margin or another name (mm).
CLEARANCE_MM = 0.6
# More room than this around a name is not worth moving it off the region's middle (mm).
COMFORTABLE_ROOM_MM = 3.0
ROOM_STEP_MM = 1.0
# How far from its region's middle a name that does not fit inside may go (mm).
FARTHEST_BESIDE_MM = 30.0


def place_region_names(
    map_item: QgsLayoutItemMap, regions: QgsVectorLayer, symbol_layers: list[QgsVectorLayer]
) -> dict[str, list[float]]:
    """Work out the spots of the region names ``map_item`` prints, clear of what
    ``symbol_layers`` draw on it, and set them as the map's variable (None: QGIS places
    every name itself)."""
    spots = region_name_spots(map_item, regions, symbol_layers)
    QgsExpressionContextUtils.setLayoutItemVariable(
        map_item,
        REGION_NAME_SPOTS_VARIABLE,
        json.dumps(spots, ensure_ascii=False, sort_keys=True) if spots else None,
    )
    return spots


def region_name_spots(
    map_item: QgsLayoutItemMap, regions: QgsVectorLayer, symbol_layers: list[QgsVectorLayer]
) -> dict[str, list[float]]:
    """Each named region's spot (admin1 -> [x, y], the name's centre in the regions layer's
    coordinates) on ``map_item`` as it is framed now."""
    labeling = regions.labeling()
    if not regions.labelsEnabled() or not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return {}  # the analyst's own labelling (rules…): QGIS places the names
    label = labeling.settings()
    if not label.drawLabels or not _visible_at(label, map_item.scale()):
        return {}
    size = map_item.rect().size()
    width, height = round(size.width() * PIXELS_PER_MM), round(size.height() * PIXELS_PER_MM)
    if width < 1 or height < 1:
        return {}
    settings = map_item.mapSettings(
        map_item.extent(), QSizeF(width, height), 25.4 * PIXELS_PER_MM, True
    )
    if regions.id() not in {layer.id() for layer in settings.layers()}:
        return {}
    grid = _Grid(settings, width, height)
    # Taken: outside the map's label margin, under its furniture, under its symbols.
    boundary = settings.labelBoundaryGeometry()
    outside = ~grid.mask([boundary]) if not _empty(boundary) else None
    taken = outside if outside is not None else np.zeros((height, width), dtype=bool)
    off_map = taken.copy()  # outside the map's label margin
    taken |= grid.mask([region.geometry for region in settings.labelBlockingRegions()])
    taken |= _symbol_pixels(settings, symbol_layers, width, height)

    names = _names(settings, regions, label, grid)
    # A map of several countries: each country's regions, where its names stay.
    countries: dict[str, np.ndarray] = {}
    for name in names:
        if name.country:
            countries[name.country] = countries.get(name.country, False) | name.inside
    # The least room first: a small or crowded region has fewer spots to choose from.
    names.sort(key=lambda name: (int(name.inside.sum()), name.admin1))
    clearance = math.ceil(CLEARANCE_MM * PIXELS_PER_MM)
    to_layer = QgsCoordinateTransform(
        settings.destinationCrs(), regions.crs(), settings.transformContext()
    )
    spots: dict[str, list[float]] = {}
    for name in names:
        half_width, half_height = math.ceil(name.width / 2), math.ceil(name.height / 2)
        # Symbols, margin, furniture and names keep the clearance from the name; its own
        # region's outline need not (a name may run along it).
        kept_off = _grown(taken, clearance)
        rows, columns = np.nonzero(name.inside)
        # Inside its region: only the region's bounding box can hold the name's centre.
        inside = (rows.min(), rows.max() + 1, columns.min(), columns.max() + 1)
        spot = _best_spot(kept_off | ~name.inside, half_width, half_height, name.anchor, inside)
        if spot is None and not (name.inside & off_map).any():
            # No room inside a region wholly on the map (too small for its name: Bamako):
            # beside it, as near its middle as is free. A region the frame cuts, with no room
            # in what the map shows of it, is not named there.
            reach = FARTHEST_BESIDE_MM * PIXELS_PER_MM
            beside = (
                math.floor(name.anchor[0] - reach),
                math.ceil(name.anchor[0] + reach) + 1,
                math.floor(name.anchor[1] - reach),
                math.ceil(name.anchor[1] + reach) + 1,
            )
            own_country = countries.get(name.country)
            spot = _best_spot(
                kept_off | ~own_country if own_country is not None else kept_off,
                half_width,
                half_height,
                name.anchor,
                beside,
                most_of=name.inside,
            )
        if spot is None:
            continue
        row, column = spot
        # The name's box is taken for the names that follow.
        taken[
            max(row - half_height, 0) : row + half_height + 1,
            max(column - half_width, 0) : column + half_width + 1,
        ] = True
        centre = grid.to_map(column + 0.5, row + 0.5)
        point = to_layer.transform(centre)
        spots[name.admin1] = [round(point.x(), 7), round(point.y(), 7)]
    return spots


class _Name:
    """A region's name to place: its box (pixels), its region's pixels and middle."""

    def __init__(
        self, admin1: str, width: float, height: float, inside, anchor, country: str = ""
    ) -> None:
        self.admin1 = admin1
        self.country = country  # a map of several countries: the region's; else empty
        self.width = width
        self.height = height
        self.inside = inside
        self.anchor = anchor  # (row, column)


class _Grid:
    """The map as a grid of pixels: geometries (map coordinates) drawn into masks."""

    def __init__(self, settings: QgsMapSettings, width: int, height: int) -> None:
        self.transform = settings.mapToPixel().transform()
        self.width = width
        self.height = height

    def to_pixels(self, geometry: QgsGeometry) -> QgsGeometry:
        pixels = QgsGeometry(geometry)
        pixels.transform(self.transform)
        return pixels

    def mask(self, geometries: list[QgsGeometry]) -> np.ndarray:
        """Which pixels the (polygon) geometries cover."""
        image = QImage(self.width, self.height, QImage.Format.Format_Grayscale8)
        image.fill(0)
        painter = QPainter(image)
        try:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255))
            for geometry in geometries:
                if geometry is None or geometry.isEmpty():
                    continue
                painter.drawPath(_path(self.to_pixels(geometry)))
        finally:
            painter.end()
        return _channel(image, 1, 0) > 0

    def to_map(self, column: float, row: float) -> QgsPointXY:
        x, y = self.transform.inverted()[0].map(column, row)
        return QgsPointXY(x, y)


def _path(geometry: QgsGeometry) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # holes stay holes
    polygons = geometry.asMultiPolygon() if geometry.isMultipart() else [geometry.asPolygon()]
    for polygon in polygons:
        for ring in polygon:
            path.addPolygon(QPolygonF([QPointF(point.x(), point.y()) for point in ring]))
            path.closeSubpath()
    return path


def _channel(image: QImage, bytes_per_pixel: int, channel: int) -> np.ndarray:
    """One byte of each pixel of ``image`` as a (height, width) array."""
    bits = image.constBits()
    bits.setsize(image.bytesPerLine() * image.height())
    rows = np.frombuffer(bits, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, channel : image.width() * bytes_per_pixel : bytes_per_pixel].copy()


def _symbol_pixels(
    settings: QgsMapSettings, symbol_layers: list[QgsVectorLayer], width: int, height: int
) -> np.ndarray:
    """The pixels the map's symbols of ``symbol_layers`` cover, drawn as the map draws them
    (its variables: the page's region fades its neighbours' incidents, which still take room)."""
    wanted = {layer.id() for layer in symbol_layers}
    drawn = QgsMapSettings(settings)
    drawn.setLayers([layer for layer in settings.layers() if layer.id() in wanted])
    drawn.setFlag(DRAW_LABELING, False)
    drawn.setBackgroundColor(QColor(0, 0, 0, 0))
    if not drawn.layers():
        return np.zeros((height, width), dtype=bool)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        QgsMapRendererCustomPainterJob(drawn, painter).renderSynchronously()
    finally:
        painter.end()
    # ARGB32 is stored B, G, R, A on little-endian machines, A first on big-endian ones.
    alpha = 3 if np.little_endian else 0
    return _channel(image, 4, alpha) > 0


def _names(
    settings: QgsMapSettings, regions: QgsVectorLayer, label: QgsPalLayerSettings, grid: _Grid
) -> list[_Name]:
    """The region names the map prints (the style's Show rule kept), measured."""
    context = QgsExpressionContext(settings.expressionContext())
    context.appendScope(QgsExpressionContextUtils.layerScope(regions))
    text = QgsExpression(
        label.fieldName if label.isExpression else QgsExpression.quotedColumnRef(label.fieldName)
    )
    text.prepare(context)
    show = label.dataDefinedProperties().property(QgsPalLayerSettings.Property.Show)
    render_context = QgsRenderContext.fromMapSettings(settings)
    render_context.setExpressionContext(context)
    to_map = QgsCoordinateTransform(
        regions.crs(), settings.destinationCrs(), settings.transformContext()
    )
    visible = QgsGeometry.fromRect(settings.visibleExtent())
    boundary = settings.labelBoundaryGeometry()
    seen: set[str] = set()
    names = []
    admin1_index = regions.fields().indexOf("admin1")
    if admin1_index < 0:
        return []
    country_index = regions.fields().indexOf(REGION_COUNTRY_FIELD)
    for feature in regions.getFeatures():
        admin1 = feature.attribute(admin1_index)
        if admin1 is None or not feature.hasGeometry():
            continue
        admin1 = str(admin1)
        context.setFeature(feature)
        if show.isActive():
            shown, _ok = show.valueAsBool(context, True)
            if not shown:
                continue
        printed = text.evaluate(context)
        if printed is None or str(printed) == "":
            continue
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_map)
        if not geometry.intersects(visible):
            continue
        inside = grid.mask([geometry])
        if not inside.any():
            continue
        if admin1 in seen:  # one spot per region: a second polygon is left to QGIS
            names = [name for name in names if name.admin1 != admin1]
            continue
        seen.add(admin1)
        lines = str(printed).split("\n")
        width = QgsTextRenderer.textWidth(render_context, label.format(), lines)
        height = QgsTextRenderer.textHeight(render_context, label.format(), lines)
        # Its middle as the map shows it (a neighbour the frame cuts: the part shown).
        shown = geometry.intersection(boundary) if not _empty(boundary) else geometry
        pole, _distance = grid.to_pixels(shown).poleOfInaccessibility(1.0)
        anchor = pole.asPoint() if not pole.isEmpty() else None
        names.append(
            _Name(
                admin1,
                width,
                height,
                inside,
                (anchor.y(), anchor.x()) if anchor is not None else (0.0, 0.0),
                str(feature.attribute(country_index) or "") if country_index >= 0 else "",
            )
        )
    return names


def _best_spot(
    taken: np.ndarray,
    half_width: int,
    half_height: int,
    anchor: tuple[float, float],
    window: tuple[int, int, int, int],
    most_of: np.ndarray | None = None,
) -> tuple[int, int] | None:
    """The centre (row, column) of the free box of that size within ``window`` (rows from,
    to, columns from, to) with the most room around it (up to COMFORTABLE_ROOM_MM), then
    nearest ``anchor``. With ``most_of`` (a region's pixels), the free box nearest
    ``anchor`` of those covering most of it, within FARTHEST_BESIDE_MM. None if no box is
    free."""
    top, left = max(window[0], 0), max(window[2], 0)
    # The boxes centred in the window reach past it by their half size.
    top_edge, left_edge = max(top - half_height, 0), max(left - half_width, 0)
    rows_in = slice(top_edge, min(window[1] + half_height, taken.shape[0]))
    columns_in = slice(left_edge, min(window[3] + half_width, taken.shape[1]))
    summed = _summed(taken[rows_in, columns_in])
    room = _free_centres(summed, half_width, half_height).astype(np.int32)
    if not room.any():
        return None
    rows, columns = np.indices(room.shape)
    distance = (rows + top_edge - anchor[0]) ** 2 + (columns + left_edge - anchor[1]) ** 2
    if most_of is None:
        step = round(ROOM_STEP_MM * PIXELS_PER_MM)
        for extra in range(step, round(COMFORTABLE_ROOM_MM * PIXELS_PER_MM) + 1, step):
            free = _free_centres(summed, half_width + extra, half_height + extra)
            if not free.any():
                break
            room += free  # room only grows where the smaller box was free too
    else:
        room[distance > (FARTHEST_BESIDE_MM * PIXELS_PER_MM) ** 2] = 0
        if not room.any():
            return None
        # How much of the region each free box covers (+1: a free box covering none counts).
        covered = _box_sums(_summed(most_of[rows_in, columns_in]), half_width, half_height)
        room = np.where(room > 0, covered + 1, 0)
    best = room == room.max()
    # np.argmin returns the first of equal values: the topmost, then leftmost spot.
    row, column = divmod(int(np.argmin(np.where(best, distance, np.inf))), room.shape[1])
    return row + top_edge, column + left_edge


def _summed(mask: np.ndarray) -> np.ndarray:
    """The summed-area table of ``mask``: one row and column more, of zeros, first."""
    summed = np.zeros((mask.shape[0] + 1, mask.shape[1] + 1), dtype=np.int32)
    summed[1:, 1:] = mask.cumsum(axis=0, dtype=np.int32).cumsum(axis=1, dtype=np.int32)
    return summed


def _grown(taken: np.ndarray, by: int) -> np.ndarray:
    """``taken`` and every pixel within ``by`` pixels of a taken one (a square around it)."""
    return ~_free_centres(_summed(taken), by, by)


def _free_centres(summed: np.ndarray, half_width: int, half_height: int) -> np.ndarray:
    """Where a box of (2 * half + 1) pixels each way, centred, covers no taken pixel (from
    the taken pixels' summed-area table); a box past the edge is not free."""
    return _box_sums(summed, half_width, half_height, outside=1) == 0


def _box_sums(
    summed: np.ndarray, half_width: int, half_height: int, outside: int = 0
) -> np.ndarray:
    """For each pixel, the sum of the box of (2 * half + 1) pixels each way centred on it
    (from a summed-area table); ``outside`` where the box is past the edge."""
    height, width = summed.shape[0] - 1, summed.shape[1] - 1
    sums = np.full((height, width), outside, dtype=np.int32)
    box_height, box_width = 2 * half_height + 1, 2 * half_width + 1
    if box_height > height or box_width > width:
        return sums
    sums[half_height : height - half_height, half_width : width - half_width] = (
        summed[box_height:, box_width:]
        - summed[: height - box_height + 1, box_width:]
        - summed[box_height:, : width - box_width + 1]
        + summed[: height - box_height + 1, : width - box_width + 1]
    )
    return sums


def _visible_at(label: QgsPalLayerSettings, scale: float) -> bool:
    """Whether the style's scale range shows the names at the map's scale."""
    if not label.scaleVisibility:
        return True
    # QGIS's "minimum" scale is the most zoomed-out one (the largest denominator).
    zoomed_out_enough = label.minimumScale == 0 or scale <= label.minimumScale
    zoomed_in_enough = label.maximumScale == 0 or scale >= label.maximumScale
    return zoomed_out_enough and zoomed_in_enough


def _empty(geometry: QgsGeometry) -> bool:
    return geometry is None or geometry.isNull() or geometry.isEmpty()
