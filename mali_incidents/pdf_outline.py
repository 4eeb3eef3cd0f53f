"""The PDF's bookmarks (outline): one per page the contents page lists.

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


def add_outline(pdf_path: Path, entries: Sequence[tuple[str, int]]) -> bool:
    """Give the PDF one bookmark per (title, page number from 1) of ``entries``.

    The PDF is rewritten beside itself and moved over it only once complete; the document
    information (its title) is kept. Returns False, the PDF untouched, when pypdf is missing
    or cannot read this PDF.
    """
    if pypdf is None or not entries:
        return False
    pdf_path = Path(pdf_path)
    try:
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(pdf_path))
    except PyPdfError:
        return False
    page_count = len(writer.pages)
    for title, number in entries:
        if 1 <= number <= page_count:
            writer.add_outline_item(title=title, page_number=number - 1)
    writer.page_mode = "/UseOutlines"  # a viewer opens with its bookmarks panel shown
    with replacing(pdf_path) as partial, open(partial, "wb") as pdf:
        writer.write(pdf)
    return True
