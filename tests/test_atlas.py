"""The month's atlas: the PDF reads as the report, every incident in its region's table.

The PDFs are read back as text with poppler: ``pdftotext -layout`` for the overview's table,
``pdftotext -raw`` for the region tables (it keeps a wrapped cell's lines together).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayoutItemMap,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
)

from mali_incidents.atlas import AtlasError, AtlasSettings, build_layouts, make_atlas, table_chunks
from mali_incidents.definitions import REGION_DISPLAY_NAMES
from mali_incidents.importer import import_month
from mali_incidents.regions import display_name, region_key, utm_crs_for

MONTH = "2021-02"
# Issue 11 added "No." (the number by the place on the map) and "Actor" (what colour means).
TABLE_HEADER = "No. Date Type of incident Actor Location Notes Fatalities"
SETTINGS = AtlasSettings(credit="Jules Duhamel (@julesdhl)", contact="jules@example.org")


def _pdf_text(pdf_path: Path, *options: str, first: int | None = None, last: int | None = None):
    command = ["pdftotext", *options]
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    return subprocess.run(
        [*command, str(pdf_path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pdf_pages(pdf_path: Path) -> list[str]:
    """The PDF's text, page by page (``-raw``)."""
    return _pdf_text(pdf_path, "-raw").split("\f")[:-1]


PAGE_NUMBER = re.compile(r"Page \d+ of \d+")


def _without_page_numbers(text: str) -> list[str]:
    """``text``'s lines without "Page N of M" and without empty lines: where pdftotext puts
    a page's number (a line of its own, or joined to the footer's line on the same baseline)
    differs between QGIS versions (3.44 prints it first)."""
    lines = (PAGE_NUMBER.sub("", line).strip() for line in text.splitlines())
    return [line for line in lines if line]


def _flat(text: str) -> str:
    # NFKC: the PDF keeps DejaVu's ligatures ("ﬁ"), as searchable as "fi" in a PDF viewer.
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _import(export: Path, folder: Path) -> Path:
    gpkg = folder / "incidents.gpkg"
    import_month([export], MONTH, gpkg)
    return gpkg


@pytest.fixture(scope="module", params=["world_map", "ocha"])
def sample_atlas(request, qgis_app, tmp_path_factory, sample_month, shared_dir):
    """The sample month's atlas, with QGIS's own regions and with OCHA's."""
    folder = tmp_path_factory.mktemp(f"atlas_{request.param}")
    regions = shared_dir / "data" / "mali_admin1_ocha.gpkg" if request.param == "ocha" else None
    result = make_atlas(
        _import(sample_month, folder),
        MONTH,
        folder / "atlas.pdf",
        regions_path=regions,
        project_path=folder / "atlas.qgz",
        settings=SETTINGS,
    )
    return request.param, result


@pytest.fixture(scope="module")
def sample_incidents(sample_month) -> pd.DataFrame:
    return pd.read_csv(sample_month, dtype={"fatalities": int})


def _region_table_text(pages: list[str], region: str) -> str:
    """The text of a region's table pages (its title page and the continuation pages, titled
    "(continued)")."""
    title = f"Recorded security incidents in {region}, February 2021"
    start = next(index for index, page in enumerate(pages) if page.startswith(title))
    text = [pages[start]]
    for page in pages[start + 1 :]:
        if not page.startswith(f"{title} (continued)"):
            break
        text.append(page)
    return _flat("\n".join(text))


def test_pages_come_in_the_report_order(sample_atlas):
    _, result = sample_atlas
    pages = _pdf_pages(result.pdf_path)
    assert result.pages == len(pages)
    assert _flat(pages[0]).startswith("Maps of security incidents in Mali")
    assert "February 2021" in pages[0]
    assert "Sourced from ACLED, MENASTREAM" in _flat(pages[0])
    assert "Jules Duhamel (@julesdhl)" in pages[0]
    assert pages[1].startswith("Contents")  # issue 11: a contents page after the cover
    # What changed comes first (issue 13), then the overview; the sample month alone has no
    # earlier month to compare with, so no change map (tests/test_atlas_changes.py).
    assert pages[2].startswith("Key changes")
    assert pages[3].startswith("Security incidents in Mali")
    assert pages[4].startswith("Map of security incidents in Bamako")
    map_titles = [page.splitlines()[0] for page in pages if page.startswith("Map of security")]
    assert map_titles == [
        f"Map of security incidents in {name}, February 2021"
        for name in REGION_DISPLAY_NAMES.values()
    ]
    for index, page in enumerate(pages):
        if page.startswith("Map of security"):
            assert "SOURCES: ACLED, MENASTREAM" in page
            assert "CREDIT: Jules Duhamel (@julesdhl)" in page
            region = page.splitlines()[0].split(" in ", 1)[1].split(",")[0]
            assert pages[index + 1].startswith(f"Recorded security incidents in {region}")


