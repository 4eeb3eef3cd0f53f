"""Which places of a region's map find room for their names, worked out when the page is filled.

Place names are printed only where they are clear of other labels, symbols and the map's
furniture (``project_layers``): a name that finds no room would be left out. So the page lays
out its map's labels once, as the PDF export will (the layout map's own settings, the
layout's resolution and the export's simplification). Where names compete for room, the
label priority of ``symbology/incidents.qml`` decides: the places with more deaths keep
theirs (``rank_places``). Of the names with no room by their point, the first by rank is
tried further out, tied to its point by a line; the others, and a name with no room further
out either, are labelled with their numbers only ("16, 17", which the page's table names)
and named in a list on the page. Their labels shorter, and the list a label blocking item of
the map, the others' may move: the labels are laid out again until every name the map prints
has its spot (each round adds places to the list or further out, so it ends).

A place's numbers with no room by its point go further out, tied to it by a line; only then,
as the last resort, are they printed over another label, and the list says which were.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from qgis.core import (
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLabelPosition,
    QgsLayoutItemMap,
    QgsMapRendererCustomPainterJob,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsRuleBasedLabeling,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsVectorSimplifyMethod,
)
from qgis.PyQt.QtCore import QSizeF
from qgis.PyQt.QtGui import QImage, QPainter

from ..compat import GEOMETRY_SIMPLIFICATION, draw_labels_only
from ..map_numbers import (
    FAR_PLACES_VARIABLE,
    NAMED_FAR_VARIABLE,
    PLACE_PRIORITY_VARIABLE,
    UNNAMED_PLACES_VARIABLE,
    unnamed_variable,
)
from ..validate import fold_name

# What QgsLayoutExporter simplifies a PDF's geometries to (pixels; its own value, which it
# does not expose): the labels are laid out on the geometries the export draws.
EXPORT_SIMPLIFY_THRESHOLD = 0.1
# The priorities the page gives its places' names, by rank: the first (the style's highest)
# gets the most, the last the least (QGIS's scale is 0-10; the numbers of unnamed places
# have 10, so that they find a spot).
FIRST_PLACE_PRIORITY = 9.5
LAST_PLACE_PRIORITY = 5.0
# Two labels overlap if their boxes share more than this share of the smaller box: boxes that
# touch (an edge in common) do not.
OVERLAP_SHARE = 0.001


@dataclass
class FittedLabels:
    """Where a region map's place labels went."""

    # The fids of the places labelled with their numbers only (no room for their names).
    unnamed: list[int] = field(default_factory=list)
    # Of those, the ones whose numbers are printed over another label (no room either).
    overlapping: list[int] = field(default_factory=list)


def rank_places(
    map_item: QgsLayoutItemMap, layer: QgsVectorLayer, places: list[int], names: dict[int, str]
) -> list[int]:
    """Give each of ``places`` (fids of their labelled incidents) a label priority of its own
    on ``map_item``'s layout, by their rank: by the style's priority (symbology/incidents.qml:
    more deaths first, then more incidents), then by name. Places the style ranks alike
    would leave the choice to the label engine, which does not make it the same way twice.
    Returns the places in their rank's order, first first."""
    layout = map_item.layout()
    # The priority as the style gives it: no rank yet, and no place of an earlier fill of
    # this page taken for one without room (whose numbers outrank every name).
    for variable in (
        PLACE_PRIORITY_VARIABLE,
        UNNAMED_PLACES_VARIABLE,
        NAMED_FAR_VARIABLE,
        FAR_PLACES_VARIABLE,
    ):
        QgsExpressionContextUtils.setLayoutVariable(layout, variable, None)
    settings = next(
        (
            settings
            for settings in _label_settings(layer)
            if PLACE_PRIORITY_VARIABLE
            in settings.dataDefinedProperties()
            .property(QgsPalLayerSettings.Property.Priority)
            .expressionString()
        ),
        None,
    )
    if settings is None or not places:
        return list(places)  # a labelling of the analyst's own: its priorities as they are
    priority = settings.dataDefinedProperties().property(QgsPalLayerSettings.Property.Priority)
    context = map_item.createExpressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    style_priority = {}
    for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(places)):
        context.setFeature(feature)
        value, ok = priority.valueAsDouble(context, settings.priority)
        style_priority[feature.id()] = value if ok else settings.priority
    ranked = sorted(
        places,
        key=lambda fid: (
            -style_priority.get(fid, settings.priority),
            fold_name(names.get(fid, "")),
            fid,
        ),
    )
    step = (FIRST_PLACE_PRIORITY - LAST_PLACE_PRIORITY) / max(len(ranked) - 1, 1)
    QgsExpressionContextUtils.setLayoutVariable(
        layout,
        PLACE_PRIORITY_VARIABLE,
        json.dumps(
            {
                str(fid): round(FIRST_PLACE_PRIORITY - rank * step, 4)
                for rank, fid in enumerate(ranked)
            },
            sort_keys=True,
        ),
    )
    return ranked


