"""The Key changes page of a month with no earlier month known: its right half shows the month
by region (incidents and fatalities, by actor group) instead of a blank half page.

Read back from the PDF's words and their boxes (``pdftotext -bbox``); the expected figures
are added up from the exports with the csv module, not by the code under test.
"""

from __future__ import annotations

import csv
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest
from history_exports import write_history_export
from qgis.core import QgsExpression, QgsFeatureRequest, QgsLayoutPoint, QgsProject

from mali_incidents.atlas import AtlasSettings, build_layouts, make_atlas, refresh_layouts
from mali_incidents.atlas.pages.contents import contents_entries
from mali_incidents.atlas.trend_layers import (
    COUNTRY_CHART,
    MONTH_BY_REGION_CHART,
    chart_extent,
    find_trend_layers,
)
from mali_incidents.export import export_pdf
from mali_incidents.importer import import_month
from mali_incidents.region_names import region_table
from mali_incidents.regions import display_name

MONTH = "2021-02"
SETTINGS = AtlasSettings(credit="Analyst", contact="analyst@example.org")

# Mali's regions, the atlas prints them all (symbology/countries/), as ACLED spells them.
MALI_REGIONS = tuple(row.admin1 for row in region_table("Mali"))
NUMBER = re.compile(r"^\d[\d\u202f\u00a0 ]*$")
CAPTION_FIGURES = re.compile(r"^\d[\d\u202f\u00a0]*/\d")


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


def _page_words(pdf: Path, page: int) -> tuple[float, float, list[Word]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    size = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html)
    words = [
        Word(unicodedata.normalize("NFKC", unescape(text)), *map(float, box))
        for *box, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
            html,
        )
    ]
    return float(size.group(1)), float(size.group(2)), words


def _sums(export: Path) -> dict[str, tuple[int, int]]:
    """Printed region -> (incidents, fatalities), from the export with the csv module."""
    sums: dict[str, list[int]] = {}
    with export.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            region = sums.setdefault(display_name(row["admin1"]), [0, 0])
            region[0] += 1
            region[1] += int(row["fatalities"])
    return {name: (incidents, fatalities) for name, (incidents, fatalities) in sums.items()}


def _export_with_regions(
    sample: Path, target: Path, regions: list[str], country: dict[str, str] | None = None
) -> Path:
    """The sample month with its incidents' regions given in turn from ``regions``;
    ``country`` (its columns: country, iso, latitude, longitude) moves them all elsewhere."""
    with sample.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        columns, rows = reader.fieldnames, list(reader)
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        for position, row in enumerate(rows):
            region = regions[position % len(regions)]
            writer.writerow({**row, "admin1": region, **(country or {})})
    return target


def _atlas(export: Path, folder: Path, language: str = "en") -> Path:
    gpkg = folder / "incidents.gpkg"
    import_month([export], MONTH, gpkg)
    pdf = folder / "atlas.pdf"
    make_atlas(gpkg, MONTH, pdf, settings=AtlasSettings(credit="Analyst", language=language))
    return pdf


def _chart_rows(pdf: Path, title: str, names: set[str]) -> list[tuple[str, int, int]]:
    """The Key changes page's chart read back, top to bottom: (region, incidents,
    fatalities), the numbers after the region's name on its row. Asserts what holds for any month:
    the chart's title and rows on the page's right half, the bullets on its left, no word
    over another, none off the page."""
    width, height, words = _page_words(pdf, _key_changes_page(pdf))
    texts = [word.text for word in words]
    title_words = title.split()
    at = next(
        index
        for index in range(len(texts))
        if texts[index : index + len(title_words)] == title_words
    )
    chart_words = words[at : at + len(title_words)]
    named = []  # (name, its words): a name may be of several words (Akwa Ibom)
    for name in names:
        tokens = name.split()
        for index in range(len(words) - len(tokens) + 1):
            after = texts[index + len(tokens)] if index + len(tokens) < len(texts) else ""
            if (
                texts[index : index + len(tokens)] == tokens
                and words[index].x0 > width / 2
                and not CAPTION_FIGURES.match(after)  # "Rivers 1/0": named by the caption
            ):
                named.append((name, words[index : index + len(tokens)]))
    rows = []
    for name, name_words in sorted(named, key=lambda item: item[1][0].y0):
        figures = sorted(
            (
                word
                for word in words
                if NUMBER.match(word.text)
                and abs(word.middle - name_words[0].middle) < 2.5
                and word.x0 > name_words[-1].x1
            ),
            key=lambda word: word.x0,
        )
        assert len(figures) == 2, (name, figures)
        chart_words += [*name_words, *figures]
        rows.append((name, *(int(re.sub(r"\D", "", word.text)) for word in figures)))
    assert all(word.x0 > width / 2 for word in chart_words), chart_words
    footer = height - 35.0  # the sources, credit and attribution lines span the page
    bullets = [word for word in words if word.x0 < width / 2 and word.y1 < footer]
    assert bullets and max(word.x1 for word in bullets) < min(word.x0 for word in chart_words)
    for word in words:
        assert 0 <= word.x0 < word.x1 <= width and 0 <= word.y0 < word.y1 <= height, word
    for index, word in enumerate(words):
        for other in words[index + 1 :]:
            assert not _overlap(word, other), (word, other)
    return rows


