"""Any ACLED country, and one atlas for several (issue 12): Niger's month, Burkina Faso's, and
Mali + Burkina Faso + Niger in one atlas, from bench/import_bench.py's generator.

Every figure the tests compare the PDF with is computed here from the generated CSV (pandas),
not read from the atlas's own layers.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from qgis.core import (
    QgsApplication,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from mali_incidents.atlas import AtlasSettings, build_layouts, month_report, refresh_layouts
from mali_incidents.atlas.table_chunks import is_continued_table
from mali_incidents.importer import import_month
from mali_incidents.paths import world_map_path
from mali_incidents.region_names import printed_region_name, region_table
from mali_incidents.regions import region_key

MONTH = "2023-11"
MONTH_LABEL = "November 2023"
NEXT_MONTH = "2023-12"
SAHEL = ("Mali", "Burkina Faso", "Niger")


@pytest.fixture(scope="module")
def export(import_bench, tmp_path_factory) -> Path:
    """A small export of the generator's twelve countries (some thirty incidents a month
    for each of the Sahel's three)."""
    path = tmp_path_factory.mktemp("export") / "acled_twelve_countries.csv"
    import_bench.generate(path, 40000)
    return path


@pytest.fixture(scope="module")
def rows(export) -> pd.DataFrame:
    frame = pd.read_csv(export, dtype={"fatalities": int}, keep_default_na=False)
    return frame[frame["event_date"].str.startswith(MONTH)]


@pytest.fixture(scope="module")
def atlases(export, run_cli, tmp_path_factory) -> dict[tuple[str, ...], dict]:
    """The three atlases, made with the command line as a user would."""
    folder = tmp_path_factory.mktemp("atlases")
    made = {}
    for countries in (("Niger",), ("Burkina Faso",), SAHEL):
        name = "_".join(country.replace(" ", "_") for country in countries)
        pdf = folder / f"{name}.pdf"
        project = folder / f"{name}.qgz"
        arguments = [export, "--month", MONTH, "--out", pdf, "--project", project]
        for country in countries:
            arguments += ["--country", country]
        done = run_cli("atlas", *arguments)
        assert done.returncode == 0, done.stderr
        made[countries] = {"pdf": pdf, "project": project, "stderr": done.stderr, "folder": folder}
    return made


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _pages(pdf: Path, *options: str) -> list[str]:
    text = subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    # NFKC: the PDF keeps DejaVu's ligatures ("Diﬀa"), as searchable as "ff" in a viewer.
    return unicodedata.normalize("NFKC", text).split("\f")[:-1]


def _first_overview(pages: list[str]) -> str:
    """The first overview page (after the contents, which may take more than one page)."""
    return next(page for page in pages if page.lstrip().startswith("Security incidents in"))


def _region_table_text(pages: list[str], region: str) -> str:
    title = f"Recorded security incidents in {region}, {MONTH_LABEL}"
    start = next(index for index, page in enumerate(pages) if page.startswith(title))
    text = [pages[start]]
    for page in pages[start + 1 :]:
        if not page.startswith(f"{title} (continued)"):
            break
        text.append(page)
    return _flat("\n".join(text))


def _fatalities_row(text: str, name: str, value: int) -> bool:
    """A row of an overview's table: the name, its incidents, then its fatalities at the end
    of the line, or (one country's, issue 13) before the month before's and the change."""
    change = r"(\s+(\d+|\?)\s+(\?|[▲▼=]\s?\d+))?"
    pattern = rf"{re.escape(name)}\s+\d+\s+{value}{change}\s*$"
    return re.search(pattern, text, re.MULTILINE) is not None


def test_the_export_has_a_month_of_each_country(rows):
    for country in SAHEL:
        assert (rows["country"] == country).sum() >= 15


