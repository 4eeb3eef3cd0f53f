"""Maps a ministry can be briefed from (issue 11): what a machine can check on the PDF.

The sample month's atlas with QGIS's own boundaries (no Ménaka polygon), in English and in
French, read back with poppler (``pdftotext``, ``pdfinfo``) and, for the saved project,
exported again the way QGIS's layout designer exports it: with the settings it finds in the
project.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
import pypdf
import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsMapRendererSequentialJob,
    QgsProject,
    QgsRectangle,
    QgsRenderContext,
    QgsReport,
)
from qgis.PyQt.QtCore import QPointF, QSize, QSizeF
from qgis.PyQt.QtGui import QTransform

from mali_incidents.atlas import AtlasSettings, make_atlas
from mali_incidents.atlas.pages.region_map import more_numbers
from mali_incidents.i18n import language_of
from mali_incidents.importer import import_month
from mali_incidents.map_numbers import numbers_text

MONTH = "2021-02"


def pdf_text(pdf: Path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_pages(pdf: Path) -> list[str]:
    return [flat(page) for page in pdf_text(pdf, "-raw").split("\f")[:-1]]


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_info(pdf: Path) -> dict[str, str]:
    lines = subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}


@pytest.fixture(scope="module", params=["en", "fr"])
def atlas(request, qgis_app, tmp_path_factory, sample_month):
    folder = tmp_path_factory.mktemp(f"briefing_{request.param}")
    gpkg = folder / "incidents.gpkg"
    import_month([sample_month], MONTH, gpkg)
    result = make_atlas(
        gpkg,
        MONTH,
        folder / "atlas.pdf",
        project_path=folder / "atlas.qgz",
        settings=AtlasSettings(
            credit="J. Duhamel", contact="j@example.org", language=request.param
        ),
    )
    return request.param, result


def designer_pdf_settings(project: QgsProject) -> QgsLayoutExporter.PdfExportSettings:
    """What QGIS's layout designer proposes for a report's PDF: the project's default text
    format, unless a layout remembers the format of its last export."""
    settings = QgsLayoutExporter.PdfExportSettings()
    text_format = project.labelingEngineSettings().defaultTextRenderFormat()
    settings.textRenderFormat = text_format
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.simplifyGeometries = True
    return settings


def test_saved_project_exports_text_as_text_under_2_mb(atlas, tmp_path):
    """13: the analyst's export of the saved project is the one that counts."""
    language, result = atlas
    if language != "en":
        pytest.skip("one language suffices: the settings do not depend on it")
    project = QgsProject()
    assert project.read(str(result.project_path))
    assert project.labelingEngineSettings().defaultTextRenderFormat() == (
        Qgis.TextRenderFormat.AlwaysText
    )
    (report,) = project.layoutManager().layouts()
    assert isinstance(report, QgsReport)
    pdf = tmp_path / "designer.pdf"
    outcome, error = QgsLayoutExporter.exportToPdf(report, str(pdf), designer_pdf_settings(project))
    assert outcome == QgsLayoutExporter.ExportResult.Success, error
    assert pdf.stat().st_size < 2_000_000, pdf.stat().st_size
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert "DejaVu" in fonts
    # Layouts hold layer references: drop them before the layers go (QGIS crashes otherwise).
    project.layoutManager().clear()
    project.clear()


def test_pdf_has_a_title(atlas):
    """10: the PDF says what it is in a viewer's title bar and a library's catalogue."""
    language, result = atlas
    title = pdf_info(result.pdf_path)["Title"]
    expected = "Incident atlas — February 2021" if language == "en" else "février 2021"
    assert expected in title, title


def pdf_authors(pdf: Path) -> list[str]:
    """Who the PDF says made it: the XMP packet's dc:creator and the Info dictionary's
    /Author (where a viewer's document properties look)."""
    reader = pypdf.PdfReader(pdf)
    xmp = reader.xmp_metadata
    authors = list(xmp.dc_creator or []) if xmp is not None else []
    info_author = reader.metadata.get("/Author") if reader.metadata else None
    return [*authors, *([str(info_author)] if info_author else [])]


def test_pdf_names_the_credit_not_the_computer_account(atlas):
    """A new QGIS project's author is the computer account's name: the PDF a ministry gets
    would name the analyst's login. It names the atlas's credit line instead."""
    _, result = atlas
    authors = pdf_authors(result.pdf_path)
    assert authors and set(authors) == {"J. Duhamel"}, authors


