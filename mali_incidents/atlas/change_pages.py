"""Next month's refresh of what changed (issue 13): the project's chart and change-map layers
pointed at the month, and the Key changes and change map pages added to a report made
before them."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsDataProvider, QgsLayout, QgsProject, QgsReport, QgsReportSectionLayout

from .pages import PageKit, make_change_map, make_key_changes
from .pages.changes import change_map_compares
from .trend_layers import (
    TREND_ROLE_TABLES,
    TrendLayers,
    add_trend_layers,
    complete_chart_style,
    find_trend_layers,
    open_trend_layers,
    translate_trend_legends,
)


def month_trend_layers(
    project: QgsProject, incidents_gpkg: Path, language: str, warnings: list[str]
) -> TrendLayers:
    """The project's chart and change-map layers pointed at the month (their styles kept, a
    charts style from before the month by region chart completed); a project from before
    them gets them."""
    layers = find_trend_layers(project)
    if layers is None:
        layers = open_trend_layers(incidents_gpkg, language, warnings)
        add_trend_layers(project, layers)
        return layers
    for role, layer in layers.by_role().items():
        layer.setDataSource(
            f"{incidents_gpkg}|layername={TREND_ROLE_TABLES[role]}",
            layer.name(),
            "ogr",
            QgsDataProvider.ProviderOptions(),
        )
    complete_chart_style(layers.charts, warnings)
    translate_trend_legends(layers, language)
    return layers


def add_change_pages(kit: PageKit, report: QgsReport) -> list[QgsLayout]:
    """A report from before the Key changes and change map pages gets them: the Key changes
    just before the overview (after the contents), the change map after it (once there are
    earlier months to compare with). Returns the layouts added."""
    bodies = [section.body() for section in report.childSections()]
    has = {
        item_id: any(body is not None and body.itemById(item_id) for body in bodies)
        for item_id in ("key_changes_title", "change_map_title")
    }
    overview = next(
        (
            index
            for index, body in enumerate(bodies)
            if body is not None and body.itemById("overview_title") is not None
        ),
        0,
    )
    added = []
    if not has["change_map_title"] and change_map_compares(kit):
        added.append(_insert_page(report, overview + 1, make_change_map(kit)))
    if not has["key_changes_title"]:
        added.insert(0, _insert_page(report, overview, make_key_changes(kit)))
    return added


def _insert_page(report: QgsReport, index: int, layout: QgsLayout) -> QgsLayout:
    section = QgsReportSectionLayout(report)
    section.setBody(layout)
    section.setBodyEnabled(True)
    report.insertChild(index, section)
    return layout
