"""A month's atlas in a QGIS project: saved, pointed at next month (refreshed), rebuilt from
the templates (reset), or made the templates new projects start from (saved as defaults).
"""

from __future__ import annotations

import functools
import zipfile
from collections.abc import Sequence
from pathlib import Path

from qgis.core import (
    QgsDataProvider,
    QgsExpressionContextUtils,
    QgsLayoutItemMap,
    QgsMapLayerStyle,
    QgsProject,
    QgsReadWriteContext,
    QgsReport,
)

from .. import paths
from ..country_titles import country_list, country_title
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
from ..export import keep_text_as_text
from ..i18n import language_of
from ..outputs import OutputError, replacing, write_failed
from ..regions import Region, display_name
from ..validate import fold_name
from .change_pages import add_change_pages, month_trend_layers
from .messages import AtlasError, tr
from .month_layers import extent_of_regions, month_regions
from .page_numbers import number_pages
from .pages import (
    PageKit,
    fill_change_map,
    fill_cover,
    fill_key_changes,
    fill_overview,
    fill_region_map,
    fill_region_table,
    fill_regional_overview,
    make_region_map,
    make_region_table,
)
from .pages.changes import change_map_compares
from .pages.contents import PAGE_KIND_PROPERTY, fill_contents_of, is_contents
from .pdf_metadata import set_pdf_metadata
from .project_entries import (
    PROJECT_SCOPE,
    month_report,
    remember_atlas,
    remembered_countries,
    report_layouts,
)
from .project_layers import (
    ROLE_TABLES,
    AtlasLayers,
    find_month_layers,
    load_style,
    month_group,
    month_group_name,
    set_label_placement,
    translate_legend,
)
from .reference_group import reference_group_layers
from .report import (
    AtlasLayouts,
    append_page,
    atlas_subject,
    build_layouts,
    mark_chapter,
    month_label,
    page_section,
    page_texts,
    report_name,
)
from .settings import AtlasSettings
from .table_chunks import is_continued_table
from .trend_layers import read_month_trends, trend_layer_writer
from .variables import CHAPTER_VARIABLE, REGIONAL_OVERVIEW_VARIABLE


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
            if project_path.suffix.lower() == ".qgz":
                name_inner_project(partial, f"{project_path.stem}.qgs")
    except OutputError as error:
        raise AtlasError(str(error)) from error
    except (OSError, zipfile.BadZipFile) as error:  # a full disk while renaming inside
        raise AtlasError(str(write_failed(project_path, error))) from error
    project.setFileName(str(project_path))
    return project_path