def test_next_months_credit_replaces_the_last_but_not_the_analysts_author(qgis_app):
    """The project remembers the credit it wrote as author: next month's credit replaces it;
    an author typed in Project Properties stays."""
    from mali_incidents.atlas.pdf_metadata import set_pdf_metadata

    project = QgsProject()
    metadata = project.metadata()
    metadata.setAuthor(QgsApplication.userLoginName())  # what a new project may carry
    project.setMetadata(metadata)
    set_pdf_metadata(project, "Incident atlas — February 2021", "Unit A")
    assert project.metadata().author() == "Unit A"
    set_pdf_metadata(project, "Incident atlas — March 2021", "Unit B")
    assert project.metadata().author() == "Unit B"
    assert project.metadata().title() == "Incident atlas — March 2021"
    metadata = project.metadata()
    metadata.setAuthor("Sahel desk, Ministry of Defence")  # the analyst's own choice
    project.setMetadata(metadata)
    set_pdf_metadata(project, "Incident atlas — April 2021", "Unit C")
    assert project.metadata().author() == "Sahel desk, Ministry of Defence"


def test_neighbouring_countries_named_in_the_atlas_language(atlas):
    """11: ALGERIA and MAURITANIA in English, ALGÉRIE and MAURITANIE in French."""
    language, result = atlas
    overview = next(
        page
        for page in pdf_pages(result.pdf_path)
        if page.startswith(("Security incidents in Mali", "Incidents sécuritaires au Mali"))
    )
    if language == "fr":
        assert "ALGÉRIE" in overview and "MAURITANIE" in overview
        assert "ALGERIA" not in overview and "MAURITANIA" not in overview
    else:
        assert "ALGERIA" in overview and "MAURITANIA" in overview


LABEL = re.compile(r"^(?P<names>[^()]+?) \((?P<numbers>\d+(?:, \d+)*)\)$")


def map_labels(pdf: Path, region: str, language: str) -> dict[int, set[str]]:
    """The numbers a region's map prints by its places: number -> the place's names."""
    title = {
        "en": f"Map of security incidents in {region},",
        "fr": f"incidents sécuritaires : {region},",
    }
    pages = pdf_text(pdf, "-raw").split("\f")
    page = next(page for page in pages if title[language] in flat(page)[:120])
    labelled: dict[int, set[str]] = {}
    for line in page.splitlines():
        match = LABEL.match(unicodedata.normalize("NFKC", line.strip()))
        if match:
            names = {name.strip() for name in match["names"].split(",")}
            for number in match["numbers"].split(", "):
                assert int(number) not in labelled, f"{number} printed twice"
                labelled[int(number)] = names
    return labelled


def table_rows(pdf: Path, region: str, language: str) -> dict[int, str]:
    """The rows of a region's table pages, by their "No." (the row's flattened text)."""
    title = {"en": f"Recorded security incidents in {region},", "fr": f"recensés : {region},"}
    month = {"en": "February", "fr": "février"}[language]
    pages = pdf_pages(pdf)
    first = next(i for i, page in enumerate(pages) if title[language] in page[:120])
    # Continuation pages repeat the title, marked continued.
    continued = {"en": "(continued)", "fr": "(suite)"}[language]
    following = [first]
    while following[-1] + 1 < len(pages) and pages[following[-1] + 1].startswith(
        f"{pages[first].split(f' {month} 2021')[0]} {month} 2021 {continued}"
    ):
        following.append(following[-1] + 1)
    text = " ".join(pages[i] for i in following)
    starts = list(re.finditer(rf"(?:^| )(\d+) (\d{{1,2}} {month}) 2021 ", text))
    return {
        int(match[1]): text[
            match.start() : (starts[i + 1].start() if i + 1 < len(starts) else None)
        ]
        for i, match in enumerate(starts)
    }


UNNAMED_LIST = {
    "en": ("Not named on the map for lack of room: ", "Numbers printed over another label: "),
    "fr": (
        "Non nommés sur la carte faute de place : ",
        "Numéros imprimés sur une autre étiquette : ",
    ),
}
LISTED = re.compile(r"^(?P<numbers>\d+(?:, \d+)*) (?P<names>.+)$")


def map_page(pdf: Path, region: str, language: str) -> int:
    """The page number (from 1) of a region's map."""
    title = {
        "en": f"Map of security incidents in {region},",
        "fr": f"incidents sécuritaires : {region},",
    }
    pages = pdf_text(pdf, "-raw").split("\f")
    return next(i for i, page in enumerate(pages, 1) if title[language] in flat(page)[:120])


