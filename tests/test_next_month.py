"""Next month, one click: the month's layers and report are re-pointed, never rebuilt, so every
visual edit the analyst made is kept while the data, titles and tables change."""

from __future__ import annotations

import json
import re
import subprocess

import pandas as pd
import pytest
from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayoutItemLabel,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsProject,
    QgsReport,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from mali_incidents import compat
from mali_incidents.atlas import (
    build_layouts,
    month_report,
    refresh_layouts,
    save_project,
    table_chunks,
)
from mali_incidents.atlas.place_labels import lay_out_labels, overlapping_labels, placed_fids
from mali_incidents.export import export_pdf
from mali_incidents.importer import import_month

CHANGE_TEXTS = (
    "key_changes_text",
    "region_change_line",
    "region_table_change",
    "change_map_note",
)


def march_export(sample_month, folder):
    """A March 2021 export: 30 of February's incidents, a month later, with new ids."""
    rows = pd.read_csv(sample_month, dtype=str, keep_default_na=False).iloc[:30].copy()
    rows["event_date"] = rows["event_date"].str.replace("2021-02-", "2021-03-", regex=False)
    rows["event_id_cnty"] = "MLI6" + rows["event_id_cnty"].str[4:]
    rows.loc[rows.index[0], "notes"] = "On 28 March 2021, a test incident note for March."
    path = folder / "acled_mali_2021-03.csv"
    rows.to_csv(path, index=False)
    return path


@pytest.fixture
def february_project(qgis_app, sample_month, tmp_path):
    project = QgsProject()
    gpkg = tmp_path / "incidents_2021-02.gpkg"
    import_month([sample_month], "2021-02", gpkg)
    built = build_layouts(gpkg, "2021-02", project)
    yield project, built
    project.layoutManager().clear()
    project.clear()


def _incidents_layer(project):
    return next(
        layer
        for layer in project.mapLayers().values()
        if layer.customProperty("mali_incidents/role") == "incidents"
    )


def _label(layout, item_id):
    return next(
        i for i in layout.items() if isinstance(i, QgsLayoutItemLabel) and i.id() == item_id
    )


def test_next_month_keeps_symbol_and_layout_edits_and_changes_the_data(
    february_project, sample_month, tmp_path
):
    project, built = february_project
    report = built.report
    group = project.layerTreeRoot().findGroup("Incidents — February 2021")
    assert group is not None
    incidents = _incidents_layer(project)
    assert incidents.featureCount() == 58

    # The analyst's edits: a colour in the style, a title moved and enlarged on the cover.
    type_rules = incidents.renderer().embeddedRenderer().rootRule().children()[0].children()
    type_rules[0].symbol().symbolLayer(0).setStrokeColor(QColor("#ff00ff"))
    cover_title = _label(report.header(), "cover_title")
    font = compat.label_font(cover_title)
    font.setPointSizeF(41.0)
    compat.set_label_font(cover_title, font)
    cover_title.attemptMove(type(cover_title.positionWithUnits())(12.5, 33.0))

    march_gpkg = tmp_path / "incidents_2021-03.gpkg"
    import_month([march_export(sample_month, tmp_path)], "2021-03", march_gpkg)
    refreshed = refresh_layouts(march_gpkg, "2021-03", project)

    # The same report and layer objects, edits kept.
    assert refreshed.report is report
    assert month_report(project) is report
    assert _incidents_layer(project) is incidents
    stroke = (
        incidents.renderer()
        .embeddedRenderer()
        .rootRule()
        .children()[0]
        .children()[0]
        .symbol()
        .symbolLayer(0)
        .strokeColor()
        .name()
    )
    assert stroke == "#ff00ff"
    assert compat.label_font(_label(report.header(), "cover_title")).pointSizeF() == 41.0
    assert _label(report.header(), "cover_title").positionWithUnits().y() == 33.0

    # The data changed: March's 30 incidents, titles and tables say March.
    assert incidents.featureCount() == 30
    # Every layer of the month reads March's GeoPackage: incidents, regions, countries.
    roles = {
        layer.customProperty("mali_incidents/role"): layer.source().split("|")[0]
        for layer in project.mapLayers().values()
        if layer.customProperty("mali_incidents/role")
    }
    assert set(roles) == {
        "incidents",
        "incidents_unlabelled",
        "regions",
        "countries",
        "charts",  # the 12-month charts and the change map's hexagons (issue 13)
        "change_cells",
    }
    assert set(roles.values()) == {str(march_gpkg)}
    assert report.name() == "Incident atlas — March 2021"
    assert [layout.name() for layout in project.layoutManager().layouts()].count(report.name()) == 1
    assert project.layerTreeRoot().findGroup("Incidents — March 2021") is not None
    assert _label(report.header(), "cover_month").text() == "March 2021"
    titles, cells, change_texts = [], [], []
    for section in report.childSections():
        layout = section.body()
        for item in layout.items():
            # As printed: names from the month come in through the layout's variables. What
            # changed since February names February, rightly (issue 13).
            if isinstance(item, QgsLayoutItemLabel) and item.id() not in CHANGE_TEXTS:
                titles.append(item.currentText())
            if isinstance(item, QgsLayoutItemLabel) and item.id() in CHANGE_TEXTS:
                change_texts.append(item.currentText())
            if hasattr(item, "multiFrame") and isinstance(
                item.multiFrame(), QgsLayoutItemManualTable
            ):
                for row in item.multiFrame().tableContents():
                    cells.extend(str(cell.content()) for cell in row)
    assert "Map of security incidents in Mopti, March 2021" in titles
    # February's GeoPackage lies beside March's: it is March's history.
    assert "Fatalities 0, down from 7 in February." in change_texts
    assert not [title for title in titles if "February" in title]
    assert "28 March 2021" in cells
    assert "a test incident note for March" in " ".join(cells).replace("\n", " ")


