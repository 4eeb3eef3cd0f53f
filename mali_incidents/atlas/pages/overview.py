"""The overview page (``symbology/atlas_overview.qpt``): the country's map with every incident, its
legend, and the table of fatalities by region.
"""

from __future__ import annotations

from qgis.core import (
    QgsLayout,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsTableCell,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from ...definitions import TEMPLATE_OVERVIEW
from ...key_changes import number_text
from ...regions import Region
from ..messages import AtlasError, tr
from ..tables import CellWrapper
from .changes import change_text, previous_heading, region_change_rows
from .kit import COUNTRY_MAP_MARGIN, PageKit, typed_item


def make_overview(kit: PageKit, regions: list[Region]) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_OVERVIEW)
    fill_overview(kit, layout, regions)
    overview_map = kit.item(layout, "overview_map", QgsLayoutItemMap)
    overview_map.setLayers(
        [kit.layers.incidents_unlabelled, kit.layers.regions, kit.layers.countries]
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
    kit.sources_and_credit(layout)
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
    with_fatalities = sorted(
        (region for region in regions if region.fatalities > 0),
        key=lambda region: (-region.fatalities, region.name),
    )

    def cell(text, text_format, align=Qt.AlignLeft):
        table_cell = QgsTableCell(text)
        table_cell.setTextFormat(text_format)
        table_cell.setHorizontalAlignment(align)
        return table_cell

    change_rows = region_change_rows(kit, regions)
    if change_rows is not None:
        _fill_change_table(kit, layout, table, change_rows, cell, body_format, bold)
        _make_room_for(layout, frame, table)
        return
    rows = [
        [
            cell(region.name, body_format),
            cell(str(region.fatalities), body_format, Qt.AlignRight),
        ]
        for region in with_fatalities
    ]
    total = sum(region.fatalities for region in regions)
    rows.append([cell(tr("Total"), bold), cell(str(total), bold, Qt.AlignRight)])
    headers = []
    for heading, align in ((tr("Region"), Qt.AlignLeft), (tr("Fatalities"), Qt.AlignRight)):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(align)
        headers.append(column)
    table.setHeaders(headers)
    table.setIncludeTableHeader(True)
    table.setTableContents(rows)
    table.setColumnWidths([38.0, 18.0])
    table.refresh()


def _fill_change_table(
    kit: PageKit, layout: QgsLayout, table, change_rows, cell, body_format, bold
) -> None:
    """Region, incidents, fatalities, the month before's fatalities and the change (▲/▼):
    every region with incidents this month or the month before, then the country's total."""
    language = kit.texts.settings.language
    rows = []
    for row in change_rows:
        text_format = bold if row["region"] is None else body_format
        previous = row["previous_fatalities"]
        rows.append(
            [
                cell(row["region"] or tr("Total"), text_format),
                cell(
                    number_text(row["incidents"], language),
                    text_format,
                    Qt.AlignmentFlag.AlignRight,
                ),
                cell(
                    number_text(row["fatalities"], language),
                    text_format,
                    Qt.AlignmentFlag.AlignRight,
                ),
                cell(
                    number_text(previous, language) or "?", text_format, Qt.AlignmentFlag.AlignRight
                ),
                cell(
                    change_text(row["direction"], row["change"], language),
                    text_format,
                    Qt.AlignmentFlag.AlignRight,
                ),
            ]
        )
    headers = []
    for heading, align in (
        (tr("Region"), Qt.AlignmentFlag.AlignLeft),
        (tr("Incidents"), Qt.AlignmentFlag.AlignRight),
        (tr("Fatalities"), Qt.AlignmentFlag.AlignRight),
        (previous_heading(kit), Qt.AlignmentFlag.AlignRight),
        (tr("Change"), Qt.AlignmentFlag.AlignRight),
    ):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(align)
        headers.append(column)
    table.setHeaders(headers)
    table.setIncludeTableHeader(True)
    table.setTableContents(rows)
    _fit_columns(layout, table, [column.heading() for column in headers], rows)
    table.refresh()


def _make_room_for(layout: QgsLayout, frame, table) -> None:
    """The frame as tall as its rows (a region more than last month must not be cut off),
    and the legend below it when they would overlap."""
    body = CellWrapper(layout, table.contentTextFormat(), table.cellMargin())
    grid = table.gridStrokeWidth() if table.showGrid() else 0.0
    row = body.text_height(1) + 2 * table.cellMargin() + grid
    header = body.text_height(1, table.headerTextFormat()) + 2 * table.cellMargin() + grid
    height = header + row * len(table.tableContents()) + 2 * grid + 1.0
    size = frame.sizeWithUnits()
    frame.attemptResize(
        QgsLayoutSize(size.width(), height, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
    )
    legend = typed_item(layout, "overview_legend", QgsLayoutItemLegend)
    bottom = frame.positionWithUnits().y() + height + 4.0
    if legend is not None and legend.positionWithUnits().y() < bottom:
        legend.attemptMove(
            QgsLayoutPoint(
                legend.positionWithUnits().x(), bottom, QgsUnitTypes.LayoutUnit.LayoutMillimeters
            )
        )


# Room right of the table, before the page's edge (mm).
PAGE_MARGIN = 8.0
SMALLEST_TABLE_FONT = 6.5


def _fit_columns(layout: QgsLayout, table, headings: list[str], rows: list[list]) -> None:
    """Columns as wide as their texts; when they would run off the page, the table's text a
    little smaller (half a point at a time) until they fit."""
    frame = layout.itemById("overview_fatalities")
    page_width = layout.pageCollection().page(0).pageSize().width()
    room = page_width - PAGE_MARGIN - frame.positionWithUnits().x()
    while True:
        widths = _natural_widths(layout, table, headings, rows)
        total = sum(widths) + 2 * table.cellMargin() * len(widths)
        size = table.contentTextFormat().size()
        if total <= room or size - 0.5 < SMALLEST_TABLE_FONT:
            break
        for getter, setter in (
            (table.contentTextFormat, table.setContentTextFormat),
            (table.headerTextFormat, table.setHeaderTextFormat),
        ):
            text_format = QgsTextFormat(getter())
            text_format.setSize(text_format.size() - 0.5)
            setter(text_format)
        for row in rows:
            for table_cell in row:
                text_format = QgsTextFormat(table_cell.textFormat())
                if text_format.isValid():
                    text_format.setSize(table.contentTextFormat().size())
                    table_cell.setTextFormat(text_format)
        table.setTableContents(rows)
    table.setColumnWidths(widths)


def _natural_widths(layout: QgsLayout, table, headings: list[str], rows: list[list]) -> list[float]:
    """Each column as wide as its widest text, heading included (mm, margins excluded)."""
    body = CellWrapper(layout, table.contentTextFormat(), table.cellMargin())
    bold_format = QgsTextFormat(table.contentTextFormat())
    font = bold_format.font()
    font.setBold(True)
    bold_format.setFont(font)
    bold = CellWrapper(layout, bold_format, table.cellMargin())
    heads = CellWrapper(layout, table.headerTextFormat(), table.cellMargin())
    widths = []
    for column, heading in enumerate(headings):
        texts = [str(row[column].content()) for row in rows]
        # The last row is the total, in bold.
        widest = max(
            heads._width(heading),
            bold._width(texts[-1]),
            *(body._width(text) for text in texts[:-1]),
        )
        widths.append(round(widest + 0.8, 1))
    return widths
