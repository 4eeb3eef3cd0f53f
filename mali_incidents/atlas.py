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

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataProvider,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayerTreeUtils,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerStyle,
    QgsPalLayerSettings,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsReport,
    QgsReportSectionLayout,
    QgsRuleBasedRenderer,
    QgsSettings,
    QgsSymbolLayerUtils,
    QgsTableCell,
    QgsTextFormat,
    QgsTextRenderer,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate, QLocale, Qt
from qgis.PyQt.QtXml import QDomDocument

from .compat import (
    EXPRESSION_PROPERTY,
    KILOMETERS,
    NO_GEOMETRY,
    POLYGON_GEOMETRY,
    USE_PARTIAL_CANDIDATES,
    make_field,
)
from .definitions import (
    ATLAS_BASE_SOURCE,
    ATLAS_EXTRA_SOURCES,
    COUNTRIES_LAYER,
    DEFAULT_COUNTRY,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    FIELD_SOURCE_LINE,
    INCIDENTS_LAYER,
    LAYER_ROLE_PROPERTY,
    REGION_VARIABLE,
    REGIONS_LAYER,
    SETTINGS_CONTACT,
    SETTINGS_CREDIT,
    SETTINGS_EXTRA_SOURCES,
    STYLE_COUNTRIES,
    STYLE_INCIDENTS,
    STYLE_REGIONS,
    TEMPLATE_COVER,
    TEMPLATE_OVERVIEW,
    TEMPLATE_REGION_MAP,
    TEMPLATE_REGION_TABLE,
    WORLD_MAP_COUNTRIES_LAYER,
)
from .i18n import current_language, language_of, translated
from .layers import apply_style
from .paths import symbology_file, user_symbology_dir, world_map_path
from .regions import (
    Region,
    RegionsError,
    country_iso3,
    display_name,
    load_region_polygons,
    region_key,
    regions_of_month,
    utm_crs_for,
    wgs84,
)

# Where the plugin finds its own things again in a project (next month's refresh).
PROJECT_SCOPE = "mali_incidents"

# Project variable holding the atlas's country (ISO 3166 alpha-3), read by countries.qml.
COUNTRY_ISO3_VARIABLE = "mali_country_iso3"
POLYGON_LABEL_CANDIDATES_PER_CM2 = 0.5

# Room around a region on its map, as a share of its size: neighbours show as context.
REGION_MAP_MARGIN = 0.08
COUNTRY_MAP_MARGIN = 0.03
# ~100 m: under half a millimetre on Bamako's city-scale map.
REGION_SIMPLIFY_DEGREES = 0.001
# Neighbouring countries are kept for this far around the atlas's country, as a share of its
# size: further than any map of it shows (the maps' margins are 3% and 8%, widened to fit
# the frame), so no map reaches a cut edge.
COUNTRIES_KEPT_AROUND = 0.25
# ~1 km: a fifth of a millimetre on the largest-scale map that shows a border (Sikasso's).
COUNTRY_SIMPLIFY_DEGREES = 0.01
NORTH_ARROW_SVG = "arrows/NorthArrow_02.svg"


def tr(message: str) -> str:
    return QCoreApplication.translate("Atlas", message)


class AtlasError(Exception):
    """The atlas cannot be made from this input; the message says why, in one line."""


@dataclass
class AtlasSettings:
    """What the analyst sets once: the credit line, a contact and sources worth crediting."""

    credit: str = ""
    contact: str = ""
    # Credited on every page when the month's `source` column cites them (MENASTREAM …).
    extra_sources: tuple[str, ...] = ATLAS_EXTRA_SOURCES
    language: str = "en"

    @classmethod
    def from_qgis_settings(cls) -> AtlasSettings:
        """The plugin's settings (QgsSettings), as the settings dialog stores them."""
        settings = QgsSettings()
        extra = settings.value(SETTINGS_EXTRA_SOURCES, ",".join(ATLAS_EXTRA_SOURCES)) or ""
        return cls(
            credit=str(settings.value(SETTINGS_CREDIT, "") or ""),
            contact=str(settings.value(SETTINGS_CONTACT, "") or ""),
            extra_sources=tuple(part.strip() for part in str(extra).split(",") if part.strip()),
            language=current_language(),
        )


@dataclass
class AtlasResult:
    pages: int
    pdf_path: Path
    warnings: list[str] = field(default_factory=list)
    project_path: Path | None = None
    report_name: str = ""


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


def make_atlas(
    incidents_gpkg: Path,
    month: str,
    pdf_path: Path,
    *,
    regions_path: Path | None = None,
    region_field: str | None = None,
    project_path: Path | None = None,
    settings: AtlasSettings | None = None,
    country: str = DEFAULT_COUNTRY,
    progress: Callable[[float], None] | None = None,
) -> AtlasResult:
    """Build the month's report from the imported GeoPackage and export it as one PDF.

    With ``project_path`` the layers and the report are also saved as a QGIS project,
    ready to open and edit. Raises ``AtlasError`` for input it cannot use.
    """
    from .export import ExportError, export_pdf

    report = progress or (lambda percent: None)
    report(0)
    project = QgsProject()
    try:
        built = build_layouts(
            incidents_gpkg,
            month,
            project,
            regions_path=regions_path,
            region_field=region_field,
            settings=settings,
            country=country,
        )
        report(15)
        try:
            export_pdf(
                built.report,
                Path(pdf_path),
                progress=lambda percent: report(15 + 0.85 * percent),
            )
        except ExportError as error:
            raise AtlasError(str(error)) from error
        saved = None
        if project_path is not None:
            saved = save_project(project, Path(project_path))
        return AtlasResult(
            pages=built.page_count(),
            pdf_path=Path(pdf_path),
            warnings=built.warnings,
            project_path=saved,
            report_name=built.report.name(),
        )
    finally:
        # Layouts hold layer references: drop them before the layers go.
        project.layoutManager().clear()
        project.clear()


def save_project(project: QgsProject, project_path: Path) -> Path:
    project_path.parent.mkdir(parents=True, exist_ok=True)
    project.setFileName(str(project_path))
    if not project.write():
        raise AtlasError(
            tr("Cannot save the project {path}: {error}").format(
                path=project_path, error=project.error()
            )
        )
    return project_path


