"""A region page's legend lists what its map shows of its region, worked out once when the
page is filled, rather than by QGIS's "filter legend by map" at every export.

Why: QGIS's filter (``QgsMapHitTest``) runs when the page is first printed: it copies the
incidents' renderer, prepares every symbol of the style and writes each incident's symbols
to XML to compare them. That was a sixth of the sample atlas's first export (measured,
QGIS 3.40, ``bench/atlas_profile.py``). Here the same question is asked of the same
renderer (``legendKeysForFeature``, the keys QGIS's filter collects) over the same
features (those in the map's extent that the legend node's filter expression keeps), and
the answer kept as the node's entries (``QgsMapLayerLegendUtils.setLegendNodeOrder``, which
the composer shows and the saved project keeps). The node's filter expression stays on the
node, switched off, so an analyst can switch QGIS's own filter back on. Next month's
refill works it out again (``fill_region_map``).
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayerTreeLayer,
    QgsLayerTreeUtils,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsMapLayerLegendUtils,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QImage, QPainter

from ..compat import EXACT_INTERSECT

# Where a layer tree node keeps the entries the style offers it (all, in the style's order)
# before they were narrowed to the page's: a second filling starts again from them.
OFFERED_ENTRIES_PROPERTY = "mali_incidents/legend_offered"


def show_only_entries_on_map(legend: QgsLayoutItemLegend) -> None:
    """Narrow each layer node of ``legend`` to the entries its linked map shows (of the
    features its legend filter expression keeps, if it has one)."""
    map_item = legend.linkedMap()
    if map_item is None:
        return
    legend.setLegendFilterByMapEnabled(False)
    for node in legend.model().rootGroup().findLayers():
        layer = node.layer()
        if not isinstance(layer, QgsVectorLayer) or layer.renderer() is None:
            continue
        offered = _offered_entries(node, layer)
        keys = legend_keys_on_map(layer, map_item, _filter_expression(node))
        items = layer.renderer().legendSymbolItems()
        shown = [
            index for index in offered if index < len(items) and items[index].ruleKey() in keys
        ]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, shown)
        legend.model().refreshLayerLegend(node)
    legend.updateLegend()


def _offered_entries(node: QgsLayerTreeLayer, layer: QgsVectorLayer) -> list[int]:
    """The entries the page offers before narrowing: the node's own order the first time
    (a page may list some of a style's entries only, see ``PageKit.legend``), kept on the
    node; every entry of the style if the node has no order of its own."""
    kept = node.customProperty(OFFERED_ENTRIES_PROPERTY)
    if kept:
        return [int(index) for index in str(kept).split(",") if index != ""]
    if QgsMapLayerLegendUtils.hasLegendNodeOrder(node):
        offered = list(QgsMapLayerLegendUtils.legendNodeOrder(node))
    else:
        offered = list(range(len(layer.renderer().legendSymbolItems())))
    node.setCustomProperty(OFFERED_ENTRIES_PROPERTY, ",".join(str(index) for index in offered))
    return offered


def _filter_expression(node: QgsLayerTreeLayer) -> str:
    """The node's legend filter expression, switched off on the node (QGIS's filter would
    run the hit test again) but still used here."""
    expression = QgsLayerTreeUtils.legendFilterByExpression(node)[0]
    if expression:
        QgsLayerTreeUtils.setLegendFilterByExpression(node, expression, False)
    return expression


def legend_keys_on_map(layer: QgsVectorLayer, map_item: QgsLayoutItemMap, expression: str) -> set:
    """The legend keys of ``layer``'s renderer for the features ``map_item`` shows (those
    ``expression`` keeps, if given), as QGIS's legend filter collects them."""
    context = QgsRenderContext()
    expression_context = map_item.createExpressionContext()
    expression_context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    context.setExpressionContext(expression_context)
    # Nothing is drawn, but symbols want a painter to start rendering (as QgsMapHitTest).
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    context.setPainter(painter)
    extent = QgsCoordinateTransform(
        map_item.crs(), layer.crs(), map_item.layout().project()
    ).transformBoundingBox(map_item.extent())
    context.setExtent(extent)
    renderer = layer.renderer().clone()
    renderer.startRender(context, layer.fields())
    request = QgsFeatureRequest().setFilterRect(extent).setFlags(EXACT_INTERSECT)
    if expression:
        request.setFilterExpression(expression)
        request.setExpressionContext(expression_context)
    keys: set = set()
    try:
        for feature in layer.getFeatures(request):
            context.expressionContext().setFeature(feature)
            keys.update(renderer.legendKeysForFeature(feature, context))
    finally:
        renderer.stopRender(context)
        painter.end()
    return keys
