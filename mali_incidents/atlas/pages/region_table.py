"""A region's table page (``symbology/atlas_region_table.qpt``): its incidents, newest first, notes
wrapped, over as many pages as they need.
"""

from __future__ import annotations

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutTableColumn,
    QgsTableCell,
)
from qgis.PyQt.QtCore import QLocale, Qt

from ...definitions import FIELD_SOURCE_LINE, TEMPLATE_REGION_TABLE
from ...regions import Region
from ..messages import AtlasError, tr
from ..tables import CellWrapper, continued_rows, lines_per_frame
from ..variables import set_region_variables
from .changes import region_change_text
from .kit import PageKit, typed_item


def make_region_table(kit: PageKit, region: Region) -> QgsLayout:
    """The region's incidents, newest first, notes wrapped, over as many pages as needed.

    A manual table, filled here, rather than an attribute table: QGIS 3.22 re-reads and
    re-wraps a whole attribute table for every page it prints (QgsLayoutTable::render),
    which costs 1.2 s a page for an 800-row region. Wrapped here once, the same pages
    print in ~0.05 s. The analyst can still edit every cell in the composer.
    """
    layout = kit.from_template(TEMPLATE_REGION_TABLE)
    fill_region_table(kit, layout, region, headings=True)
    return layout


def fill_region_table(kit: PageKit, layout: QgsLayout, region: Region, headings: bool) -> None:
    """Title and rows; with ``headings`` also the column headings (a new layout: next
    month's refill keeps the analyst's own headings, widths and formats)."""
    set_region_variables(layout, region)
    kit.set_text(
        layout,
        "region_table_title",
        tr("Recorded security incidents in {region}, {month}"),
        region=region.name,
        month=kit.texts.month,
    )
    if typed_item(layout, "region_table_change", QgsLayoutItemLabel) is not None:
        kit.set_text(
            layout, "region_table_change", "{change}", change=region_change_text(kit, region)
        )
    frame = layout.itemById("region_table_frame")
    table = frame.multiFrame() if frame is not None else None
    if not isinstance(table, QgsLayoutItemManualTable) or len(table.columnWidths()) != 5:
        raise AtlasError(tr("The region table template lacks its five-column table"))
    if headings:
        headers = []
        for column, heading in zip(
            table.headers(),
            (tr("Date"), tr("Type of incident"), tr("Location"), tr("Notes"), tr("Fatalities")),
        ):
            header = QgsLayoutTableColumn(column)
            header.setHeading(heading)
            headers.append(header)
        table.setHeaders(headers)
        table.setEmptyTableMessage(tr("No incident recorded this month"))
    headers = table.headers()
    wrapper = CellWrapper(layout, table.contentTextFormat(), table.cellMargin())
    widths = table.columnWidths()
    aligns = [column.hAlignment() for column in headers]
    lines_per_page = lines_per_frame(layout, frame, table, wrapper)
    rows = []
    continued = 0
    for incident in _incidents_of(kit, region):
        texts = [
            QLocale(kit.texts.settings.language).toString(incident["event_date"], "dd MMMM yyyy"),
            tr(str(incident["sub_event_type"] or "")),
            str(incident["location"] or ""),
            str(incident["notes"] or ""),
            str(incident["fatalities"] if incident["fatalities"] is not None else ""),
        ]
        wrapped = [wrapper.wrap(text, width) for text, width in zip(texts, widths)]
        # QGIS leaves out a table whose row is taller than its frame (the region's whole
        # table): such a row goes on over as many rows, and pages, as it needs.
        parts = continued_rows(wrapped, lines_per_page)
        continued += len(parts) > 1
        for part in parts:
            row = []
            for text, align in zip(part, aligns):
                cell = QgsTableCell(text)
                cell.setHorizontalAlignment(align)
                cell.setVerticalAlignment(Qt.AlignTop)
                row.append(cell)
            rows.append(row)
    if continued:
        kit.warnings.append(
            tr(
                "{region}: {count} incident(s) too long for one page continue on the "
                "next rows, marked (continued)"
            ).format(region=region.name, count=continued)
        )
    if not rows:
        # A manual table without rows loses its header too: say it in the Notes column,
        # as the report does.
        rows.append([QgsTableCell(text) for text in ("", "", "", table.emptyTableMessage(), "")])
    table.setTableContents(rows)


def _incidents_of(kit: PageKit, region: Region):
    incidents = kit.layers.incidents
    spellings = sorted(region.spellings or {region.admin1})
    request = QgsFeatureRequest().setFilterExpression(
        f"{QgsExpression.quotedColumnRef('admin1')} IN "
        f"({', '.join(QgsExpression.quotedValue(name) for name in spellings)})"
    )
    request.setFlags(QgsFeatureRequest.NoGeometry)
    order = [QgsFeatureRequest.OrderByClause(QgsExpression.quotedColumnRef("event_date"), False)]
    if FIELD_SOURCE_LINE in incidents.fields().names():
        # Same day: the export's own order (ACLED lists newest first).
        order.append(
            QgsFeatureRequest.OrderByClause(QgsExpression.quotedColumnRef(FIELD_SOURCE_LINE))
        )
    request.setOrderBy(QgsFeatureRequest.OrderBy(order))
    return incidents.getFeatures(request)
