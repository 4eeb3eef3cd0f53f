"""A region's map page (``symbology/atlas_region_map.qpt``): the region in its own UTM zone, its
place names and legend, and a locator inset of the country with the map's extent.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsRectangle,
)

from ...definitions import TEMPLATE_REGION_MAP
from ...map_numbers import (
    PLACE_FATALITIES_VARIABLE,
    PLACE_NUMBERS_VARIABLE,
    fatalities_variable,
    labelled_fids,
    numbers_text,
    numbers_variable,
    place_fatalities,
    place_names,
    place_numbers,
)
from ...regions import Region, utm_crs_for, wgs84
from ..caveats import covering_region, page_caveat
from ..legend_entries import show_only_entries_on_map
from ..legend_fit import fit_legend
from ..messages import tr
from ..place_labels import fit_place_labels, rank_places
from ..variables import UNNAMED_REGION_VARIABLE, set_region_variables
from .changes import fill_region_changes
from .kit import COUNTRY_MAP_MARGIN, PageKit, fit_height_to_text, typed_item
from .region_table import incidents_of

# The page's list of the places whose names found no room on the map (an older template
# may lack it).
UNNAMED_PLACES_ITEM = "region_map_unnamed_places"
# Room around a region on its map, as a share of its size: neighbours show as context.
REGION_MAP_MARGIN = 0.08
# The least a region's map shows across (km) when there is something around it to show: a
# district at city scale (Bamako, ~20 km) is drawn within its surroundings (the reference
# layers' towns and rivers, other regions' incidents). With nothing around it, the map is
# framed on the district itself, its own incidents legible, and the locator says where it
# is: a wider frame would only add empty paper.
SMALLEST_MAP_KM = 70.0
KM_PER_DEGREE = 111.32


def make_region_map(kit: PageKit, region: Region) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_REGION_MAP)
    region_map = kit.item(layout, "region_map", QgsLayoutItemMap)
    region_map.setLayers(
        [kit.layers.incidents, *kit.reference_layers, kit.layers.regions, kit.layers.countries]
    )
    region_map.setKeepLayerSet(True)
    extent = map_extent(region.extent)
    if extent != region.extent and not _context_within(kit, region, extent):
        extent = region.extent
    kit.frame(region_map, extent, utm_crs_for(region.extent), REGION_MAP_MARGIN)

    locator = kit.item(layout, "region_locator", QgsLayoutItemMap)
    # The country's regions only, the page's filled and outlined: drawing the neighbours
    # too cost as much as the rest of the inset (measured), for context the region map
    # already gives.
    locator.setLayers([kit.layers.regions])
    locator.setKeepLayerSet(True)
    kit.frame(locator, kit.country_extent, kit.country_crs, COUNTRY_MAP_MARGIN)
    extent_frame = QgsLayoutItemMapOverview(tr("Map extent"), locator)
    extent_frame.setLinkedMap(region_map)
    extent_frame.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#b3261e", "outline_width": "0.5"}
        )
    )
    locator.overviews().addOverview(extent_frame)

    kit.north_arrow(layout, "region_north_arrow")
    kit.scale_bar(layout, "region_scalebar")
    kit.legend(layout, "region_legend", filter_by_map=True)
    if kit.mark_chapter is not None:  # the map draws the chapter's country as exported
        kit.mark_chapter(layout)
    fill_region_map(kit, layout, region)
    return layout


def map_extent(extent: QgsRectangle) -> QgsRectangle:
    """The region's extent (WGS84), grown about its centre to SMALLEST_MAP_KM across where it
    is smaller."""
    centre = extent.center()
    half_height = max(extent.height(), SMALLEST_MAP_KM / KM_PER_DEGREE) / 2
    km_per_degree_east = KM_PER_DEGREE * max(math.cos(math.radians(centre.y())), 0.1)
    half_width = max(extent.width(), SMALLEST_MAP_KM / km_per_degree_east) / 2
    return QgsRectangle(
        centre.x() - half_width,
        centre.y() - half_height,
        centre.x() + half_width,
        centre.y() + half_height,
    )


def _context_within(kit: PageKit, region: Region, extent: QgsRectangle) -> bool:
    """Whether a map grown to ``extent`` (WGS84) has more to show than the region: reference
    layers (towns, rivers…) or incidents beyond the region's own box."""
    if kit.reference_layers:
        return True
    incidents = kit.layers.incidents
    to_layer = QgsCoordinateTransform(wgs84(), incidents.crs(), kit.project)
    request = QgsFeatureRequest().setFilterRect(to_layer.transformBoundingBox(extent))
    request.setSubsetOfAttributes([])
    own = to_layer.transformBoundingBox(region.extent)
    return any(
        not own.contains(feature.geometry().boundingBox())
        for feature in incidents.getFeatures(request)
    )