def build_layouts(
    incidents_gpkg: Path,
    month: str,
    project: QgsProject,
    *,
    regions_path: Path | None = None,
    region_field: str | None = None,
    settings: AtlasSettings | None = None,
    country: str = DEFAULT_COUNTRY,
) -> AtlasLayouts:
    """The month's report (cover, overview, a map and a table per region) in ``project``."""
    # The credit and contact the analyst set in the plugin, when the caller gives none.
    settings = settings or AtlasSettings.from_qgis_settings()
    # Every text of the atlas (titles, headings, legend, dates) in the atlas's language.
    with language_of(settings.language):
        label = month_label(month, settings.language)
        incidents_gpkg = Path(incidents_gpkg)
        if not incidents_gpkg.is_file():
            raise AtlasError(tr("GeoPackage not found: {path}").format(path=incidents_gpkg))
        regions, warnings, sources, regions_layer = _month_regions(
            incidents_gpkg, regions_path, region_field, country, settings
        )
        incidents = _open_incidents(incidents_gpkg)
        _load_style(incidents, STYLE_INCIDENTS, warnings)
        translate_legend(incidents, settings.language)

        country_extent = _country_extent(regions)
        country_crs = utm_crs_for(country_extent)
        # Scale bars and the map CRS: set before any layout exists (see docs/qgis-3.22-notes.md).
        project.setCrs(country_crs)
        project.setEllipsoid("EPSG:7030")
        QgsExpressionContextUtils.setProjectVariable(
            project, COUNTRY_ISO3_VARIABLE, _country_iso3(country)
        )
        _set_label_placement(project)

        layers = _atlas_layers(incidents, incidents_gpkg, regions_layer, warnings)
        _add_to_month_group(project, layers, label)
        # Again: desktop QGIS gives an empty project the CRS of the first layer added.
        project.setCrs(country_crs)

        texts = _PageTexts(month=label, sources=sources, settings=settings)
        builder = _ReportBuilder(project, layers, texts, country_crs, country_extent)

        atlas_report = QgsReport(project)
        atlas_report.setName(report_name(month, settings.language))
        cover = builder.cover()
        atlas_report.setHeaderEnabled(True)
        atlas_report.setHeader(cover)
        section_layouts = [cover]
        for layout in [builder.overview(regions), *builder.region_pages(regions)]:
            section_layouts.append(_append_page(atlas_report, layout))

        manager = project.layoutManager()
        existing = manager.layoutByName(atlas_report.name())
        if existing is not None:
            manager.removeLayout(existing)
        if not manager.addLayout(atlas_report):
            raise AtlasError(
                tr("Cannot add the report '{name}' to the project").format(name=atlas_report.name())
            )
        _remember_atlas(project, atlas_report.name(), month, regions_path, region_field, country)
        return AtlasLayouts(project, atlas_report, regions, warnings, label, section_layouts)


def _set_label_placement(project: QgsProject) -> None:
    """The project's label engine settings the atlas's maps are drawn with."""
    engine = project.labelingEngineSettings()
    # Region names are big labels on big polygons: QGIS's default of 2.5 candidate positions
    # per cm² made their placement the most costly part of a map page, for no better
    # placement (measured: 1.0 halves it, 0.5 takes another third off).
    engine.setMaximumPolygonCandidatesPerCmSquared(POLYGON_LABEL_CANDIDATES_PER_CM2)
    # On paper a name cut by the map's frame ("SENEGA") reads as a mistake: a label fits
    # whole or is left out.
    engine.setFlag(USE_PARTIAL_CANDIDATES, False)
    project.setLabelingEngineSettings(engine)


def translate_legend(incidents: QgsVectorLayer, language: str) -> None:
    """The legend's headings (in capitals) and classes in the atlas's language (rules keep
    their filters).

    A class is known by its rule's filter (``"incident_type" = 'Airstrike'``), so the
    labels can go from French back to English as well.
    """
    renderer = incidents.renderer()
    if renderer is not None and renderer.type() == "pointDisplacement":
        renderer = renderer.embeddedRenderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    headings = {FIELD_INCIDENT_TYPE: "Type of incident", FIELD_ACTOR_GROUP: "Actors"}
    for heading in renderer.rootRule().children():
        classes = [rule for rule in heading.children() if rule.filterExpression()]
        for rule in classes:
            match = re.search(r'"(\w+)"\s*=\s*\'((?:[^\']|\'\')*)\'', rule.filterExpression())
            if match and match.group(1) in headings:
                rule.setLabel(translated(match.group(2).replace("''", "'"), language))
                # In capitals: a legend gives its headings the weight of its classes, and
                # "TYPE OF INCIDENT" over "Armed clash" reads as a heading.
                heading.setLabel(translated(headings[match.group(1)], language).upper())


def save_as_defaults(project: QgsProject) -> list[Path]:
    """The month's pages and incident style as the analyst edited them become the templates
    new projects start from (the user's symbology folder; the plugin's files stay as shipped).
    """
    report = month_report(project)
    layers = _month_layers(project)
    if report is None or layers is None:
        raise AtlasError(tr("There is no incident atlas in this project to save."))
    folder = user_symbology_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pages = {}
    for layout in _report_layouts(report):
        for item_id, template in (
            ("cover_title", TEMPLATE_COVER),
            ("overview_title", TEMPLATE_OVERVIEW),
            ("region_map_title", TEMPLATE_REGION_MAP),
            ("region_table_title", TEMPLATE_REGION_TABLE),
        ):
            if template not in pages and layout.itemById(item_id) is not None:
                pages[template] = layout
    saved = []
    for template, layout in pages.items():
        if not layout.saveAsTemplate(str(folder / template), QgsReadWriteContext()):
            raise AtlasError(tr("Cannot write {path}").format(path=folder / template))
        saved.append(folder / template)
    message, written = layers.incidents.saveNamedStyle(str(folder / STYLE_INCIDENTS))
    if not written:
        raise AtlasError(tr("Cannot write {path}: {message}").format(path=folder, message=message))
    saved.append(folder / STYLE_INCIDENTS)
    return saved