def test_overview_table_reads_fatalities_by_region(sample_atlas):
    _, result = sample_atlas
    overview = _pdf_text(result.pdf_path, "-layout", first=4, last=4)
    # Issue 11: every region with incidents (Kidal, Bamako, Sikasso had no deaths), how many;
    # issue 13: the sample alone has no January: "?", never 0.
    rows = re.findall(
        r"^\s*.*?(Mopti|Ménaka|Menaka|Tombouctou|Ségou|Gao|Kidal|Bamako|Sikasso|Total)\s+(\d+)\s+(\d+)\s+\?\s+\?\s*$",
        overview,
        re.MULTILINE,
    )
    assert rows == [
        ("Mopti", "28", "70"),
        ("Ménaka", "4", "29"),
        ("Tombouctou", "6", "19"),
        ("Ségou", "8", "9"),
        ("Gao", "8", "7"),
        ("Kidal", "2", "0"),
        ("Bamako", "1", "0"),
        ("Sikasso", "1", "0"),
        ("Total", "58", "134"),
    ]


def test_every_incident_is_in_its_region_table(sample_atlas, sample_incidents):
    _, result = sample_atlas
    pages = _pdf_pages(result.pdf_path)
    whole = _flat("\n".join(pages))
    for admin1, incidents in sample_incidents.groupby("admin1"):
        table = _region_table_text(pages, display_name(admin1))
        for incident in incidents.itertuples():
            day = pd.Timestamp(incident.event_date)
            row = r"\s+".join(
                re.escape(_flat(str(cell)))
                for cell in (
                    f"{day.day:02d} {day.month_name()} {day.year}",
                    incident.sub_event_type,
                )
            )
            # Issue 11: the actor group's column between the type and the location.
            groups = "Security forces|External forces|Jihadist militants|Militias|Unidentified"
            row += rf"\s+(?:{groups})\s+"
            row += r"\s+".join(
                re.escape(_flat(str(cell)))
                for cell in (
                    incident.location,
                    incident.notes,
                    incident.fatalities,
                )
            )
            assert re.search(row, table), f"{admin1}: {incident.event_id_cnty} missing or cut"
            assert whole.count(_flat(incident.notes)) == 1


def test_region_tables_list_newest_first(sample_atlas, sample_incidents):
    _, result = sample_atlas
    table = _region_table_text(_pdf_pages(result.pdf_path), "Mopti")
    # A row's date cell is followed by its type; notes' dates by a comma or a parenthesis.
    days = [int(day) for day in re.findall(r"\b(\d{2}) February 2021 (?=[A-Z])", table)]
    assert len(days) == (sample_incidents["admin1"] == "Mopti").sum()
    assert days == sorted(days, reverse=True)


def test_regions_without_incidents_say_so(sample_atlas):
    _, result = sample_atlas
    pages = _pdf_pages(result.pdf_path)
    for region in ("Kayes", "Koulikoro"):
        assert "No incident recorded this month" in _region_table_text(pages, region)
    assert "No incident recorded this month" not in _region_table_text(pages, "Mopti")


def _region_map_text(pages: list[str], region: str) -> str:
    title = f"Map of security incidents in {region}, February 2021"
    return _flat(next(page for page in pages if page.startswith(title)))


def test_region_map_legend_lists_the_region_incidents_only(sample_atlas):
    """The legend of a region's map names the types and actors of that region's incidents
    only, not those of the neighbours' incidents its map also shows; a region without any
    says so."""
    _, result = sample_atlas
    pages = _pdf_pages(result.pdf_path)
    sikasso = _region_map_text(pages, "Sikasso")
    # Sikasso's one incident: an armed clash by jihadist militants. The militia incident of
    # Bamako also shows on Sikasso's map, pale, but is not Sikasso's.
    assert "Armed clash" in sikasso and "Jihadist militants" in sikasso
    assert "Militias" not in sikasso
    mopti = _region_map_text(pages, "Mopti")
    assert "Militias" in mopti and "Security forces" in mopti
    # The two lists' headings, in capitals: the legend prints them as it prints its classes.
    assert "TYPE OF INCIDENT Armed clash" in mopti and "ACTORS Security forces" in mopti
    for region in ("Kayes", "Koulikoro"):
        empty = _region_map_text(pages, region)
        assert "No incident recorded this month" in empty
        assert "Armed clash" not in empty
    assert "No incident recorded this month" not in mopti


