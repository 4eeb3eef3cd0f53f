"""A long table printed as several tables of a few pages each, every one a report section of
its own, so that exporting it costs QGIS its rows once, not rows x pages.

Why: while exporting, QGIS's ``QgsLayoutTable::render`` measures every row of a table again
for each frame (page) it prints, so a table of 787 rows over 58 pages cost 4.25 CPU s (0.073 s
a page, a one-page table 0.012). Cut into tables of ``PAGES_PER_TABLE`` pages, each measures
only its own rows for each of its pages.

The reader sees the rows one table prints: the cuts fall where QGIS's own page breaks are
(its row heights, measured once for the whole table, counted page by page as ``rowRange``
counts them), each later table is a copy of the first one's table (headings, widths, formats,
position) and the striped rows keep their stripes. Unlike QGIS's own continuation pages,
which hold the table's frame and nothing else, a later table's page also carries copies of
the first page's other items (its title, which the caller marks continued, the footer, an
analyst's own items): a page handed round on its own still says what it is and whose data
it shows. In the composer the first table is the one to edit: next month's refill rebuilds
the others from it (``PAGE_KIND_PROPERTY`` "table_continued" says which they are).
"""

from __future__ import annotations

from collections.abc import Collection

from qgis.core import (
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItemManualTable,
    QgsLayoutMultiFrame,
    QgsLayoutTable,
    QgsLayoutTableStyle,
    QgsLayoutUtils,
    QgsReadWriteContext,
)
from qgis.PyQt.QtXml import QDomDocument

from .page_numbers import first_page_items
from .pages.contents import CONTINUED_TABLE, PAGE_KIND_PROPERTY

# One page a table: QGIS's own continuation pages copy no item but the table's frame, so a
# page of a table section after its first would have no title and no footer; a table of one
# page is a section whose page is a copy of the first, title and footer with it.
# Measured (QGIS 3.40, the 2,000-incident month, build and export CPU s per page, medians of
# two runs on a loaded machine): one table 0.102; tables of 2 pages 0.066, 3 0.070, 4 0.070,
# 6 0.072, within the noise of each other. One page with its copied items, against 4 pages
# alternating in one run (load ~1.7): 0.073 against 0.073 (medians of four runs each).
PAGES_PER_TABLE = 1
CONTINUED = CONTINUED_TABLE


def is_continued_table(layout: QgsLayout) -> bool:
    """A page (or pages) of a long table after its first ``PAGES_PER_TABLE``: made again
    from the first at each refill, never edited on its own."""
    return layout.customProperty(PAGE_KIND_PROPERTY) == CONTINUED


def cut_long_table(
    layout: QgsLayout,
    table: QgsLayoutItemManualTable,
    rows: list,
    pages_per_table: int = 0,
    first_page_only: Collection[str] = (),
) -> list[QgsLayout]:
    """Fill ``table`` (in ``layout``, its first frame on the first page) with ``rows``; when
    they need more than ``pages_per_table`` pages, the first table keeps the rows of its
    first pages and the rest go to new layouts of ``pages_per_table`` pages each, returned
    in order (none for a short table, or one whose frames the analyst made fixed). Each new
    layout's first page carries copies of the first page's other items (with the layout's
    variables, which their texts read) but those whose ids are in ``first_page_only``."""
    pages_per_table = pages_per_table or PAGES_PER_TABLE
    repeated = table.resizeMode() == QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished
    if repeated:
        # Measured without laying out its pages: QGIS adds (and removes) a table's frames
        # one by one, each time laying out the whole table again (0.7 CPU s for 787 rows).
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setTableContents(rows)
    starts = _page_break_rows(layout, table, len(rows), pages_per_table) if repeated else [0]
    if len(starts) > 1:
        table.setTableContents(rows[: starts[1]])
    if repeated:
        table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    if len(starts) == 1:
        return []
    copy = _TableCopy(layout, table, first_page_only)
    continued = []
    for index, start in enumerate(starts[1:], start=1):
        end = starts[index + 1] if index + 1 < len(starts) else len(rows)
        page, page_table = copy.on_new_layout()
        _continue_stripes(table, page_table, first_row=start, last=end == len(rows))
        if table.headerMode() == QgsLayoutTable.HeaderMode.FirstFrame:
            # Headings on the table's first page only: not on a later table's either.
            page_table.setHeaderMode(QgsLayoutTable.HeaderMode.NoHeaders)
        page_table.setTableContents(rows[start:end])
        continued.append(page)
    return continued