def _region_maps(report):
    for section in report.childSections():
        layout = section.body()
        if layout is not None and isinstance(layout.itemById("region_map"), QgsLayoutItemMap):
            yield layout


def _unnamed_places_of_each_map(report, incidents) -> dict[str, list[int]]:
    """Lays out each region map's labels as its export will: every place of the page is
    labelled (its name, or its numbers if it is in the page's list), no name overlaps
    another label. Returns each page's unnamed places (fids), by region."""
    unnamed_by_region = {}
    for layout in _region_maps(report):
        scope = QgsExpressionContextUtils.layoutScope(layout)
        region = scope.variable("mali_region_page")
        numbers = json.loads(scope.variable("mali_place_numbers"))
        unnamed = json.loads(scope.variable("mali_places_unnamed") or "[]")
        assert set(unnamed) <= {int(fid) for fid in numbers}, region
        labels = lay_out_labels(layout.itemById("region_map"))
        assert {int(fid) for fid in numbers} <= placed_fids(labels, incidents), region
        for pair in overlapping_labels(labels):
            named = [
                labels[index]
                for index in pair
                if labels[index].layerID == incidents.id()
                and labels[index].featureId not in unnamed
            ]
            assert not named, (region, [labels[index].labelText for index in pair])
        listed = _label(layout, "region_map_unnamed_places")
        assert listed.isVisible() == bool(unnamed), region
        for fid in unnamed:
            assert numbers[str(fid)] in listed.currentText(), (region, listed.currentText())
        unnamed_by_region[region] = unnamed
    return unnamed_by_region


def test_next_month_names_every_place_on_its_maps_again(february_project, sample_month, tmp_path):
    """Issue 11, item 3: the refill lays out each region map's labels again for the new
    month's places, and lists the places whose names find no room."""
    project, built = february_project
    incidents = _incidents_layer(project)
    february = _unnamed_places_of_each_map(built.report, incidents)
    assert february["Mopti"], "the sample's Mopti is crowded: some names find no room"

    march_gpkg = tmp_path / "incidents_2021-03.gpkg"
    import_month([march_export(sample_month, tmp_path)], "2021-03", march_gpkg)
    refresh_layouts(march_gpkg, "2021-03", project)
    march = _unnamed_places_of_each_map(built.report, incidents)
    assert march.keys() == february.keys()


def test_a_project_without_the_month_gets_it_built(qgis_app, sample_month, tmp_path):
    project = QgsProject()
    gpkg = tmp_path / "m.gpkg"
    import_month([sample_month], "2021-02", gpkg)
    built = refresh_layouts(gpkg, "2021-02", project)
    assert isinstance(built.report, QgsReport)
    assert month_report(project) is built.report
    project.layoutManager().clear()
    project.clear()


def test_a_project_of_the_earlier_version_loses_its_faded_regions_layer(
    february_project, sample_month, tmp_path
):
    """Projects made before the regions layer did its own fading had a second "Regions
    (faded)" layer on every region map: next month it goes, and the maps keep working."""
    project, built = february_project
    regions = next(
        layer
        for layer in project.mapLayers().values()
        if layer.customProperty("mali_incidents/role") == "regions"
    )
    faded = QgsVectorLayer(regions.source(), "Regions (faded)", "ogr")
    faded.setCustomProperty("mali_incidents/role", "regions_faded")
    project.addMapLayer(faded)
    maps = [
        item
        for layout in built.section_layouts
        for item in layout.items()
        if isinstance(item, QgsLayoutItemMap) and item.id() in ("region_map", "region_locator")
    ]
    for item in maps:  # as the earlier version made them
        others = [] if item.id() == "region_locator" else item.layers()
        item.setLayers([faded, *others])

    march_gpkg = tmp_path / "incidents_2021-03.gpkg"
    import_month([march_export(sample_month, tmp_path)], "2021-03", march_gpkg)
    refresh_layouts(march_gpkg, "2021-03", project)

    assert "Regions (faded)" not in {layer.name() for layer in project.mapLayers().values()}
    for item in maps:
        names = [layer.name() for layer in item.layers()]
        assert names and "Regions (faded)" not in names, item.id()
        assert "Regions" in names, item.id()