def fill_region_map(kit: PageKit, layout: QgsLayout, region: Region) -> None:
    # Next month too: a region's spellings (which the legend and styles read) may change.
    set_region_variables(layout, region)
    kit.set_text(
        layout,
        "region_map_title",
        tr("Map of security incidents in {region}, {month}"),
        region=region.name,
        month=kit.texts.month,
    )
    kit.sources_and_credit(layout, page_caveat(region, kit.regions))
    # Drawn inside another region's polygon, the page does not print that region's name.
    covering = covering_region(region, kit.regions)
    QgsExpressionContextUtils.setLayoutVariable(
        layout, UNNAMED_REGION_VARIABLE, covering.admin1 if covering is not None else None
    )
    _say_when_legend_is_empty(kit, layout, region)
    # The region names first: the place labels are laid out around them.
    kit.name_regions(layout, "region_map", kit.layers.incidents)
    # Each place's numbers in the region's table ("No."), which its label prints.
    if kit.labelled_fids is None:
        kit.labelled_fids = labelled_fids(kit.layers.incidents)
    incidents = list(incidents_of(kit, region, geometry=True))
    numbers = place_numbers(incidents, kit.labelled_fids)
    QgsExpressionContextUtils.setLayoutVariable(
        layout, PLACE_NUMBERS_VARIABLE, numbers_variable(numbers, more_numbers())
    )
    # Where names crowd, the places with more deaths keep theirs (the label priority of
    # symbology/incidents.qml reads them).
    QgsExpressionContextUtils.setLayoutVariable(
        layout,
        PLACE_FATALITIES_VARIABLE,
        fatalities_variable(place_fatalities(incidents, kit.labelled_fids)),
    )
    _name_every_place(kit, layout, region, numbers, place_names(incidents, kit.labelled_fids))
    fill_region_changes(kit, layout, region)
    # The legend lists what the map shows of the region, worked out now that the page knows
    # its region (legend_entries.py: QGIS's own filter cost a sixth of the export).
    legend = typed_item(layout, "region_legend", QgsLayoutItemLegend)
    if legend is not None:
        show_only_entries_on_map(legend)
        if not fit_legend(legend):
            kit.warnings.append(
                tr("The legend of {region}'s map is taller than its frame").format(
                    region=region.name
                )
            )


def _name_every_place(
    kit: PageKit,
    layout: QgsLayout,
    region: Region,
    numbers: dict[int, list[int]],
    names: dict[int, str],
) -> None:
    """Every place is named on the map or, where its name finds no room, labelled with its
    numbers and named in the page's list (place_labels.py)."""
    listed = typed_item(layout, UNNAMED_PLACES_ITEM, QgsLayoutItemLabel)

    def show_list(unnamed: list[int], overlapping: list[int]) -> None:
        if listed is None:
            return  # a template from before the list: the numbers tie points to table rows
        more = more_numbers()
        entries = sorted((sorted(numbers[fid]), names.get(fid, "")) for fid in unnamed)
        text = "; ".join(
            f"{numbers_text(row_numbers, more)} {name}".strip() for row_numbers, name in entries
        )
        over = ", ".join(numbers_text(numbers[fid], more) for fid in overlapping)
        kit.set_text(
            layout,
            UNNAMED_PLACES_ITEM,
            tr("Not named on the map for lack of room: {places}.")
            + (" " + tr("Numbers printed over another label: {numbers}.") if over else ""),
            places=text,
            numbers=over,
        )
        listed.setVisibility(bool(unnamed))
        fit_height_to_text(listed)

    region_map = kit.item(layout, "region_map", QgsLayoutItemMap)
    ranked = rank_places(region_map, kit.layers.incidents, sorted(numbers), names)
    fitted = fit_place_labels(region_map, kit.layers.incidents, ranked, show_list)
    if fitted.unnamed and listed is None:
        kit.warnings.append(
            tr(
                "{region}: {count} places without room for their names are labelled with "
                "their numbers only (the page's template has no list '{item}' to name them)"
            ).format(region=region.name, count=len(fitted.unnamed), item=UNNAMED_PLACES_ITEM)
        )


def more_numbers() -> str:
    """A place's numbers past the first few, in the atlas's language: "1, 2, 3, 4, 5, 6, 29
    more"."""
    return tr("{count} more")


def _say_when_legend_is_empty(kit: PageKit, layout: QgsLayout, region: Region) -> None:
    """The legend lists the region's incidents only: with none, a line under it says so."""
    note = typed_item(layout, "region_legend_empty", QgsLayoutItemLabel)
    if note is None:
        return  # a template from before this line existed, or the analyst removed it
    note.setText(tr("No incident recorded this month"))
    note.setVisibility(region.incidents == 0)