@pytest.mark.parametrize("country", ["Niger", "Burkina Faso"])
def test_one_country_titles_name_it(atlases, country):
    pages = _pages(atlases[(country,)]["pdf"], "-raw")
    assert _flat(pages[0]).startswith(f"Maps of security incidents in {country}")
    # After the contents and (one country: issue 13) the Key changes.
    assert pages[2].startswith("Key changes")
    assert pages[3].startswith(f"Security incidents in {country}")
    assert "Mali" not in pages[0].splitlines()[0]


def test_several_countries_cover_regional_overview_then_chapters(atlases, rows):
    pages = _pages(atlases[SAHEL]["pdf"], "-raw")
    assert _flat(pages[0]).startswith("Maps of security incidents in Mali, Burkina Faso and Niger")
    assert pages[1].startswith("Contents")
    regional = _first_overview(pages)
    assert _flat(regional).startswith("Security incidents in Mali, Burkina Faso and Niger")
    assert "Fatalities by country and region" in regional
    overviews = [
        index for index, page in enumerate(pages) if page.startswith("Security incidents in")
    ]
    titles = [_flat(pages[index]).split(MONTH_LABEL)[0].strip() for index in overviews]
    assert titles == [
        "Security incidents in Mali, Burkina Faso and Niger",
        "Security incidents in Mali",
        "Security incidents in Burkina Faso",
        "Security incidents in Niger",
    ]
    # Each chapter: its overview, then its own regions' pages only.
    chapters = dict(zip(SAHEL, zip(overviews[1:], [*overviews[2:], len(pages)])))
    for country, (start, end) in chapters.items():
        own = {row.printed_name for row in region_table(country) if row.always_printed}
        own |= {
            printed_region_name(country, admin1)
            for admin1 in rows.loc[rows["country"] == country, "admin1"]
        }
        mapped = [
            _flat(page.splitlines()[0]).split(" in ", 1)[1].rsplit(",", 1)[0]
            for page in pages[start + 1 : end]
            if page.startswith("Map of security incidents in ")
        ]
        assert set(mapped) == own, country
    assert "Map of security incidents in Tillabéri, November 2023" in "\n".join(pages)


@pytest.mark.parametrize("countries", [("Niger",), ("Burkina Faso",), SAHEL])
def test_every_incident_of_each_country_once_in_its_region_table(atlases, rows, countries):
    pages = _pages(atlases[countries]["pdf"], "-raw")
    whole = _flat("\n".join(pages))
    chosen = rows[rows["country"].isin(countries)]
    assert len(chosen) > 0
    for (country, admin1), incidents in chosen.groupby(["country", "admin1"]):
        table = _region_table_text(pages, printed_region_name(country, admin1))
        for incident in incidents.itertuples():
            day = pd.Timestamp(incident.event_date)
            assert f"{day.day:02d} {day.month_name()} {day.year}" in table
            assert _flat(incident.notes) in table, f"{incident.event_id_cnty} not in {admin1}"
            same_note = (chosen["notes"] == incident.notes).sum()
            assert whole.count(_flat(incident.notes)) == same_note


@pytest.mark.parametrize("country", ["Niger", "Burkina Faso"])
def test_one_country_overview_fatalities_by_region(atlases, rows, country):
    overview = _first_overview(_pages(atlases[(country,)]["pdf"], "-layout"))
    mine = rows[rows["country"] == country]
    for admin1, fatalities in mine.groupby("admin1")["fatalities"].sum().items():
        if fatalities:
            assert _fatalities_row(overview, printed_region_name(country, admin1), fatalities)
    assert _fatalities_row(overview, "Total", mine["fatalities"].sum())


def test_regional_overview_fatalities_by_country_then_region(atlases, rows):
    overview = _first_overview(_pages(atlases[SAHEL]["pdf"], "-layout"))
    sahel = rows[rows["country"].isin(SAHEL)]
    lines = []
    for country in SAHEL:
        mine = sahel[sahel["country"] == country]
        assert _fatalities_row(overview, country, mine["fatalities"].sum())
        lines.append(country)
        by_region = mine.groupby("admin1")["fatalities"].sum()
        for admin1, fatalities in by_region.items():
            if fatalities:
                assert _fatalities_row(overview, printed_region_name(country, admin1), fatalities)
    assert _fatalities_row(overview, "Total", sahel["fatalities"].sum())
    # Countries in the order given, each before its regions.
    positions = [
        re.search(rf"{re.escape(country)}\s+\d+\s+\d+\s*$", overview, re.MULTILINE).start()
        for country in lines
    ]
    assert positions == sorted(positions)