def _synthetic_month(atlas_bench, folder, month: str, incidents: int):
    """The benchmark's synthetic month (several hundred incidents in Mopti), moved to
    ``month``: its notes keep their unique tags ``[S0001]``."""
    export = atlas_bench.write_synthetic_month(folder / f"synthetic_{month}.csv", incidents)
    rows = pd.read_csv(export, dtype=str, keep_default_na=False)
    rows["event_date"] = rows["event_date"].str.replace("2021-02-", f"{month}-", regex=False)
    rows.to_csv(export, index=False)
    gpkg = folder / f"incidents_{month}.gpkg"
    import_month([export], month, gpkg)
    return rows, gpkg


def _mopti_tables(report):
    """Mopti's table and the later tables of its long table (``table_chunks``), in order."""
    bodies = [section.body() for section in report.childSections()]
    first = next(
        index
        for index, body in enumerate(bodies)
        if body.itemById("region_table_title") is not None
        and "Mopti" in body.itemById("region_table_title").currentText()
    )
    tables = [bodies[first]]
    for body in bodies[first + 1 :]:
        if not table_chunks.is_continued_table(body):
            break
        tables.append(body)
    return tables


def test_next_month_cuts_a_long_table_anew_and_keeps_the_first_table_edits(
    qgis_app, atlas_bench, tmp_path
):
    """A long region table is printed as several tables of a few pages (``table_chunks``):
    next month, with more rows (or fewer), it is cut again for the new rows, and every
    later table takes the analyst's edits of the first (headings, widths)."""
    _, february = _synthetic_month(atlas_bench, tmp_path, "2021-02", 150)
    march_rows, march = _synthetic_month(atlas_bench, tmp_path, "2021-03", 400)
    project = QgsProject()
    try:
        built = build_layouts(february, "2021-02", project)
        february_tables = _mopti_tables(built.report)
        save_project(project, tmp_path / "atlas.qgz")
        project.clear()
        assert project.read(str(tmp_path / "atlas.qgz"))  # opened again, as an analyst does
        report = month_report(project)
        assert len(_mopti_tables(report)) == len(february_tables) >= 2

        # The analyst's edits of Mopti's table: a heading renamed, two columns' widths.
        table = _mopti_tables(report)[0].multiFrames()[0]
        headers = table.headers()
        headers[5].setHeading("Description")
        table.setHeaders(headers)
        widths = table.columnWidths()
        widths[4], widths[5] = widths[4] + 10, widths[5] - 10
        table.setColumnWidths(widths)
        # … and its title's style: a frame drawn round it.
        _mopti_tables(report)[0].itemById("region_table_title").setFrameEnabled(True)

        refresh_layouts(march, "2021-03", project)
        march_tables = _mopti_tables(report)
        pages = [layout.pageCollection().pageCount() for layout in march_tables]
        assert len(march_tables) > len(february_tables)  # ~160 rows instead of ~60
        assert all(count == table_chunks.PAGES_PER_TABLE for count in pages[:-1])
        for layout in march_tables:
            mopti_table = layout.multiFrames()[0]
            assert mopti_table.headers()[5].heading() == "Description"
            assert mopti_table.columnWidths() == widths
            # Every later page titled, in the first page's title style, and with its footer.
            assert layout.itemById("region_table_title").frameEnabled()
            assert layout.itemById("page_attribution") is not None
        for layout in march_tables[1:]:
            title = layout.itemById("region_table_title").currentText()
            assert title == "Recorded security incidents in Mopti, March 2021 (continued)"
        numbers = [
            int(row[0].content())
            for layout in march_tables
            for row in layout.multiFrames()[0].tableContents()
            if row[0].content() != "(continued)"
        ]
        in_mopti = march_rows[march_rows["admin1"] == "Mopti"]
        assert numbers == list(range(1, len(in_mopti) + 1))

        # Printed: every page of Mopti's table has the renamed heading and its March rows.
        pdf = export_pdf(report, tmp_path / "march.pdf")
        text = subprocess.run(
            ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        printed = text.split("\f")
        start = next(
            index
            for index, page in enumerate(printed)
            if page.startswith("Recorded security incidents in Mopti, March 2021")
        )
        mopti_pages = printed[start : start + sum(pages)]
        assert all("Description" in page for page in mopti_pages)
        tags = re.findall(r"\[(S\d{4})\]", " ".join(mopti_pages))
        assert sorted(tags) == sorted(re.findall(r"\[(S\d{4})\]", " ".join(in_mopti["notes"])))

        # April, a quiet month: one table again, the later ones gone from the report.
        _, april = _synthetic_month(atlas_bench, tmp_path, "2021-04", 15)
        sections = len(report.childSections())
        # Mopti's later tables and those of any other region's long table.
        later_tables = sum(
            table_chunks.is_continued_table(section.body()) for section in report.childSections()
        )
        assert later_tables >= len(march_tables) - 1
        refresh_layouts(april, "2021-04", project)
        (april_table,) = _mopti_tables(report)
        assert len(report.childSections()) == sections - later_tables
        assert april_table.multiFrames()[0].headers()[5].heading() == "Description"
        assert not any(
            table_chunks.is_continued_table(section.body()) for section in report.childSections()
        )
    finally:
        project.layoutManager().clear()
        project.clear()
