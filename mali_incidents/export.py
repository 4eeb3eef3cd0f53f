"""Layouts -> one PDF, with text kept as text, progress reported and the result checked."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from qgis.core import (
    QgsFeedback,
    QgsLayout,
    QgsLayoutExporter,
    QgsProject,
    QgsReport,
)
from qgis.PyQt.QtCore import QCoreApplication

from .compat import TEXT_AS_OUTLINES, TEXT_AS_TEXT, give_pdf_its_title_and_author
from .outputs import OutputError, replacing
from .pdf_outline import add_outline


def tr(message: str) -> str:
    return QCoreApplication.translate("Export", message)


class ExportError(Exception):
    """The PDF could not be written; the message names the file and the reason."""


# Why an export failed, in words (translated where shown).
_RESULT_NAMES = {
    QgsLayoutExporter.ExportResult.Canceled: "cancelled",
    QgsLayoutExporter.ExportResult.MemoryError: "out of memory",
    QgsLayoutExporter.ExportResult.FileError: "file cannot be written",
    QgsLayoutExporter.ExportResult.PrintError: "print error",
    QgsLayoutExporter.ExportResult.SvgLayerError: "SVG layer error",
    QgsLayoutExporter.ExportResult.IteratorError: "layout iteration error",
}


def pdf_settings(text_as_outlines: bool = False) -> QgsLayoutExporter.PdfExportSettings:
    """PDF settings for the atlas.

    QGIS 3.22 defaults to text as outlines: a PDF ~30x larger, slower to write and not
    searchable (docs/qgis-3.22-notes.md). Text is kept as text unless asked otherwise (the
    benchmark's baseline).
    """
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = TEXT_AS_OUTLINES if text_as_outlines else TEXT_AS_TEXT
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = False  # one PDF of many maps: no single georeference
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    return settings


def keep_text_as_text(project: QgsProject, layouts: Iterable[QgsLayout]) -> None:
    """The saved project's own PDF export keeps text as text, as the atlas's PDF does.

    QGIS's layout designer proposes the settings it finds in the project: the layout's last
    PDF text format (custom property ``pdfTextFormat``), else the project's default text
    format, which is "always outlines" in a new project (a 5.4 MB PDF of the sample month
    instead of 1.4 MB, and text no one can search). Both are set, on every page's layout.
    """
    engine = project.labelingEngineSettings()
    engine.setDefaultTextRenderFormat(TEXT_AS_TEXT)
    project.setLabelingEngineSettings(engine)
    for layout in layouts:
        layout.setCustomProperty("pdfTextFormat", int(getattr(TEXT_AS_TEXT, "value", TEXT_AS_TEXT)))
        layout.setCustomProperty("pdfSimplify", 1)
        layout.setCustomProperty("pdfAppendGeoreference", 0)  # many maps: no one georeference
        layout.setCustomProperty("pdfIncludeMetadata", 1)  # the PDF's title


def export_pdf(
    report_or_layout: QgsReport | QgsLayout,
    pdf_path: Path,
    *,
    progress: Callable[[float], None] | None = None,
    text_as_outlines: bool = False,
    outline: Sequence[tuple[str, int]] = (),
    feedback: QgsFeedback | None = None,
) -> Path:
    """Export a report (every section, one PDF) or a single layout; returns the PDF's path.

    ``outline``: the PDF's bookmarks, (title, page number from 1) each (``pdf_outline``).
    ``feedback``: cancelling it stops a report's export between pages (ExportError, the
    previous PDF kept).
    """
    pdf_path = Path(pdf_path)
    settings = pdf_settings(text_as_outlines)
    try:
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        # Exported beside the PDF, then moved over it: a failed or cancelled export leaves
        # the previous PDF as it was.
        with replacing(pdf_path) as partial:
            title, author = _export(
                report_or_layout, pdf_path, partial, settings, progress, feedback
            )
            # One rewrite for the bookmarks and a title and author QGIS left out (3.22);
            # without pypdf GDAL still gives them.
            if not add_outline(partial, outline, title=title, author=author):
                give_pdf_its_title_and_author(partial, title, author)
    except OutputError as error:
        raise ExportError(str(error)) from error
    if progress is not None:
        progress(100)
    return pdf_path


def _export(
    report_or_layout, pdf_path: Path, partial: Path, settings, progress, feedback=None
) -> tuple[str, str]:
    """Write the PDF to ``partial``; returns the title and author its document information
    must have (a report's: its project's), or ("", "")."""
    if isinstance(report_or_layout, QgsReport):
        feedback = feedback or QgsFeedback()
        if progress is not None:
            feedback.progressChanged.connect(_percent_of_report(report_or_layout, progress))
        result, error = QgsLayoutExporter.exportToPdf(
            report_or_layout, str(partial), settings, feedback
        )
    else:
        result = QgsLayoutExporter(report_or_layout).exportToPdf(str(partial), settings)
        error = ""
    if result != QgsLayoutExporter.ExportResult.Success:
        reason = error or tr(_RESULT_NAMES.get(result, str(result)))
        raise ExportError(
            tr("The PDF {path} was not written: {reason}").format(path=pdf_path, reason=reason)
        )
    if not partial.is_file() or partial.stat().st_size == 0:
        raise ExportError(tr("The PDF {path} is missing after export").format(path=pdf_path))
    if not _ends_as_a_pdf(partial):
        # Qt reports success when the disk fills up mid-way: the file is cut short.
        raise ExportError(
            tr("The PDF {path} was not written completely (is the disk full?)").format(
                path=pdf_path
            )
        )
    if isinstance(report_or_layout, QgsReport) and settings.exportMetadata:
        project = report_or_layout.layoutProject()
        if project is not None:
            return project.metadata().title(), project.metadata().author()
    return "", ""


def _report_layouts(section) -> int:
    """How many layouts QGIS's exporter steps through for a report section and its children:
    their enabled headers, bodies and footers (a field group's body counted once)."""
    parts = [
        (section.headerEnabled(), section.header()),
        (section.footerEnabled(), section.footer()),
    ]
    if hasattr(section, "body"):  # layout and field group sections, not the report itself
        parts.append((section.bodyEnabled(), section.body()))
    steps = sum(1 for enabled, layout in parts if enabled and layout is not None)
    return steps + sum(
        _report_layouts(section.childSection(index)) for index in range(section.childCount())
    )


def _percent_of_report(report: QgsReport, progress: Callable[[float], None]):
    """QGIS cannot count a report's pages, so its exporter reports 100 for each layout done
    (2,400 for the sample's 24th): turn that into a percentage that only rises, below 100
    until the PDF is checked."""
    steps = max(1, _report_layouts(report))
    reached = [0.0]

    def report_percent(value: float) -> None:
        percent = min(99.0, value / steps)
        if percent > reached[0]:
            reached[0] = percent
            progress(percent)

    return report_percent


def _ends_as_a_pdf(path: Path) -> bool:
    """A complete PDF ends with its cross-reference pointer and "%%EOF"."""
    with open(path, "rb") as pdf:
        pdf.seek(max(0, path.stat().st_size - 1024))
        tail = pdf.read()
    return b"startxref" in tail and tail.rstrip().endswith(b"%%EOF")
