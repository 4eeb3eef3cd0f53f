"""What changed since last month, in the atlas (issue 13): the Key changes page, the
overview's previous month and change, each region's change line and chart, the change map.

The expected figures are added up from the export with the csv module
(tests/history_exports.py), not by the code under test.
"""

from __future__ import annotations

import csv
import re
import subprocess
import unicodedata
from pathlib import Path

import pypdf
import pytest
from history_exports import sums_by_month_and_region, write_history_export
from qgis.core import QgsLayoutPoint, QgsProject

from mali_incidents.atlas import AtlasSettings, build_layouts, make_atlas, refresh_layouts
from mali_incidents.atlas.pages.contents import contents_entries
from mali_incidents.export import export_pdf
from mali_incidents.importer import import_month
from mali_incidents.regions import display_name

MONTH, PREVIOUS = "2021-02", "2021-01"
SETTINGS = AtlasSettings(credit="Analyst", contact="analyst@example.org")


def _pages(pdf: Path, *options: str) -> list[str]:
    text = subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [unicodedata.normalize("NFKC", page) for page in text.split("\f")[:-1]]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _page(pages: list[str], start: str) -> str:
    return next(page for page in pages if _flat(page).startswith(start))


@pytest.fixture(scope="module")
def three_months(tmp_path_factory, sample_month) -> Path:
    folder = tmp_path_factory.mktemp("three_months")
    return write_history_export(sample_month, folder / "mali_2020-12_2021-02.csv")


@pytest.fixture(scope="module")
def changes_atlas(qgis_app, tmp_path_factory, three_months) -> Path:
    folder = tmp_path_factory.mktemp("changes_atlas")
    gpkg = folder / "incidents.gpkg"
    import_month([three_months], MONTH, gpkg)
    pdf = folder / "atlas.pdf"
    make_atlas(gpkg, MONTH, pdf, settings=SETTINGS)
    return pdf


@pytest.fixture(scope="module")
def sample_alone_atlas(qgis_app, tmp_path_factory, sample_month) -> Path:
    folder = tmp_path_factory.mktemp("sample_alone")
    gpkg = folder / "incidents.gpkg"
    import_month([sample_month], MONTH, gpkg)
    pdf = folder / "atlas.pdf"
    make_atlas(gpkg, MONTH, pdf, settings=SETTINGS)
    return pdf


def _expected_rows(three_months: Path) -> dict[str, tuple[int, int, int, int]]:
    """Printed region -> (incidents, fatalities, previous fatalities, change), every region
    with incidents in either month."""
    sums = sums_by_month_and_region(three_months)
    regions = {region for month, region in sums if month in (MONTH, PREVIOUS)}
    rows = {}
    for region in regions:
        incidents, fatalities = sums.get((MONTH, region), (0, 0))
        _, previous = sums.get((PREVIOUS, region), (0, 0))
        rows[display_name(region)] = (incidents, fatalities, previous, fatalities - previous)
    return rows


def test_pages_after_the_cover_are_key_changes_overview_and_change_map(changes_atlas):
    pages = [_flat(page) for page in _pages(changes_atlas, "-raw")]
    assert pages[1].startswith("Contents")  # issue 11's, which lists them
    assert pages[2].startswith("Key changes February 2021")
    assert pages[3].startswith("Security incidents in Mali")
    assert pages[4].startswith("Where violence moved February 2021")
    assert "Key changes 3 Security incidents in Mali 4" in pages[1]
    assert "Where violence moved 5" in pages[1]


def test_overview_shows_previous_month_and_change_for_every_region(changes_atlas, three_months):
    overview = _page(_pages(changes_atlas, "-layout"), "Security incidents in Mali")
    assert "January" in overview and "Change" in overview
    expected = _expected_rows(three_months)
    assert "Kayes" in expected  # incidents in January only: it has a row too
    for region, (incidents, fatalities, previous, change) in expected.items():
        line = next(line for line in overview.splitlines() if f" {region} " in f" {line} ")
        cells = line[line.index(region) + len(region) :].split()
        arrow = "▲" if change > 0 else "▼" if change < 0 else "="
        assert cells[:3] == [str(incidents), str(fatalities), str(previous)], (region, line)
        assert "".join(cells[3:]) == f"{arrow}{abs(change)}", (region, line)
    # The map's labels may share the table's lines: the row is what follows "Total".
    total_line = next(line for line in overview.splitlines() if " Total " in f" {line} ")
    total = total_line[total_line.index("Total") :]
    sums = sums_by_month_and_region(three_months)
    month_total = sum(value[1] for (month, _), value in sums.items() if month == MONTH)
    previous_total = sum(value[1] for (month, _), value in sums.items() if month == PREVIOUS)
    month_incidents = sum(value[0] for (month, _), value in sums.items() if month == MONTH)
    assert total.split()[1:4] == [str(month_incidents), str(month_total), str(previous_total)]