def test_pdf_keeps_text_as_text_and_is_small(sample_atlas):
    _, result = sample_atlas
    fonts = subprocess.run(
        ["pdffonts", str(result.pdf_path)], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVu" in fonts  # text as text: fonts embedded, not outlines
    assert result.pdf_path.stat().st_size < 3_000_000


def test_menaka_missing_from_world_map_gets_pages_and_a_warning(sample_atlas):
    regions, result = sample_atlas
    warned = [warning for warning in result.warnings if "Ménaka" in warning]
    if regions == "world_map":
        assert warned  # Natural Earth still counts Ménaka in Gao
    else:
        assert not warned  # OCHA's boundaries have it


def test_project_holds_the_report_under_the_month(sample_atlas, qgis_new_project):
    _, result = sample_atlas
    project = QgsProject()
    assert project.read(str(result.project_path))
    names = [layout.name() for layout in project.layoutManager().layouts()]
    assert names == ["Incident atlas — February 2021"]
    assert {layer.name() for layer in project.mapLayers().values()} >= {"Incidents", "Regions"}
    assert all(layer.isValid() for layer in project.mapLayers().values())
    # Every layer is read from the month's GeoPackage: the project opens on another machine,
    # whatever folder QGIS is installed in there.
    month_gpkg = result.project_path.parent / "incidents.gpkg"
    for layer in project.mapLayers().values():
        assert layer.source().split("|")[0] == str(month_gpkg), layer.name()


def test_neighbouring_countries_reach_past_every_map(qgis_app, tmp_path, sample_month):
    """The countries kept in the GeoPackage are cut to a box: no map may show its edge."""
    project = QgsProject()
    built = build_layouts(_import(sample_month, tmp_path), MONTH, project, settings=SETTINGS)
    countries = next(layer for layer in project.mapLayers().values() if layer.name() == "Countries")
    kept = countries.extent()
    assert countries.featureCount() >= 8  # Mali and its seven neighbours at least
    for layout in built.section_layouts:
        for item in layout.items():
            # The maps of places (not the charts, which are maps of bars: issue 13).
            if isinstance(item, QgsLayoutItemMap) and countries.id() in {
                layer.id() for layer in item.layers()
            }:
                shown = QgsCoordinateTransform(
                    item.crs(), countries.crs(), project
                ).transformBoundingBox(item.extent())
                assert kept.contains(shown), (item.id(), shown.toString(2), kept.toString(2))
    project.layoutManager().clear()
    project.clear()


def test_region_maps_are_projected_and_framed_on_their_region(qgis_app, tmp_path, sample_month):
    project = QgsProject()
    built = build_layouts(_import(sample_month, tmp_path), MONTH, project, settings=SETTINGS)
    region_maps = [
        item
        for layout in built.section_layouts
        for item in layout.items()
        if isinstance(item, QgsLayoutItemMap) and item.id() == "region_map"
    ]
    assert len(region_maps) == len(REGION_DISPLAY_NAMES)
    by_region = dict(zip(REGION_DISPLAY_NAMES.values(), region_maps))
    assert by_region["Bamako"].crs().authid() == "EPSG:32629"
    assert by_region["Gao"].crs().authid() == "EPSG:32631"
    # Bamako, a district of ~250 km², is drawn at city scale; Tombouctou at country scale.
    assert by_region["Bamako"].scale() < 500_000
    # Nothing around it to draw (no reference layers, no incident within 70 km): the map is
    # framed on the district itself, not on 70 km of empty paper.
    bamako = by_region["Bamako"].extent()
    assert bamako.width() < 70_000 and bamako.height() < 70_000
    district = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), by_region["Bamako"].crs(), project
    ).transformBoundingBox(built_region_extent(built, "Bamako"))
    assert bamako.contains(district)
    assert by_region["Tombouctou"].scale() > 5_000_000
    project.layoutManager().clear()
    project.clear()


