"""The cells and columns of the overview's tables (fatalities by region, with or without the
month before): a text in a format and an alignment, headings aligned as their columns."""

from __future__ import annotations

from qgis.core import QgsLayoutTableColumn, QgsTableCell, QgsTextFormat
from qgis.PyQt.QtCore import Qt

LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight


def cell(text: str, text_format: QgsTextFormat, align=LEFT) -> QgsTableCell:
    table_cell = QgsTableCell(text)
    table_cell.setTextFormat(text_format)
    table_cell.setHorizontalAlignment(align)
    return table_cell


def bold(text_format: QgsTextFormat) -> QgsTextFormat:
    """The same format in bold (a table's total row)."""
    bold_format = QgsTextFormat(text_format)
    font = bold_format.font()
    font.setBold(True)
    bold_format.setFont(font)
    return bold_format


def columns(headings: list[tuple[str, object]]) -> list[QgsLayoutTableColumn]:
    """A column for each (heading, alignment), the heading aligned as the column's cells."""
    made = []
    for heading, align in headings:
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(align)
        made.append(column)
    return made
