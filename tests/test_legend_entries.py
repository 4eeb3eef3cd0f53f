"""A region page's legend, worked out once when the page is filled (legend_entries.py), prints
exactly what QGIS's own "filter legend by map" (and by the page's expression) prints."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayerTreeUtils,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsMapLayerLegendUtils,
    QgsProject,
)

from mali_incidents.atlas import AtlasSettings, build_layouts
from mali_incidents.atlas.legend_entries import OFFERED_ENTRIES_PROPERTY
from mali_incidents.export import pdf_settings
from mali_incidents.importer import import_month

MONTH = "2021-02"


def _legend_text(pdf_path: Path, legend: QgsLayoutItemLegend) -> str:
    """The PDF's text inside the legend's frame only: the page's other items (the region's
    chart, whose month labels the label engine places afresh at each export) are not compared."""
    points_per_mm = 72 / 25.4  # pdftotext crops in points at its default 72 dpi
    frame = legend.sceneBoundingRect()
    crop = [
        str(round(value * points_per_mm))
        for value in (frame.x(), frame.y(), frame.width(), frame.height())
    ]
    x, y, width, height = crop
    return subprocess.run(
        ["pdftotext", "-raw", "-x", x, "-y", y, "-W", width, "-H", height, str(pdf_path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def _export_text(layout, pdf_path: Path, legend: QgsLayoutItemLegend) -> str:
    result = QgsLayoutExporter(layout).exportToPdf(str(pdf_path), pdf_settings())
    assert result == QgsLayoutExporter.ExportResult.Success
    return _legend_text(pdf_path, legend)


def _back_to_qgis_filter(legend: QgsLayoutItemLegend) -> None:
    """The legend as it was before: every entry the page offers, QGIS's filters on."""
    for node in legend.model().rootGroup().findLayers():
        offered = node.customProperty(OFFERED_ENTRIES_PROPERTY)
        indexes = [int(index) for index in str(offered).split(",") if index != ""]
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, indexes)
        expression = QgsLayerTreeUtils.legendFilterByExpression(node)[0]
        if expression:
            QgsLayerTreeUtils.setLegendFilterByExpression(node, expression, True)
        legend.model().refreshLayerLegend(node)
    legend.setLegendFilterByMapEnabled(True)
    legend.updateLegend()


@pytest.fixture(scope="module")
def months(qgis_app, tmp_path_factory, sample_month, atlas_bench):
    """The sample month and a synthetic one whose regions have many kinds of incidents."""
    folder = tmp_path_factory.mktemp("legend_entries")
    synthetic = atlas_bench.write_synthetic_month(folder / "synthetic.csv", incidents=300, seed=7)
    gpkgs = []
    for name, export in (("sample", sample_month), ("synthetic", synthetic)):
        gpkg = folder / f"{name}.gpkg"
        import_month([export], MONTH, gpkg)
        gpkgs.append(gpkg)
    return folder, gpkgs


def test_region_legends_print_what_qgis_filter_prints(months):
    folder, gpkgs = months
    narrowed = 0
    pages = 0
    for gpkg in gpkgs:
        project = QgsProject()
        built = build_layouts(gpkg, MONTH, project, settings=AtlasSettings(credit="Test"))
        for number, layout in enumerate(built.section_layouts):
            legend = layout.itemById("region_legend")
            if not isinstance(legend, QgsLayoutItemLegend):
                continue
            pages += 1
            # No hit test left for the export to run.
            assert not legend.legendFilterByMapEnabled()
            ours = _export_text(layout, folder / f"{gpkg.stem}_{number}_ours.pdf", legend)
            for node in legend.model().rootGroup().findLayers():
                offered = str(node.customProperty(OFFERED_ENTRIES_PROPERTY)).split(",")
                shown = QgsMapLayerLegendUtils.legendNodeOrder(node)
                narrowed += len(shown) < len(offered)
            _back_to_qgis_filter(legend)
            qgis = _export_text(layout, folder / f"{gpkg.stem}_{number}_qgis.pdf", legend)
            assert ours.strip(), f"{gpkg.stem}, section {number}: no legend text found"
            assert ours == qgis, f"{gpkg.stem}, section {number}: the legends differ"
        project.layoutManager().clear()
    assert pages >= 20
    # Some entry was left out somewhere: the comparison is not of two full legends.
    assert narrowed > 0
