"""Maps a ministry can be briefed from (issue 11): what a machine can check on the PDF.

The sample month's atlas with QGIS's own boundaries (no Ménaka polygon), in English and in
French, read back with poppler (``pdftotext``, ``pdfinfo``) and, for the saved project,
exported again the way QGIS's layout designer exports it: with the settings it finds in the
project.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsLayoutExporter, QgsProject, QgsReport

from mali_incidents.atlas import AtlasSettings, make_atlas
from mali_incidents.importer import import_month

MONTH = "2021-02"


def pdf_text(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(pdf: Path) -> list[str]:
    return [flat(page) for page in pdf_text(pdf, "-raw").split("\f")[:-1]]


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_info(pdf: Path) -> dict[str, str]:
    lines = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


@pytest.fixture(scope="module", params=["en", "fr"])
def atlas(request, qgis_app, tmp_path_factory, sample_month):
    folder = tmp_path_factory.mktemp(f"briefing_{request.param}")
    gpkg = folder / "incidents.gpkg"
    import_month([sample_month], MONTH, gpkg)
    result = make_atlas(
        gpkg,
        MONTH,
        folder / "atlas.pdf",
        project_path=folder / "atlas.qgz",
        settings=AtlasSettings(
            credit="J. Duhamel", contact="j@example.org", language=request.param
        ),
    )
    return request.param, result


def designer_pdf_settings(project: QgsProject) -> QgsLayoutExporter.PdfExportSettings:
    """What QGIS's layout designer proposes for a report's PDF: the project's default text
    format, unless a layout remembers the format of its last export."""
    settings = QgsLayoutExporter.PdfExportSettings()
    text_format = project.labelingEngineSettings().defaultTextRenderFormat()
    settings.textRenderFormat = text_format
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    return settings


def test_saved_project_exports_text_as_text_under_2_mb(atlas, tmp_path):
    """13: the analyst's export of the saved project is the one that counts."""
    language, result = atlas
    if language != "en":
        pytest.skip("one language suffices: the settings do not depend on it")
    project = QgsProject()
    assert project.read(str(result.project_path))
    assert project.labelingEngineSettings().defaultTextRenderFormat() == (
        Qgis.TextRenderFormat.AlwaysText
    )
    (report,) = project.layoutManager().layouts()
    assert isinstance(report, QgsReport)
    pdf = tmp_path / "designer.pdf"
    outcome, error = QgsLayoutExporter.exportToPdf(report, str(pdf), designer_pdf_settings(project))
    assert outcome == QgsLayoutExporter.Success, error
    assert pdf.stat().st_size < 2_000_000, pdf.stat().st_size
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVu" in fonts


def test_pdf_has_a_title(atlas):
    """10: the PDF says what it is in a viewer's title bar and a library's catalogue."""
    language, result = atlas
    title = pdf_info(result.pdf_path)["Title"]
    expected = "Incident atlas — February 2021" if language == "en" else "février 2021"
    assert expected in title, title


def test_neighbouring_countries_named_in_the_atlas_language(atlas):
    """11: ALGERIA and MAURITANIA in English, ALGÉRIE and MAURITANIE in French."""
    language, result = atlas
    overview = next(page for page in pdf_pages(result.pdf_path) if "Mopti" in page)
    if language == "fr":
        assert "ALGÉRIE" in overview and "MAURITANIE" in overview
        assert "ALGERIA" not in overview and "MAURITANIA" not in overview
    else:
        assert "ALGERIA" in overview and "MAURITANIA" in overview
