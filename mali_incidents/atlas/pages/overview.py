"""The overview page (``symbology/atlas_overview.qpt``): the country's map with every incident, its
legend, and the table of fatalities by region.
"""

from __future__ import annotations

from qgis.core import (
    QgsLayout,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutTableColumn,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt

from ...definitions import TEMPLATE_OVERVIEW
from ...regions import Region
from ..caveats import page_caveat
from ..messages import AtlasError, tr
from .kit import COUNTRY_MAP_MARGIN, PageKit


def make_overview(kit: PageKit, regions: list[Region]) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_OVERVIEW)
    fill_overview(kit, layout, regions)
    overview_map = kit.item(layout, "overview_map", QgsLayoutItemMap)
    overview_map.setLayers(
        [
            kit.layers.incidents_unlabelled,
            *kit.reference_layers,
            kit.layers.regions,
            kit.layers.countries,
        ]
    )
    overview_map.setKeepLayerSet(True)
    kit.frame(overview_map, kit.country_extent, kit.country_crs, COUNTRY_MAP_MARGIN)
    kit.north_arrow(layout, "overview_north_arrow")
    kit.scale_bar(layout, "overview_scalebar")
    kit.legend(layout, "overview_legend", filter_by_map=False)
    return layout


def fill_overview(kit: PageKit, layout: QgsLayout, regions: list[Region]) -> None:
    kit.set_text(layout, "overview_title", tr("Security incidents in Mali"))
    kit.set_text(layout, "overview_month", kit.texts.month)
    kit.set_text(layout, "overview_table_title", tr("Fatalities by region"))
    kit.sources_and_credit(layout, page_caveat(None, regions))
    _fill_fatalities_table(kit, layout, regions)


def _fill_fatalities_table(kit: PageKit, layout: QgsLayout, regions: list[Region]) -> None:
    frame = layout.itemById("overview_fatalities")
    table = frame.multiFrame() if frame is not None else None
    if not isinstance(table, QgsLayoutItemManualTable):
        raise AtlasError(tr("The overview template lacks its fatalities table"))
    body_format = table.contentTextFormat()
    bold = QgsTextFormat(body_format)
    font = bold.font()
    font.setBold(True)
    bold.setFont(font)
    # Every region with incidents, deadliest first: a region with incidents and no deaths
    # is listed too (0), and the incidents column says how much happened there.
    with_incidents = sorted(
        (region for region in regions if region.incidents > 0 or region.fatalities > 0),
        key=lambda region: (-region.fatalities, -region.incidents, region.name),
    )

    def cell(text, text_format, align=Qt.AlignmentFlag.AlignLeft):
        table_cell = QgsTableCell(text)
        table_cell.setTextFormat(text_format)
        table_cell.setHorizontalAlignment(align)
        return table_cell

    right = Qt.AlignmentFlag.AlignRight
    rows = [
        [
            cell(region.name, body_format),
            cell(str(region.incidents), body_format, right),
            cell(str(region.fatalities), body_format, right),
        ]
        for region in with_incidents
    ]
    incidents = sum(region.incidents for region in regions)
    total = sum(region.fatalities for region in regions)
    rows.append(
        [
            cell(tr("Total"), bold),
            cell(str(incidents), bold, right),
            cell(str(total), bold, right),
        ]
    )
    headers = []
    for heading, align in (
        (tr("Region"), Qt.AlignmentFlag.AlignLeft),
        (tr("Incidents"), right),
        (tr("Fatalities"), right),
    ):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(align)
        headers.append(column)
    table.setHeaders(headers)
    table.setIncludeTableHeader(True)
    table.setTableContents(rows)
    table.setColumnWidths([36.0, 18.0, 18.0])
    table.refresh()
