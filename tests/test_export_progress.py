"""A report's export says how far it is in percent (the task bar, Processing, the plugin's
progress dialog) and stops between pages when its feedback is cancelled."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeedback, QgsProject

from mali_incidents.atlas import month_report, refresh_layouts
from mali_incidents.export import ExportError, export_pdf
from mali_incidents.importer import import_month


@pytest.fixture
def february_report(qgis_app, qgis_new_project, sample_month, tmp_path):
    gpkg = tmp_path / "february.gpkg"
    import_month([sample_month], "2021-02", gpkg)
    refresh_layouts(gpkg, "2021-02", QgsProject.instance(), country="Mali")
    yield month_report(QgsProject.instance())
    QgsProject.instance().layoutManager().clear()
    QgsProject.instance().clear()


def test_progress_is_a_rising_percentage_ending_at_100(february_report, tmp_path):
    reported = []
    export_pdf(february_report, tmp_path / "atlas.pdf", progress=reported.append)

    # QGIS itself reports 100 a layout (2,400 at the sample's 24th): never shown as such.
    assert all(0 < percent <= 100 for percent in reported)
    assert reported == sorted(reported)
    assert len(reported) > 10  # a step a page or so, not one jump at the end
    assert reported[-1] == 100
    assert reported[-2] < 100  # 100 only once the PDF is written and checked


def test_a_cancelled_export_keeps_the_previous_pdf(february_report, tmp_path):
    pdf = tmp_path / "atlas.pdf"
    pdf.write_bytes(b"last month's PDF")
    feedback = QgsFeedback()
    reported = []

    def cancel_at_a_third(percent):
        reported.append(percent)
        if percent > 30:
            feedback.cancel()

    with pytest.raises(ExportError):
        export_pdf(february_report, pdf, progress=cancel_at_a_third, feedback=feedback)
    assert pdf.read_bytes() == b"last month's PDF"
    assert max(reported) < 50
    assert [path.name for path in tmp_path.iterdir() if path.suffix == ".pdf"] == ["atlas.pdf"]
