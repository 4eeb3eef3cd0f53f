"""A long table cut into tables of a few pages (``atlas/table_chunks.py``) prints the pages one
table prints, whichever pages the template gives its headings to."""

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
    assert printed == _printed([whole], folder_whole)
    with_headings = [page for page in printed if "Fatalities" in page]
    assert len(with_headings) == (
        len(printed) if headings == QgsLayoutTable.HeaderMode.AllFrames else 1
    )
