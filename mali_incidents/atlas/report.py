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

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayout,
    QgsProject,
    QgsReport,
    QgsReportSectionLayout,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QLocale

from ..country_titles import CountryTitle, CountryTitlesError, country_list, country_title
from ..definitions import DEFAULT_COUNTRY, STYLE_INCIDENTS
from ..export import keep_text_as_text
from ..i18n import language_of
from ..regions import Region, RegionsError, country_iso3, regional_crs_for, utm_crs_for
from .messages import AtlasError, tr
from .month_layers import attribution_text, extent_of_regions, month_regions
from .page_numbers import number_pages
from .pages import (
    PageKit,
    PageTexts,
    make_change_map,
    make_cover,
    make_key_changes,
    make_overview,
    make_region_map,
    make_region_table,
    make_regional_overview,
)
from .pages.changes import change_map_compares
from .pages.contents import fill_contents_of, make_contents
from .pages.empty_regions import make_empty_regions_page
from .pdf_metadata import set_pdf_metadata
from .project_entries import remember_atlas
from .project_layers import (
    AtlasLayers,
    add_to_month_group,
    atlas_layers,
    load_style,
    open_incidents,
    set_label_placement,
    translate_legend,
)
from .reference_group import add_reference_group
from .settings import AtlasSettings
from .trend_layers import (
    add_trend_layers,
    open_trend_layers,
    read_month_trends,
    trend_layer_writer,
)
from .variables import (
    CHAPTER_VARIABLE,
    COUNTRY_ISO3_VARIABLE,
    ONLY_THE_CHAPTER_INCIDENTS,
    ONLY_THE_CHAPTER_REGIONS,
)


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


def report_name(month: str, language: str = "en", country: str | Sequence[str] = "") -> str:
    """ "Incident atlas — February 2021" (Mali, the default country, as ever), "Incident atlas,
    Niger — February 2021", "Incident atlas, Mali, Burkina Faso, Niger — February 2021"."""
    subject = atlas_subject(country, language)
    if not subject:
        return tr("Incident atlas — {month}").format(month=month_label(month, language))
    return tr("Incident atlas, {countries} — {month}").format(
        countries=subject, month=month_label(month, language)
    )


def atlas_subject(country: str | Sequence[str], language: str = "en") -> str:
    """The countries as names of the report and the layer group: none for Mali alone (the
    names every Mali project already has), else each country's printed name."""
    countries = country_list(country)
    if countries == [DEFAULT_COUNTRY]:
        return ""
    return ", ".join(country_title(name, language).name for name in countries)


def in_countries(titles: list[CountryTitle]) -> str:
    """What follows "security incidents" for one country ("in Niger") or several: "in Mali,
    Burkina Faso and Niger"; in French each keeps its own word ("au Mali, au Burkina Faso et
    au Niger"), told by the table, not by Python."""
    phrases = [title.in_country for title in titles]
    if len(phrases) == 1:
        return phrases[0]
    first_words = {phrase.split(" ", 1)[0] for phrase in phrases}
    if len(first_words) == 1 and first_words == {"in"}:
        # English: "in" once.
        phrases = [phrases[0], *(phrase.split(" ", 1)[1] for phrase in phrases[1:])]
    return tr("{first} and {last}").format(first=", ".join(phrases[:-1]), last=phrases[-1])


