"""A month's atlas in a QGIS project: saved, pointed at next month (refreshed), rebuilt from
the templates (reset), or made the templates new projects start from (saved as defaults).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsDataProvider,
    QgsExpressionContextUtils,
    QgsLayoutItemMap,
    QgsMapLayerStyle,
    QgsProject,
    QgsReadWriteContext,
    QgsReport,
    QgsReportSectionLayout,
)

from .. import paths
from ..definitions import (
    DEFAULT_COUNTRY,
    INCIDENTS_LAYER,
    LAYER_ROLE_PROPERTY,
    REGION_VARIABLE,
    STYLE_INCIDENTS,
    STYLE_REGIONS,
    TEMPLATE_COVER,
    TEMPLATE_OVERVIEW,
    TEMPLATE_REGION_MAP,
    TEMPLATE_REGION_TABLE,
)
from ..i18n import language_of
from ..outputs import OutputError, replacing
from ..regions import Region, display_name
from .messages import AtlasError, tr
from .month_layers import extent_of_regions, month_regions
from .pages import (
    PageKit,
    PageTexts,
    fill_change_map,
    fill_cover,
    fill_key_changes,
    fill_overview,
    fill_region_map,
    fill_region_table,
    make_change_map,
    make_key_changes,
    make_region_map,
    make_region_table,
)
from .project_entries import PROJECT_SCOPE, month_report, remember_atlas, report_layouts
from .project_layers import (
    ROLE_TABLES,
    find_month_layers,
    load_style,
    month_group,
    month_group_name,
    set_label_placement,
    translate_legend,
)
from .report import AtlasLayouts, append_page, build_layouts, month_label, report_name
from .settings import AtlasSettings
from .trend_layers import (
    TREND_ROLE_TABLES,
    TrendLayers,
    add_trend_layers,
    find_trend_layers,
    open_trend_layers,
    read_month_trends,
    translate_trend_legends,
    trend_layer_writer,
)


def save_project(project: QgsProject, project_path: Path) -> Path:
    """Written beside the target first, then moved over it: a failed save leaves the
    previous project as it was."""
    try:
        project_path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(project_path) as partial:
            # The file's name gives the format: the partial file ends in .qgz (or .qgs) too.
            written = project.write(str(partial))
            if not written:
                raise AtlasError(
                    tr("Cannot save the project {path}: {error}").format(
                        path=project_path, error=project.error()
                    )
                )
    except OutputError as error:
        raise AtlasError(str(error)) from error
    project.setFileName(str(project_path))
    return project_path


def save_as_defaults(project: QgsProject) -> list[Path]:
    """The month's pages and incident style as the analyst edited them become the templates
    new projects start from (the user's symbology folder; the plugin's files stay as shipped).
    """
    report = month_report(project)
    layers = find_month_layers(project)
    if report is None or layers is None:
        raise AtlasError(tr("There is no incident atlas in this project to save."))
    folder = paths.user_symbology_dir()
    folder.mkdir(parents=True, exist_ok=True)
    pages = {}
    for layout in report_layouts(report):
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
    layers = find_month_layers(project)
    month, _found = project.readEntry(PROJECT_SCOPE, "month", "")
    if report is None or layers is None or not month:
        raise AtlasError(tr("There is no incident atlas in this project to reset."))
    # The same regions and country the atlas was made with (not the built-in ones).
    regions_path = project.readEntry(PROJECT_SCOPE, "regions_path", "")[0]
    region_field = project.readEntry(PROJECT_SCOPE, "region_field", "")[0]
    country = project.readEntry(PROJECT_SCOPE, "country", DEFAULT_COUNTRY)[0]
    # The month's polygons are in its GeoPackage; its incidents there too, or in a team store.
    gpkg = Path(layers.regions.source().split("|")[0])
    incidents_source = (
        layers.incidents.source() if layers.incidents.providerType() == "postgres" else None
    )
    # A project of an earlier version: its regions style lacks the fading the retired layer
    # did, so the regions get the plugin's style again.
    old_regions_style = drop_retired_layers(project, report)
    styles = {}
    for role, layer in layers.by_role().items():
        if role == "regions" and old_regions_style:
            continue
        styles[role] = QgsMapLayerStyle()
        styles[role].readFromLayer(layer)
    project.layoutManager().removeLayout(report)
    group = month_group(project)
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
        incidents_source=incidents_source,
    )
    for role, layer in find_month_layers(project).by_role().items():
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
    incidents_source: str | None = None,
) -> AtlasLayouts:
    """Point the month layers and report already in ``project`` at another month.

    Nothing is rebuilt: the layers get a new data source (their symbols, colours, labels and
    names stay), the report's pages get the new month's texts and table rows (their items,
    sizes, fonts, columns and map frames stay). A project without them gets them built.
    With ``incidents_source`` (the team store's month, PostGIS) the incident layers read
    it, and ``incidents_gpkg`` holds the polygons only.
    """
    report = month_report(project)
    layers = find_month_layers(project)
    if report is None or layers is None:
        return build_layouts(
            incidents_gpkg,
            month,
            project,
            regions_path=regions_path,
            region_field=region_field,
            settings=settings,
            country=country,
            incidents_source=incidents_source,
        )
    settings = settings or AtlasSettings.from_qgis_settings()
    # Every text of the atlas (titles, headings, legend, dates) in the atlas's language.
    with language_of(settings.language):
        label = month_label(month, settings.language)
        incidents_gpkg = Path(incidents_gpkg)
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
        del regions_layer  # the project's own layers are re-pointed to the file below

        translate_legend(layers.incidents, settings.language)
        if drop_retired_layers(project, report):
            load_style(layers.regions, STYLE_REGIONS, warnings)
        set_label_placement(project)
        for role, layer in layers.by_role().items():
            from_store = incidents_source is not None and ROLE_TABLES[role] == INCIDENTS_LAYER
            layer.setDataSource(
                incidents_source
                if from_store
                else f"{incidents_gpkg}|layername={ROLE_TABLES[role]}",
                layer.name(),
                "postgres" if from_store else "ogr",
                QgsDataProvider.ProviderOptions(),
            )
        country_extent = extent_of_regions(regions)
        texts = PageTexts(month=label, sources=sources, settings=settings)
        trend_layers = _month_trend_layers(project, incidents_gpkg, settings.language, warnings)
        kit = PageKit(
            project,
            layers,
            texts,
            project.crs(),
            country_extent,
            warnings,
            trends,
            trend_layers,
        )

        section_layouts = []
        if report.header() is not None:
            fill_cover(kit, report.header())
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
                fill_overview(kit, layout, regions)
            elif layout.itemById("key_changes_title") is not None:
                fill_key_changes(kit, layout)
            elif layout.itemById("change_map_title") is not None:
                fill_change_map(kit, layout)
            elif page_region:
                # A region this month does not have (another country's file…): empty pages.
                region = regions_by_admin1.get(page_region) or no_incident_region(page_region)
                if page_region in regions_by_admin1:
                    paged.add(page_region)
                if layout.itemById("region_map_title") is not None:
                    fill_region_map(kit, layout, region)
                elif layout.itemById("region_table_title") is not None:
                    fill_region_table(kit, layout, region, headings=False)
        section_layouts[1:1] = _add_change_pages(kit, report)
        for region in regions:
            if region.admin1 not in paged:  # a region new this month gets its pages at the end
                for layout in (make_region_map(kit, region), make_region_table(kit, region)):
                    section_layouts.append(append_page(report, layout))

        name = report_name(month, settings.language)
        other = project.layoutManager().layoutByName(name)
        if other is not None and other is not report:
            project.layoutManager().removeLayout(other)
        report.setName(name)
        remember_atlas(project, name, month, regions_path, region_field, country)
        group = month_group(project)
        if group is not None:
            group.setName(month_group_name(label))
        return AtlasLayouts(project, report, regions, warnings, label, section_layouts)


def _month_trend_layers(
    project: QgsProject, incidents_gpkg: Path, language: str, warnings: list[str]
) -> TrendLayers:
    """The project's chart and change-map layers pointed at the month (their styles kept);
    a project from before them gets them."""
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
    translate_trend_legends(layers, language)
    return layers


def _add_change_pages(kit: PageKit, report: QgsReport) -> list:
    """A report from before the Key changes and change map pages gets them: the Key changes
    first, the change map after the overview. Returns the layouts added."""
    bodies = [section.body() for section in report.childSections()]
    has = {
        item_id: any(body is not None and body.itemById(item_id) for body in bodies)
        for item_id in ("key_changes_title", "change_map_title")
    }
    added = []
    if not has["change_map_title"]:
        overview = next(
            (
                index
                for index, body in enumerate(bodies)
                if body is not None and body.itemById("overview_title") is not None
            ),
            -1,
        )
        added.append(_insert_page(report, overview + 1, make_change_map(kit)))
    if not has["key_changes_title"]:
        added.insert(0, _insert_page(report, 0, make_key_changes(kit)))
    return added


def _insert_page(report: QgsReport, index: int, layout):
    section = QgsReportSectionLayout(report)
    section.setBody(layout)
    section.setBodyEnabled(True)
    report.insertChild(index, section)
    return layout


# Roles an earlier version gave layers it no longer makes: "regions_faded" faded the regions
# a page is not about, which the regions layer's own style does now.
_RETIRED_ROLES = ("regions_faded",)


def drop_retired_layers(project: QgsProject, report: QgsReport | None) -> bool:
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
    regions = find_month_layers(project)
    for layout in report_layouts(report) if report is not None else []:
        for item in layout.items():
            if isinstance(item, QgsLayoutItemMap) and item.keepLayerSet():
                kept = [layer for layer in item.layers() if layer.id() not in retired]
                if not kept and regions is not None:
                    kept = [regions.regions]
                item.setLayers(kept)
    project.removeMapLayers(list(retired))
    return True


def no_incident_region(admin1: str) -> Region:
    return Region(admin1=admin1, name=display_name(admin1))
