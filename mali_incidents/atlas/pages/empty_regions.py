"""One page for the regions without incidents (``AtlasSettings.empty_regions = "summary"``),
instead of a map and a table each: in a quiet month they were half the atlas.

The page is the region table's template (``symbology/atlas_region_table.qpt``) with a
two-column table: the region and "No incident recorded this month".
"""

from __future__ import annotations

from qgis.core import QgsLayout, QgsLayoutItemManualTable, QgsLayoutTableColumn, QgsTableCell

from ...definitions import TEMPLATE_REGION_TABLE
from ...regions import Region
from ..messages import AtlasError, tr
from .contents import PAGE_KIND_PROPERTY
from .kit import PageKit


def make_empty_regions_page(kit: PageKit, regions: list[Region]) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_REGION_TABLE)
    kit.set_text(
        layout,
        "region_table_title",
        tr("Regions without recorded incidents, {month}"),
        month=kit.texts.month,
    )
    kit.attribution(layout)
    layout.setCustomProperty(PAGE_KIND_PROPERTY, "regions_without_incidents")
    frame = layout.itemById("region_table_frame")
    table = frame.multiFrame() if frame is not None else None
    if not isinstance(table, QgsLayoutItemManualTable):
        raise AtlasError(tr("The region table template lacks its seven-column table"))
    headers = []
    for heading in (tr("Region"), tr("Incidents")):
        headers.append(QgsLayoutTableColumn(heading))
    table.setHeaders(headers)
    table.setTableContents(
        [
            [QgsTableCell(region.name), QgsTableCell(tr("No incident recorded this month"))]
            for region in regions
        ]
    )
    table.setColumnWidths([60.0, 200.0])
    return layout
