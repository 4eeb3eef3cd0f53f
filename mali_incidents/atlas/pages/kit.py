"""What every page is made with: its template, its texts, its map frames, north arrow, scale
bar and legend (``PageKit``), and the month's texts the pages print (``PageTexts``).
"""

from __future__ import annotations

import copy
import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsLayerTreeUtils,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSymbolLayerUtils,
)
from qgis.PyQt.QtCore import QRectF
from qgis.PyQt.QtXml import QDomDocument

from ...compat import KILOMETERS
from ...paths import symbology_file
from ...regions import wgs84
from ..messages import AtlasError, tr
from ..project_layers import LEGEND_LINE_BREAK, AtlasLayers, two_lines
from ..region_name_spots import place_region_names
from ..settings import AtlasSettings
from ..variables import ON_PAGE_REGION, TEXT_VARIABLE_PREFIX

# Room around the country on its maps (cover, overview, locators), as a share of its size.
COUNTRY_MAP_MARGIN = 0.03
NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"
# How much of a label's width its wrapped lines fill, at least (a word that does not fit
# goes to the next line).
WRAPPED_LINE_FILL = 0.85
# The labels of regions.qml's rules for the page's region and the faded others.
PAGE_REGION_RULE = "Region of the page"
OTHER_REGIONS_RULE = "Other regions (faded)"
# On a legend's group: the key of the style's heading rule it prints ("incident_type").
LEGEND_HEADING_PROPERTY = "mali_incidents/legend_heading"


@dataclass
class PageTexts:
    month: str
    sources: str
    settings: AtlasSettings
    attribution: str = ""  # citation, period, date of the data, boundaries, disclaimer
    # What follows "security incidents" in the titles: "in Niger", "au Niger", or every
    # country of the atlas ("in Mali, Burkina Faso and Niger"); from country_titles.csv.
    in_country: str = ""


def typed_item(layout: QgsLayout, item_id: str, kind: type):
    """The layout's item of that id if it is a ``kind`` (a label, a map…), else None."""
    item = layout.itemById(item_id)  # PyQGIS gives it its own class, not QgsLayoutItem
    return item if isinstance(item, kind) else None


def fit_height_to_text(label: QgsLayoutItemLabel) -> None:
    """A label as tall as the lines its text takes at its width, its bottom edge kept (a list
    at the foot of a map grows upwards)."""
    one_line = label.sizeForText()  # the whole text on one line, margins included
    width = label.rect().width()
    # Words wrap where they must: a line holds less than the full width.
    lines = max(1, math.ceil(one_line.width() / (width * WRAPPED_LINE_FILL)))
    height = lines * one_line.height()
    top_left = label.pos()
    bottom = top_left.y() + label.rect().height()
    label.attemptSetSceneRect(QRectF(top_left.x(), bottom - height, width, height))