def reset_layouts(project: QgsProject, settings: AtlasSettings | None = None) -> AtlasLayouts:
    """Rebuild the month's report from the templates, on the month's current data; the
    layers keep the styles the analyst gave them."""
    report = month_report(project)
    layers = _month_layers(project)
    month, _found = project.readEntry(PROJECT_SCOPE, "month", "")
    if report is None or layers is None or not month:
        raise AtlasError(tr("There is no incident atlas in this project to reset."))
    # The same regions and country the atlas was made with (not the built-in ones).
    regions_path = project.readEntry(PROJECT_SCOPE, "regions_path", "")[0]
    region_field = project.readEntry(PROJECT_SCOPE, "region_field", "")[0]
    country = project.readEntry(PROJECT_SCOPE, "country", DEFAULT_COUNTRY)[0]
    gpkg = Path(layers.incidents.source().split("|")[0])
    # A project of an earlier version: its regions style lacks the fading the retired layer
    # did, so the regions get the plugin's style again.
    old_regions_style = _drop_retired_layers(project, report)
    styles = {}
    for role, layer in layers.by_role().items():
        if role == "regions" and old_regions_style:
            continue
        styles[role] = QgsMapLayerStyle()
        styles[role].readFromLayer(layer)
    project.layoutManager().removeLayout(report)
    group = _month_group(project)
    for layer in layers.by_role().values():
        project.removeMapLayer(layer.id())
    if group is not None:
        group.parent().removeChildNode(group)
    rebuilt = build_layouts(
        gpkg,
        month,
        project,
        regions_path=Path(regions_path) if regions_path else None,
        region_field=region_field or None,
        settings=settings,
        country=country or DEFAULT_COUNTRY,
    )
    for role, layer in _month_layers(project).by_role().items():
        if role in styles:
            styles[role].writeToLayer(layer)
    return rebuilt


def refresh_layouts(
    incidents_gpkg: Path,
    month: str,
    project: QgsProject,
    *,
    regions_path: Path | None = None,
    region_field: str | None = None,
    settings: AtlasSettings | None = None,
    country: str = DEFAULT_COUNTRY,
) -> AtlasLayouts:
    """Point the month layers and report already in ``project`` at another month.

    Nothing is rebuilt: the layers get a new data source (their symbols, colours, labels and
    names stay), the report's pages get the new month's texts and table rows (their items,
    sizes, fonts, columns and map frames stay). A project without them gets them built.
    """
    report = month_report(project)
    layers = _month_layers(project)
    if report is None or layers is None:
        return build_layouts(
            incidents_gpkg,
            month,
            project,
            regions_path=regions_path,
            region_field=region_field,
            settings=settings,
            country=country,
        )
    settings = settings or AtlasSettings.from_qgis_settings()
    # Every text of the atlas (titles, headings, legend, dates) in the atlas's language.
    with language_of(settings.language):
        label = month_label(month, settings.language)
        incidents_gpkg = Path(incidents_gpkg)
        regions, warnings, sources, regions_layer = _month_regions(
            incidents_gpkg, regions_path, region_field, country, settings
        )
        del regions_layer  # the project's own layers are re-pointed to the file below

        translate_legend(layers.incidents, settings.language)
        if _drop_retired_layers(project, report):
            _load_style(layers.regions, STYLE_REGIONS, warnings)
        _set_label_placement(project)
        for role, layer in layers.by_role().items():
            layer.setDataSource(
                f"{incidents_gpkg}|layername={_ROLE_TABLES[role]}",
                layer.name(),
                "ogr",
                QgsDataProvider.ProviderOptions(),
            )
        country_extent = _country_extent(regions)
        texts = _PageTexts(month=label, sources=sources, settings=settings)
        builder = _ReportBuilder(project, layers, texts, project.crs(), country_extent)

        section_layouts = []
        if report.header() is not None:
            builder.fill_cover(report.header())
            section_layouts.append(report.header())
        regions_by_admin1 = {region.admin1: region for region in regions}
        paged = set()
        for section in report.childSections():
            layout = section.body()
            if layout is None:
                continue
            section_layouts.append(layout)
            page_region = QgsExpressionContextUtils.layoutScope(layout).variable(
                f"{REGION_VARIABLE}_page"
            )
            if layout.itemById("overview_title") is not None:
                builder.fill_overview(layout, regions)
            elif page_region:
                # A region this month does not have (another country's file…): empty pages.
                region = regions_by_admin1.get(page_region) or _no_incident_region(page_region)
                if page_region in regions_by_admin1:
                    paged.add(page_region)
                if layout.itemById("region_map_title") is not None:
                    builder.fill_region_map(layout, region)
                elif layout.itemById("region_table_title") is not None:
                    builder.fill_region_table(layout, region, headings=False)
        for region in regions:
            if region.admin1 not in paged:  # a region new this month gets its pages at the end
                for layout in (builder.region_map(region), builder.region_table(region)):
                    section_layouts.append(_append_page(report, layout))

        name = report_name(month, settings.language)
        other = project.layoutManager().layoutByName(name)
        if other is not None and other is not report:
            project.layoutManager().removeLayout(other)
        report.setName(name)
        _remember_atlas(project, name, month, regions_path, region_field, country)
        group = _month_group(project)
        if group is not None:
            group.setName(month_group_name(label))
        return AtlasLayouts(project, report, regions, warnings, label, section_layouts)


def _country_extent(regions: list[Region]) -> QgsRectangle:
    extent = QgsRectangle()
    for region in regions:
        extent.combineExtentWith(region.extent)
    return extent


def _append_page(report: QgsReport, layout: QgsLayout) -> QgsLayout:
    """``layout`` as the report's next section (one page kind of one region, or more)."""
    section = QgsReportSectionLayout(report)
    section.setBody(layout)
    section.setBodyEnabled(True)
    report.appendChild(section)
    return layout


def _remember_atlas(project, report_name, month, regions_path, region_field, country) -> None:
    """What the project's atlas is and was made from, for next month and for a reset."""
    project.writeEntry(PROJECT_SCOPE, "report", report_name)
    project.writeEntry(PROJECT_SCOPE, "month", month)
    project.writeEntry(PROJECT_SCOPE, "regions_path", str(regions_path or ""))
    project.writeEntry(PROJECT_SCOPE, "region_field", region_field or "")
    project.writeEntry(PROJECT_SCOPE, "country", country)


def _typed_item(layout: QgsLayout, item_id: str, kind: type):
    """The layout's item of that id if it is a ``kind`` (a label, a map…), else None."""
    item = layout.itemById(item_id)  # PyQGIS gives it its own class, not QgsLayoutItem
    return item if isinstance(item, kind) else None


def _report_layouts(report: QgsReport) -> list[QgsLayout]:
    """The report's pages: its cover, then each section's layout."""
    layouts = [report.header()] + [section.body() for section in report.childSections()]
    return [layout for layout in layouts if layout is not None]