def test_accents_in_region_names(atlases):
    text = "\n".join(_pages(atlases[("Niger",)]["pdf"], "-raw"))
    # The region as Niger's table prints it; the town keeps ACLED's spelling (its location).
    assert f"Map of security incidents in Tillabéri, {MONTH_LABEL}" in text
    assert f"Recorded security incidents in Tillabéri, {MONTH_LABEL}" in text
    assert "in Tillaberi," not in text


def test_burkina_faso_regions_are_outlined_from_the_world_maps_provinces(atlases):
    """QGIS's world map has Burkina Faso's 45 provinces: its table merges them into the 13
    regions, so the overview names the regions its table lists (not provinces), every region
    page is framed on its region, and nothing warns about polygons."""
    stderr = atlases[("Burkina Faso",)]["stderr"]
    assert not [line for line in stderr.splitlines() if "polygon" in line], stderr
    pages = _pages(atlases[("Burkina Faso",)]["pdf"], "-raw")
    # The map's names, one a line, their letters spaced (regions.qml): compared without spaces.
    names = {line.replace(" ", "") for line in _first_overview(pages).splitlines()}
    for region in ("SAHEL", "CENTRE-NORD", "BOUCLEDUMOUHOUN", "HAUTS-BASSINS", "CASCADES"):
        assert region in names, region
    for province in ("SOUM", "OUDALAN", "SANMATENGA", "KADIOGO", "HOUET"):
        assert province not in names, province


def test_no_region_is_named_over_another_country_on_the_regional_map(atlases, qgis_app):
    """A region name without room in its region may go beside it, but within its own
    country: Burkina Faso's SAHEL and CENTRE-NORD were printed over Mali's Tombouctou, Mopti
    and Gao, its southern regions' names over Ghana."""
    project = QgsProject()
    try:
        assert project.read(str(atlases[SAHEL]["project"]))
        regions = next(layer for layer in project.mapLayers().values() if layer.name() == "Regions")
        country_of = {}
        outlines = []
        for feature in regions.getFeatures():
            country_of[feature["admin1"]] = feature["country"]
            outlines.append((feature["admin1"], feature["country"], feature.geometry()))
        report = month_report(project)
        overview = report.childSections()[1].body()  # after the contents
        assert (
            overview.itemById("overview_title")
            .currentText()
            .startswith("Security incidents in Mali, Burkina Faso and Niger")
        )
        scope = QgsExpressionContextUtils.layoutItemScope(overview.itemById("overview_map"))
        spots = json.loads(scope.variable("mali_region_name_spots"))
        assert "Mopti" in spots and "Agadez" in spots
        for admin1, (x, y) in spots.items():
            point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
            under = [
                (name, country)
                for name, country, outline in outlines
                if country != country_of[admin1] and outline.contains(point)
            ]
            assert not under, f"{admin1} ({country_of[admin1]}) named over {under}"
            # Nor over a country without regions on the map (Ghana): within its own, to the
            # grid's half pixel (~4 km at this scale).
            own = [outline for _name, country, outline in outlines if country == country_of[admin1]]
            assert any(outline.distance(point) < 0.05 for outline in own), admin1
    finally:
        project.clear()


