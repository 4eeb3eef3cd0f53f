"""A long table cut into tables of a few pages (``atlas/table_chunks.py``) prints the rows, page
by page, one table prints, whichever pages the template gives its headings to; each later
table's page also carries the first page's title and footer."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayout,
    QgsLayoutExporter,
    QgsLayoutTable,
    QgsProject,
    QgsReadWriteContext,
    QgsTableCell,
)
from qgis.PyQt.QtXml import QDomDocument

from mali_incidents.atlas import table_chunks
from mali_incidents.definitions import TEMPLATE_REGION_TABLE
from mali_incidents.export import pdf_settings
from mali_incidents.paths import symbology_file


def _region_table_page(project: QgsProject) -> tuple[QgsLayout, QgsLayoutTable]:
    layout = QgsLayout(project)
    document = QDomDocument()
    document.setContent(symbology_file(TEMPLATE_REGION_TABLE).read_text(encoding="utf-8"))
    layout.loadFromTemplate(document, QgsReadWriteContext())
    return layout, layout.itemById("region_table_frame").multiFrame()


def _printed(layouts: list[QgsLayout], folder: Path) -> list[str]:
    """The text of every page of ``layouts``, in order (pdftotext -layout)."""
    pages = []
    for index, layout in enumerate(layouts):
        pdf = folder / f"{index}.pdf"
        exporter = QgsLayoutExporter(layout)
        assert (
            exporter.exportToPdf(str(pdf), pdf_settings()) == QgsLayoutExporter.ExportResult.Success
        )
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        pages += text.split("\f")[:-1]
    return pages


def _lines(page: str) -> list[str]:
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


@pytest.mark.parametrize(
    "headings", [QgsLayoutTable.HeaderMode.AllFrames, QgsLayoutTable.HeaderMode.FirstFrame]
)
def test_tables_of_a_few_pages_print_the_pages_of_one_table(qgis_app, tmp_path, headings):
    project = QgsProject()
    # Rows of one to four lines: pages hold different numbers of them.
    rows = [
        [
            QgsTableCell(str(number)),
            *(QgsTableCell("") for _ in range(4)),
            QgsTableCell("\n".join(f"row {number} line {line}" for line in range(number % 4 + 1))),
            QgsTableCell(""),
        ]
        for number in range(1, 301)
    ]
    whole, whole_table = _region_table_page(project)
    whole_table.setHeaderMode(headings)
    assert table_chunks.cut_long_table(whole, whole_table, rows, pages_per_table=10_000) == []
    first, table = _region_table_page(project)
    table.setHeaderMode(headings)
    later = table_chunks.cut_long_table(first, table, rows, pages_per_table=3)

    assert len(later) >= 2
    assert all(table_chunks.is_continued_table(layout) for layout in later)
    assert [layout.pageCollection().pageCount() for layout in [first, *later[:-1]]] == [3] * len(
        later
    )
    folder_whole, folder_cut = tmp_path / "whole", tmp_path / "cut"
    folder_whole.mkdir()
    folder_cut.mkdir()
    printed = _printed([first, *later], folder_cut)
    whole_printed = _printed([whole], folder_whole)
    assert len(printed) == len(whole_printed)
    # The first page's title and footer (the template's), which one table prints once.
    title, footer = _lines(whole_printed[0])[0], _lines(whole_printed[0])[-1]
    assert title.startswith("Recorded security incidents in") and footer.startswith("Data:")
    starts = {0}
    for layout in [first, *later[:-1]]:
        starts.add(max(starts) + layout.pageCollection().pageCount())
    for number, (page, whole_page) in enumerate(zip(printed, whole_printed)):
        lines = _lines(page)
        # A later table's first page: the title and footer again, the same words.
        has_title_and_footer = number in starts
        assert (lines[0] == title and lines[-1] == footer) == has_title_and_footer, number
        # The rows and headings, line by line (pdftotext spaces a page's columns by the
        # words it holds, the title too: compared without the spaces).
        rows = [line for line in lines if line not in (title, footer)]
        assert rows == [line for line in _lines(whole_page) if line not in (title, footer)]
    with_headings = [page for page in printed if "Fatalities" in page]
    assert len(with_headings) == (
        len(printed) if headings == QgsLayoutTable.HeaderMode.AllFrames else 1
    )