def unnamed_places(pdf: Path, region: str, language: str) -> tuple[dict[int, set[str]], set[int]]:
    """The places a region's map page lists as not named on the map for lack of room
    (number -> the place's names), and the numbers it says are printed over another label."""
    page = flat(pdf_text(pdf, "-raw").split("\f")[map_page(pdf, region, language) - 1])
    heading, over_heading = UNNAMED_LIST[language]
    if heading not in page:
        return {}, set()
    listed_text = page.split(heading, 1)[1].split(".", 1)[0]
    listed: dict[int, set[str]] = {}
    for entry in listed_text.split("; "):
        match = LISTED.match(entry.strip())
        assert match, entry
        for number in match["numbers"].split(", "):
            assert int(number) not in listed, f"{number} listed twice"
            listed[int(number)] = {name.strip() for name in match["names"].split(",")}
    over: set[int] = set()
    if over_heading in page:
        over_text = page.split(over_heading, 1)[1].split(".", 1)[0]
        over = {int(number) for number in over_text.split(", ")}
    return listed, over


@pytest.mark.parametrize("region", ["Mopti", "Ménaka", "Gao", "Tombouctou", "Ségou"])
def test_map_numbers_match_the_table_rows_and_no_place_is_dropped(atlas, sample_month, region):
    """3: every incident's number is by its place on the map, or the page lists its place as
    not named for lack of room; the table's row of that number is an incident of that place;
    every place of the month is named on the map or in the list."""
    language, result = atlas
    labels = map_labels(result.pdf_path, region, language)
    listed, over = unnamed_places(result.pdf_path, region, language)
    assert not set(labels) & set(listed), set(labels) & set(listed)
    named = {**labels, **listed}
    rows = table_rows(result.pdf_path, region, language)
    assert rows, region
    assert sorted(named) == sorted(rows) == list(range(1, len(rows) + 1))
    for number, names in named.items():
        assert any(name in rows[number] for name in names), (number, names, rows[number][:120])
    incidents = pd.read_csv(sample_month)
    ascii_region = unicodedata.normalize("NFKD", region).encode("ascii", "ignore").decode()
    places = set(incidents.loc[incidents["admin1"] == ascii_region, "location"])
    assert places <= set().union(*named.values()), places - set().union(*named.values())
    # A listed place's numbers are still by its point on the map (as a word of their own).
    words = set(
        pdf_text(result.pdf_path, "-raw")
        .split("\f")[map_page(result.pdf_path, region, language) - 1]
        .split()
    )
    for number in set(listed) - over:
        assert str(number) in words or f"{number}," in words, number


# The region map's frame on the page (symbology/atlas_region_map.qpt), in PDF points.
MAP_FRAME_MM = (10, 20, 218, 196)
POINTS_PER_MM = 72 / 25.4
WORD_BOX = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)
# Words may touch (a line's descent and the next one's ascent): less than this is not overlap.
OVERLAP_POINTS = 1.0


def map_words(
    pdf: Path, region: str, language: str
) -> list[tuple[float, float, float, float, str]]:
    """The words printed inside a region map's frame, with their boxes (PDF points)."""
    page = map_page(pdf, region, language)
    boxes = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    left, top, right, bottom = (value * POINTS_PER_MM for value in MAP_FRAME_MM)
    return [
        (float(x0), float(y0), float(x1), float(y1), text)
        for x0, y0, x1, y1, text in WORD_BOX.findall(boxes)
        if left <= float(x0) and float(x1) <= right and top <= float(y0) and float(y1) <= bottom
    ]


def place_deaths(sample_month: Path, region: str) -> dict[frozenset[str], int]:
    """The deaths at each of a region's places (a point), by the place's names."""
    incidents = pd.read_csv(sample_month)
    ascii_region = unicodedata.normalize("NFKD", region).encode("ascii", "ignore").decode()
    in_region = incidents.loc[incidents["admin1"] == ascii_region]
    return {
        frozenset(group["location"]): int(group["fatalities"].sum())
        for _point, group in in_region.groupby(["longitude", "latitude"])
    }


@pytest.mark.parametrize("region", ["Mopti", "Gao", "Tombouctou", "Ségou"])
def test_places_with_more_deaths_keep_their_names(atlas, sample_month, region):
    """3: where names crowd, the places with more deaths keep theirs (the label priority of
    symbology/incidents.qml): the region's deadliest place is named on the map, and no
    place listed for lack of room had more deaths than every place the map names. On the
    sample's Mopti, Bandiagara (8 killed) was listed while places without deaths were named."""
    language, result = atlas
    deaths = place_deaths(sample_month, region)
    named = {frozenset(names) for names in map_labels(result.pdf_path, region, language).values()}
    listed_places, _over = unnamed_places(result.pdf_path, region, language)
    listed = {frozenset(names) for names in listed_places.values()}
    assert named | listed == set(deaths), (named | listed) ^ set(deaths)
    deadliest = max(deaths, key=deaths.get)
    assert deadliest in named, (deadliest, deaths[deadliest])
    most_named = max(deaths[place] for place in named)
    assert all(deaths[place] <= most_named for place in listed), {
        tuple(place): deaths[place] for place in listed
    }
    if region == "Mopti":
        assert frozenset({"Bandiagara"}) in named, listed
        # Printed inside the map's frame, not only in the list under it.
        assert "Bandiagara" in {
            text for *_box, text in map_words(result.pdf_path, region, language)
        }