def test_key_changes_name_the_region_with_the_largest_rise(changes_atlas, three_months):
    key_changes = _flat(_page(_pages(changes_atlas, "-raw"), "Key changes"))
    rows = _expected_rows(three_months)
    largest = max(rows, key=lambda region: rows[region][3])
    _incidents, fatalities, previous, _change = rows[largest]
    assert f"Fatalities rose in {largest}: {fatalities}, up from {previous} in January" in (
        key_changes
    )
    assert "History before December 2020 is unknown" in key_changes
    # The chart's text is text: its panels, months and the month's totals.
    for word in ("Incidents", "Fatalities", "Dec", "Jan", "Feb", "Security forces"):
        assert word in key_changes


def test_each_region_page_says_its_change(changes_atlas, three_months):
    pages = [_flat(page) for page in _pages(changes_atlas, "-raw")]
    for region, (incidents, fatalities, previous, change) in _expected_rows(three_months).items():
        if incidents == 0:
            continue  # no page this month
        map_page = next(p for p in pages if p.startswith(f"Map of security incidents in {region},"))
        if change > 0:
            line = f"Fatalities {fatalities}, up from {previous} in January."
        elif change < 0:
            line = f"Fatalities {fatalities}, down from {previous} in January."
        else:
            line = f"Fatalities {fatalities}, as in January."
        assert line in map_page, region
        table_page = next(
            p for p in pages if p.startswith(f"Recorded security incidents in {region},")
        )
        assert line in table_page, region


def test_change_map_totals_are_the_months_counts(changes_atlas, three_months):
    change_map = _flat(_page(_pages(changes_atlas, "-raw"), "Where violence moved"))
    sums = sums_by_month_and_region(three_months)

    def count(month):
        return sum(value[0] for (each, _), value in sums.items() if each == month)

    assert f"This month: {count(MONTH)} incidents." in change_map
    assert (
        f"Months compared: December 2020 {count('2020-12')}, January 2021 {count(PREVIOUS)}."
        in change_map
    )
    mean = (count("2020-12") + count(PREVIOUS)) / 2
    assert f"Their mean: {mean:.1f} incidents a month." in change_map
    assert "Unknown, left out: November 2020." in change_map
    assert "Each hexagon is 25 km across." in change_map


def test_the_sample_month_alone_says_its_history_is_unknown(sample_alone_atlas):
    pages = _pages(sample_alone_atlas, "-layout")
    key_changes = _flat(_page(pages, "Key changes"))
    # Said once, plainly, with what to do; no chart of unknown months ("?" bars).
    assert "No month before February 2021 is known" in key_changes
    assert "--history-months" in key_changes
    assert "History before February 2021 is unknown" not in key_changes
    assert "Incidents and fatalities by actor group" not in key_changes
    assert "?" not in key_changes
    assert "Deadliest incident: 29 killed in Boni (Mopti)" in key_changes
    overview = _page(pages, "Security incidents in Mali")
    mopti = next(line for line in overview.splitlines() if "Mopti" in line)
    # 28 incidents, 70 fatalities, January unknown: "?", never 0.
    assert mopti.split()[-4:] == ["28", "70", "?", "?"]
    region_page = _flat(_page(pages, "Map of security incidents in Mopti"))
    assert "Fatalities 70; January 2021 unknown." in region_page
    # The region's chart of twelve unknown months is left out with the country's.
    assert "?" not in region_page.split("Fatalities 70")[0]


def _sample_month_sums(sample: Path) -> dict:
    """The sample month's totals and its regions' and incident types' sums, with the csv
    module and the editable type table alone (not the code under test)."""
    with (Path(__file__).parents[1] / "symbology" / "incident_types.csv").open(
        encoding="utf-8", newline=""
    ) as stream:
        type_of = {row["sub_event_type"]: row["incident_type"] for row in csv.DictReader(stream)}
    sums = {"incidents": 0, "fatalities": 0, "regions": {}, "types": {}, "deadliest": None}
    with sample.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            fatalities = int(row["fatalities"])
            sums["incidents"] += 1
            sums["fatalities"] += fatalities
            region = sums["regions"].setdefault(display_name(row["admin1"]), [0, 0])
            region[0] += 1
            region[1] += fatalities
            kind = type_of.get(row["sub_event_type"], "Other")  # as the table says
            sums["types"][kind] = sums["types"].get(kind, 0) + 1
            if sums["deadliest"] is None or fatalities > int(sums["deadliest"]["fatalities"]):
                sums["deadliest"] = row
    return sums


