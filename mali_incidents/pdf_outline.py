"""The PDF's bookmarks (outline): one per page the contents page lists; and its title, in the
same rewrite, where QGIS left it out.

QGIS's layout export writes no outline (3.22 or 3.40), so it is added after the export with
pypdf (pure Python, pinned in requirements/common.txt). Without pypdf the PDF is kept as QGIS
wrote it, its contents page standing in; ``can_add_outline`` lets the caller say so once.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .outputs import replacing

try:
    import pypdf
    from pypdf.errors import PyPdfError
except ImportError:  # the plugin installed without its requirements: no bookmarks
    pypdf = None
    PyPdfError = Exception


def can_add_outline() -> bool:
    return pypdf is not None


def add_outline(
    pdf_path: Path, entries: Sequence[tuple[str, int]], title: str = "", author: str = ""
) -> bool:
    """Give the PDF one bookmark per (title, page number from 1) of ``entries`` and, where
    its document information has no title or author (QGIS 3.22 writes none for a report;
    3.40 writes the author in XMP only), ``title`` and ``author``.

    One rewrite for both: the PDF is written beside itself and moved over it only once
    complete; the rest of its document information is kept. Returns False, the PDF
    untouched, when pypdf is missing or cannot read this PDF
    (``compat.give_pdf_its_title_and_author`` still gives it those); True when the PDF has
    what was asked.
    """
    if pypdf is None:
        return False
    if not entries and not title and not author:
        return True
    pdf_path = Path(pdf_path)
    try:
        reader = pypdf.PdfReader(pdf_path)
        present = reader.metadata or {}
        missing = {
            key: value
            for key, value in (("/Title", title), ("/Author", author))
            if value and not present.get(key)
        }
        if not entries and not missing:
            return True
        writer = pypdf.PdfWriter(clone_from=reader)
    except PyPdfError:
        return False
    if missing:
        writer.add_metadata(missing)
    page_count = len(writer.pages)
    for heading, number in entries:
        if 1 <= number <= page_count:
            writer.add_outline_item(title=heading, page_number=number - 1)
    if entries:
        writer.page_mode = "/UseOutlines"  # a viewer opens with its bookmarks panel shown
    with replacing(pdf_path) as partial, open(partial, "wb") as pdf:
        writer.write(pdf)
    return True