@pytest.mark.parametrize(
    "region",
    ["Mopti", "Gao", "Tombouctou", "Ségou", "Ménaka", "Kidal", "Koulikoro", "Sikasso"],
)
def test_no_two_words_on_a_region_map_overlap(atlas, region):
    """3: place labels are printed clear of each other, of region and country names and of
    the map's furniture (read back from the PDF, word by word); only numbers the page says
    were printed over another label may overlap."""
    language, result = atlas
    _listed, over = unnamed_places(result.pdf_path, region, language)
    words = map_words(result.pdf_path, region, language)
    assert len(words) > 5, words
    allowed = {str(number) for number in over} | {f"{number}," for number in over}
    overlaps = []
    for i, (ax0, ay0, ax1, ay1, a) in enumerate(words):
        for bx0, by0, bx1, by1, b in words[i + 1 :]:
            width = min(ax1, bx1) - max(ax0, bx0)
            height = min(ay1, by1) - max(ay0, by0)
            if width > OVERLAP_POINTS and height > OVERLAP_POINTS and not {a, b} & allowed:
                overlaps.append((a, b))
    assert not overlaps, overlaps


def test_a_place_of_many_incidents_shows_its_first_numbers_and_how_many_more(qgis_app):
    """3: a month of 2,000 incidents gives Mopti's places thirty each: their labels show
    the first six numbers and how many more (in the atlas's language), never "1 more"."""
    assert numbers_text([9, 4, 7]) == "4, 7, 9"
    assert numbers_text(range(7, 0, -1)) == "1, 2, 3, 4, 5, 6, 7"
    assert numbers_text(range(35, 0, -1)) == "1, 2, 3, 4, 5, 6, 29 more"
    with language_of("fr"):
        assert numbers_text(range(1, 36), more_numbers()) == "1, 2, 3, 4, 5, 6, 29 autres"


def test_every_page_but_the_cover_is_numbered(atlas):
    """10: "Page 5 of 23", continuation pages of a long table included."""
    language, result = atlas
    pages = pdf_pages(result.pdf_path)
    word, of = {"en": ("Page", "of"), "fr": ("Page", "sur")}[language]
    assert f"{word} 1 {of}" not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        assert f"{word} {number} {of} {len(pages)}" in page, number


def test_pages_cite_acled_the_period_the_boundaries_and_a_disclaimer(atlas, sample_month):
    """10: ACLED's citation and acleddata.com, the date range, the data's date, the
    boundaries' source and a disclaimer on the overview, every map and table page."""
    language, result = atlas
    period = {"en": "1–28 February 2021", "fr": "1–28 février 2021"}[language]
    # No download date given: the day of the month's latest ACLED update.
    latest = datetime.fromtimestamp(int(pd.read_csv(sample_month)["timestamp"].max()), timezone.utc)
    month = {"en": ["March"], "fr": ["mars"]}[language][latest.month - 3]
    assert latest.month == 3  # the sample month was last updated in March 2021
    as_of = {"en": "as of {} {} 2021", "fr": "état au {} {} 2021"}[language].format(
        latest.day, month
    )
    disclaimer = {"en": "do not imply official endorsement", "fr": "ni reconnaissance"}[language]
    # The contents, Key changes, the overview, ten maps, ten tables and Mopti's second table
    # page (the sample month alone: no change map, nothing to compare it with).
    titled = pdf_pages(result.pdf_path)[1:]
    assert len(titled) == 24
    for page in titled:
        assert "Armed Conflict Location & Event Data Project (ACLED); acleddata.com" in page
        assert period in page and as_of in page, page[-400:]
        assert "Natural Earth admin-1" in page
        assert disclaimer in page


