"""The contents page, after the cover: each page's title and its number.

Built last, once every page knows its number of pages (``page_numbers.py``); it is the
region table's template with a two-column table. A title is read from the page's title item
as printed; a long table's continuation pages are not listed. A list longer than a page (an
atlas of many regions or countries) runs on over QGIS's own continuation pages, which hold
the table and nothing else: each gets copies of the first page's items, its title marked
continued and its footer, so a page handed round alone still says what it is and whose data
it lists.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsLayout,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutTableColumn,
    QgsReadWriteContext,
    QgsTableCell,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from ...definitions import TEMPLATE_REGION_TABLE
from ..messages import AtlasError, tr
from ..page_numbers import first_page_items
from .kit import PageKit

TITLE_ITEMS = (
    "overview_title",
    "key_changes_title",
    "change_map_title",
    "region_map_title",
    "region_table_title",
)
PAGE_KIND_PROPERTY = "mali_incidents/page"  # "contents": refilled with the other pages
# A long table's page after its first (``table_chunks``): titled "(continued)", not listed.
CONTINUED_TABLE = "table_continued"
# Marks the contents' items copied onto its continuation pages: made again at each filling.
CONTINUED_COPY_PROPERTY = "mali_incidents/contents_continued_copy"
CONTENTS_TITLE = "region_table_title"


def page_title(layout: QgsLayout) -> str:
    for item_id in TITLE_ITEMS:
        item = layout.itemById(item_id)
        if isinstance(item, QgsLayoutItemLabel):
            return item.currentText()
    return ""


def make_contents(kit: PageKit) -> QgsLayout:
    """The page, empty: ``fill_contents`` lists the pages once they are numbered."""
    layout = kit.from_template(TEMPLATE_REGION_TABLE)
    kit.set_text(layout, CONTENTS_TITLE, tr("Contents"))
    # The region table's change line (issue 13) is no business of the contents.
    change_line = layout.itemById("region_table_change")
    if change_line is not None:
        layout.removeLayoutItem(change_line)
    layout.setCustomProperty(PAGE_KIND_PROPERTY, "contents")
    kit.attribution(layout)
    return layout


def is_contents(layout: QgsLayout) -> bool:
    return layout.customProperty(PAGE_KIND_PROPERTY) == "contents"


def fill_contents_of(layouts: Sequence[QgsLayout]) -> None:
    """Fill the contents page among ``layouts`` (the report's, cover first) with the pages
    after it."""
    number = 0
    for index, layout in enumerate(layouts):
        if is_contents(layout):
            _remove_continued_copies(layout)
            # A long list (an atlas of several countries) takes more than one page, which
            # moves every page after it: filled again until its own length holds.
            for _ in range(3):
                own_pages = layout.pageCollection().pageCount()
                fill_contents(layout, layouts[index + 1 :], first_number=number + own_pages + 1)
                layout.refresh()
                if layout.pageCollection().pageCount() == own_pages:
                    break
            _copy_first_page_onto_the_others(layout)
            return
        number += layout.pageCollection().pageCount()


def contents_entries(layouts: Sequence[QgsLayout]) -> list[tuple[str, int]]:
    """What the (filled) contents page among ``layouts`` lists: (title, page number) of each
    titled page after it; the PDF's bookmarks are the same."""
    number = 0
    for index, layout in enumerate(layouts):
        if is_contents(layout):
            first_number = number + layout.pageCollection().pageCount() + 1
            return listed_pages(layouts[index + 1 :], first_number)
        number += layout.pageCollection().pageCount()
    return []


def listed_pages(pages: Sequence[QgsLayout], first_number: int) -> list[tuple[str, int]]:
    """(title, page number) of each titled page of ``pages``, numbered from ``first_number``."""
    entries = []
    number = first_number
    for layout in pages:
        title = (
            page_title(layout)
            if layout.customProperty(PAGE_KIND_PROPERTY) != CONTINUED_TABLE
            else ""
        )
        if title:
            entries.append((title, number))
        number += layout.pageCollection().pageCount()
    return entries


def fill_contents(contents: QgsLayout, pages: Sequence[QgsLayout], first_number: int) -> None:
    """List ``pages`` (the layouts after the contents), numbered from ``first_number``."""
    frame = contents.itemById("region_table_frame")
    table = frame.multiFrame() if frame is not None else None
    if not isinstance(table, QgsLayoutItemManualTable):
        raise AtlasError(tr("The region table template lacks its seven-column table"))
    rows = []
    for title, number in listed_pages(pages, first_number):
        page = QgsTableCell(str(number))
        page.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight)
        rows.append([QgsTableCell(title), page])
    page_heading = QgsLayoutTableColumn(tr("Page"))
    page_heading.setHAlignment(Qt.AlignmentFlag.AlignRight)
    table.setHeaders([QgsLayoutTableColumn(tr("Page title")), page_heading])
    table.setTableContents(rows)
    table.setColumnWidths([200.0, 20.0])


def _remove_continued_copies(layout: QgsLayout) -> None:
    for item in list(layout.items()):
        if isinstance(item, QgsLayoutItem) and item.customProperty(CONTINUED_COPY_PROPERTY):
            layout.removeLayoutItem(item)


def _copy_first_page_onto_the_others(layout: QgsLayout) -> None:
    """Copies of the first page's items (but the table's frames and the page number, which
    ``page_numbers`` writes on every page) on each later page, in the same place, the title
    marked continued. Copied through XML, as QGIS copies items."""
    pages = layout.pageCollection().pageCount()
    # Bottom first, as they are painted.
    originals = sorted(first_page_items(layout), key=lambda item: item.zValue())
    if pages < 2 or not originals:
        return
    document = QDomDocument()
    context = QgsReadWriteContext()
    element = document.createElement("contents_first_page")
    document.appendChild(element)
    for item in originals:
        item.writeXml(element, document, context)
    title = layout.itemById(CONTENTS_TITLE)
    for page in range(1, pages):
        copies = layout.addItemsFromXml(element, document, context)
        for original, copy in zip(originals, copies):
            copy.setCustomProperty(CONTINUED_COPY_PROPERTY, True)
            if original.id():  # the first page's items keep their ids to themselves
                copy.setId(f"{original.id()}_page_{page + 1}")
            copy.attemptMove(original.pagePositionWithUnits(), True, False, page)
            if original.id() == CONTENTS_TITLE and isinstance(copy, QgsLayoutItemLabel):
                copy.setText(f"{title.text()} {tr('(continued)')}")
        # Under the table, as on the first page: painted (and read, by pdftotext or a screen
        # reader) title first.
        for copy in reversed(copies):
            layout.moveItemToBottom(copy)