def test_a_region_too_small_for_the_locator_is_ringed_there(qgis_app, tmp_path, sample_month):
    """The locator marks the page's region by its red outline; a district a few points wide
    there (Bamako) also gets a ring (regions.qml), a large region (Kayes) does not, and the
    region maps themselves never draw it."""
    project = QgsProject()
    built = build_layouts(_import(sample_month, tmp_path), MONTH, project, settings=SETTINGS)
    # The layer the locators draw: the report's regions.
    regions = next(
        layout.itemById("region_locator").layers()[0]
        for layout in built.section_layouts
        if layout.itemById("region_locator") is not None
    )
    renderer = regions.renderer()
    ring = next(
        rule.ruleKey()
        for rule in renderer.rootRule().children()
        if "ringed in the locator" in rule.label()
    )
    ringed = {}
    for layout in built.section_layouts:
        locator = layout.itemById("region_locator")
        if locator is None:
            continue
        region_map = layout.itemById("region_map")
        page_region = QgsExpressionContextUtils.layoutScope(layout).variable("mali_region")
        for item in (locator, region_map):
            context = QgsRenderContext()
            expressions = item.createExpressionContext()
            expressions.appendScope(QgsExpressionContextUtils.layerScope(regions))
            context.setExpressionContext(expressions)
            feature = next(
                regions.getFeatures(
                    QgsFeatureRequest().setFilterExpression(
                        QgsExpression.createFieldEqualityExpression("admin1", page_region)
                    )
                ),
                None,
            )
            if feature is None:
                continue  # a region without a polygon of its own (Ménaka in QGIS's map)
            renderer.startRender(context, regions.fields())
            context.expressionContext().setFeature(feature)
            keys = renderer.legendKeysForFeature(feature, context)
            renderer.stopRender(context)
            if item is region_map:
                assert ring not in keys, page_region
            else:
                ringed[page_region] = ring in keys
    assert ringed["Bamako"] is True
    assert ringed["Kayes"] is False and ringed["Tombouctou"] is False
    project.layoutManager().clear()
    project.clear()


def built_region_extent(built, name: str) -> QgsRectangle:
    return next(region.extent for region in built.regions if region.name == name)


def test_a_small_region_is_drawn_within_its_reference_layers(
    qgis_app, tmp_path, sample_month, shared_dir
):
    """With reference layers (towns, rivers) around it, a district at city scale is drawn
    within its surroundings (issue 11, item 5): at least 70 km across (UTM metres)."""
    project = QgsProject()
    built = build_layouts(
        _import(sample_month, tmp_path),
        MONTH,
        project,
        settings=SETTINGS,
        reference_paths=[shared_dir / "data" / "mali_basemap_ne.gpkg"],
    )
    bamako = next(
        item
        for layout in built.section_layouts
        for item in layout.items()
        if isinstance(item, QgsLayoutItemMap) and item.id() == "region_map"
    )
    assert bamako.scale() < 500_000
    assert bamako.extent().width() >= 70_000
    assert bamako.extent().height() >= 70_000
    project.layoutManager().clear()
    project.clear()


def test_region_names_match_across_accents_case_and_aliases():
    assert region_key("Ségou") == region_key("SEGOU") == region_key("segou")
    assert region_key("Timbuktu") == region_key("Tombouctou")
    assert region_key("Koulikouro") == region_key("Koulikoro")
    assert display_name("Menaka") == "Ménaka"
    assert display_name("Timbuktu") == "Tombouctou"


def test_utm_zone_suits_the_region(qgis_app):
    assert utm_crs_for(QgsRectangle(-12.3, 11.9, -8.1, 15.7)).authid() == "EPSG:32629"  # Kayes
    assert utm_crs_for(QgsRectangle(-1.7, 14.9, 4.2, 19.0)).authid() == "EPSG:32631"  # Gao
    assert utm_crs_for(QgsRectangle(-5.7, 13.2, -0.8, 15.9)).authid() == "EPSG:32630"  # Mopti


def test_bad_region_input_is_a_clear_error(qgis_app, tmp_path, sample_month, shared_dir):
    gpkg = _import(sample_month, tmp_path)
    with pytest.raises(AtlasError, match="not found"):
        make_atlas(gpkg, MONTH, tmp_path / "a.pdf", regions_path=tmp_path / "missing.gpkg")
    with pytest.raises(AtlasError, match="no field"):
        make_atlas(
            gpkg,
            MONTH,
            tmp_path / "a.pdf",
            regions_path=shared_dir / "data" / "mali_admin1_ocha.gpkg",
            region_field="ADM1_XX",
        )
    with pytest.raises(AtlasError, match="GeoPackage not found"):
        make_atlas(tmp_path / "a.gpkg", MONTH, tmp_path / "a.pdf")


