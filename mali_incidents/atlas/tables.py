"""Table cells wrapped to their column, measured with the table's own font, and rows too tall
for one page continued on the next rows (the region table's rows).
"""

from __future__ import annotations

import re

from qgis.core import QgsLayout, QgsLayoutUtils, QgsTextFormat, QgsTextRenderer

from .messages import tr

# A table row's lines are measured on screen; printed, QGIS lays them out a little taller
# (its font metrics at the export's resolution): a tenth left spare (measured: 0.97 is not
# enough, 0.9 is), a little more for other fonts.
ROW_HEIGHT_SAFETY = 0.85


def lines_per_frame(layout: QgsLayout, frame, table, wrapper: CellWrapper) -> int:
    """How many lines of text one row may hold and still fit a frame under the headings."""
    header_height = (
        wrapper.text_height(1, table.headerTextFormat())
        + 2 * table.cellMargin()
        + 2 * table.gridStrokeWidth()
    )
    room = frame.rect().height() - header_height - 2 * table.cellMargin()
    room -= 2 * table.gridStrokeWidth()
    lines = 1
    # Measured, not divided: QGIS's line spacing is not the font's height times the lines.
    while wrapper.text_height(lines + 1) <= room * ROW_HEIGHT_SAFETY:
        lines += 1
    return max(lines, 1)


def continued_rows(wrapped: list[str], lines_per_row: int) -> list[list[str]]:
    """A row's wrapped cells as one row, or as several rows of at most ``lines_per_row``
    lines each, the later ones marked "(continued)" in the first column."""
    cells = [text.split("\n") for text in wrapped]
    parts = max(-(-len(lines) // lines_per_row) for lines in cells)
    if parts <= 1:
        return [wrapped]
    rows = []
    for part in range(parts):
        texts = [
            "\n".join(lines[part * lines_per_row : (part + 1) * lines_per_row]) for lines in cells
        ]
        if part > 0:
            texts[0] = tr("(continued)")
        rows.append(texts)
    return rows


class CellWrapper:
    """Breaks cell text into lines that fit a column, measured with the table's own font."""

    # Kerning and rounding between measured words: keep a little room at the line's end.
    SAFETY = 0.97

    def __init__(self, layout: QgsLayout, text_format: QgsTextFormat, cell_margin: float):
        self.context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        self.context.setScaleFactor(self.context.scaleFactor())
        self.text_format = text_format
        self.cell_margin = cell_margin
        self._widths: dict[str, float] = {}
        self.space = self._width("x x") - self._width("xx")

    def text_height(self, lines: int, text_format: QgsTextFormat | None = None) -> float:
        """Height in mm of ``lines`` lines, as a table's cell draws them."""
        height = QgsTextRenderer.textHeight(
            self.context, text_format or self.text_format, ["Xg"] * lines, QgsTextRenderer.Rect
        )
        return height / self.context.scaleFactor()

    def _width(self, text: str) -> float:
        """Width in mm."""
        width = self._widths.get(text)
        if width is None:
            width = QgsTextRenderer.textWidth(self.context, self.text_format, [text])
            width /= self.context.scaleFactor()
            self._widths[text] = width
        return width

    def wrap(self, text: str, column_width: float) -> str:
        room = (column_width - 2 * self.cell_margin) * self.SAFETY
        lines = []
        for paragraph in text.splitlines() or [""]:
            line, line_width = [], 0.0
            for word in paragraph.split():
                for piece in self._pieces(word, room):
                    width = self._width(piece)
                    if line and line_width + self.space + width > room:
                        lines.append(" ".join(line))
                        line, line_width = [], 0.0
                    line_width += width + (self.space if line else 0.0)
                    line.append(piece)
            lines.append(" ".join(line))
        return "\n".join(lines)

    def _pieces(self, word: str, room: float) -> list[str]:
        """A word wider than its column split after its slashes or hyphens
        ("Shelling/artillery/missile attack"), else where it must be: never cut off."""
        if self._width(word) <= room:
            return [word]
        pieces, piece = [], ""
        for segment in re.split(r"(?<=[/-])", word):
            for part in [segment] if self._width(segment) <= room else list(segment):
                if piece and self._width(piece + part) > room:
                    pieces.append(piece)
                    piece = ""
                piece += part
        return [*pieces, piece]