def _label_settings(layer: QgsVectorLayer) -> list[QgsPalLayerSettings]:
    """The layer's label settings: its one setting, or each rule's."""
    labeling = layer.labeling()
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return [labeling.settings()]
    if isinstance(labeling, QgsRuleBasedLabeling):
        return [rule.settings() for rule in labeling.rootRule().descendants() if rule.settings()]
    return []


def lay_out_labels(map_item: QgsLayoutItemMap) -> list[QgsLabelPosition]:
    """The labels ``map_item`` places when its layout is exported (map coordinates)."""
    layout = map_item.layout()
    context = layout.renderContext()
    dpi = context.dpi()
    pixels_per_mm = dpi / 25.4
    size = map_item.rect().size()
    settings = map_item.mapSettings(
        map_item.extent(),
        QSizeF(size.width() * pixels_per_mm, size.height() * pixels_per_mm),
        dpi,
        True,
    )
    # Only labelled layers take part in the label engine: the others are left out.
    settings.setLayers(
        [
            layer
            for layer in settings.layers()
            if isinstance(layer, QgsVectorLayer) and layer.labelsEnabled()
        ]
    )
    simplify = QgsVectorSimplifyMethod()
    simplify.setSimplifyHints(GEOMETRY_SIMPLIFICATION)
    simplify.setForceLocalOptimization(True)
    simplify.setThreshold(EXPORT_SIMPLIFY_THRESHOLD)
    settings.setSimplifyMethod(simplify)
    draw_labels_only(settings)
    # The job needs a painter; what it paints is not looked at.
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    try:
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
        results = job.takeLabelingResults()
    finally:
        painter.end()
    return list(results.allLabels()) if results is not None else []


def placed_fids(labels: list[QgsLabelPosition], layer: QgsVectorLayer) -> set[int]:
    return {
        label.featureId
        for label in labels
        if label.layerID == layer.id() and not label.isUnplaced and not label.isDiagram
    }


def overlapping_labels(labels: list[QgsLabelPosition]) -> list[tuple[int, int]]:
    """Pairs of indexes into ``labels`` of placed labels whose boxes overlap."""
    boxes = [
        (index, QgsRectangle(label.labelRect))
        for index, label in enumerate(labels)
        if not label.isUnplaced
    ]
    pairs = []
    for position, (first, box) in enumerate(boxes):
        for second, other in boxes[position + 1 :]:
            if not box.intersects(other):
                continue
            common = box.intersect(other)
            if common.area() > OVERLAP_SHARE * min(box.area(), other.area()):
                pairs.append((first, second))
    return pairs


def fit_place_labels(
    map_item: QgsLayoutItemMap,
    layer: QgsVectorLayer,
    places: list[int],
    show_list,
) -> FittedLabels:
    """Lay out the map's labels until every place of ``places`` (the fids of their labelled
    incidents, in their rank's order: ``rank_places``) is named on the map or in the list.
    ``show_list(unnamed, overlapping)`` fills the page's list of the unnamed places (and
    sizes it) before each round."""
    layout = map_item.layout()
    unnamed: set[int] = set()
    named_far: set[int] = set()
    far: set[int] = set()
    overlapping: set[int] = set()
    while True:
        QgsExpressionContextUtils.setLayoutVariable(
            layout, UNNAMED_PLACES_VARIABLE, unnamed_variable(unnamed)
        )
        QgsExpressionContextUtils.setLayoutVariable(
            layout, NAMED_FAR_VARIABLE, unnamed_variable(named_far)
        )
        QgsExpressionContextUtils.setLayoutVariable(
            layout, FAR_PLACES_VARIABLE, unnamed_variable(far)
        )
        show_list(sorted(unnamed), sorted(overlapping))
        if not places:  # nothing to name: no labels to lay out
            break
        labels = lay_out_labels(map_item)
        placed = placed_fids(labels, layer)
        left_out = {fid for fid in places if fid not in unnamed and fid not in placed}
        over = _numbers_over_labels(labels, layer, unnamed)
        if not left_out and over <= overlapping:
            break  # every name has its spot, every number printed over a label is said
        # All at once, to save rounds: of the names without room by their point, the first
        # by rank goes further out and the others join the list, as do names without room
        # further out either; numbers over a label go further out, and those already further
        # out are said to be over one. Each set only grows (a number once said to be over a
        # label stays said): the rounds end. One name further out a round: with all of them
        # at once, QGIS 3.40 placed the sample's Mopti differently from one run to the next.
        tried = left_out - named_far
        if tried:
            best = min(tried, key=places.index)
            named_far.add(best)
            unnamed |= left_out - {best}
        else:
            unnamed |= left_out
        overlapping |= over & far
        far |= over
    return FittedLabels(sorted(unnamed), sorted(overlapping))


def _numbers_over_labels(
    labels: list[QgsLabelPosition], layer: QgsVectorLayer, unnamed: set[int]
) -> set[int]:
    """The unnamed places whose numbers overlap another label."""
    own = {
        index
        for index, label in enumerate(labels)
        if label.layerID == layer.id() and label.featureId in unnamed
    }
    return {
        labels[index].featureId
        for pair in overlapping_labels(labels)
        for index in pair
        if index in own
    }