def build_layouts(
    incidents_gpkg: Path,
    month: str,
    project: QgsProject,
    *,
    regions_path: Path | None = None,
    region_field: str | None = None,
    settings: AtlasSettings | None = None,
    country: str | Sequence[str] = DEFAULT_COUNTRY,
    incidents_source: str | None = None,
    reference_paths: Iterable[Path] = (),
    store_history=None,
) -> AtlasLayouts:
    """The month's report (cover, overview, a map and a table per region) in ``project``;
    with ``incidents_source`` (the team store's month, PostGIS) its incidents read it, and
    ``store_history`` (``store.StoreHistory``) says what changed.

    With several countries: the cover names them all, a regional overview follows, then a
    chapter per country (its overview, then its regions' pages).
    """
    # The credit and contact the analyst set in the plugin, when the caller gives none.
    settings = settings or AtlasSettings.from_qgis_settings()
    # Every text of the atlas (titles, headings, legend, dates) in the atlas's language.
    with language_of(settings.language):
        label = month_label(month, settings.language)
        incidents_gpkg = Path(incidents_gpkg)
        if incidents_source is None and not incidents_gpkg.is_file():
            raise AtlasError(tr("GeoPackage not found: {path}").format(path=incidents_gpkg))
        countries = country_list(country)
        several = len(countries) > 1
        # What changed since last month: an atlas of one country (its history is one
        # country's; an atlas of several has no change pages).
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
        incidents = open_incidents(incidents_gpkg, incidents_source)
        load_style(incidents, STYLE_INCIDENTS, warnings)
        translate_legend(incidents, settings.language)

        country_extent = extent_of_regions(regions)
        # One country: its UTM zone. Several span zones: a projection centred on them all.
        country_crs = regional_crs_for(country_extent) if several else utm_crs_for(country_extent)
        # Scale bars and the map CRS: set before any layout exists (see docs/qgis-3.22-notes.md).
        project.setCrs(country_crs)
        project.setEllipsoid("EPSG:7030")
        # The atlas's countries drawn light, their neighbours grey (countries.qml).
        QgsExpressionContextUtils.setProjectVariable(
            project, COUNTRY_ISO3_VARIABLE, ",".join(_country_iso3(name) for name in countries)
        )
        set_label_placement(project)

        layers = atlas_layers(incidents, incidents_gpkg, regions_layer, warnings)
        group_label = label
        subject = atlas_subject(countries, settings.language)
        if subject:
            group_label = f"{subject}, {label}"
        add_to_month_group(project, layers, group_label)
        # Again: desktop QGIS gives an empty project the CRS of the first layer added.
        project.setCrs(country_crs)

        titles = [_country_title(name, settings.language) for name in countries]
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
            trend_layers = open_trend_layers(incidents_gpkg, settings.language, warnings)
            add_trend_layers(project, trend_layers)
            # Again: desktop QGIS gives an empty project the CRS of the first layer added.
            project.setCrs(country_crs)
        kit = PageKit(
            project, layers, texts, country_crs, country_extent, warnings, trends, trend_layers
        )
        kit.regions = regions
        # The command line's files and the ones the settings dialog remembers, each once.
        paths = dict.fromkeys([*map(Path, reference_paths), *settings.reference_paths])
        kit.reference_layers = add_reference_group(project, list(paths))

        atlas_report = QgsReport(project)
        atlas_report.setName(report_name(month, settings.language, countries))
        cover = make_cover(kit)
        atlas_report.setHeaderEnabled(True)
        atlas_report.setHeader(cover)
        section_layouts = [cover]
        if several:
            pages = _chapters(kit, titles, regions)
        else:
            # What changed comes first, after the contents; the change map after the overview,
            # when there are earlier months to compare with (a map of unknowns says nothing).
            pages = [
                make_key_changes(kit),
                make_overview(kit, regions),
                *([make_change_map(kit)] if change_map_compares(kit) else []),
                *_region_pages(kit, regions),
            ]
        # The contents page after the cover, filled once every page knows its length.
        contents = make_contents(kit)
        for layout in [contents, *pages]:
            section_layouts.append(append_page(atlas_report, layout))

        manager = project.layoutManager()
        existing = manager.layoutByName(atlas_report.name())
        if existing is not None:
            manager.removeLayout(existing)
        if not manager.addLayout(atlas_report):
            raise AtlasError(
                tr("Cannot add the report '{name}' to the project").format(name=atlas_report.name())
            )
        remember_atlas(project, atlas_report.name(), month, regions_path, region_field, countries)
        # The PDF's title (pdfinfo, a viewer's title bar) is the project's title.
        set_pdf_metadata(project, atlas_report.name(), settings.credit)
        fill_contents_of(section_layouts)
        number_pages(section_layouts, cover=cover)
        keep_text_as_text(project, section_layouts)
        return AtlasLayouts(project, atlas_report, regions, warnings, label, section_layouts)


def _chapters(kit: PageKit, titles: list[CountryTitle], regions: list[Region]) -> list[QgsLayout]:
    """An atlas of several countries: the regional overview, then a chapter per country (its
    overview, in its own UTM zone, then its regions' pages)."""
    chapters = [
        (title, [region for region in regions if region.country == title.acled_country])
        for title in titles
    ]
    draw_only_the_chapter(kit.layers)
    layouts = [make_regional_overview(kit, chapters)]
    for title, country_regions in chapters:
        if not country_regions:
            continue
        extent = extent_of_regions(country_regions)
        country_kit = kit.for_country(
            utm_crs_for(extent),
            extent,
            title.in_country,
            functools.partial(mark_chapter, country=title.acled_country),
        )
        chapter = [
            make_overview(country_kit, country_regions),
            *_region_pages(country_kit, country_regions),
        ]
        for layout in chapter:
            mark_chapter(layout, title.acled_country)
        layouts += chapter
    return layouts