# Roles an earlier version gave layers it no longer makes: "regions_faded" faded the regions
# a page is not about, which the regions layer's own style does now.
_RETIRED_ROLES = ("regions_faded",)


def _drop_retired_layers(project: QgsProject, report: QgsReport | None) -> bool:
    """Take layers of retired roles out of the report's maps and the project (True if any).

    A locator left without layers draws the regions, as new ones do.
    """
    retired = {
        layer.id()
        for layer in project.mapLayers().values()
        if layer.customProperty(LAYER_ROLE_PROPERTY) in _RETIRED_ROLES
    }
    if not retired:
        return False
    regions = _month_layers(project)
    for layout in _report_layouts(report) if report is not None else []:
        for item in layout.items():
            if isinstance(item, QgsLayoutItemMap) and item.keepLayerSet():
                kept = [layer for layer in item.layers() if layer.id() not in retired]
                if not kept and regions is not None:
                    kept = [regions.regions]
                item.setLayers(kept)
    project.removeMapLayers(list(retired))
    return True


def _month_regions(incidents_gpkg, regions_path, region_field, country, settings):
    """The month's regions (from its admin1, framed by the polygons), the warnings about
    them and the sources line; the regions' polygons written beside the incidents."""
    month_incidents = _open_incidents(incidents_gpkg)
    try:
        polygons = load_region_polygons(regions_path, region_field, country)
        regions, warnings = regions_of_month(month_incidents, polygons, country)
    except RegionsError as error:
        raise AtlasError(str(error)) from error
    sources = _sources_line(month_incidents, settings)
    # Writing a layer into a GeoPackage another connection has open breaks that connection
    # ("unable to open database file"): close it, write the regions, then open the layers.
    del month_incidents
    regions_layer = _write_regions_layer(incidents_gpkg, regions, polygons.polygons)
    _write_countries_layer(incidents_gpkg, _country_extent(regions))
    return regions, warnings, sources, regions_layer


def month_group_name(label: str) -> str:
    return tr("Incidents — {month}").format(month=label)


def month_report(project: QgsProject) -> QgsReport | None:
    """The report this plugin made in ``project`` (whatever the analyst renamed around it)."""
    name, found = project.readEntry(PROJECT_SCOPE, "report", "")
    layout = project.layoutManager().layoutByName(name) if found and name else None
    return layout if isinstance(layout, QgsReport) else None


def _month_group(project: QgsProject):
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(LAYER_ROLE_PROPERTY) == "month_group":
            return group
    return None


def _month_layers(project: QgsProject) -> _AtlasLayers | None:
    by_role = {
        layer.customProperty(LAYER_ROLE_PROPERTY): layer
        for layer in project.mapLayers().values()
        if layer.customProperty(LAYER_ROLE_PROPERTY)
    }
    try:
        return _AtlasLayers(**{role: by_role[role] for role in _AtlasLayers.roles()})
    except KeyError:  # the analyst removed one: build anew
        return None


def _add_to_month_group(project: QgsProject, layers: _AtlasLayers, label: str) -> None:
    """The month's layers in one group "Incidents — February 2021", tagged for next month."""
    root = project.layerTreeRoot()
    group = _month_group(project) or root.insertGroup(0, month_group_name(label))
    group.setName(month_group_name(label))
    group.setCustomProperty(LAYER_ROLE_PROPERTY, "month_group")
    for role, layer in layers.by_role().items():
        layer.setCustomProperty(LAYER_ROLE_PROPERTY, role)
        project.addMapLayer(layer, False)
        group.addLayer(layer)


def _no_incident_region(admin1: str) -> Region:
    return Region(admin1=admin1, name=display_name(admin1))


# --- layers ------------------------------------------------------------------------------


@dataclass
class _AtlasLayers:
    incidents: QgsVectorLayer  # styled by incidents.qml, labelled on its region's map only
    # The same, unlabelled, for country-wide maps: no place names there, and the style's
    # label expressions (aggregates) cost more than drawing the points.
    incidents_unlabelled: QgsVectorLayer
    # Boundaries and names; on a region's page the others faded and its own outlined.
    regions: QgsVectorLayer
    countries: QgsVectorLayer

    @classmethod
    def roles(cls) -> list[str]:
        return [field.name for field in dataclasses.fields(cls)]

    def by_role(self) -> dict[str, QgsVectorLayer]:
        return {role: getattr(self, role) for role in self.roles()}


# Which layer of the month's GeoPackage each role draws.
_ROLE_TABLES = {
    "incidents": INCIDENTS_LAYER,
    "incidents_unlabelled": INCIDENTS_LAYER,
    "regions": REGIONS_LAYER,
    "countries": COUNTRIES_LAYER,
}


def _open_incidents(incidents_gpkg: Path) -> QgsVectorLayer:
    # The style comes next, from symbology/ (_load_style): reading the import's copy of it
    # from the GeoPackage first would parse the same QML twice.
    options = QgsVectorLayer.LayerOptions(QgsProject.instance().transformContext())
    options.loadDefaultStyle = False
    incidents = QgsVectorLayer(
        f"{incidents_gpkg}|layername={INCIDENTS_LAYER}", tr("Incidents"), "ogr", options
    )
    if not incidents.isValid():
        raise AtlasError(
            tr("{path} has no '{layer}' layer: import the month first").format(
                path=incidents_gpkg, layer=INCIDENTS_LAYER
            )
        )
    missing = {"admin1", "event_date", "location", "notes", "fatalities"} - set(
        incidents.fields().names()
    )
    if missing:
        raise AtlasError(
            tr("{path}: the incidents lack the fields {fields}").format(
                path=incidents_gpkg, fields=", ".join(sorted(missing))
            )
        )
    return incidents


def _load_style(layer: QgsVectorLayer, style: str, warnings: list[str]) -> None:
    """Apply a QML file from symbology/ (or the analyst's own default of it)."""
    path = symbology_file(style)
    problem = apply_style(layer, path)
    if problem:
        # The GeoPackage carries the import's default style: the layer is still drawn.
        layer.loadDefaultStyle()
        warnings.append(
            tr("Style {path} not applied ({message})").format(path=path, message=problem)
        )


