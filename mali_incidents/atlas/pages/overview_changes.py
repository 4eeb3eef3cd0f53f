"""The overview's table with the month's history: each region's incidents and fatalities,
the month before's fatalities and the change (▲/▼), sized to its texts and rows."""

from __future__ import annotations

from qgis.core import (
    QgsLayout,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsTextFormat,
    QgsUnitTypes,
)

from ...key_changes import number_text
from ..messages import tr
from ..tables import CellWrapper
from .changes import change_text, previous_heading
from .kit import PageKit, typed_item
from .table_cells import LEFT, RIGHT, bold, cell, columns

MILLIMETERS = QgsUnitTypes.LayoutUnit.LayoutMillimeters
# Room right of the table, before the page's edge (mm).
PAGE_MARGIN = 8.0
SMALLEST_TABLE_FONT = 6.5


def fill_change_table(
    kit: PageKit,
    layout: QgsLayout,
    table: QgsLayoutItemManualTable,
    change_rows: list[dict],
    body_format: QgsTextFormat,
    total_format: QgsTextFormat,
) -> None:
    """Region, incidents, fatalities, the month before's fatalities and the change (▲/▼):
    every region with incidents this month or the month before, then the country's total."""
    language = kit.texts.settings.language
    rows = []
    for row in change_rows:
        text_format = total_format if row["region"] is None else body_format
        previous = row["previous_fatalities"]
        rows.append(
            [
                cell(row["region"] or tr("Total"), text_format),
                cell(number_text(row["incidents"], language), text_format, RIGHT),
                cell(number_text(row["fatalities"], language), text_format, RIGHT),
                cell(number_text(previous, language) or "?", text_format, RIGHT),
                cell(change_text(row["direction"], row["change"], language), text_format, RIGHT),
            ]
        )
    headers = columns(
        [
            (tr("Region"), LEFT),
            (tr("Incidents"), RIGHT),
            (tr("Fatalities"), RIGHT),
            (previous_heading(kit), RIGHT),
            (tr("Change"), RIGHT),
        ]
    )
    table.setHeaders(headers)
    table.setIncludeTableHeader(True)
    table.setTableContents(rows)
    _fit_columns(layout, table, [column.heading() for column in headers], rows)
    table.refresh()
    _make_room_for(layout, layout.itemById("overview_fatalities"), table)


def _make_room_for(layout: QgsLayout, frame, table) -> None:
    """The frame as tall as its rows (a region more than last month must not be cut off),
    and the legend below it when they would overlap."""
    body = CellWrapper(layout, table.contentTextFormat(), table.cellMargin())
    grid = table.gridStrokeWidth() if table.showGrid() else 0.0
    row = body.text_height(1) + 2 * table.cellMargin() + grid
    header = body.text_height(1, table.headerTextFormat()) + 2 * table.cellMargin() + grid
    height = header + row * len(table.tableContents()) + 2 * grid + 1.0
    size = frame.sizeWithUnits()
    frame.attemptResize(QgsLayoutSize(size.width(), height, MILLIMETERS))
    legend = typed_item(layout, "overview_legend", QgsLayoutItemLegend)
    bottom = frame.positionWithUnits().y() + height + 4.0
    if legend is not None and legend.positionWithUnits().y() < bottom:
        legend.attemptMove(QgsLayoutPoint(legend.positionWithUnits().x(), bottom, MILLIMETERS))


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
    bold_cells = CellWrapper(layout, bold(table.contentTextFormat()), table.cellMargin())
    heads = CellWrapper(layout, table.headerTextFormat(), table.cellMargin())
    widths = []
    for column, heading in enumerate(headings):
        texts = [str(row[column].content()) for row in rows]
        # The last row is the total, in bold.
        widest = max(
            heads._width(heading),
            bold_cells._width(texts[-1]),
            *(body._width(text) for text in texts[:-1]),
        )
        widths.append(round(widest + 0.8, 1))
    return widths