def _overlap(word: Word, other: Word, tolerance: float = 0.5) -> bool:
    return (
        min(word.x1, other.x1) - max(word.x0, other.x0) > tolerance
        and min(word.y1, other.y1) - max(word.y0, other.y0) > tolerance
    )


def _expected_rows(sums: dict[str, tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Most fatalities first, then most incidents, then by name."""
    ordered = sorted(sums.items(), key=lambda item: (-item[1][1], -item[1][0], item[0]))
    return [(name, incidents, fatalities) for name, (incidents, fatalities) in ordered]


def _printed(regions) -> set[str]:
    return {display_name(region) for region in regions}


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in text.split("\f")]


def _key_changes_page(pdf: Path) -> int:
    """The Key changes page's number (3, after a contents of one page)."""
    pages = _page_texts(pdf)
    return next(
        number
        for number, page in enumerate(pages, start=1)
        if page.startswith(("Key changes", "Principaux changements"))
    )


def _caption(pdf: Path) -> str:
    """The Key changes page's text, on one line."""
    return _page_texts(pdf)[_key_changes_page(pdf) - 1]


def _named(text: str, pattern: str) -> set[str]:
    """The regions a caption names (", " between them)."""
    return set(re.search(pattern, text).group(1).split(", "))


@pytest.fixture(scope="module")
def sample_alone(qgis_app, tmp_path_factory, sample_month) -> Path:
    return _atlas(sample_month, tmp_path_factory.mktemp("by_region_en"))


@pytest.fixture(scope="module")
def sample_alone_fr(qgis_app, tmp_path_factory, sample_month) -> Path:
    return _atlas(sample_month, tmp_path_factory.mktemp("by_region_fr"), "fr")


def test_the_sample_month_alone_shows_its_regions_beside_the_bullets(sample_alone, sample_month):
    sums = _sums(sample_month)
    names = _printed(MALI_REGIONS) | set(sums)
    rows = _chart_rows(sample_alone, "February 2021 by region", names)
    assert rows == _expected_rows(sums)
    text = _caption(sample_alone)
    assert "Incidents" in text and "Fatalities" in text  # the panels' titles
    assert "Regions by fatalities, then incidents. No incident in " in text
    quiet = _printed(MALI_REGIONS) - set(sums)
    assert quiet  # the sample has regions without an incident: named, not drawn
    assert _named(text, r"No incident in (.*?)\.") == quiet


def test_the_sample_month_alone_shows_its_regions_in_french(sample_alone_fr, sample_month):
    sums = _sums(sample_month)
    rows = _chart_rows(sample_alone_fr, "Février 2021 par région", _printed(MALI_REGIONS))
    assert rows == _expected_rows(sums)
    text = _caption(sample_alone_fr)
    assert "Morts" in text
    assert "Régions par nombre de morts, puis d'incidents. Aucun incident : " in text
    assert _named(text, r"Aucun incident : (.*?)\.") == _printed(MALI_REGIONS) - set(sums)


def test_a_month_of_one_region(qgis_app, tmp_path, sample_month):
    export = _export_with_regions(sample_month, tmp_path / "mopti.csv", ["Mopti"])
    pdf = _atlas(export, tmp_path)
    sums = _sums(export)
    assert list(sums) == ["Mopti"]
    assert _chart_rows(pdf, "February 2021 by region", _printed(MALI_REGIONS)) == (
        _expected_rows(sums)
    )
    assert _named(_caption(pdf), r"No incident in (.*?)\.") == _printed(MALI_REGIONS) - {"Mopti"}


def test_a_month_of_every_region(qgis_app, tmp_path, sample_month):
    """All of Mali's ten regions (its admin1 are a closed list): every row readable."""
    export = _export_with_regions(sample_month, tmp_path / "ten.csv", list(MALI_REGIONS))
    pdf = _atlas(export, tmp_path)
    sums = _sums(export)
    assert len(sums) == 10
    rows = _chart_rows(pdf, "February 2021 by region", _printed(MALI_REGIONS))
    assert rows == _expected_rows(sums)
    assert "No incident in" not in _caption(pdf)


def test_a_country_of_more_regions_than_rows(qgis_app, tmp_path, sample_month, repo_root):
    """Nigeria's 37 states: the rows that can be read are drawn, the fewest fatalities are
    named in the caption with their figures; none is lost."""
    with (repo_root / "symbology" / "countries" / "Nigeria" / "regions.csv").open(
        encoding="utf-8", newline=""
    ) as stream:
        states = {row["acled_admin1"]: row["printed_name"] for row in csv.DictReader(stream)}
    export = _export_with_regions(
        sample_month,
        tmp_path / "nigeria.csv",
        list(states),
        # Abuja: the importer rejects a place outside the country.
        {"country": "Nigeria", "iso": "566", "latitude": "9.06", "longitude": "7.49"},
    )
    gpkg = tmp_path / "incidents.gpkg"
    import_month([export], MONTH, gpkg, country="Nigeria")
    pdf = tmp_path / "atlas.pdf"
    make_atlas(gpkg, MONTH, pdf, settings=SETTINGS, country="Nigeria")
    sums = {}
    with export.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            region = sums.setdefault(states[row["admin1"]], [0, 0])
            region[0] += 1
            region[1] += int(row["fatalities"])
    expected = _expected_rows({name: tuple(value) for name, value in sums.items()})
    assert len(expected) == len(states)
    rows = _chart_rows(pdf, "February 2021 by region", set(states.values()))
    assert 10 <= len(rows) < len(expected)
    assert rows == expected[: len(rows)]
    listed = re.search(
        r"Not drawn, fewer fatalities \(incidents/fatalities\): (.*?)\.", _caption(pdf)
    ).group(1)
    assert listed.split(", ") == [
        f"{name} {incidents}/{fatalities}" for name, incidents, fatalities in expected[len(rows) :]
    ]


def _key_changes(report):
    return next(
        section.body()
        for section in report.childSections()
        if section.body() is not None and section.body().itemById("key_changes_title")
    )


def _framed_chart(project: QgsProject, layout) -> str | None:
    """Which chart of the charts layer the page's chart map frames (None: hidden)."""
    chart_map = layout.itemById("key_changes_chart")
    if not chart_map.isVisible():
        return None
    charts = find_trend_layers(project).charts
    for chart in (COUNTRY_CHART, MONTH_BY_REGION_CHART):
        extent = chart_extent(charts, chart)
        if extent is not None and chart_map.extent().contains(extent.center()):
            return chart
    return None


def _month_by_region_shapes(project: QgsProject) -> int:
    charts = find_trend_layers(project).charts
    request = QgsFeatureRequest().setFilterExpression(
        f"{QgsExpression.quotedColumnRef('chart')} = "
        f"{QgsExpression.quotedValue(MONTH_BY_REGION_CHART)}"
    )
    return sum(1 for _ in charts.getFeatures(request))


def test_next_month_switches_between_the_month_by_region_and_the_twelve_months(
    qgis_app, tmp_path, sample_month
):
    """A project made for a month alone, refilled with a month with history and back: the
    page shows the chart that month has, its title says which, the analyst's edits stay."""
    three_months = write_history_export(sample_month, tmp_path / "three_months.csv")
    gpkgs = {}
    for name, export in (("alone", sample_month), ("with_history", three_months)):
        (tmp_path / name).mkdir()
        gpkgs[name] = tmp_path / name / "incidents.gpkg"
        import_month([export], MONTH, gpkgs[name])
    project = QgsProject()
    built = build_layouts(gpkgs["alone"], MONTH, project, settings=SETTINGS)
    layout = _key_changes(built.report)
    title = layout.itemById("key_changes_chart_title")
    assert title.currentText() == "February 2021 by region"
    assert _framed_chart(project, layout) == MONTH_BY_REGION_CHART
    assert layout.itemById("key_changes_legend").isVisible()
    # The analyst's edits of the page: kept whichever chart it shows.
    title.attemptMove(QgsLayoutPoint(165.0, 24.0))

    refresh_layouts(gpkgs["with_history"], MONTH, project, settings=SETTINGS)
    assert title.currentText().startswith("Incidents and fatalities by actor group, last")
    assert _framed_chart(project, layout) == COUNTRY_CHART
    assert _month_by_region_shapes(project) == 0  # with a history, the layer is as before
    assert title.positionWithUnits().x() == 165.0

    again = refresh_layouts(gpkgs["alone"], MONTH, project, settings=SETTINGS)
    assert title.currentText() == "February 2021 by region"
    assert _framed_chart(project, layout) == MONTH_BY_REGION_CHART
    assert _month_by_region_shapes(project) > 0
    assert title.positionWithUnits().x() == 165.0
    assert layout in again.section_layouts
    project.layoutManager().clear()
    project.clear()


def test_a_charts_style_from_before_gets_the_month_by_region_labels(
    qgis_app, tmp_path, sample_month
):
    """A project whose charts style predates the month by region chart (no rules for its
    names, totals and caption): next month, the page names its regions and figures, and the
    analyst's edit of the style stays."""
    gpkg = tmp_path / "incidents.gpkg"
    import_month([sample_month], MONTH, gpkg)
    project = QgsProject()
    built = build_layouts(gpkg, MONTH, project, settings=SETTINGS)
    charts = find_trend_layers(project).charts
    # The style as it was shipped before, with the analyst's larger totals.
    labeling = charts.labeling().clone()
    root = labeling.rootRule()
    for index in reversed(range(len(root.children()))):
        rule = root.children()[index]
        if rule.description() in ("region", "region_total", "note"):
            root.removeChildAt(index)
        elif rule.description() == "total":
            settings = rule.settings()
            text_format = settings.format()
            text_format.setSize(9.0)
            settings.setFormat(text_format)
            rule.setSettings(settings)
    charts.setLabeling(labeling)
    text_rule = next(
        rule
        for rule in charts.renderer().rootRule().children()
        if rule.description() == "Figures and names"
    )
    text_rule.setFilterExpression("\"kind\" IN ('total', 'month', 'title')")

    refreshed = refresh_layouts(gpkg, MONTH, project, settings=SETTINGS)
    rules = {rule.description(): rule for rule in charts.labeling().rootRule().children()}
    assert {"region", "region_total", "note"} <= set(rules)
    assert rules["total"].settings().format().size() == 9.0
    pdf = export_pdf(
        refreshed.report,
        tmp_path / "atlas.pdf",
        outline=contents_entries(refreshed.section_layouts),
    )
    rows = _chart_rows(pdf, "February 2021 by region", _printed(MALI_REGIONS))
    assert rows == _expected_rows(_sums(sample_month))
    assert "Regions by fatalities, then incidents." in _caption(pdf)
    del built
    project.layoutManager().clear()
    project.clear()


@pytest.mark.parametrize("count", [0, 1, 14, 40, 80])
def test_the_month_by_region_chart_stays_in_its_box_however_many_regions(count):
    """Uganda's ACLED admin1 are its districts: a caption naming scores of regions is cut
    where room for the deadliest rows begins, and a month without incidents is its caption
    alone (no empty panels)."""
    from mali_incidents.charts import chart_box
    from mali_incidents.region_chart import RegionRow, region_chart_shapes

    rows = [
        RegionRow(f"District number {number:02d}", {"Militias": 1}, {}) for number in range(count)
    ]

    def caption(left_out):
        names = ", ".join(f"{row.name} {row.total('incidents')}/0" for row in left_out)
        return f"Not drawn: {names}." if left_out else "No incident in Kayes."

    shapes = region_chart_shapes(rows, "month", 0, {"incidents": "I", "fatalities": "F"}, caption)
    left, bottom, right, top = chart_box(0)
    for shape in shapes:
        x0, y0, x1, y1 = shape.rectangle
        assert left <= x0 <= x1 <= right and bottom <= y0 <= y1 <= top, shape
    drawn = [shape.text for shape in shapes if shape.kind == "region"]
    notes = [shape.text for shape in shapes if shape.kind == "note"]
    if count == 0:
        assert not drawn and notes == ["No incident in Kayes."]
        assert {shape.kind for shape in shapes} == {"note"}
    else:
        assert len(drawn) >= min(count, 3)
        assert drawn == [row.name for row in rows[: len(drawn)]]
        if len(drawn) < count and notes[-1].endswith("…"):
            assert len(notes) > 3  # cut only when it would have crowded out the rows


def test_a_long_region_name_is_printed_whole(qgis_app, tmp_path, sample_month):
    """The names' column widens for a long name (Nigeria's Federal Capital Territory, 31 mm at
    7 pt): QGIS would leave out a label the chart's frame cuts."""
    export = _export_with_regions(
        sample_month,
        tmp_path / "nigeria.csv",
        ["Federal Capital Territory", "Lagos"],
        {"country": "Nigeria", "iso": "566", "latitude": "9.06", "longitude": "7.49"},
    )
    gpkg = tmp_path / "incidents.gpkg"
    import_month([export], MONTH, gpkg, country="Nigeria")
    pdf = tmp_path / "atlas.pdf"
    make_atlas(gpkg, MONTH, pdf, settings=SETTINGS, country="Nigeria")
    rows = _chart_rows(pdf, "February 2021 by region", {"Federal Capital Territory", "Lagos"})
    assert sorted(name for name, *_ in rows) == ["Federal Capital Territory", "Lagos"], rows