@pytest.mark.parametrize("countries", [("Niger",), ("Burkina Faso",), SAHEL])
def test_the_footer_says_menaka_is_missing_only_where_mali_is(atlases, countries):
    """The world map predates Ménaka, a region of Mali: a footer says so in an atlas that
    has Mali, and an atlas of Niger or Burkina Faso does not name a Malian region."""
    pages = _pages(atlases[countries]["pdf"], "-raw")
    footers = [_flat(page) for page in pages[1:]]
    assert all("Boundaries: Natural Earth admin-1 (QGIS world map)" in page for page in footers)
    with_menaka = [page for page in footers if "predates Ménaka" in page]
    if "Mali" in countries:
        assert len(with_menaka) == len(footers)
    else:
        assert with_menaka == []
        assert not [page for page in pages if "Ménaka" in page or "Menaka" in page]


def test_a_contents_longer_than_a_page_is_titled_and_footed_on_every_page(atlases):
    """The three countries' contents lists 70 pages, over two: QGIS's own continuation page
    held the list alone; it now says what it is (title first) and whose data it lists."""
    pages = _pages(atlases[SAHEL]["pdf"], "-raw")
    assert pages[1].startswith("Contents\nPage title")
    continued = [page for page in pages if page.startswith("Contents (continued)")]
    assert len(continued) >= 1
    assert pages[2].startswith("Contents (continued)")
    for page in [pages[1], *continued]:
        assert "Page title" in page
        assert "Armed Conflict Location & Event Data Project (ACLED)" in _flat(page)
        assert "do not imply official endorsement" in _flat(page)
    assert "Recorded security incidents in Zinder" in continued[-1]


def test_nigeria_in_french_is_nigeria_with_its_accent(export, run_cli, tmp_path):
    """French writes Nigéria: the cover, the overview, the contents and the PDF's title."""
    pdf = tmp_path / "nigeria_fr.pdf"
    done = run_cli(
        "atlas", export, "--month", MONTH, "--country", "Nigeria", "--language", "fr", "--out", pdf
    )
    assert done.returncode == 0, done.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Title:           Atlas des incidents, Nigéria — novembre 2023" in info.stdout
    pages = _pages(pdf, "-raw")
    assert "Cartes des incidents sécuritaires au Nigéria" in _flat(pages[0])
    assert "Incidents sécuritaires au Nigéria" in pages[1]  # the contents lists the overview
    overview = next(page for page in pages if page.startswith("Incidents sécuritaires au"))
    assert overview.startswith("Incidents sécuritaires au Nigéria")
    # ACLED's own texts (actors, notes) keep its spelling; the atlas's words do not.
    assert "au Nigeria" not in _flat("\n".join(pages))


@pytest.fixture(scope="module")
def every_nigerian_state(export, rows, qgis_app, tmp_path_factory) -> pd.DataFrame:
    """A Nigeria export with incidents in each of its 37 states in October and November
    2023: the generator's Nigerian rows moved to a point of each state (QGIS's world map)."""
    layer = QgsVectorLayer(f"{world_map_path()}|layername=states_provinces", "states", "ogr")
    layer.setSubsetString("\"adm0_a3\" = 'NGA'")
    points = {
        region_key(feature["name"]): feature.geometry().pointOnSurface().asPoint()
        for feature in layer.getFeatures()
    }
    states = [row.admin1 for row in region_table("Nigeria")]
    frame = pd.read_csv(export, dtype=str, keep_default_na=False)
    nigerian = frame[frame["country"] == "Nigeria"]
    made = []
    for month in ("2023-10", MONTH):
        templates = nigerian[nigerian["event_date"].str.startswith(month)]
        for number in range(3 * len(states)):
            row = templates.iloc[number % len(templates)].copy()
            state = states[number % len(states)]
            point = points[region_key(state)]
            row["event_id_cnty"] = f"NGS{month}-{number}"
            row["admin1"] = row["admin2"] = state
            row["location"] = f"{state} town"
            row["latitude"], row["longitude"] = f"{point.y():.4f}", f"{point.x():.4f}"
            row["fatalities"] = str((number * 7) % 23)
            made.append(row)
    path = tmp_path_factory.mktemp("nigeria") / "acled_nigeria_every_state.csv"
    pd.DataFrame(made).to_csv(path, index=False)
    return pd.DataFrame(made).astype({"fatalities": int}).assign(path=str(path))