class PageKit:
    """What every page is made with: the project, the month's layers and texts, the country's
    frame, and the templates (each read once per atlas)."""

    def __init__(
        self,
        project: QgsProject,
        layers: AtlasLayers,
        texts: PageTexts,
        country_crs: QgsCoordinateReferenceSystem,
        country_extent: QgsRectangle,
        warnings: list[str],
        trends=None,
        trend_layers=None,
    ) -> None:
        self.project = project
        # What changed since last month (trend_layers.MonthTrends and TrendLayers): None in a
        # kit that has no history to show (the pages then say so).
        self.trends = trends
        self.trend_layers = trend_layers
        self.layers = layers
        self.texts = texts
        self.country_crs = country_crs
        self.country_extent = country_extent
        self.warnings = warnings  # the atlas's, added to (rows continued over pages)
        self._templates: dict[str, str] = {}
        self.regions: list = []  # the report's regions (caveats.py compares them)
        # The Reference group's layers (rivers, towns…), drawn by every map under the incidents.
        self.reference_layers: list = []
        # Each place's labelled incident (map_numbers.py), read once for every region map.
        self.labelled_fids: dict[str, int] | None = None
        # A chapter's kit: marks a page as the chapter's (what its maps draw) before a region
        # map lays out its labels (report.mark_chapter).
        self.mark_chapter: Callable[[QgsLayout], None] | None = None

    def for_country(
        self,
        crs: QgsCoordinateReferenceSystem,
        extent: QgsRectangle,
        in_country: str,
        mark_chapter: Callable[[QgsLayout], None] | None = None,
    ) -> PageKit:
        """The same kit for one country's chapter of an atlas of several: its frame, its
        titles; the templates read once still shared."""
        kit = copy.copy(self)
        kit.country_crs = crs
        kit.country_extent = extent
        kit.texts = dataclasses.replace(self.texts, in_country=in_country)
        kit.mark_chapter = mark_chapter
        return kit

    def from_template(self, template: str) -> QgsLayout:
        """A layout from a QPT of symbology/ (each read once per atlas)."""
        path = symbology_file(template)
        if template not in self._templates:
            try:
                self._templates[template] = path.read_text(encoding="utf-8")
            except OSError as error:
                raise AtlasError(tr("Layout template missing: {path}").format(path=path)) from error
        document = QDomDocument()
        if not document.setContent(self._templates[template])[0]:
            raise AtlasError(tr("Layout template unreadable: {path}").format(path=path))
        layout = QgsLayout(self.project)
        _items, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not loaded:
            raise AtlasError(tr("Layout template not loaded: {path}").format(path=path))
        return layout

    @staticmethod
    def item(layout: QgsLayout, item_id: str, kind: type):
        item = typed_item(layout, item_id, kind)
        if item is None:
            raise AtlasError(tr("The layout template lacks its item '{id}'").format(id=item_id))
        return item

    def set_text(self, layout: QgsLayout, item_id: str, text: str, **values: str) -> None:
        """The label's text, its ``{name}`` placeholders filled with ``values``.

        QGIS evaluates ``[% … %]`` in a label's text, not in a variable's value: a value from
        a file or a setting (a region's name, the credit line) goes into a layout variable
        and the label names it, so it is printed as it is, whatever it holds.
        """
        for name, value in values.items():
            QgsExpressionContextUtils.setLayoutVariable(
                layout, f"{TEXT_VARIABLE_PREFIX}{name}", str(value)
            )
        if values:
            text = text.format(**{name: f"[% @{TEXT_VARIABLE_PREFIX}{name} %]" for name in values})
        self.item(layout, item_id, QgsLayoutItemLabel).setText(text)

    def sources_and_credit(self, layout: QgsLayout, caveat: str = "") -> None:
        self.set_text(layout, "page_sources", tr("SOURCES: {sources}"), sources=self.texts.sources)
        credit = self.texts.settings.credit
        self.set_text(
            layout, "page_credit", tr("CREDIT: {credit}") if credit else "", credit=credit
        )
        self.attribution(layout, caveat)

    def attribution(self, layout: QgsLayout, caveat: str = "") -> None:
        """The footer: ACLED's citation, the period, the data's date, the boundaries, the
        disclaimer, after the page's caveat if it has one (templates saved before the footer
        existed have no such item)."""
        if layout.itemById("page_attribution") is not None:
            text = f"{caveat}\n{self.texts.attribution}" if caveat else self.texts.attribution
            self.set_text(layout, "page_attribution", "{attribution}", attribution=text)

    def frame(self, item: QgsLayoutItemMap, extent_wgs84: QgsRectangle, crs, margin: float) -> None:
        item.setCrs(crs)
        extent = QgsCoordinateTransform(wgs84(), crs, self.project).transformBoundingBox(
            extent_wgs84
        )
        extent.scale(1 + 2 * margin)
        item.zoomToExtent(extent)

    def country_map(
        self, layout: QgsLayout, map_id: str, furniture: str, places=None
    ) -> QgsLayoutItemMap:
        """The page's map of the whole country, framed on it, with its north arrow and scale
        bar (``<furniture>_north_arrow``, ``<furniture>_scalebar``). With ``places`` (the
        incidents or the change cells) it draws them over the analyst's reference layers,
        the regions and the countries; without, the template's own layers."""
        country_map = self.item(layout, map_id, QgsLayoutItemMap)
        if places is not None:
            country_map.setLayers(
                [places, *self.reference_layers, self.layers.regions, self.layers.countries]
            )
            country_map.setKeepLayerSet(True)
        self.frame(country_map, self.country_extent, self.country_crs, COUNTRY_MAP_MARGIN)
        self.north_arrow(layout, f"{furniture}_north_arrow")
        self.scale_bar(layout, f"{furniture}_scalebar")
        return country_map

    def name_regions(self, layout: QgsLayout, map_id: str, symbols) -> None:
        """The map's region names placed clear of what ``symbols`` (a layer) draws on it,
        its margin, furniture and each other (region_name_spots.py), as it is framed now."""
        map_item = typed_item(layout, map_id, QgsLayoutItemMap)
        if map_item is not None:
            place_region_names(map_item, self.layers.regions, [symbols])

    def north_arrow(self, layout: QgsLayout, item_id: str) -> None:
        arrow = self.item(layout, item_id, QgsLayoutItemPicture)
        arrow.setPicturePath(
            QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, self.project.pathResolver())
        )

    def scale_bar(self, layout: QgsLayout, item_id: str) -> None:
        scale_bar = self.item(layout, item_id, QgsLayoutItemScaleBar)
        scale_bar.setUnits(KILOMETERS)
        scale_bar.setUnitLabel(tr("km"))
        # The template's fit-width mode picks a round number of km for the map's scale.
        scale_bar.update()

    def legend(self, layout: QgsLayout, item_id: str, filter_by_map: bool) -> None:
        legend = self.item(layout, item_id, QgsLayoutItemLegend)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        incidents_nodes = add_headed_lists(root, self.layers.incidents)
        if filter_by_map:
            regions_group = root.addGroup(tr("Regions").upper())
            self._explain_region_fills(regions_group.addLayer(self.layers.regions))
        legend.setTitle(tr("Legend"))
        # Long class names are written on two lines (project_layers.LEGEND_LINE_BREAK): the
        # overview's legend has two columns in 100 mm, in French too.
        legend.setWrapString(LEGEND_LINE_BREAK)
        # The layer's name would add a line above its classes: the headings suffice.
        for node in root.findLayers():
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        legend.setLegendFilterByMapEnabled(filter_by_map)
        if filter_by_map:
            # A region page's legend lists what its region's incidents show, as its table
            # does, not the pale incidents of the neighbours around it (QGIS's "filter legend
            # by expression", editable in the composer). Both filters are worked out once
            # when the page is filled (legend_entries.py), not by QGIS at every export.
            for node in incidents_nodes:
                QgsLayerTreeUtils.setLegendFilterByExpression(node, ON_PAGE_REGION, True)
        for node in root.findLayers():
            legend.model().refreshLayerLegend(node)
        legend.updateLegend()

    def _explain_region_fills(self, node) -> None:
        """A region map's legend says what the red outline and the faded neighbours are: the
        two rules of regions.qml that draw them (found by their labels there), renamed."""
        renderer = self.layers.regions.renderer()
        items = renderer.legendSymbolItems() if renderer is not None else []
        index = {item.label(): position for position, item in enumerate(items)}
        explained = [
            (index[rule], text)
            for rule, text in (
                (PAGE_REGION_RULE, tr("The page's region (red outline)")),
                (OTHER_REGIONS_RULE, tr("Other regions and their incidents (faded)")),
            )
            if rule in index
        ]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, [position for position, _ in explained])
        # On two lines; legend_fit.py puts them on one where the column is wide enough.
        for position, text in explained:
            QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, position, two_lines(text))


def add_headed_lists(root, layer) -> list:
    """``layer``'s legend as headed lists: a group per heading of its rule-based style (its
    top rules: "TYPE OF INCIDENT", "ACTORS"…), named as the rule, holding the layer once with
    the heading's classes only.

    Why groups: a legend gives every entry of a layer the same style, so a heading rule
    printed as an entry reads as one more class; a group is printed in the legend's Group
    style (bold), which the analyst sets in the composer, and renames or reorders there.
    """
    items = layer.renderer().legendSymbolItems() if layer.renderer() is not None else []
    headings = [item for item in items if item.level() == 0 and item.symbol() is None]
    if not headings:
        return [root.addLayer(layer)]
    nodes = []
    for heading in headings:
        group = root.addGroup(heading.label())
        group.setCustomProperty(LEGEND_HEADING_PROPERTY, heading.ruleKey())
        node = group.addLayer(layer)
        QgsMapLayerLegendUtils.setLegendNodeOrder(
            node,
            [
                index
                for index, item in enumerate(items)
                if item.parentRuleKey() == heading.ruleKey()
            ],
        )
        nodes.append(node)
    return nodes
