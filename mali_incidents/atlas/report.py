"""The month's atlas: cover, overview and two pages per region, as one editable QGIS report.

Why a ``QgsReport`` of static sections and not a QGIS atlas (or a field-group report section):
an atlas has no room for the cover and the overview, and each region here needs a map
projection of its own (its UTM zone, so the scale bar and distances are true), its own frame
(Bamako at city scale, a region without a polygon framed on its incidents) and its own table
filter. One static section per page kind and region gives the analyst, in the report
composer, exactly the pages that were printed, each editable on its own, while the page
designs stay four plain QPT templates in ``symbology/``. The report is registered in the
project's layout manager under a name that says the month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayout,
    QgsProject,
    QgsReport,
    QgsReportSectionLayout,
)
from qgis.PyQt.QtCore import QDate, QLocale

from ..definitions import DEFAULT_COUNTRY, STYLE_INCIDENTS
from ..i18n import language_of
from ..regions import Region, RegionsError, country_iso3, utm_crs_for
from .messages import AtlasError, tr
from .month_layers import extent_of_regions, month_regions
from .pages import (
    PageKit,
    PageTexts,
    make_change_map,
    make_cover,
    make_key_changes,
    make_overview,
    make_region_map,
    make_region_table,
)
from .project_entries import remember_atlas
from .project_layers import (
    add_to_month_group,
    atlas_layers,
    load_style,
    open_incidents,
    set_label_placement,
    translate_legend,
)
from .settings import AtlasSettings
from .trend_layers import (
    add_trend_layers,
    open_trend_layers,
    read_month_trends,
    trend_layer_writer,
)
from .variables import COUNTRY_ISO3_VARIABLE


@dataclass
class AtlasLayouts:
    """The built report and what it needs alive while it is exported (the project)."""

    project: QgsProject
    report: QgsReport
    regions: list[Region]
    warnings: list[str]
    month_label: str
    section_layouts: list[QgsLayout] = field(default_factory=list)

    def page_count(self) -> int:
        """Pages as last rendered: tables add their continuation pages while exporting."""
        return sum(layout.pageCollection().pageCount() for layout in self.section_layouts)


def month_label(month: str, language: str = "en") -> str:
    """'2021-02' -> 'February 2021', in the atlas's language."""
    try:
        year, number = (int(part) for part in month.split("-"))
    except ValueError as error:
        raise AtlasError(
            tr("Month '{month}' is not of the form YYYY-MM").format(month=month)
        ) from error
    date = QDate(year, number, 1)
    if not date.isValid():
        raise AtlasError(tr("Month '{month}' is not of the form YYYY-MM").format(month=month))
    return QLocale(language).toString(date, "MMMM yyyy")


def report_name(month: str, language: str = "en") -> str:
    return tr("Incident atlas — {month}").format(month=month_label(month, language))


def build_layouts(
    incidents_gpkg: Path,
    month: str,
    project: QgsProject,
    *,
    regions_path: Path | None = None,
    region_field: str | None = None,
    settings: AtlasSettings | None = None,
    country: str = DEFAULT_COUNTRY,
    incidents_source: str | None = None,
) -> AtlasLayouts:
    """The month's report (cover, overview, a map and a table per region) in ``project``;
    with ``incidents_source`` (the team store's month, PostGIS) its incidents read it."""
    # The credit and contact the analyst set in the plugin, when the caller gives none.
    settings = settings or AtlasSettings.from_qgis_settings()
    # Every text of the atlas (titles, headings, legend, dates) in the atlas's language.
    with language_of(settings.language):
        label = month_label(month, settings.language)
        incidents_gpkg = Path(incidents_gpkg)
        if incidents_source is None and not incidents_gpkg.is_file():
            raise AtlasError(tr("GeoPackage not found: {path}").format(path=incidents_gpkg))
        trends = read_month_trends(incidents_gpkg, month, settings.change_cell_km)
        regions, warnings, sources, regions_layer = month_regions(
            incidents_gpkg,
            regions_path,
            region_field,
            country,
            settings,
            incidents_source,
            also_write=trend_layer_writer(trends, settings, incidents_gpkg),
        )
        incidents = open_incidents(incidents_gpkg, incidents_source)
        load_style(incidents, STYLE_INCIDENTS, warnings)
        translate_legend(incidents, settings.language)

        country_extent = extent_of_regions(regions)
        country_crs = utm_crs_for(country_extent)
        # Scale bars and the map CRS: set before any layout exists (see docs/qgis-3.22-notes.md).
        project.setCrs(country_crs)
        project.setEllipsoid("EPSG:7030")
        QgsExpressionContextUtils.setProjectVariable(
            project, COUNTRY_ISO3_VARIABLE, _country_iso3(country)
        )
        set_label_placement(project)

        layers = atlas_layers(incidents, incidents_gpkg, regions_layer, warnings)
        add_to_month_group(project, layers, label)
        trend_layers = open_trend_layers(incidents_gpkg, settings.language, warnings)
        add_trend_layers(project, trend_layers)
        # Again: desktop QGIS gives an empty project the CRS of the first layer added.
        project.setCrs(country_crs)

        texts = PageTexts(month=label, sources=sources, settings=settings)
        kit = PageKit(
            project, layers, texts, country_crs, country_extent, warnings, trends, trend_layers
        )

        atlas_report = QgsReport(project)
        atlas_report.setName(report_name(month, settings.language))
        cover = make_cover(kit)
        atlas_report.setHeaderEnabled(True)
        atlas_report.setHeader(cover)
        section_layouts = [cover]
        # What changed comes first, after the cover; the change map after the overview.
        pages = [
            make_key_changes(kit),
            make_overview(kit, regions),
            make_change_map(kit),
            *_region_pages(kit, regions),
        ]
        for layout in pages:
            section_layouts.append(append_page(atlas_report, layout))

        manager = project.layoutManager()
        existing = manager.layoutByName(atlas_report.name())
        if existing is not None:
            manager.removeLayout(existing)
        if not manager.addLayout(atlas_report):
            raise AtlasError(
                tr("Cannot add the report '{name}' to the project").format(name=atlas_report.name())
            )
        remember_atlas(project, atlas_report.name(), month, regions_path, region_field, country)
        return AtlasLayouts(project, atlas_report, regions, warnings, label, section_layouts)


def _region_pages(kit: PageKit, regions: list[Region]) -> list[QgsLayout]:
    """A map page, then a table page, for each region."""
    layouts = []
    for region in regions:
        layouts.append(make_region_map(kit, region))
        layouts.append(make_region_table(kit, region))
    return layouts


def append_page(report: QgsReport, layout: QgsLayout) -> QgsLayout:
    """``layout`` as the report's next section (one page kind of one region, or more)."""
    section = QgsReportSectionLayout(report)
    section.setBody(layout)
    section.setBodyEnabled(True)
    report.appendChild(section)
    return layout


def _country_iso3(country: str) -> str:
    try:
        return country_iso3(country)
    except RegionsError:
        return ""