def test_every_page_of_a_long_table_is_titled_continued_with_the_first_pages_footer(atlas):
    """Mopti's table runs over two pages: the second, handed round on its own, still says
    which region and month it shows (its title marked continued) and carries the first
    page's footer (citation, period, boundaries, disclaimer) line for line."""
    language, result = atlas
    title = {
        "en": "Recorded security incidents in Mopti, February 2021",
        "fr": "Incidents sécuritaires recensés : Mopti, février 2021",
    }[language]
    continued = {"en": "(continued)", "fr": "(suite)"}[language]
    pages = pdf_text(result.pdf_path, "-layout").split("\f")[:-1]
    first = next(index for index, page in enumerate(pages) if page.lstrip().startswith(title))
    later = pages[first + 1]
    assert later.lstrip().startswith(f"{title} {continued}\n")
    assert not pages[first + 2].lstrip().startswith(title)  # two pages, as before

    def footer(page: str) -> list[str]:
        lines = page.rstrip().splitlines()
        start = next(index for index, line in enumerate(lines) if "acleddata.com" in line)
        return [re.sub(r"\s*Page \d+ (of|sur) \d+\s*$", "", line).strip() for line in lines[start:]]

    assert footer(later) == footer(pages[first])
    assert len(footer(later)) == 2  # the citation line and the disclaimer

    # Listed once, on the table's first page, by the contents and the bookmarks.
    contents = flat(pages[1])
    assert contents.count(title) == 1 and continued not in contents
    titles = [flat(item.title) for item in pypdf.PdfReader(result.pdf_path).outline]
    assert titles.count(title) == 1 and not any(continued in item for item in titles)


def test_missing_boundary_caveat_is_printed_where_it_matters(atlas):
    """2: with QGIS's boundaries (no Ménaka), the overview, Ménaka's map and Gao's map say so
    at their foot; other pages do not."""
    language, result = atlas
    caveat = {"en": "Caveat:", "fr": "Attention :"}[language]
    pages = pdf_pages(result.pdf_path)
    with_caveat = [page.split(" ", 8)[:8] for page in pages if caveat in page]
    assert len(with_caveat) == 3, with_caveat
    titles = " ".join(" ".join(words) for words in with_caveat)
    assert "Ménaka" in titles and "Gao" in titles
    assert any("Mali" in " ".join(words) for words in with_caveat)  # the overview


def test_region_without_polygon_is_not_named_after_the_one_it_lies_in(atlas):
    """2: with QGIS's boundaries Ménaka lies in Gao's polygon: Ménaka's map does not print
    "GAO" over Ménaka's incidents; Gao's map names Gao and says whose incidents are faded."""
    language, result = atlas
    pages = pdf_pages(result.pdf_path)
    title = {"en": "incidents in {region},", "fr": "sécuritaires : {region},"}[language]
    menaka, gao = (
        next(page for page in pages if title.format(region=region) in page[:80])
        for region in ("Ménaka", "Gao")
    )
    # Region names are printed with thin spaces between letters, which pdftotext reads as
    # spaces on QGIS 3.22/3.40 and as nothing on 3.44: either way it is the name "GAO".
    gao_label = re.compile(r"\bG ?A ?O\b")
    assert not gao_label.search(menaka)
    assert gao_label.search(gao)
    assert "Ménaka" in gao.split(title.format(region="Gao"), 1)[1]  # its caveat


LEGEND_EXPLANATIONS = {
    "en": (
        "Several incidents at one place",
        "The page's region (red outline)",
        "Other regions and their incidents (faded)",
    ),
    "fr": (
        "Plusieurs incidents en un même lieu",
        "La région de la page (contour rouge)",
        "Autres régions et incidents (estompés)",
    ),
}


def test_region_legend_explains_rings_red_outline_and_faded_neighbours(atlas):
    """7: a region map's legend says what the ring of a place's several incidents, the red
    outline and the faded neighbours are (Mopti has all three)."""
    language, result = atlas
    title = {"en": "incidents in Mopti,", "fr": "sécuritaires : Mopti,"}[language]
    mopti = next(page for page in pdf_pages(result.pdf_path) if title in page[:80])
    for explanation in LEGEND_EXPLANATIONS[language]:
        assert explanation in mopti, explanation