def _deadliest_regions(sums: dict) -> list:
    """The three regions with most fatalities (more incidents first among equals)."""
    return sorted(sums["regions"].items(), key=lambda item: (-item[1][1], -item[1][0], item[0]))[:3]


def test_the_sample_month_alone_briefs_what_the_month_holds(sample_alone_atlas, sample_month):
    """No earlier month to compare with: the Key changes page still says the month's totals,
    its deadliest regions, incident types and actor groups, and its deadliest incident."""
    key_changes = _flat(_page(_pages(sample_alone_atlas, "-raw"), "Key changes"))
    sums = _sample_month_sums(sample_month)
    assert (
        f"February 2021: {sums['incidents']} incidents recorded, {sums['fatalities']} "
        f"fatalities, in {len(sums['regions'])} regions."
    ) in key_changes
    deadliest_regions = _deadliest_regions(sums)
    listed = [f"{name} ({fatalities})" for name, (_, fatalities) in deadliest_regions]
    share = round(sum(f for _, (_, f) in deadliest_regions) / sums["fatalities"] * 100)
    assert (
        f"Most fatalities: {listed[0]}, {listed[1]} and {listed[2]}, {share}% of the month's "
        f"{sums['fatalities']}."
    ) in key_changes
    types = sorted(sums["types"].items(), key=lambda item: -item[1])
    assert types[2][1] > types[3][1]  # the third is not tied with the fourth
    listed = [f"{name} ({count})" for name, count in types[:3]]
    assert f"Most frequent incident types: {listed[0]}, {listed[1]} and {listed[2]}" in (
        key_changes
    )
    # Every actor group is listed (no limit): their counts add up to the month's incidents.
    groups = re.search(r"Incidents by actor group: (.*?)\. ", key_changes).group(1)
    counts = [int(count) for count in re.findall(r"\((\d+)\)", groups)]
    assert sum(counts) == sums["incidents"] and counts == sorted(counts, reverse=True)
    row = sums["deadliest"]
    assert (
        f"Deadliest incident: {row['fatalities']} killed in {row['location']} "
        f"({display_name(row['admin1'])})"
    ) in key_changes
    # The figures first, then why nothing is compared.
    assert key_changes.index("incidents recorded") < key_changes.index("No month before")


def test_with_history_the_month_figures_are_not_said_twice(changes_atlas, french_changes_atlas):
    """With earlier months known, month_rank and the changes give the month's figures: the
    month_* sentences stay silent."""
    key_changes = _flat(_page(_pages(changes_atlas, "-raw"), "Key changes"))
    assert "rank" in key_changes
    for said_alone in (
        "incidents recorded",
        "Most fatalities:",
        "Most frequent",
        "Incidents by actor group:",
    ):
        assert said_alone not in key_changes
    french = _flat(_page(_pages(french_changes_atlas, "-raw"), "Principaux changements"))
    assert "enregistrés" not in french and "les plus meurtrières" not in french


@pytest.fixture(scope="module")
def french_sample_alone_atlas(qgis_app, tmp_path_factory, sample_month) -> Path:
    return _french_atlas(sample_month, tmp_path_factory.mktemp("sample_alone_fr"))


def _french_atlas(export: Path, folder: Path) -> Path:
    """The month's atlas in French from ``export``, made in ``folder``."""
    gpkg = folder / "incidents.gpkg"
    import_month([export], MONTH, gpkg)
    pdf = folder / "atlas.pdf"
    make_atlas(gpkg, MONTH, pdf, settings=AtlasSettings(credit="Analyste", language="fr"))
    return pdf


def test_the_sample_month_alone_briefs_in_french(french_sample_alone_atlas, sample_month):
    key_changes = _flat(_page(_pages(french_sample_alone_atlas, "-raw"), "Principaux"))
    sums = _sample_month_sums(sample_month)
    assert f"• En février 2021 : {sums['incidents']} incidents enregistrés" in key_changes
    listed = [f"{name} ({fatalities})" for name, (_, fatalities) in _deadliest_regions(sums)]
    assert f"Régions les plus meurtrières : {listed[0]}, {listed[1]} et {listed[2]}" in (
        key_changes
    )
    assert "Aucun mois avant février 2021 n'est connu" in key_changes
    assert "?" not in key_changes


