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

from ...compat import NO_GEOMETRY
from ...definitions import FIELD_ACTOR_GROUP, FIELD_SOURCE_LINE, TEMPLATE_REGION_TABLE
from ...i18n import translated
from ...regions import Region, country_filter
from ..messages import AtlasError, tr
from ..table_chunks import cut_long_table
from ..tables import CellWrapper, continued_rows, lines_per_frame
from ..variables import set_region_variables
from .changes import region_change_text
from .kit import PageKit, typed_item

# The table's columns, as the template has them ("No." ties a row to its map's point).
COLUMNS = ("No.", "Date", "Type of incident", "Actor", "Location", "Notes", "Fatalities")
COLUMNS_BEFORE_MAP_NUMBERS = ("Date", "Type of incident", "Location", "Notes", "Fatalities")


def make_region_table(kit: PageKit, region: Region) -> list[QgsLayout]:
    """The region's incidents, newest first, notes wrapped, over as many pages as needed:
    the table's layout, then those of its continued pages (``table_chunks``), in order.

    A manual table, filled here, rather than an attribute table: QGIS 3.22 re-reads and
    re-wraps a whole attribute table for every page it prints (QgsLayoutTable::render),
    which costs 1.2 s a page for an 800-row region. Wrapped here once, the same pages
    print in ~0.05 s. The analyst can still edit every cell in the composer.
    """
    layout = kit.from_template(TEMPLATE_REGION_TABLE)
    return [layout, *fill_region_table(kit, layout, region, headings=True)]


def fill_region_table(
    kit: PageKit, layout: QgsLayout, region: Region, headings: bool
) -> list[QgsLayout]:
    """Title and rows; with ``headings`` also the column headings (a new layout: next
    month's refill keeps the analyst's own headings, widths and formats). A long table's
    rows after its first pages go to new layouts, returned in order: the report's sections
    after ``layout`` (see ``table_chunks``)."""
    set_region_variables(layout, region)
    kit.set_text(
        layout,
        "region_table_title",
        tr("Recorded security incidents in {region}, {month}"),
        region=region.name,
        month=kit.texts.month,
    )
    kit.attribution(layout)
    if typed_item(layout, "region_table_change", QgsLayoutItemLabel) is not None:
        kit.set_text(
            layout, "region_table_change", "{change}", change=region_change_text(kit, region)
        )
    frame = layout.itemById("region_table_frame")
    table = frame.multiFrame() if frame is not None else None
    columns = len(table.columnWidths()) if isinstance(table, QgsLayoutItemManualTable) else 0
    if columns not in (len(COLUMNS), len(COLUMNS_BEFORE_MAP_NUMBERS)):
        raise AtlasError(tr("The region table template lacks its seven-column table"))
    # An analyst's own template saved before the map numbers keeps its five columns.
    numbered = columns == len(COLUMNS)
    if headings:
        headers = []
        for column, heading in zip(
            table.headers(), COLUMNS if numbered else COLUMNS_BEFORE_MAP_NUMBERS
        ):
            header = QgsLayoutTableColumn(column)
            header.setHeading(tr(heading))
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
    language = kit.texts.settings.language
    for number, incident in enumerate(incidents_of(kit, region), start=1):
        texts = [
            QLocale(language).toString(incident["event_date"], "dd MMMM yyyy"),
            tr(str(incident["sub_event_type"] or "")),
            str(incident["location"] or ""),
            str(incident["notes"] or ""),
            str(incident["fatalities"] if incident["fatalities"] is not None else ""),
        ]
        if numbered:
            # The number the region's map prints by the incident's place.
            actor = translated(str(incident[FIELD_ACTOR_GROUP] or ""), language)
            texts = [str(number), texts[0], texts[1], actor, *texts[2:]]
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
                cell.setVerticalAlignment(Qt.AlignmentFlag.AlignTop)
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
        empty = ["", "", "", table.emptyTableMessage(), ""]
        if numbered:
            empty = ["", "", "", "", "", table.emptyTableMessage(), ""]
        rows.append([QgsTableCell(text) for text in empty])
    # The change line sums up the region's month: said once, on the table's first page.
    continued_pages = cut_long_table(layout, table, rows, first_page_only=("region_table_change",))
    for page in continued_pages:
        kit.set_text(
            page,
            "region_table_title",
            tr("Recorded security incidents in {region}, {month} (continued)"),
            region=region.name,
            month=kit.texts.month,
        )
    return continued_pages


def incidents_of(kit: PageKit, region: Region, geometry: bool = False):
    """The region's incidents in its table's order (newest first), which numbers them."""
    incidents = kit.layers.incidents
    spellings = sorted(region.spellings or {region.admin1})
    in_region = (
        f"{QgsExpression.quotedColumnRef('admin1')} IN "
        f"({', '.join(QgsExpression.quotedValue(name) for name in spellings)})"
    )
    if region.country:
        # An atlas of several countries: two countries may name a region alike.
        in_region = f"({in_region}) AND {country_filter(region.country)}"
    request = QgsFeatureRequest().setFilterExpression(in_region)
    if not geometry:
        request.setFlags(NO_GEOMETRY)
    order = [QgsFeatureRequest.OrderByClause(QgsExpression.quotedColumnRef("event_date"), False)]
    if FIELD_SOURCE_LINE in incidents.fields().names():
        # Same day: the export's own order (ACLED lists newest first).
        order.append(
            QgsFeatureRequest.OrderByClause(QgsExpression.quotedColumnRef(FIELD_SOURCE_LINE))
        )
    request.setOrderBy(QgsFeatureRequest.OrderBy(order))
    return incidents.getFeatures(request)