def rendered_labels(item: QgsLayoutItemMap):
    """The labels a layout map draws, where QGIS puts them (map units), and its settings."""
    dpi = 150  # the map drawn as on paper: its size in pixels at that resolution
    size = QSize(round(item.rect().width() / 25.4 * dpi), round(item.rect().height() / 25.4 * dpi))
    settings = item.mapSettings(item.extent(), QSizeF(size), dpi, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    labels = job.takeLabelingResults().labelsWithinRect(settings.visibleExtent())
    return [label for label in labels if not label.isUnplaced], settings


def furniture_ids(page: str) -> tuple[str, str]:
    return page.replace("_map", "_north_arrow"), page.replace("_map", "_scalebar")


@pytest.mark.parametrize("page", ["overview_map", "region_map"])
def test_region_names_keep_clear_of_each_other_the_frame_and_the_furniture(atlas, page):
    """4: region names do not collide, are not cut by the map's frame (a 2 mm margin) and
    are not under the north arrow or the scale bar (the map's label-blocking items, set in
    the templates)."""
    language, result = atlas
    if language != "en":
        pytest.skip("one language suffices: the names are the same length")
    project = QgsProject()
    assert project.read(str(result.project_path))
    (report,) = project.layoutManager().layouts()
    layouts = [report.header(), *(child.body() for child in report.childSections())]
    regions_layer = next(
        layer
        for layer in project.mapLayers().values()
        if layer.customProperty("mali_incidents/role") == "regions"
    )
    maps = [layout.itemById(page) for layout in layouts if layout.itemById(page) is not None]
    assert maps, page
    named = 0  # Ménaka's map (no polygon of its own) names no region: the others do
    for item in maps:
        blockers = {
            furniture.id()
            for furniture in (item.layout().itemById(name) for name in furniture_ids(page))
            if furniture is not None and item.isLabelBlockingItem(furniture)
        }
        assert blockers == set(furniture_ids(page)), item.id()
        assert item.labelMargin().length() >= 2
        labels, settings = rendered_labels(item)
        names = [label for label in labels if label.layerID == regions_layer.id()]
        named += len(names)
        boundary = settings.labelBoundaryGeometry()
        blocked = [region.geometry for region in settings.labelBlockingRegions()]
        for i, name in enumerate(names):
            rect = QgsGeometry.fromRect(name.labelRect)
            assert boundary.isEmpty() or boundary.contains(rect), (item.id(), name.labelText)
            for region in blocked:
                assert not region.intersects(rect), (item.id(), name.labelText)
            for other in names[i + 1 :]:
                assert not rect.intersects(QgsGeometry.fromRect(other.labelRect)), (
                    item.id(),
                    name.labelText,
                    other.labelText,
                )
    assert named > len(maps), named
    project.layoutManager().clear()
    project.clear()


def test_reference_group_is_drawn_by_every_map(qgis_app, tmp_path, sample_month, shared_dir):
    """5: rivers, lakes and towns of an analyst's file in a Reference group every map draws
    (the cover, the overview, each region); the saved project keeps the group."""
    gpkg = tmp_path / "incidents.gpkg"
    import_month([sample_month], MONTH, gpkg)
    basemap = shared_dir / "data" / "mali_basemap_ne.gpkg"
    result = make_atlas(
        gpkg,
        MONTH,
        tmp_path / "atlas.pdf",
        project_path=tmp_path / "atlas.qgz",
        settings=AtlasSettings(language="en"),
        reference_paths=[basemap],
    )
    project = QgsProject()
    assert project.read(str(result.project_path))
    group = project.layerTreeRoot().findGroup("Reference")
    assert group is not None
    names = [node.layer().name() for node in group.findLayers()]
    assert names == ["populated_places_10m", "rivers_10m", "lakes_10m"]
    reference_ids = {node.layer().id() for node in group.findLayers()}
    (report,) = project.layoutManager().layouts()
    maps = [
        item
        for layout in [report.header(), *(child.body() for child in report.childSections())]
        for item in layout.items()
        if isinstance(item, QgsLayoutItemMap) and not item.id().endswith(("locator", "chart"))
    ]
    assert len(maps) == 12  # the cover, the overview, ten regions (no change map: no history)
    for item in maps:
        assert reference_ids <= {layer.id() for layer in item.layers()}, item.id()
    mopti = next(
        p for p in pdf_pages(result.pdf_path) if p.startswith("Map of security incidents in Mopti")
    )
    assert "Goundam" in mopti  # a town of the Natural Earth layer, named on the region map
    # Rivers are named along their course on the region maps ("NIGER", the country, is upper
    # case): the Niger through Mopti and through Bamako, drawn within its surroundings.
    bamako = next(
        p for p in pdf_pages(result.pdf_path) if p.startswith("Map of security incidents in Bamako")
    )
    assert "Niger" in mopti.split() and "Niger" in bamako.split()
    project.layoutManager().clear()
    project.clear()


def test_regions_without_incidents_can_share_one_page(qgis_app, tmp_path, sample_month):
    """9: Kayes and Koulikoro (no incident in February 2021) on one summary page instead of
    four pages."""
    gpkg = tmp_path / "incidents.gpkg"
    import_month([sample_month], MONTH, gpkg)
    result = make_atlas(
        gpkg,
        MONTH,
        tmp_path / "atlas.pdf",
        settings=AtlasSettings(language="en", empty_regions="summary"),
    )
    pages = pdf_pages(result.pdf_path)
    # 24 with a map and a table each (with issue 13's Key changes; no change map without an
    # earlier month).
    assert len(pages) == result.pages == 22
    summary = [page for page in pages if page.startswith("Regions without recorded incidents")]
    assert len(summary) == 1
    assert "Kayes No incident recorded this month" in summary[0]
    assert "Koulikoro No incident recorded this month" in summary[0]
    assert not any("incidents in Kayes," in page for page in pages)


def test_contents_page_lists_every_page_with_its_number(atlas):
    """10: a contents page after the cover: each titled page and the number it is printed on."""
    language, result = atlas
    pages = pdf_pages(result.pdf_path)
    heading = {"en": "Contents", "fr": "Sommaire"}[language]
    assert pages[1].startswith(heading)
    listed = re.findall(r"((?:Map|Recorded|Carte|Incidents)[^0-9]*?2021) (\d+)", pages[1])
    assert len(listed) == 20  # ten maps, ten tables (the overview's title has no month)
    for title, number in listed:
        assert pages[int(number) - 1].startswith(title), (title, number)


def test_pdf_bookmarks_are_the_contents_pages_titles_and_numbers(atlas):
    """10: the PDF's outline has one bookmark per page the contents page lists, the same
    title and the same page number; the PDF keeps its title."""
    _language, result = atlas
    pages = pdf_pages(result.pdf_path)
    listed = re.findall(r"((?:Map|Recorded|Carte|Incidents)[^0-9]*?2021) (\d+)", pages[1])
    reader = pypdf.PdfReader(result.pdf_path)
    bookmarks = [
        (flat(item.title), reader.get_destination_page_number(item) + 1) for item in reader.outline
    ]
    # Every page the contents page lists, in its order (Key changes and the overview included,
    # whose titles the pattern above does not catch; no change map without an earlier month).
    assert len(bookmarks) == 22
    for title, number in bookmarks:
        assert pages[number - 1].startswith(title), (title, number)
        assert f"{title} {number}" in pages[1], (title, number)
    assert [(title, int(number)) for title, number in listed] == [
        bookmark for bookmark in bookmarks if bookmark[0] in dict(listed)
    ]
    assert reader.metadata.title == pdf_info(result.pdf_path)["Title"]
    assert pdf_info(result.pdf_path)["Title"]


def test_atlas_is_made_without_pypdf_and_says_so_once(tmp_path, sample_month, repo_root):
    """Without pypdf (a plugin installed without its requirements) the atlas is still made,
    with its title and contents page but no bookmarks, and one warning says so."""
    pdf = tmp_path / "atlas.pdf"
    arguments = ["atlas", sample_month, "--month", MONTH, "--out", pdf]
    without_pypdf = (
        "import runpy, sys; sys.modules['pypdf'] = None; "  # import pypdf raises ImportError
        "sys.argv = ['mali_incidents', *sys.argv[1:]]; "
        "runpy.run_module('mali_incidents', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", without_pypdf, *map(str, arguments)],
        capture_output=True,
        text=True,
        cwd=repo_root,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("pypdf is not installed") == 1, done.stderr
    assert pypdf.PdfReader(pdf).outline == []
    assert pdf_info(pdf)["Title"]
    # No credit given: the PDF names nobody, not the computer account.
    account = {QgsApplication.userLoginName(), QgsApplication.userFullName()} - {""}
    assert not account & set(pdf_authors(pdf)), pdf_authors(pdf)
    assert pdf_pages(pdf)[1].startswith("Contents")


def symbol_boxes(item: QgsLayoutItemMap) -> list[QgsGeometry]:
    """Where (PDF points, from the page's top left) the incident symbols ``item`` draws
    are: each point's box at its printed size (the style's size for its fatalities and
    location), a group of co-located points as the boxes on the ring the point displacement
    renderer spreads it on (QGIS's ring: radius max(d / 2, n d / 2π) for n symbols whose
    style's size has the diagonal d)."""
    layer = item.layers()[0]
    renderer = layer.renderer()
    tolerance_mm = renderer.tolerance() if renderer.type() == "pointDisplacement" else 0
    rules = renderer.embeddedRenderer() if renderer.type() == "pointDisplacement" else renderer
    context = QgsRenderContext()  # one painter unit a mm: symbol bounds in mm
    context.setScaleFactor(1.0)
    expressions = item.createExpressionContext()
    expressions.appendScope(QgsExpressionContextUtils.layerScope(layer))
    context.setExpressionContext(expressions)
    to_map = QgsCoordinateTransform(layer.crs(), item.crs(), QgsProject.instance())
    extent = item.extent()
    left, top = item.pagePos().x(), item.pagePos().y()
    width, height = item.rect().width(), item.rect().height()
    rules.startRender(context, layer.fields())
    # (x mm, y mm on the page, the symbol's width and height as drawn, its size in the style)
    points = []
    try:
        for feature in layer.getFeatures():
            if not feature.hasGeometry():
                continue
            expressions.setFeature(feature)
            point = to_map.transform(feature.geometry().asPoint())
            x = left + (point.x() - extent.xMinimum()) / extent.width() * width
            y = top + (extent.yMaximum() - point.y()) / extent.height() * height
            # The displacement renderer draws a feature's first symbol (the others of the
            # style's rules are legend entries).
            symbols = rules.symbolsForFeature(feature, context)
            if symbols:
                box = symbols[0].bounds(QPointF(0, 0), context, feature)
                points.append((x, y, box.width(), box.height(), symbols[0].size(context)))
    finally:
        rules.stopRender(context)
    boxes = []
    for x, y, symbol_width, symbol_height, _size in points:
        together = [
            other
            for other in points
            if abs(other[0] - x) <= tolerance_mm and abs(other[1] - y) <= tolerance_mm
        ]
        if len(together) > 1:
            # The ring's size is worked out from the style's sizes (not the sizes by
            # fatalities); each symbol on it is drawn at its own size. Which goes where on
            # the ring depends on the order the features come in: every place on the ring
            # counts with the largest of them.
            diagonal = max(math.sqrt(2) * other[4] for other in together)
            radius = max(diagonal / 2, len(together) * diagonal / (2 * math.pi))
            half_width = max(other[2] for other in together) / 2
            half_height = max(other[3] for other in together) / 2
            angles = [2 * math.pi * i / len(together) for i in range(len(together))]
            shape = QgsGeometry.unaryUnion(
                [
                    QgsGeometry.fromRect(
                        QgsRectangle(
                            x + radius * math.sin(angle) - half_width,
                            y + radius * math.cos(angle) - half_height,
                            x + radius * math.sin(angle) + half_width,
                            y + radius * math.cos(angle) + half_height,
                        )
                    )
                    for angle in angles
                ]
            )
        else:
            shape = QgsGeometry.fromRect(
                QgsRectangle(
                    x - symbol_width / 2,
                    y - symbol_height / 2,
                    x + symbol_width / 2,
                    y + symbol_height / 2,
                )
            )
        # In PDF points, as pdftotext gives the words' boxes.
        shape.transform(QTransform.fromScale(POINTS_PER_MM, POINTS_PER_MM))
        boxes.append(shape)
    return boxes


def region_name_letters(pdf: Path, page: int, item: QgsLayoutItemMap):
    """The region names' letters printed in ``item``'s frame on ``page`` (regions.qml spaces
    a name's capitals out: "M O P T I", each letter a word of its own), with their boxes."""
    boxes = pdf_text(pdf, "-f", str(page), "-l", str(page), "-bbox")
    left, top = item.pagePos().x() * POINTS_PER_MM, item.pagePos().y() * POINTS_PER_MM
    right = left + item.rect().width() * POINTS_PER_MM
    bottom = top + item.rect().height() * POINTS_PER_MM
    return [
        (float(x0), float(y0), float(x1), float(y1), text)
        for x0, y0, x1, y1, text in WORD_BOX.findall(boxes)
        if len(text) == 1
        and text.isalpha()
        and text.isupper()
        and left <= float(x0)
        and float(x1) <= right
        and top <= float(y0)
        and float(y1) <= bottom
    ]


# A name may touch a symbol's box (its corner is empty for a round symbol) by this much.
SYMBOL_OVERLAP_POINTS = 0.25


def test_region_names_are_printed_clear_of_incident_symbols(atlas):
    """4: on the overview and every region map, no letter of a region's name is printed over
    an incident's symbol (its box worked out from the month's points, the map's extent and
    the symbol's size), where QGIS's own placement printed MOPTI and GAO under symbols."""
    _language, result = atlas
    project = QgsProject()
    assert project.read(str(result.project_path))
    (report,) = project.layoutManager().layouts()
    layouts = [child.body() for child in report.childSections() if child.body() is not None]
    pages = pdf_text(result.pdf_path, "-raw").split("\f")
    checked = []
    for layout in layouts:
        for map_id, title_id in (
            ("overview_map", "overview_title"),
            ("region_map", "region_map_title"),
        ):
            item, title = layout.itemById(map_id), layout.itemById(title_id)
            if item is None or title is None:
                continue
            page = next(
                number
                for number, text in enumerate(pages, 1)
                if flat(text).startswith(flat(title.currentText()))
            )
            letters = region_name_letters(result.pdf_path, page, item)
            symbols = symbol_boxes(item)
            assert symbols, map_id
            over = [
                (letter[4], [round(value) for value in letter[:4]])
                for letter in letters
                if any(
                    symbol.intersects(QgsRectangle(*letter[:4]).buffered(-SYMBOL_OVERLAP_POINTS))
                    for symbol in symbols
                )
            ]
            assert not over, (title.currentText(), over)
            checked.append((title.currentText(), len(letters)))
    # The overview and the ten region maps (eight regions with incidents, two printed every
    # month); names printed on them.
    assert len(checked) == 11, checked
    assert sum(count for _title, count in checked) > 100, checked
    project.layoutManager().clear()
    project.clear()