def _write_regions_layer(
    incidents_gpkg: Path, regions: list[Region], polygons: dict
) -> QgsVectorLayer:
    """The polygons the atlas draws, beside the incidents, so a saved project keeps them."""
    fields = QgsFields()
    fields.append(make_field("admin1", "string"))
    fields.append(make_field("region", "string"))
    fields.append(make_field("page", "int"))
    fields.append(make_field("incidents", "int"))
    fields.append(make_field("fatalities", "int"))
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", REGIONS_LAYER, "memory")
    memory.dataProvider().addAttributes(fields.toList())
    memory.updateFields()
    features = []
    drawn_keys = set()
    for page, region in enumerate(regions, start=1):
        if region.geometry is None:
            continue
        drawn_keys.add(region_key(region.admin1))
        features.append(
            _region_feature(
                memory.fields(),
                region.geometry,
                [region.admin1, region.name, page, region.incidents, region.fatalities],
            )
        )
    # Polygons no page is about (a region the month does not name) still draw as context.
    for key, (name, geometry) in polygons.items():
        if key not in drawn_keys:
            features.append(_region_feature(memory.fields(), geometry, [name, name, None, 0, 0]))
    memory.dataProvider().addFeatures(features)

    return _write_gpkg_layer(memory, incidents_gpkg, REGIONS_LAYER, tr("Regions"))


def _write_countries_layer(incidents_gpkg: Path, country_extent: QgsRectangle) -> None:
    """The neighbouring countries, cut from QGIS's world map and written beside the incidents.

    Cut to the part any map shows and simplified, they draw in a third of the time the whole
    world takes (the cover, the overview and every region's map draw them), and a saved
    project no longer depends on where QGIS is installed.
    """
    world = QgsVectorLayer(
        f"{world_map_path()}|layername={WORLD_MAP_COUNTRIES_LAYER}", "countries", "ogr"
    )
    if not world.isValid():
        raise AtlasError(
            tr("QGIS's world map cannot be read: {path}").format(path=world_map_path())
        )
    margin = COUNTRIES_KEPT_AROUND * max(country_extent.width(), country_extent.height())
    kept = country_extent.buffered(margin)
    cut_box = QgsGeometry.fromRect(kept)
    memory = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", COUNTRIES_LAYER, "memory")
    memory.dataProvider().addAttributes(world.fields().toList())
    memory.updateFields()
    features = []
    for country in world.getFeatures(QgsFeatureRequest().setFilterRect(kept)):
        geometry = country.geometry()
        if not geometry.isGeosValid():
            geometry = geometry.makeValid()
        # A cut along a border can leave lines or points beside the polygons: keep the area.
        geometry = _areas_of(geometry.intersection(cut_box))
        if geometry.isEmpty():
            continue
        simplified = geometry.simplify(COUNTRY_SIMPLIFY_DEGREES)
        if not simplified.isEmpty():
            geometry = simplified
        geometry.convertToMultiType()
        feature = QgsFeature(memory.fields())
        feature.setAttributes(country.attributes())
        feature.setGeometry(geometry)
        features.append(feature)
    added, _ = memory.dataProvider().addFeatures(features)
    if not added:
        raise AtlasError(tr("The neighbouring countries could not be cut from QGIS's world map"))
    _write_gpkg_layer(memory, incidents_gpkg, COUNTRIES_LAYER, tr("Countries"))


def _areas_of(geometry: QgsGeometry) -> QgsGeometry:
    """The polygon parts of ``geometry`` (empty if it has none)."""
    if geometry.type() == POLYGON_GEOMETRY:
        return geometry
    parts = [part for part in geometry.asGeometryCollection() if part.type() == POLYGON_GEOMETRY]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def _write_gpkg_layer(
    memory: QgsVectorLayer, incidents_gpkg: Path, table: str, display_name: str
) -> QgsVectorLayer:
    """``memory`` as layer ``table`` of the month's GeoPackage (replacing it), read back."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
    # A few dozen polygons need no spatial index, and with one GDAL 3.6 works out the exact
    # extent of the index (hundreds of queries) each time a map asks for its features.
    options.layerOptions = ["SPATIAL_INDEX=NO"]
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        memory, str(incidents_gpkg), QgsProject.instance().transformContext(), options
    )
    if error != QgsVectorFileWriter.WriterError.NoError:
        raise AtlasError(
            tr("Cannot write {layer} to {path}: {message}").format(
                layer=table, path=incidents_gpkg, message=message
            )
        )
    layer = QgsVectorLayer(f"{incidents_gpkg}|layername={table}", display_name, "ogr")
    if not layer.isValid():
        raise AtlasError(
            tr("Cannot read {layer} back from {path}").format(layer=table, path=incidents_gpkg)
        )
    return layer


def _region_feature(fields: QgsFields, geometry, attributes: list) -> QgsFeature:
    feature = QgsFeature(fields)
    # Boundary files carry survey detail (OCHA's: 12,000 vertices) that no page can show
    # but every region page would embed twice: on its map and in its locator.
    multi = geometry.simplify(REGION_SIMPLIFY_DEGREES)
    if multi.isEmpty():
        multi = type(geometry)(geometry)
    multi.convertToMultiType()
    feature.setGeometry(multi)
    feature.setAttributes(attributes)
    return feature


def _atlas_layers(
    incidents: QgsVectorLayer,
    incidents_gpkg: Path,
    regions_layer: QgsVectorLayer,
    warnings: list[str],
) -> _AtlasLayers:
    # One layer for boundaries, names and the fading of the regions a page is not about
    # (regions.qml): drawn once per map instead of twice.
    _load_style(regions_layer, STYLE_REGIONS, warnings)

    _label_only_the_page_region(incidents)

    countries = QgsVectorLayer(
        f"{incidents_gpkg}|layername={COUNTRIES_LAYER}", tr("Countries"), "ogr"
    )
    # Neighbours grey and named, the atlas's country light (symbology/countries.qml; which
    # country is the atlas's is the project variable it reads).
    _load_style(countries, STYLE_COUNTRIES, warnings)
    unlabelled = incidents.clone()
    unlabelled.setName(tr("Incidents (country maps)"))
    # No place names, but the points stay obstacles: region names keep off them.
    obstacles_only = QgsPalLayerSettings()
    obstacles_only.fieldName = "location"
    obstacles_only.drawLabels = False
    obstacles_only.obstacleSettings().setIsObstacle(True)
    obstacles_only.obstacleSettings().setFactor(0.5)  # a region name may touch a point
    unlabelled.setLabeling(QgsVectorLayerSimpleLabeling(obstacles_only))
    unlabelled.setLabelsEnabled(True)
    return _AtlasLayers(incidents, unlabelled, regions_layer, countries)


# True for an incident of the page's region (the layout variables a region page sets). Without
# a region variable (cover, overview, canvas) it is false, not NULL.
_ON_PAGE_REGION = (
    f"coalesce(strpos(@{REGION_VARIABLE}_spellings, '|' || \"admin1\" || '|') > 0, false)"
)


def _label_only_the_page_region(incidents: QgsVectorLayer) -> None:
    """Place names on a region's map name its own places, not the faded neighbours'.

    incidents.qml labels one incident per place; its "show" rule is kept and the page's
    region (a layout variable) added to it. Pages without a region (cover, overview) carry
    no place names: at country scale they would cover the map.
    """
    labeling = incidents.labeling()
    if labeling is None or not incidents.labelsEnabled():
        return
    settings = QgsPalLayerSettings(labeling.settings())
    # A NULL test counts as shown: without a region variable it must say false. It comes
    # first so that QGIS skips the style's own (aggregate) test on every other page.
    on_page = _ON_PAGE_REGION
    properties = settings.dataDefinedProperties()
    show = properties.property(QgsPalLayerSettings.Property.Show)
    if show.isActive() and show.propertyType() == EXPRESSION_PROPERTY:
        on_page = f"{on_page} AND ({show.expressionString()})"
    properties.setProperty(QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(on_page))
    incidents.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def _country_iso3(country: str) -> str:
    try:
        return country_iso3(country)
    except RegionsError:
        return ""


def _sources_line(incidents: QgsVectorLayer, settings: AtlasSettings) -> str:
    """ACLED, plus each source the settings name that the month's `source` column cites."""
    sources = [ATLAS_BASE_SOURCE]
    if "source" in incidents.fields().names():
        cited = " ".join(
            str(value)
            for value in incidents.uniqueValues(incidents.fields().indexOf("source"))
            if value
        ).casefold()
        sources += [name for name in settings.extra_sources if name.casefold() in cited]
    return ", ".join(dict.fromkeys(sources))


