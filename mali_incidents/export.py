"""Layouts -> one PDF, with text kept as text, progress reported and the result checked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsFeedback,
    QgsLayout,
    QgsLayoutExporter,
    QgsReport,
)
from qgis.PyQt.QtCore import QCoreApplication

from .compat import TEXT_AS_OUTLINES, TEXT_AS_TEXT


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


def export_pdf(
    report_or_layout: QgsReport | QgsLayout,
    pdf_path: Path,
    *,
    progress: Callable[[float], None] | None = None,
    text_as_outlines: bool = False,
) -> Path:
    """Export a report (every section, one PDF) or a single layout; returns the PDF's path."""
    pdf_path = Path(pdf_path)
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    settings = pdf_settings(text_as_outlines)
    if pdf_path.exists():
        pdf_path.unlink()  # a stale file must not pass for a fresh export
    if isinstance(report_or_layout, QgsReport):
        feedback = QgsFeedback()
        if progress is not None:
            feedback.progressChanged.connect(progress)
        result, error = QgsLayoutExporter.exportToPdf(
            report_or_layout, str(pdf_path), settings, feedback
        )
    else:
        result = QgsLayoutExporter(report_or_layout).exportToPdf(str(pdf_path), settings)
        error = ""
    if result != QgsLayoutExporter.ExportResult.Success:
        reason = error or tr(_RESULT_NAMES.get(result, str(result)))
        raise ExportError(
            tr("The PDF {path} was not written: {reason}").format(path=pdf_path, reason=reason)
        )
    if not pdf_path.is_file() or pdf_path.stat().st_size == 0:
        raise ExportError(tr("The PDF {path} is missing after export").format(path=pdf_path))
    if progress is not None:
        progress(100)
    return pdf_path