def _bench_module():
    path = Path(__file__).resolve().parents[1] / "bench" / "atlas_bench.py"
    spec = importlib.util.spec_from_file_location("atlas_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_thousand_incidents_every_row_once_headers_repeat(qgis_app, tmp_path):
    bench = _bench_module()
    export = bench.write_synthetic_month(tmp_path / "synthetic.csv", incidents=2000)
    incidents = pd.read_csv(export)
    result = make_atlas(_import(export, tmp_path), MONTH, tmp_path / "big.pdf", settings=SETTINGS)
    pages = _pdf_pages(result.pdf_path)
    assert result.pages == len(pages)
    whole = _flat("\n".join(pages))
    tags = re.findall(r"\[(S\d{4})\]", whole)
    assert len(tags) == len(incidents) == len(set(tags))
    # Every note whole (nothing cut at a page edge), in its own region's table.
    for admin1, region_incidents in incidents.groupby("admin1"):
        table = _region_table_text(pages, display_name(admin1))
        assert table.count("[S") == len(region_incidents)
        for note in region_incidents["notes"]:
            assert _flat(note) in table
    table_pages = [page for page in pages if page.startswith(("Recorded", TABLE_HEADER))]
    assert len(table_pages) > 100  # Mopti's ~800 rows run over many pages
    for page in table_pages:
        assert TABLE_HEADER in _flat(page)  # header repeated on every table page
    # The longest table (Mopti's): every page says what it is and carries the footer.
    title = "Recorded security incidents in Mopti, February 2021"
    mopti = [page for page in table_pages if page.startswith(title)]
    assert len(mopti) > 50
    assert mopti[0].startswith(f"{title}\n")
    footer = _without_page_numbers(mopti[0])[-2:]
    assert footer[0].startswith("Data: Armed Con") and "acleddata.com" in footer[0]
    assert "do not imply" in footer[1]
    for page in mopti[1:]:
        assert page.startswith(f"{title} (continued)\n")
        assert _without_page_numbers(page)[-2:] == footer


def test_credit_and_contact_come_from_the_plugin_settings(qgis_app):
    from qgis.core import QgsSettings

    from mali_incidents.definitions import SETTINGS_CONTACT, SETTINGS_CREDIT

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in (SETTINGS_CREDIT, SETTINGS_CONTACT)}
    try:
        settings.setValue(SETTINGS_CREDIT, "A. Analyst")
        settings.setValue(SETTINGS_CONTACT, "analyst@example.org")
        atlas_settings = AtlasSettings.from_qgis_settings()
    finally:
        for key, value in saved.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
    assert atlas_settings.credit == "A. Analyst"
    assert atlas_settings.contact == "analyst@example.org"
    assert atlas_settings.extra_sources == ("MENASTREAM",)


def test_regions_from_one_layer_of_a_geopackage_source(qgis_app, shared_dir):
    """A project layer's source names its layer: "file.gpkg|layername=…" is taken as is."""
    from mali_incidents.regions import load_region_polygons

    source = f"{shared_dir / 'data' / 'mali_admin1_ocha.gpkg'}|layername=mali_admin1"
    polygons = load_region_polygons(Path(source), "admin1")
    assert len(polygons.polygons) == 10


def _page_images(pdf_path: Path, folder: Path) -> list[bytes]:
    """Every page drawn small, in grey (poppler): equal bytes, equal pages."""
    folder.mkdir()
    subprocess.run(
        ["pdftoppm", "-r", "20", "-gray", str(pdf_path), str(folder / "page")], check=True
    )
    return [path.read_bytes() for path in sorted(folder.glob("page-*.pgm"))]


def _outline(pdf_path: Path) -> list[tuple[str, int]]:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(pdf_path)
    return [(item.title, reader.get_destination_page_number(item)) for item in reader.outline]