def mark_chapter(layout: QgsLayout, country: str) -> None:
    """A page of ``country``'s chapter: that country drawn light with its regions and
    incidents, the others grey, as neighbours (countries.qml reads the ISO code, the regions
    and incidents the chapter's name); next month's refresh finds the chapter by it."""
    QgsExpressionContextUtils.setLayoutVariable(layout, CHAPTER_VARIABLE, country)
    QgsExpressionContextUtils.setLayoutVariable(
        layout, COUNTRY_ISO3_VARIABLE, _country_iso3(country)
    )


def draw_only_the_chapter(layers: AtlasLayers) -> None:
    """A chapter's maps draw its own country's regions and incidents only: the others'
    would look like the chapter's country's. Each style's rules go under one that says so
    (the cover and the regional overview, without a chapter, draw them all)."""
    _under_one_rule(layers.regions, ONLY_THE_CHAPTER_REGIONS)
    for incidents in (layers.incidents, layers.incidents_unlabelled):
        _under_one_rule(incidents, ONLY_THE_CHAPTER_INCIDENTS)


def _under_one_rule(layer: QgsVectorLayer, expression: str) -> None:
    renderer = layer.renderer()
    # The incidents' rules sit inside a point displacement renderer (incidents.qml).
    inner = renderer.embeddedRenderer() if hasattr(renderer, "embeddedRenderer") else None
    if isinstance(renderer, QgsRuleBasedRenderer):
        renderer.rootRule().setFilterExpression(expression)
    elif isinstance(inner, QgsRuleBasedRenderer):
        rules = inner.clone()
        rules.rootRule().setFilterExpression(expression)
        renderer.setEmbeddedRenderer(rules)
    layer.triggerRepaint()


def page_texts(
    titles: list[CountryTitle],
    label: str,
    sources: str,
    settings: AtlasSettings,
    attributed: tuple[Path, str, Path | None],
    incidents_source: str | None = None,
) -> PageTexts:
    """The words every page prints: the month, the sources, the settings' texts, the countries
    ("in Mali", from their titles) and the attribution line of ``attributed`` (the month's
    GeoPackage, the month and the boundaries' file); a new atlas and next month's refill both
    fill their pages with them."""
    incidents_gpkg, month, regions_path = attributed
    return PageTexts(
        month=label,
        sources=sources,
        settings=settings,
        in_country=in_countries(titles),
        attribution=attribution_text(
            incidents_gpkg,
            month,
            regions_path,
            settings,
            incidents_source,
            countries=tuple(title.acled_country for title in titles),
        ),
    )


def _country_title(country: str, language: str) -> CountryTitle:
    try:
        return country_title(country, language)
    except CountryTitlesError as error:
        raise AtlasError(str(error)) from error


def _region_pages(kit: PageKit, regions: list[Region]) -> list[QgsLayout]:
    """A map page, then a table page, for each region; with the "summary" setting the
    regions without incidents share one page at the end."""
    summarised = (
        [region for region in regions if region.incidents == 0]
        if kit.texts.settings.empty_regions == "summary"
        else []
    )
    layouts = []
    for region in regions:
        if region in summarised:
            continue
        layouts.append(make_region_map(kit, region))
        layouts += make_region_table(kit, region)
    if summarised:
        layouts.append(make_empty_regions_page(kit, summarised))
    return layouts


def append_page(report: QgsReport, layout: QgsLayout) -> QgsLayout:
    """``layout`` as the report's next section (one page kind of one region, or more)."""
    report.appendChild(page_section(report, layout))
    return layout


def page_section(report: QgsReport, layout: QgsLayout) -> QgsReportSectionLayout:
    """A section of ``report`` whose body is ``layout``, to append or insert."""
    section = QgsReportSectionLayout(report)
    section.setBody(layout)
    section.setBodyEnabled(True)
    return section


def _country_iso3(country: str) -> str:
    try:
        return country_iso3(country)
    except RegionsError:
        return ""
