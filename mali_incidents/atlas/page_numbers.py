"""Page numbers: "Page 5 of 23" at the foot of every page but the cover.

A QGIS report numbers the pages of each section from 1 (``@layout_page``), so the atlas
numbers them itself, once every section knows its pages (a region's table has as many as
its rows need once filled). One label a page, id ``page_number_<n>`` (n its page in the
section), replaced when the report is refilled for another month.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from qgis.core import (
    QgsLayout,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import set_label_font
from .messages import tr

PAGE_NUMBER_PREFIX = "page_number_"
# Bottom right of an A4 landscape page, clear of the footer's attribution (10–260 mm).
PAGE_NUMBER_POSITION = (262.0, 203.0)
PAGE_NUMBER_SIZE = (25.0, 5.0)


def number_pages(layouts: Sequence[QgsLayout], cover: QgsLayout | None = None) -> int:
    """Number the pages of ``layouts`` in order (the cover counted, not numbered); returns
    the number of pages."""
    total = sum(layout.pageCollection().pageCount() for layout in layouts)
    number = 0
    for layout in layouts:
        for item in list(layout.items()):
            if isinstance(item, QgsLayoutItemLabel) and item.id().startswith(PAGE_NUMBER_PREFIX):
                layout.removeLayoutItem(item)
        for page in range(layout.pageCollection().pageCount()):
            number += 1
            if layout is cover:
                continue
            label = QgsLayoutItemLabel(layout)
            label.setId(f"{PAGE_NUMBER_PREFIX}{page + 1}")
            label.setText(tr("Page {number} of {total}").format(number=number, total=total))
            font = QFont("DejaVu Sans")
            font.setBold(True)
            font.setPointSizeF(7)
            set_label_font(label, font, QColor(85, 85, 85))
            label.setHAlign(Qt.AlignmentFlag.AlignRight)
            label.setVAlign(Qt.AlignmentFlag.AlignTop)
            layout.addLayoutItem(label)
            label.attemptResize(
                QgsLayoutSize(*PAGE_NUMBER_SIZE, QgsUnitTypes.LayoutUnit.LayoutMillimeters)
            )
            label.attemptMove(
                QgsLayoutPoint(*PAGE_NUMBER_POSITION, QgsUnitTypes.LayoutUnit.LayoutMillimeters),
                True,
                False,
                page,
            )
    return total


def first_page_items(
    layout: QgsLayout, first_page_only: Collection[str] = ()
) -> list[QgsLayoutItem]:
    """The items of the first page a later page repeats (a long table's, the contents'): all
    but the page itself,
    frames (the table's, and any other table's or HTML item's, whose content stays with
    its first page), its page number and those the caller keeps to the first page."""
    items = []
    for item in layout.items():
        if (
            not isinstance(item, QgsLayoutItem)
            or isinstance(item, (QgsLayoutItemPage, QgsLayoutFrame))
            or item.page() != 0
            or item.id() in first_page_only
            or item.id().startswith(PAGE_NUMBER_PREFIX)
        ):
            continue
        items.append(item)
    return items