def test_a_long_table_cut_into_tables_of_a_few_pages_prints_the_same_pages(
    qgis_app, tmp_path, monkeypatch
):
    """A region table of many pages is printed as several tables of PAGES_PER_TABLE pages
    (QGIS's export measures every row of a table again for each of its pages), each its own
    report section: the reader sees the pages one table printed (rows, numbers, headings,
    stripes, page numbers, contents and bookmarks), the pages after a table's first with
    its title marked continued and its footer too, and the saved project keeps the cut."""
    # 450 incidents: Mopti's later tables start at odd rows too (the stripes must follow).
    export = _bench_module().write_synthetic_month(tmp_path / "synthetic.csv", incidents=450)
    cut_folder, whole_folder = tmp_path / "cut", tmp_path / "whole"
    cut_folder.mkdir()
    whole_folder.mkdir()
    cut = make_atlas(
        _import(export, cut_folder),
        MONTH,
        cut_folder / "atlas.pdf",
        settings=SETTINGS,
        project_path=cut_folder / "atlas.qgz",
    )
    pages_per_table = table_chunks.PAGES_PER_TABLE
    monkeypatch.setattr(table_chunks, "PAGES_PER_TABLE", 10_000)  # one table, as before
    whole = make_atlas(
        _import(export, whole_folder), MONTH, whole_folder / "atlas.pdf", settings=SETTINGS
    )

    # The region tables' pages, the contents, the page numbers and the bookmarks as one
    # table printed them. (The other pages are another atlas's: their charts' labels, placed
    # by QGIS's label engine, may come out in another order in a second atlas.)
    assert cut.pages == whole.pages
    cut_pages, whole_pages = _pdf_pages(cut.pdf_path), _pdf_pages(whole.pdf_path)
    tables = [
        index
        for index, page in enumerate(whole_pages)
        if page.startswith(("Recorded", TABLE_HEADER, "Contents"))
    ]
    assert len(tables) > 30
    # One table's pages after its first are bare rows; the cut's start with the table's title,
    # marked continued, and end with its first page's footer (citation and disclaimer).
    first_pages = [index for index in tables if not whole_pages[index].startswith(TABLE_HEADER)]
    continued = [index for index in tables if index not in first_pages]
    assert len(continued) > 20
    title, footer = "", []
    for index in tables:
        cut_page, whole_page = cut_pages[index], whole_pages[index]
        if index in first_pages:
            assert cut_page == whole_page
            title = whole_page.splitlines()[0]
            footer = _without_page_numbers(whole_page)[-2:]
            continue
        assert footer[0].startswith("Data: Armed Con")
        cut_lines, whole_lines = _without_page_numbers(cut_page), _without_page_numbers(whole_page)
        assert cut_lines[0] == f"{title} (continued)", index
        assert cut_lines[-2:] == footer and cut_lines[1:-2] == whole_lines, index
        # The page's own number, printed once on it.
        assert PAGE_NUMBER.findall(cut_page) == PAGE_NUMBER.findall(whole_page), index
    cut_layout = _pdf_text(cut.pdf_path, "-layout").split("\f")
    whole_layout = _pdf_text(whole.pdf_path, "-layout").split("\f")
    assert [cut_layout[index] for index in first_pages] == [
        whole_layout[index] for index in first_pages
    ]
    for number, page in enumerate(cut_pages[1:], start=2):  # the cover has none
        assert f"Page {number} of {cut.pages}" in _flat(page)
    cut_images = _page_images(cut.pdf_path, cut_folder / "pages")
    whole_images = _page_images(whole.pdf_path, whole_folder / "pages")
    assert [cut_images[index] for index in first_pages] == [
        whole_images[index] for index in first_pages
    ]
    assert _outline(cut.pdf_path) == _outline(whole.pdf_path)

    # Mopti's ~180 rows run over more pages than one table holds: later tables follow it.
    project = QgsProject()
    assert project.read(str(cut_folder / "atlas.qgz"))
    (report,) = project.layoutManager().layouts()
    bodies = [section.body() for section in report.childSections()]
    mopti = next(
        index
        for index, body in enumerate(bodies)
        if body.itemById("region_table_title") is not None
        and "Mopti" in body.itemById("region_table_title").currentText()
    )
    later = []
    for body in bodies[mopti + 1 :]:
        if not table_chunks.is_continued_table(body):
            break
        later.append(body)
    pages = [body.pageCollection().pageCount() for body in [bodies[mopti], *later]]
    assert len(later) >= 2
    assert all(count == pages_per_table for count in pages[:-1])
    rows = [body.multiFrames()[0].tableContents() for body in [bodies[mopti], *later]]
    numbers = [
        int(row[0].content()) for table in rows for row in table if row[0].content().isdigit()
    ]
    assert numbers == list(range(1, len(numbers) + 1))
    starts = [sum(len(table) for table in rows[:index]) for index in range(1, len(rows))]
    assert any(start % 2 for start in starts)  # a later table whose stripes are swapped
    project.layoutManager().clear()
    project.clear()