def test_the_overview_of_every_nigerian_state_sums_past_ten_and_keeps_its_legend(
    every_nigerian_state, run_cli, tmp_path
):
    """37 states with incidents: the overview lists the nine deadliest, then the other 28
    summed (this month, the month before and the change), then the total, and its legend
    still has room; every state keeps its own pages."""
    frame = every_nigerian_state
    pdf = tmp_path / "nigeria.pdf"
    done = run_cli(
        "atlas", frame["path"].iloc[0], "--month", MONTH, "--country", "Nigeria", "--out", pdf
    )
    assert done.returncode == 0, done.stderr
    assert "legend is taller" not in done.stderr
    month = frame[frame["event_date"].str.startswith(MONTH)]
    before = frame[frame["event_date"].str.startswith("2023-10")]
    by_state = month.groupby("admin1").agg(
        incidents=("admin1", "size"), deaths=("fatalities", "sum")
    )
    order = sorted(
        by_state.index,
        key=lambda name: (-by_state.deaths[name], -by_state.incidents[name], name),
    )
    others = order[9:]
    assert len(others) == 28
    deaths = int(by_state.deaths[others].sum())
    deaths_before = int(before[before["admin1"].isin(others)]["fatalities"].sum())
    change = deaths - deaths_before
    arrow = "▲" if change > 0 else "▼" if change < 0 else "="
    overview = _first_overview(_pages(pdf, "-layout"))
    other_row = (
        rf"Other regions \(28\)\s+84\s+{deaths:,}\s+{deaths_before:,}\s+{arrow}\s?{abs(change):,}"
    )
    assert re.search(rf"{other_row}\s*$", overview, re.MULTILINE), overview
    total = int(month["fatalities"].sum())
    assert re.search(rf"\bTotal\s+111\s+{total:,}\s", overview), overview
    # The nine deadliest, in that order, each with its own counts.
    places = [
        re.search(
            rf"{re.escape(name)}\s+{by_state.incidents[name]}\s+{by_state.deaths[name]:,}\s",
            overview,
        )
        for name in order[:9]
    ]
    assert all(places), order[:9]
    assert [place.start() for place in places] == sorted(place.start() for place in places)
    assert not [name for name in others if re.search(rf"{re.escape(name)}\s+3\s", overview)]
    assert "TYPE OF INCIDENT" in overview and "ACTORS" in overview
    text = "\n".join(_pages(pdf, "-raw"))
    for state in by_state.index:
        assert f"Map of security incidents in {state}, {MONTH_LABEL}" in text


def test_file_report_and_project_names_follow_the_countries(atlases):
    made = atlases[SAHEL]
    assert (made["folder"] / f"incidents_mali_burkina_faso_niger_{MONTH}.gpkg").is_file()
    assert (made["folder"] / f"incidents_burkina_faso_{MONTH}.gpkg").is_file()
    with zipfile.ZipFile(made["project"]) as archive:
        inner = [name for name in archive.namelist() if name.endswith(".qgs")]
        assert inner == ["Mali_Burkina_Faso_Niger.qgs"]
        project_xml = archive.read(inner[0]).decode("utf-8")
    assert f'name="Incident atlas, Mali, Burkina Faso, Niger — {MONTH_LABEL}"' in project_xml
    assert f"Incidents — Mali, Burkina Faso, Niger, {MONTH_LABEL}" in project_xml
    with zipfile.ZipFile(atlases[("Niger",)]["project"]) as archive:
        assert [name for name in archive.namelist() if name.endswith(".qgs")] == ["Niger.qgs"]
        niger_xml = archive.read("Niger.qgs").decode("utf-8")
    assert f'name="Incident atlas, Niger — {MONTH_LABEL}"' in niger_xml
    assert f"Incidents — Niger, {MONTH_LABEL}" in niger_xml