def name_inner_project(archive_path: Path, inner_name: str) -> None:
    """The .qgs inside a .qgz named as QGIS names it on a normal save (the project's own
    name): QGIS named it after the hidden file written first (".qgs")."""
    with zipfile.ZipFile(archive_path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    if not any(
        info.filename.endswith(".qgs") and info.filename != inner_name for info, _ in entries
    ):
        return
    with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename.endswith(".qgs"):
                info.filename = inner_name
            archive.writestr(info, data)


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
        if layout.customProperty(PAGE_KIND_PROPERTY):
            continue  # the contents and summary pages borrow the table's template
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
    countries = remembered_countries(project, DEFAULT_COUNTRY)
    # The month's polygons are in its GeoPackage; its incidents there too, or in a team store.
    gpkg = Path(layers.regions.source().split("|")[0])
    incidents_source = (
        layers.incidents.source() if layers.incidents.providerType() == "postgres" else None
    )
    return _rebuild(
        project,
        report,
        layers,
        gpkg=gpkg,
        month=month,
        regions_path=regions_path,
        region_field=region_field,
        settings=settings,
        countries=countries,
        incidents_source=incidents_source,
    )


def _rebuild(
    project: QgsProject,
    report: QgsReport,
    layers: AtlasLayers,
    *,
    gpkg: Path,
    month: str,
    regions_path: str,
    region_field: str,
    settings: AtlasSettings | None,
    countries: list[str],
    incidents_source: str | None = None,
) -> AtlasLayouts:
    """The report and layers made anew from the templates, on ``month`` of ``gpkg`` (the
    regions of ``regions_path``/``region_field`` when given, "" when not); the layers'
    styles kept."""
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
        country=countries,
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
    country: str | Sequence[str] = DEFAULT_COUNTRY,
    incidents_source: str | None = None,
    store_history=None,
) -> AtlasLayouts:
    """Point the month layers and report already in ``project`` at another month.

    Nothing is rebuilt: the layers get a new data source (their symbols, colours, labels and
    names stay), the report's pages get the new month's texts and table rows (their items,
    sizes, fonts, columns and map frames stay). A project without them gets them built.
    With ``incidents_source`` (the team store's month, PostGIS) the incident layers read
    it, ``incidents_gpkg`` holds the polygons only and ``store_history``
    (``store.StoreHistory``) is what changed.
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
            store_history=store_history,
        )
    countries = country_list(country)
    remembered = remembered_countries(project, DEFAULT_COUNTRY)
    same = [fold_name(name) for name in countries] == [fold_name(name) for name in remembered]
    if same:
        countries = remembered  # the chapters' names as the pages remember them
    elif len(countries) > 1 or len(remembered) > 1:
        # Other countries than last month's atlas of several: other chapters. The report is
        # made anew from the templates (its layers keep their styles).
        return _rebuild(
            project,
            report,
            layers,
            gpkg=Path(incidents_gpkg),
            month=month,
            regions_path=str(regions_path or ""),
            region_field=region_field or "",
            settings=settings,
            countries=countries,
            incidents_source=incidents_source,
        )
    several = len(countries) > 1
    settings = settings or AtlasSettings.from_qgis_settings()
    # Every text of the atlas (titles, headings, legend, dates) in the atlas's language.
    with language_of(settings.language):
        label = month_label(month, settings.language)
        incidents_gpkg = Path(incidents_gpkg)
        # What changed since last month: an atlas of one country (see report.build_layouts).
        trends = (
            None
            if several
            else read_month_trends(
                incidents_gpkg, month, settings.change_cell_km, incidents_source, store_history
            )
        )
        regions, warnings, sources, regions_layer = month_regions(
            incidents_gpkg,
            regions_path,
            region_field,
            countries if several else countries[0],
            settings,
            incidents_source,
            also_write=trend_layer_writer(trends, settings, incidents_gpkg) if trends else None,
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
        titles = [country_title(name, settings.language) for name in countries]
        texts = page_texts(
            titles,
            label,
            sources,
            settings,
            (incidents_gpkg, month, regions_path),
            incidents_source,
        )
        trend_layers = None
        if trends is not None:
            trend_layers = month_trend_layers(project, incidents_gpkg, settings.language, warnings)
        kit = PageKit(
            project, layers, texts, project.crs(), country_extent, warnings, trends, trend_layers
        )
        kit.regions = regions
        kit.reference_layers = reference_group_layers(project)
        # An atlas of several countries: each chapter's pages with their country's titles.
        chapters = [
            (title, [region for region in regions if region.country == title.acled_country])
            for title in titles
        ]
        chapter_kits = {
            title.acled_country: kit.for_country(
                project.crs(),
                extent_of_regions(country_regions),
                title.in_country,
                functools.partial(mark_chapter, country=title.acled_country),
            )
            for title, country_regions in chapters
        }

        section_layouts = []
        if report.header() is not None:
            fill_cover(kit, report.header())
            section_layouts.append(report.header())
        # One country: regions by admin1 (their country is ""); several: by (country, admin1).
        regions_by_page = {(region.country, region.admin1): region for region in regions}
        paged = set()
        # A long table's later pages are made again from its first (this month's rows, the
        # analyst's edits of the first table): last month's go.
        for section in report.childSections():
            if section.body() is not None and is_continued_table(section.body()):
                report.removeChild(section)
        for section in report.childSections():
            layout = section.body()
            if layout is None:
                continue
            if layout.itemById("change_map_title") is not None:
                # Printed when there are earlier months to compare with; kept (as the analyst
                # edited it) but left out of the PDF, the contents and the numbers otherwise.
                section.setBodyEnabled(change_map_compares(kit))
            if section.bodyEnabled():
                section_layouts.append(layout)
            scope = QgsExpressionContextUtils.layoutScope(layout)
            page_region = scope.variable(f"{REGION_VARIABLE}_page")
            chapter = str(scope.variable(CHAPTER_VARIABLE) or "") if several else ""
            page_kit = chapter_kits.get(chapter, kit)
            if is_contents(layout):
                kit.attribution(layout)  # its list is refilled once every page is
            elif scope.variable(REGIONAL_OVERVIEW_VARIABLE):
                fill_regional_overview(kit, layout, chapters)
            elif layout.itemById("overview_title") is not None:
                own = [region for region in regions if region.country == chapter]
                fill_overview(page_kit, layout, own if chapter else regions)
            elif layout.itemById("key_changes_title") is not None:
                fill_key_changes(kit, layout)
            elif layout.itemById("change_map_title") is not None:
                fill_change_map(kit, layout)
            elif page_region:
                # A region this month does not have (another country's file…): empty pages.
                key = (chapter, page_region)
                region = regions_by_page.get(key) or no_incident_region(page_region)
                if key in regions_by_page:
                    paged.add(key)
                if layout.itemById("region_map_title") is not None:
                    fill_region_map(page_kit, layout, region)
                elif layout.itemById("region_table_title") is not None:
                    continued = fill_region_table(page_kit, layout, region, headings=False)
                    for row, page in enumerate(continued, start=section.row() + 1):
                        report.insertChild(row, page_section(report, page))
                        section_layouts.append(page)
        if trends is not None and add_change_pages(kit, report):
            # A report from before the change pages: in the report's order again.
            section_layouts = [report.header()] if report.header() is not None else []
            section_layouts += [
                section.body()
                for section in report.childSections()
                if section.body() is not None and section.bodyEnabled()
            ]
        for key, region in regions_by_page.items():
            if key not in paged:  # a region new this month gets its pages at the end
                page_kit = chapter_kits.get(region.country, kit)
                for layout in (
                    make_region_map(page_kit, region),
                    *make_region_table(page_kit, region),
                ):
                    if region.country:
                        mark_chapter(layout, region.country)
                    section_layouts.append(append_page(report, layout))

        name = report_name(month, settings.language, countries)
        other = project.layoutManager().layoutByName(name)
        if other is not None and other is not report:
            project.layoutManager().removeLayout(other)
        report.setName(name)
        set_pdf_metadata(project, name, settings.credit)
        remember_atlas(project, name, month, regions_path, region_field, countries)
        group = month_group(project)
        if group is not None:
            subject = atlas_subject(countries, settings.language)
            group.setName(month_group_name(f"{subject}, {label}" if subject else label))
        fill_contents_of(section_layouts)
        number_pages(section_layouts, cover=report.header())
        keep_text_as_text(project, section_layouts)
        return AtlasLayouts(project, report, regions, warnings, label, section_layouts)


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