# --- layouts -----------------------------------------------------------------------------


@dataclass
class _PageTexts:
    month: str
    sources: str
    settings: AtlasSettings

    @property
    def sources_line(self) -> str:
        return tr("SOURCES: {sources}").format(sources=self.sources)

    @property
    def credit_line(self) -> str:
        return (
            tr("CREDIT: {credit}").format(credit=self.settings.credit)
            if self.settings.credit
            else ""
        )


class _ReportBuilder:
    def __init__(
        self,
        project: QgsProject,
        layers: _AtlasLayers,
        texts: _PageTexts,
        country_crs: QgsCoordinateReferenceSystem,
        country_extent: QgsRectangle,
    ) -> None:
        self.project = project
        self.layers = layers
        self.texts = texts
        self.country_crs = country_crs
        self.country_extent = country_extent
        self._templates: dict[str, str] = {}

    # templates ---------------------------------------------------------------------------

    def _from_template(self, template: str) -> QgsLayout:
        """A layout from a QPT of symbology/ (each read once per atlas)."""
        path = symbology_file(template)
        if template not in self._templates:
            try:
                self._templates[template] = path.read_text(encoding="utf-8")
            except OSError as error:
                raise AtlasError(tr("Layout template missing: {path}").format(path=path)) from error
        document = QDomDocument()
        if not document.setContent(self._templates[template])[0]:
            raise AtlasError(tr("Layout template unreadable: {path}").format(path=path))
        layout = QgsLayout(self.project)
        _items, loaded = layout.loadFromTemplate(document, QgsReadWriteContext())
        if not loaded:
            raise AtlasError(tr("Layout template not loaded: {path}").format(path=path))
        return layout

    @staticmethod
    def _item(layout: QgsLayout, item_id: str, kind: type):
        item = _typed_item(layout, item_id, kind)
        if item is None:
            raise AtlasError(tr("The layout template lacks its item '{id}'").format(id=item_id))
        return item

    def _set_text(self, layout: QgsLayout, item_id: str, text: str) -> None:
        self._item(layout, item_id, QgsLayoutItemLabel).setText(text)

    def _sources_and_credit(self, layout: QgsLayout) -> None:
        self._set_text(layout, "page_sources", self.texts.sources_line)
        self._set_text(layout, "page_credit", self.texts.credit_line)

    def _frame(
        self, item: QgsLayoutItemMap, extent_wgs84: QgsRectangle, crs, margin: float
    ) -> None:
        item.setCrs(crs)
        extent = QgsCoordinateTransform(wgs84(), crs, self.project).transformBoundingBox(
            extent_wgs84
        )
        extent.scale(1 + 2 * margin)
        item.zoomToExtent(extent)

    def _north_arrow(self, layout: QgsLayout, item_id: str) -> None:
        arrow = self._item(layout, item_id, QgsLayoutItemPicture)
        arrow.setPicturePath(
            QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW_SVG, self.project.pathResolver())
        )

    def _scale_bar(self, layout: QgsLayout, item_id: str) -> None:
        scale_bar = self._item(layout, item_id, QgsLayoutItemScaleBar)
        scale_bar.setUnits(KILOMETERS)
        scale_bar.setUnitLabel(tr("km"))
        # The template's fit-width mode picks a round number of km for the map's scale.
        scale_bar.update()

    def _legend(self, layout: QgsLayout, item_id: str, filter_by_map: bool) -> None:
        legend = self._item(layout, item_id, QgsLayoutItemLegend)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        root.addLayer(self.layers.incidents)
        legend.setTitle(tr("Legend"))
        # The layer's name would add a line above its classes: the style's headings suffice.
        for node in root.findLayers():
            QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        legend.setLegendFilterByMapEnabled(filter_by_map)
        if filter_by_map:
            # A region page's legend lists what its region's incidents show, as its table
            # does, not the pale incidents of the neighbours around it (QGIS's "filter legend
            # by expression", editable in the composer; the map filter still applies).
            for node in root.findLayers():
                QgsLayerTreeUtils.setLegendFilterByExpression(node, _ON_PAGE_REGION, True)
        legend.updateLegend()

    # pages -------------------------------------------------------------------------------

    # Each page is made in two steps: ``<page>()`` makes it from its template (layers, frames,
    # decorations), ``fill_<page>()`` writes what depends on the month (texts, tables). Next
    # month only the fill step runs again, on the layouts the analyst may have edited.

    def cover(self) -> QgsLayout:
        layout = self._from_template(TEMPLATE_COVER)
        self.fill_cover(layout)
        cover_map = self._item(layout, "cover_map", QgsLayoutItemMap)
        cover_map.setLayers([self.layers.incidents_unlabelled, self.layers.countries])
        cover_map.setKeepLayerSet(True)
        self._frame(cover_map, self.country_extent, self.country_crs, COUNTRY_MAP_MARGIN)
        return layout

    def fill_cover(self, layout: QgsLayout) -> None:
        settings = self.texts.settings
        self._set_text(layout, "cover_title", tr("Maps of security incidents in Mali"))
        self._set_text(layout, "cover_month", self.texts.month)
        self._set_text(layout, "cover_credit", settings.credit)
        self._set_text(
            layout,
            "cover_sources",
            tr("Sourced from {sources}").format(sources=self.texts.sources),
        )
        self._set_text(
            layout,
            "cover_contact",
            tr("Contact: {contact}").format(contact=settings.contact) if settings.contact else "",
        )

    def overview(self, regions: list[Region]) -> QgsLayout:
        layout = self._from_template(TEMPLATE_OVERVIEW)
        self.fill_overview(layout, regions)
        overview_map = self._item(layout, "overview_map", QgsLayoutItemMap)
        overview_map.setLayers(
            [self.layers.incidents_unlabelled, self.layers.regions, self.layers.countries]
        )
        overview_map.setKeepLayerSet(True)
        self._frame(overview_map, self.country_extent, self.country_crs, COUNTRY_MAP_MARGIN)
        self._north_arrow(layout, "overview_north_arrow")
        self._scale_bar(layout, "overview_scalebar")
        self._legend(layout, "overview_legend", filter_by_map=False)
        return layout

    def fill_overview(self, layout: QgsLayout, regions: list[Region]) -> None:
        self._set_text(layout, "overview_title", tr("Security incidents in Mali"))
        self._set_text(layout, "overview_month", self.texts.month)
        self._set_text(layout, "overview_table_title", tr("Fatalities by region"))
        self._sources_and_credit(layout)
        self._fatalities_table(layout, regions)

    def _fatalities_table(self, layout: QgsLayout, regions: list[Region]) -> None:
        frame = layout.itemById("overview_fatalities")
        table = frame.multiFrame() if frame is not None else None
        if not isinstance(table, QgsLayoutItemManualTable):
            raise AtlasError(tr("The overview template lacks its fatalities table"))
        body_format = table.contentTextFormat()
        bold = QgsTextFormat(body_format)
        font = bold.font()
        font.setBold(True)
        bold.setFont(font)
        with_fatalities = sorted(
            (region for region in regions if region.fatalities > 0),
            key=lambda region: (-region.fatalities, region.name),
        )

        def cell(text, text_format, align=Qt.AlignmentFlag.AlignLeft):
            table_cell = QgsTableCell(text)
            table_cell.setTextFormat(text_format)
            table_cell.setHorizontalAlignment(align)
            return table_cell

        rows = [
            [
                cell(region.name, body_format),
                cell(str(region.fatalities), body_format, Qt.AlignmentFlag.AlignRight),
            ]
            for region in with_fatalities
        ]
        total = sum(region.fatalities for region in regions)
        rows.append([cell(tr("Total"), bold), cell(str(total), bold, Qt.AlignmentFlag.AlignRight)])
        headers = []
        for heading, align in (
            (tr("Region"), Qt.AlignmentFlag.AlignLeft),
            (tr("Fatalities"), Qt.AlignmentFlag.AlignRight),
        ):
            column = QgsLayoutTableColumn(heading)
            column.setHAlignment(align)
            headers.append(column)
        table.setHeaders(headers)
        table.setIncludeTableHeader(True)
        table.setTableContents(rows)
        table.setColumnWidths([38.0, 18.0])
        table.refresh()

    def region_pages(self, regions: list[Region]) -> list[QgsLayout]:
        layouts = []
        for region in regions:
            layouts.append(self.region_map(region))
            layouts.append(self.region_table(region))
        return layouts

    def _region_variables(self, layout: QgsLayout, region: Region) -> None:
        # Which region the page is about, for next month's refill (refresh_layouts).
        QgsExpressionContextUtils.setLayoutVariable(
            layout, f"{REGION_VARIABLE}_page", region.admin1
        )
        # Without its own polygon the region lies inside another (Ménaka in Natural Earth's
        # Gao): fading "the others" would fade the region itself, so nothing is faded.
        QgsExpressionContextUtils.setLayoutVariable(
            layout, REGION_VARIABLE, region.admin1 if region.geometry is not None else None
        )
        spellings = "|" + "|".join(sorted(region.spellings or {region.admin1})) + "|"
        QgsExpressionContextUtils.setLayoutVariable(
            layout, f"{REGION_VARIABLE}_spellings", spellings
        )

    def region_map(self, region: Region) -> QgsLayout:
        layout = self._from_template(TEMPLATE_REGION_MAP)
        region_map = self._item(layout, "region_map", QgsLayoutItemMap)
        region_map.setLayers([self.layers.incidents, self.layers.regions, self.layers.countries])
        region_map.setKeepLayerSet(True)
        self._frame(region_map, region.extent, utm_crs_for(region.extent), REGION_MAP_MARGIN)

        locator = self._item(layout, "region_locator", QgsLayoutItemMap)
        # The country's regions only, the page's filled and outlined: drawing the neighbours
        # too cost as much as the rest of the inset (measured), for context the region map
        # already gives.
        locator.setLayers([self.layers.regions])
        locator.setKeepLayerSet(True)
        self._frame(locator, self.country_extent, self.country_crs, COUNTRY_MAP_MARGIN)
        extent_frame = QgsLayoutItemMapOverview(tr("Map extent"), locator)
        extent_frame.setLinkedMap(region_map)
        extent_frame.setFrameSymbol(
            QgsFillSymbol.createSimple(
                {"style": "no", "outline_color": "#b3261e", "outline_width": "0.5"}
            )
        )
        locator.overviews().addOverview(extent_frame)

        self._north_arrow(layout, "region_north_arrow")
        self._scale_bar(layout, "region_scalebar")
        self._legend(layout, "region_legend", filter_by_map=True)
        self.fill_region_map(layout, region)
        return layout

    def fill_region_map(self, layout: QgsLayout, region: Region) -> None:
        # Next month too: a region's spellings (which the legend and styles read) may change.
        self._region_variables(layout, region)
        self._set_text(
            layout,
            "region_map_title",
            tr("Map of security incidents in {region}, {month}").format(
                region=region.name, month=self.texts.month
            ),
        )
        self._sources_and_credit(layout)
        self._say_when_legend_is_empty(layout, region)

    def _say_when_legend_is_empty(self, layout: QgsLayout, region: Region) -> None:
        """The legend lists the region's incidents only: with none, a line under it says so."""
        note = _typed_item(layout, "region_legend_empty", QgsLayoutItemLabel)
        if note is None:
            return  # a template from before this line existed, or the analyst removed it
        note.setText(tr("No incident recorded this month"))
        note.setVisibility(region.incidents == 0)

    def region_table(self, region: Region) -> QgsLayout:
        """The region's incidents, newest first, notes wrapped, over as many pages as needed.

        A manual table, filled here, rather than an attribute table: QGIS 3.22 re-reads and
        re-wraps a whole attribute table for every page it prints (QgsLayoutTable::render),
        which costs 1.2 s a page for an 800-row region. Wrapped here once, the same pages
        print in ~0.05 s. The analyst can still edit every cell in the composer.
        """
        layout = self._from_template(TEMPLATE_REGION_TABLE)
        self.fill_region_table(layout, region, headings=True)
        return layout

    def fill_region_table(self, layout: QgsLayout, region: Region, headings: bool) -> None:
        """Title and rows; with ``headings`` also the column headings (a new layout: next
        month's refill keeps the analyst's own headings, widths and formats)."""
        self._region_variables(layout, region)
        self._set_text(
            layout,
            "region_table_title",
            tr("Recorded security incidents in {region}, {month}").format(
                region=region.name, month=self.texts.month
            ),
        )
        frame = layout.itemById("region_table_frame")
        table = frame.multiFrame() if frame is not None else None
        if not isinstance(table, QgsLayoutItemManualTable) or len(table.columnWidths()) != 5:
            raise AtlasError(tr("The region table template lacks its five-column table"))
        if headings:
            headers = []
            for column, heading in zip(
                table.headers(),
                (tr("Date"), tr("Type of incident"), tr("Location"), tr("Notes"), tr("Fatalities")),
            ):
                header = QgsLayoutTableColumn(column)
                header.setHeading(heading)
                headers.append(header)
            table.setHeaders(headers)
            table.setEmptyTableMessage(tr("No incident recorded this month"))
        headers = table.headers()
        wrapper = _CellWrapper(layout, table.contentTextFormat(), table.cellMargin())
        widths = table.columnWidths()
        aligns = [column.hAlignment() for column in headers]
        rows = []
        for incident in self._incidents_of(region):
            texts = [
                QLocale(self.texts.settings.language).toString(
                    incident["event_date"], "dd MMMM yyyy"
                ),
                tr(str(incident["sub_event_type"] or "")),
                str(incident["location"] or ""),
                str(incident["notes"] or ""),
                str(incident["fatalities"] if incident["fatalities"] is not None else ""),
            ]
            row = []
            for text, width, align in zip(texts, widths, aligns):
                cell = QgsTableCell(wrapper.wrap(text, width))
                cell.setHorizontalAlignment(align)
                cell.setVerticalAlignment(Qt.AlignmentFlag.AlignTop)
                row.append(cell)
            rows.append(row)
        if not rows:
            # A manual table without rows loses its header too: say it in the Notes column,
            # as the report does.
            rows.append(
                [QgsTableCell(text) for text in ("", "", "", table.emptyTableMessage(), "")]
            )
        table.setTableContents(rows)

    def _incidents_of(self, region: Region):
        incidents = self.layers.incidents
        spellings = sorted(region.spellings or {region.admin1})
        request = QgsFeatureRequest().setFilterExpression(
            f"{QgsExpression.quotedColumnRef('admin1')} IN "
            f"({', '.join(QgsExpression.quotedValue(name) for name in spellings)})"
        )
        request.setFlags(NO_GEOMETRY)
        order = [
            QgsFeatureRequest.OrderByClause(QgsExpression.quotedColumnRef("event_date"), False)
        ]
        if FIELD_SOURCE_LINE in incidents.fields().names():
            # Same day: the export's own order (ACLED lists newest first).
            order.append(
                QgsFeatureRequest.OrderByClause(QgsExpression.quotedColumnRef(FIELD_SOURCE_LINE))
            )
        request.setOrderBy(QgsFeatureRequest.OrderBy(order))
        return incidents.getFeatures(request)