def _page_break_rows(
    layout: QgsLayout, table: QgsLayoutTable, row_count: int, pages_per_table: int
) -> list[int]:
    """The first row of each table of ``pages_per_table`` pages: where QGIS's own page
    breaks fall, with the row heights it measured when the rows were set, page after page
    as ``QgsLayoutTable::rowRange`` counts them (every frame the size of the first, as
    QGIS repeats it)."""
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
    frame_height = table.frame(0).rect().height()
    every_page_has_headings = table.headerMode() == QgsLayoutTable.HeaderMode.AllFrames
    starts, first, page = [0], 0, 0
    while first < row_count:
        headings = page == 0 and table.headerMode() == QgsLayoutTable.HeaderMode.FirstFrame
        shown = table.rowsVisible(
            context, frame_height, first, headings or every_page_has_headings, False
        )
        if shown <= 0:  # a row taller than the page: QGIS prints none of it either
            break
        first += shown
        page += 1
        if page % pages_per_table == 0 and first < row_count:
            starts.append(first)
    return starts


class _TableCopy:
    """New layouts holding a copy of a table (headings, widths, fonts, colours, its frame's
    place on the page) on a page like the first table's, with copies of the items of the
    first table's first page (title, footer, an item of the analyst's) and its layout
    variables, which those items' texts read.

    Copied through XML, as QGIS copies items, but item by item: ``QgsLayout.clone()`` of
    the whole page cost 0.1 CPU s a copy, this 0.006 (measured, QGIS 3.40).
    """

    def __init__(
        self, layout: QgsLayout, table: QgsLayoutItemManualTable, first_page_only: Collection[str]
    ) -> None:
        self.project = layout.project()
        self.document = QDomDocument()
        self.context = QgsReadWriteContext()
        root = self.document.createElement("table_copy")
        self.document.appendChild(root)
        self.pages = self._child(root, "pages")
        layout.pageCollection().writeXml(self.pages, self.document, self.context)
        self.table = self._child(root, "table")
        table.writeXml(self.table, self.document, self.context, False)
        self.frame = self._child(root, "frame")
        table.frame(0).writeXml(self.frame, self.document, self.context)
        self.items = self._child(root, "items")
        for item in first_page_items(layout, first_page_only):
            item.writeXml(self.items, self.document, self.context)
        # Where QGIS keeps a layout's variables (QgsExpressionContextUtils::setLayoutVariables).
        self.variables = {
            name: layout.customProperty(name) for name in ("variableNames", "variableValues")
        }

    def _child(self, root, name: str):
        element = self.document.createElement(name)
        root.appendChild(element)
        return element

    def on_new_layout(self) -> tuple[QgsLayout, QgsLayoutItemManualTable]:
        layout = QgsLayout(self.project)
        pages = layout.pageCollection()
        pages.readXml(self.pages.firstChildElement(), self.document, self.context)
        while pages.pageCount() > 1:
            pages.deletePage(pages.pageCount() - 1)
        for name, value in self.variables.items():
            if value is not None:
                layout.setCustomProperty(name, value)
        # Before the table: painted (and read, by a screen reader or pdftotext) in the first
        # page's order, title first.
        layout.addItemsFromXml(self.items, self.document, self.context)
        table = QgsLayoutItemManualTable.create(layout)
        table.readXml(self.table.firstChildElement(), self.document, self.context, False)
        layout.addMultiFrame(table)
        frame = QgsLayoutFrame(layout, table)
        frame.readXml(self.frame.firstChildElement(), self.document, self.context)
        layout.addLayoutItem(frame)
        table.addFrame(frame, False)
        layout.setCustomProperty(PAGE_KIND_PROPERTY, CONTINUED)
        return layout, table


def _continue_stripes(
    first: QgsLayoutTable, continued: QgsLayoutTable, first_row: int, last: bool
) -> None:
    """The later table's rows striped as they were in the whole table (QGIS counts odd and
    even rows from each table's first), its first row not styled as the table's first, its
    last only if it ends the table."""
    odd = _copy(first, QgsLayoutTable.CellStyleGroup.OddRows)
    even = _copy(first, QgsLayoutTable.CellStyleGroup.EvenRows)
    if first_row % 2:
        odd, even = even, odd
    continued.setCellStyle(QgsLayoutTable.CellStyleGroup.OddRows, odd)
    continued.setCellStyle(QgsLayoutTable.CellStyleGroup.EvenRows, even)
    first_style = _copy(first, QgsLayoutTable.CellStyleGroup.FirstRow)
    first_style.enabled = False
    continued.setCellStyle(QgsLayoutTable.CellStyleGroup.FirstRow, first_style)
    last_style = _copy(first, QgsLayoutTable.CellStyleGroup.LastRow)
    last_style.enabled = last and last_style.enabled
    continued.setCellStyle(QgsLayoutTable.CellStyleGroup.LastRow, last_style)


def _copy(table: QgsLayoutTable, group) -> QgsLayoutTableStyle:
    style = table.cellStyle(group)
    copy = QgsLayoutTableStyle()
    copy.enabled = style.enabled
    copy.cellBackgroundColor = style.cellBackgroundColor
    return copy