def test_the_import_keeps_every_country_and_its_rules(export, rows, tmp_path):
    result = import_month([export], MONTH, tmp_path / "sahel.gpkg", list(SAHEL))
    assert result.countries == SAHEL
    assert result.rows_in == result.incidents + result.rejected + result.duplicates
    sahel = rows[rows["country"].isin(SAHEL)]
    assert result.rows_in == len(sahel)
    frame = result.incidents_frame
    assert frame.groupby("country").size().to_dict() == {
        country: (sahel["country"] == country).sum() for country in SAHEL
    }
    # Burkina Faso's own rules: VDP and Koglweogo are militias.
    burkina = frame[frame["country"] == "Burkina Faso"]
    vdp = burkina[burkina["actor1"].str.startswith(("VDP", "Koglweogo"))]
    assert set(vdp["actor_group"]) <= {"Militias"}


def test_several_countries_count_every_row_once(rows, export, tmp_path):
    """One pass selects the three countries: a row of none of them, a near miss, an empty
    country, a blank row or another month is counted once, not once per country."""
    sahel = rows[rows["country"].isin(SAHEL)]
    mali = sahel[sahel["country"] == "Mali"].head(4)
    niger = sahel[sahel["country"] == "Niger"].head(4)
    burkina = sahel[sahel["country"] == "Burkina Faso"].head(3)
    chosen = [mali.iloc[:3], niger.iloc[:2], burkina.iloc[:2]]  # 7 incidents
    near_miss = niger.iloc[[2]].assign(country="Nigr")  # closest to Niger: rejected
    empty = burkina.iloc[[2]].assign(country="")  # no country: rejected once
    other_country = rows[~rows["country"].isin(SAHEL)].head(1)  # other_countries
    other_month = mali.iloc[[3]].assign(event_date="2019-05-02")  # other_months
    duplicate = niger.iloc[[0]]  # the same event_id_cnty again: a duplicate
    frame = pd.concat([*chosen, near_miss, empty, other_country, other_month, duplicate]).astype(
        str
    )
    path = tmp_path / "sahel_typed.csv"
    text = frame.to_csv(index=False)
    lines = text.splitlines(keepends=True)
    blank = "," * (len(frame.columns) - 1) + "\n"  # a blank row is not a row
    path.write_text("".join([*lines[:4], blank, *lines[4:]]), encoding="utf-8")

    result = import_month([path], MONTH, tmp_path / "sahel.gpkg", list(SAHEL))

    buckets = (
        result.incidents,
        result.rejected,
        result.duplicates,
        result.other_countries,
        result.other_months,
    )
    assert buckets == (7, 2, 1, 1, 1)
    assert result.rows_read == sum(buckets) == 12
    assert result.rows_in == 10
    assert len(result.rejects_frame) == 3
    assert result.incidents_frame.groupby("country").size().to_dict() == {
        "Mali": 3,
        "Niger": 2,
        "Burkina Faso": 2,
    }
    reasons = sorted(result.rejects_frame["reason"])
    assert "not Niger — did you mean Niger?" in reasons
    assert any(reason.startswith("country empty") for reason in reasons)
    assert any("did you mean Niger?" in warning for warning in result.warnings)