def test_the_sample_month_alone_prints_no_change_map(sample_alone_atlas, changes_atlas):
    """Nothing to compare the month with: no change map page, and the contents, the page
    numbers and the bookmarks follow; every page printed has its title or its rows."""
    alone = [_flat(page) for page in _pages(sample_alone_atlas, "-raw")]
    with_history = [_flat(page) for page in _pages(changes_atlas, "-raw")]
    assert any(page.startswith("Where violence moved") for page in with_history)
    assert not any("Where violence moved" in page for page in alone)
    assert len(alone) == len(with_history) - 1
    total = len(alone)
    for number, page in enumerate(alone[1:], start=2):
        assert f"Page {number} of {total}" in page, number
        # A title, or a long table's next rows: never a page of furniture only.
        assert len(page.split()) > 40, (number, page[:80])
    contents = alone[1]
    assert contents.startswith("Contents")
    listed = re.findall(
        r"(Key changes|Security incidents in Mali|(?:Map|Recorded)[^0-9]*?2021) (\d+)", contents
    )
    assert [title for title, _ in listed[:2]] == ["Key changes", "Security incidents in Mali"]
    for title, number in listed:
        assert alone[int(number) - 1].startswith(title), (title, number)
    bookmarks = [_flat(item.title) for item in pypdf.PdfReader(sample_alone_atlas).outline]
    assert "Where violence moved" not in bookmarks
    assert bookmarks == [title for title, _ in listed]


def test_next_month_prints_the_change_map_only_when_it_compares(
    qgis_app, tmp_path, three_months, sample_month
):
    """A project's change map page is kept as the analyst edited it: left out of the PDF, the
    contents and the numbers in a month without history, printed again with one."""
    project = QgsProject()
    gpkgs = {}
    for name, export in (("with_history", three_months), ("alone", sample_month)):
        (tmp_path / name).mkdir()
        gpkgs[name] = tmp_path / name / "incidents.gpkg"
        import_month([export], MONTH, gpkgs[name])
    built = build_layouts(gpkgs["with_history"], MONTH, project, settings=SETTINGS)
    change_map = next(
        section
        for section in built.report.childSections()
        if section.body() is not None and section.body().itemById("change_map_title")
    )
    change_map.body().itemById("change_map_title").attemptMove(QgsLayoutPoint(12.0, 8.0))
    pages_with_map = built.page_count()

    alone = refresh_layouts(gpkgs["alone"], MONTH, project, settings=SETTINGS)
    assert not change_map.bodyEnabled()
    assert change_map.body() not in alone.section_layouts
    assert alone.page_count() == pages_with_map - 1
    pdf = export_pdf(
        alone.report, tmp_path / "alone.pdf", outline=contents_entries(alone.section_layouts)
    )
    pages = [_flat(page) for page in _pages(pdf, "-raw")]
    assert len(pages) == alone.page_count()
    assert not any("Where violence moved" in page for page in pages)
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]

    again = refresh_layouts(gpkgs["with_history"], MONTH, project, settings=SETTINGS)
    assert change_map.bodyEnabled() and change_map.body() in again.section_layouts
    assert change_map.body().itemById("change_map_title").positionWithUnits().x() == 12.0
    assert again.page_count() == pages_with_map
    project.layoutManager().clear()
    project.clear()


@pytest.fixture(scope="module")
def french_changes_atlas(qgis_app, tmp_path_factory, three_months) -> Path:
    return _french_atlas(three_months, tmp_path_factory.mktemp("changes_atlas_fr"))


def test_the_change_pages_in_french(french_changes_atlas, three_months):
    pages = _pages(french_changes_atlas, "-raw")
    flat = [_flat(page) for page in pages]
    assert flat[2].startswith("Principaux changements février 2021")
    assert flat[3].startswith("Incidents sécuritaires au Mali")
    assert flat[4].startswith("Où la violence s'est déplacée février 2021")
    rows = _expected_rows(three_months)
    largest = max(rows, key=lambda region: rows[region][3])
    _incidents, fatalities, previous, change = rows[largest]
    expected = (
        f"{largest} : hausse des morts, {fatalities} contre {previous} en janvier (+{change})"
    )
    assert expected in flat[2]
    overview = _page(_pages(french_changes_atlas, "-layout"), "Incidents sécuritaires au Mali")
    assert "Janvier" in overview and "Évolution" in overview
    mopti = _flat(_page(pages, "Carte des incidents sécuritaires : Mopti"))
    _, fatalities, previous, _ = rows["Mopti"]
    assert f"Morts : {fatalities}, en hausse (contre {previous} en janvier)." in mopti