class _CellWrapper:
    """Breaks cell text into lines that fit a column, measured with the table's own font."""

    # Kerning and rounding between measured words: keep a little room at the line's end.
    SAFETY = 0.97

    def __init__(self, layout: QgsLayout, text_format: QgsTextFormat, cell_margin: float):
        self.context = QgsLayoutUtils.createRenderContextForLayout(layout, None)
        self.context.setScaleFactor(self.context.scaleFactor())
        self.text_format = text_format
        self.cell_margin = cell_margin
        self._widths: dict[str, float] = {}
        self.space = self._width("x x") - self._width("xx")

    def _width(self, text: str) -> float:
        """Width in mm."""
        width = self._widths.get(text)
        if width is None:
            width = QgsTextRenderer.textWidth(self.context, self.text_format, [text])
            width /= self.context.scaleFactor()
            self._widths[text] = width
        return width

    def wrap(self, text: str, column_width: float) -> str:
        room = (column_width - 2 * self.cell_margin) * self.SAFETY
        lines = []
        for paragraph in text.splitlines() or [""]:
            line, line_width = [], 0.0
            for word in paragraph.split():
                for piece in self._pieces(word, room):
                    width = self._width(piece)
                    if line and line_width + self.space + width > room:
                        lines.append(" ".join(line))
                        line, line_width = [], 0.0
                    line_width += width + (self.space if line else 0.0)
                    line.append(piece)
            lines.append(" ".join(line))
        return "\n".join(lines)

    def _pieces(self, word: str, room: float) -> list[str]:
        """A word wider than its column split after its slashes or hyphens
        ("Shelling/artillery/missile attack"), else where it must be: never cut off."""
        if self._width(word) <= room:
            return [word]
        pieces, piece = [], ""
        for segment in re.split(r"(?<=[/-])", word):
            for part in [segment] if self._width(segment) <= room else list(segment):
                if piece and self._width(piece + part) > room:
                    pieces.append(piece)
                    piece = ""
                piece += part
        return [*pieces, piece]