def test_next_month_re_points_the_one_report(qgis_app, export, tmp_path):
    """The same report, its pages kept (an analyst's edits too), filled with December."""
    project = QgsProject()
    settings = AtlasSettings()
    frame = pd.read_csv(export, dtype={"fatalities": int}, keep_default_na=False)
    december_rows = frame[
        frame["event_date"].str.startswith(NEXT_MONTH) & frame["country"].isin(SAHEL)
    ]
    try:
        november = tmp_path / "november.gpkg"
        import_month([export], MONTH, november, list(SAHEL))
        built = build_layouts(november, MONTH, project, settings=settings, country=list(SAHEL))
        # A long table's later pages are made again from its first each month: not kept.
        pages_before = [
            section.body()
            for section in built.report.childSections()
            if not is_continued_table(section.body())
        ]
        december = tmp_path / "december.gpkg"
        import_month([export], NEXT_MONTH, december, list(SAHEL))
        shown = refresh_layouts(
            december, NEXT_MONTH, project, settings=settings, country=list(SAHEL)
        )
        assert len(project.layoutManager().layouts()) == 1
        report = month_report(project)
        assert report is built.report
        assert report.name() == "Incident atlas, Mali, Burkina Faso, Niger — December 2023"
        assert shown.month_label == "December 2023"
        pages_after = [
            section.body()
            for section in report.childSections()
            if not is_continued_table(section.body())
        ]
        assert pages_after[: len(pages_before)] == pages_before
        # The contents' continued pages keep one title and one footer each, made anew.
        contents = pages_after[0]
        assert contents.pageCollection().pageCount() >= 2
        titles = [
            item.page()
            for item in contents.items()
            if isinstance(item, QgsLayoutItemLabel) and item.text() == "Contents (continued)"
        ]
        assert sorted(titles) == list(range(1, contents.pageCollection().pageCount()))
        ids = [item.id() for item in contents.items() if isinstance(item, QgsLayoutItem)]
        assert len([i for i in ids if i]) == len({i for i in ids if i})
        sources = [layer.source() for layer in project.mapLayers().values()]
        assert all("december.gpkg" in source for source in sources)
        table = pages_after[1].itemById("overview_fatalities").multiFrame()  # after the contents
        rows = [[cell.content() for cell in row] for row in table.tableContents()]
        assert rows[-1][2] == str(december_rows["fatalities"].sum())
        for country in SAHEL:
            total = december_rows.loc[december_rows["country"] == country, "fatalities"].sum()
            assert [country, str(total)] in [[row[0], row[2]] for row in rows]
    finally:
        project.layoutManager().clear()
        project.clear()


def test_the_dialog_takes_several_countries_and_remembers_them(
    qgis_iface, plugin_package, export, tmp_path
):
    plugin = importlib.import_module(f"{plugin_package.__name__}.plugin")
    dialog = plugin.LoadMonthDialog()
    dialog.source_files.setChecked(True)
    dialog.exports.setFilePath(str(export))
    dialog.gpkg_path.setFilePath("")  # an earlier test's choice: the default name is wanted
    dialog.country.setCheckedItems(list(SAHEL))
    dialog.month.setEditText(MONTH)
    choice = dialog.choice()
    assert choice["country"] == list(SAHEL)
    assert choice["gpkg_path"].name == f"incidents_mali_burkina_faso_niger_{MONTH}.gpkg"
    assert MONTH in [dialog.month.itemText(index) for index in range(dialog.month.count())]
    # ACLED's API downloads one country at a time: the dialog says so before any download.
    dialog.source_acled.setChecked(True)
    assert "one country at a time" in dialog.problem()
    dialog.source_files.setChecked(True)
    dialog.remember()
    again = plugin.LoadMonthDialog()
    assert again.countries() == list(SAHEL)
    again.country.deselectAllOptions()
    again.country.setCheckedItems(["Mali"])
    again.remember()  # the next tests' dialogs start from Mali again
    assert plugin.LoadMonthDialog().choice()["country"] == "Mali"


def test_processing_takes_several_countries(qgis_processing, plugin_package, export, tmp_path):
    import processing
    from mali_incident_atlas.mali_incidents.processing_provider import MaliIncidentsProvider

    provider = MaliIncidentsProvider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    try:
        gpkg = tmp_path / "sahel.gpkg"
        imported = processing.run(
            "mali_incidents:import_incident_month",
            {
                "EXPORTS": [str(export)],
                "MONTH": MONTH,
                "COUNTRY": "Mali; Burkina Faso; Niger",
                "OUTPUT": str(gpkg),
            },
        )
        frame = pd.read_csv(export, dtype={"fatalities": int}, keep_default_na=False)
        sahel = frame[frame["event_date"].str.startswith(MONTH) & frame["country"].isin(SAHEL)]
        assert imported["INCIDENTS"] + imported["REJECTED"] == len(sahel)
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
