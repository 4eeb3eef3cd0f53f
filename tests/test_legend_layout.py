"""How the atlas's legends are laid out (issue 11, item 7): headings printed as headings (the
legend's bold Group style), every entry of one or two lines in its own room, and every legend
inside its frame, in English and French, on the PDF QGIS writes."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pandas as pd
import pypdf
import pytest
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsProject,
)

from mali_incidents.atlas import AtlasSettings, build_layouts
from mali_incidents.atlas.legend_entries import OFFERED_ENTRIES_PROPERTY
from mali_incidents.atlas.legend_fit import (
    COLUMN_BREAK_PROPERTY,
    LEGEND_DESIGN_PROPERTY,
    SMALLEST_TEXT,
    content_height,
    fit_legend,
)
from mali_incidents.compat import legend_text_size, set_legend_text_size
from mali_incidents.export import pdf_settings
from mali_incidents.importer import import_month

MONTH = "2021-02"
HEADINGS = {
    "en": ("TYPE OF INCIDENT", "ACTORS", "FATALITIES", "LOCATION", "REGIONS"),
    "fr": ("TYPE D'INCIDENT", "ACTEURS", "MORTS", "LIEU", "RÉGIONS"),
}
# Entries written on two lines: (page, (first line, second line), …). The overview's legend
# has two columns; a region's one column takes most labels on one line, not all in French.
TWO_LINE_ENTRIES = {
    "en": (
        "Security incidents in Mali",
        (("Looting or property", "destruction"), ("Mob violence or", "violent demonstration")),
    ),
    "fr": (
        "Carte des incidents sécuritaires : Gao",
        (("Plusieurs incidents", "en un même lieu"), ("La région de la page", "(contour rouge)")),
    ),
}


@pytest.fixture(scope="module")
def sample_gpkg(qgis_app, tmp_path_factory, sample_month) -> Path:
    gpkg = tmp_path_factory.mktemp("legend_layout") / "incidents.gpkg"
    import_month([sample_month], MONTH, gpkg)
    return gpkg


@pytest.fixture(scope="module", params=["en", "fr"])
def atlas(request, sample_gpkg):
    yield from _built_layouts(sample_gpkg, request.param)


def _built_layouts(gpkg, language: str):
    """(language, the month's layouts built from ``gpkg``), the project cleared after."""
    project = QgsProject()
    built = build_layouts(
        gpkg, MONTH, project, settings=AtlasSettings(credit="T", language=language)
    )
    yield language, built
    project.layoutManager().clear()
    project.clear()


def _legends(built) -> list[tuple[object, QgsLayoutItemLegend]]:
    legends = []
    for layout in built.section_layouts:
        for item_id in ("region_legend", "overview_legend"):
            legend = layout.itemById(item_id)
            if isinstance(legend, QgsLayoutItemLegend):
                legends.append((layout, legend))
    return legends


def _mopti_map(built):
    return next(
        (layout, legend)
        for layout, legend in _legends(built)
        if layout.itemById("region_map_title") is not None
        and "Mopti" in layout.itemById("region_map_title").currentText()
    )


def _words_in(pdf: Path, legend: QgsLayoutItemLegend) -> list[tuple[str, float, float, float]]:
    """The PDF's words inside the legend's frame: (word, left, top, bottom) in mm."""
    points_per_mm = 72 / 25.4
    frame = legend.sceneBoundingRect()
    box = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = []
    for line in box.splitlines():
        if not line.strip().startswith("<word "):
            continue
        attributes = dict(
            part.split("=", 1) for part in line.strip()[6:].split(">", 1)[0].split() if "=" in part
        )
        x_min, y_min, y_max = (
            float(attributes[key].strip('"')) / points_per_mm for key in ("xMin", "yMin", "yMax")
        )
        word = line.split(">", 1)[1].rsplit("<", 1)[0]
        if frame.left() <= x_min <= frame.right() and frame.top() <= y_min <= frame.bottom():
            words.append((word.replace("&apos;", "'"), x_min, y_min, y_max))
    return words


def _lines(words, left: float) -> list[tuple[str, float, float]]:
    """The words of the column that starts at ``left`` (mm) joined into lines, top to bottom."""
    lines: list[list] = []
    column = [word for word in words if left - 1 <= word[1] <= left + 45]
    for word, _x, top, bottom in sorted(column, key=lambda word: (word[2], word[1])):
        if lines and abs(lines[-1][1] - top) < 0.8:
            lines[-1][0] += f" {word}"
            lines[-1][2] = max(lines[-1][2], bottom)
        else:
            lines.append([word, top, bottom])
    return [tuple(line) for line in lines]


def test_legends_fit_their_frames(atlas):
    """No legend is cut by its frame's edge: Mopti's, the longest, is fitted in."""
    _language, built = atlas
    assert not [warning for warning in built.warnings if "legend" in warning.lower()]
    for layout, legend in _legends(built):
        assert content_height(legend) <= legend.sizeWithUnits().height() + 0.01, (
            layout.itemById("region_map_title") or layout.itemById("overview_title")
        ).currentText()
        assert legend.positionWithUnits().y() + legend.sizeWithUnits().height() <= 198.0


def test_headings_are_the_legend_groups_in_bold(atlas, tmp_path):
    """The style's headings are the legend's groups (renamed, reordered, restyled in the
    composer), printed in its bold Group style, the classes under them in the regular one."""
    language, built = atlas
    layout, legend = _mopti_map(built)
    groups = [group.name() for group in legend.model().rootGroup().children()]
    assert groups == list(HEADINGS[language])
    pdf = tmp_path / "mopti.pdf"
    assert QgsLayoutExporter(layout).exportToPdf(str(pdf), pdf_settings()) == (
        QgsLayoutExporter.ExportResult.Success
    )
    fonts: dict[str, set[str]] = {}

    def visit(text, _matrix, _text_matrix, font, _size):
        if text.strip() and font is not None:
            fonts.setdefault(" ".join(text.split()), set()).add(str(font.get("/BaseFont")))

    pypdf.PdfReader(pdf).pages[0].extract_text(visitor_text=visit)
    for heading in HEADINGS[language]:
        assert any("Bold" in font for font in fonts[heading]), (heading, fonts.get(heading))
    first_class = {"en": "Armed clash", "fr": "Aﬀrontement armé"}[language]  # DejaVu's "ﬀ"
    assert not any("Bold" in font for font in fonts[first_class]), fonts[first_class]


def test_each_entry_of_two_lines_has_its_own_room(atlas, tmp_path):
    """Between two entries more room than between the two lines of one: "destruction" reads
    with "Looting or property", not with the entry under it."""
    language, built = atlas
    page, entries = TWO_LINE_ENTRIES[language]
    layout, legend = next(
        (layout, legend)
        for layout, legend in _legends(built)
        if (layout.itemById("region_map_title") or layout.itemById("overview_title"))
        .currentText()
        .startswith(page)
    )
    pdf = tmp_path / "page.pdf"
    QgsLayoutExporter(layout).exportToPdf(str(pdf), pdf_settings())
    words = _words_in(pdf, legend)
    for first, second in entries:
        left = next(x for word, x, _, _ in words if word == first.split()[0])
        lines = _lines(words, left)
        texts = [text for text, _, _ in lines]
        index = texts.index(first)
        assert texts[index + 1] == second, texts
        (_, _, first_bottom), (_, second_top, second_bottom) = lines[index : index + 2]
        within = second_top - first_bottom
        between = lines[index + 2][1] - second_bottom
        assert between > within + 0.3, (first, within, between)


def test_a_long_legend_is_made_smaller_and_a_shorter_one_gets_its_size_back(atlas):
    """A legend of every type, actor and class is made smaller (never below the smallest
    text); next month, with a shorter list, the legend is printed as designed, and a size the
    analyst gave it in the composer is kept."""
    _language, built = atlas
    _layout, legend = _mopti_map(built)
    design = json.loads(legend.customProperty(LEGEND_DESIGN_PROPERTY))["design"]["text"]
    design = design[str(int(QgsLegendStyle.Style.SymbolLabel))]  # the template's 8 points
    offered = {}
    for node in legend.model().rootGroup().findLayers():
        offered[node] = list(QgsMapLayerLegendUtils.legendNodeOrder(node))
        every = str(node.customProperty(OFFERED_ENTRIES_PROPERTY) or "")
        if every:
            QgsMapLayerLegendUtils.setLegendNodeOrder(node, [int(i) for i in every.split(",")])
            legend.model().refreshLayerLegend(node)
    # Every entry of the style is more than one column of a region's frame holds, even at
    # the last step: the legend is given a second column, legible.
    assert fit_legend(legend)
    assert legend.columnCount() == 2
    assert content_height(legend) <= legend.sizeWithUnits().height()
    broken = [
        group.name()
        for group in legend.model().rootGroup().children()
        if group.customProperty(COLUMN_BREAK_PROPERTY)
    ]
    assert len(broken) <= 1, broken  # a heading keeps its entries in its column
    assert legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel) >= SMALLEST_TEXT

    for node, order in offered.items():  # a shorter month: Kidal's two incidents
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, order[:1])
        legend.model().refreshLayerLegend(node)
    assert fit_legend(legend)
    assert legend.columnCount() == 1
    # The column break the fitting put before a heading is gone with its second column.
    assert not [
        group.name()
        for group in legend.model().rootGroup().children()
        if group.customProperty(COLUMN_BREAK_PROPERTY)
    ]
    assert legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel) == design

    set_legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel, design + 1)  # the analyst
    assert fit_legend(legend)
    assert legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel) == design + 1


# A month whose Mopti has every type of incident, actor group and fatality class, and both
# kinds of location: the sample's rows, a few of Mopti's changed (ACLED's own values).
EVERY_SUB_EVENT = (
    "Armed clash",
    "Attack",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Abduction/forced disappearance",
    "Remote explosive/landmine/IED",
    "Looting/property destruction",
    "Mob violence",
    "Arrests",  # "Other"
)
EVERY_ACTOR = (
    ("Military Forces of Mali (2016-2021)", "1"),
    ("Military Forces of France", "8"),
    ("Katiba Macina", "2"),
    ("Dan Na Ambassagou", "3"),
    ("Unidentified Armed Group (Mali)", "3"),
)
# Items a region map page prints beside its legend: none may overlap it.
OTHER_ITEMS = (
    "region_map",
    "region_locator",
    "region_chart",
    "region_change_line",
    "region_legend_empty",
    "page_credit",
    "page_sources",
    "page_attribution",
)


@pytest.fixture(scope="module", params=["en", "fr"])
def every_category(request, qgis_app, tmp_path_factory, sample_month):
    folder = tmp_path_factory.mktemp(f"every_category_{request.param}")
    rows = pd.read_csv(sample_month, dtype=str, keep_default_na=False)
    mopti = rows.index[rows["admin1"] == "Mopti"]
    for row, sub_event in zip(mopti, EVERY_SUB_EVENT):
        rows.loc[row, "sub_event_type"] = sub_event
    for row, (actor, inter) in zip(mopti[len(EVERY_SUB_EVENT) :], EVERY_ACTOR):
        rows.loc[row, ["actor1", "inter1"]] = [actor, inter]
    rows.loc[mopti[-1], "geo_precision"] = "2"
    export = folder / "acled_every_category.csv"
    rows.to_csv(export, index=False)
    gpkg = folder / "incidents.gpkg"
    import_month([export], MONTH, gpkg)
    yield from _built_layouts(gpkg, request.param)


def test_a_legend_of_every_category_fits_in_two_columns(every_category, tmp_path):
    """A region with every type, actor group and fatality class: its legend, more than one
    column holds, gets a second one and fits its frame, every entry legible (6.5 points or
    more) and printed inside the frame, clear of the page's other items; no warning."""
    _language, built = every_category
    assert not [
        warning
        for warning in built.warnings
        if "legend" in warning.lower() or "légende" in warning.lower()
    ]
    layout, legend = _mopti_map(built)
    entries = {
        group.name(): len(QgsMapLayerLegendUtils.legendNodeOrder(group.findLayers()[0]))
        for group in legend.model().rootGroup().children()
    }
    # 9 types, 5 actor groups, 4 fatality classes, 2 kinds of location, 2 region fills.
    assert sorted(entries.values()) == [2, 2, 4, 5, 9], entries
    assert legend.columnCount() == 2
    for style in (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Group):
        assert legend_text_size(legend, style) >= SMALLEST_TEXT
    assert content_height(legend) <= legend.sizeWithUnits().height()
    frame = legend.sceneBoundingRect()
    for item_id in OTHER_ITEMS:
        item = layout.itemById(item_id)
        if item is not None and item.isVisible():
            assert not frame.intersects(item.sceneBoundingRect()), item_id

    pdf = tmp_path / "mopti.pdf"
    assert QgsLayoutExporter(layout).exportToPdf(str(pdf), pdf_settings()) == (
        QgsLayoutExporter.ExportResult.Success
    )
    words = _words_in(pdf, legend)
    printed = " ".join(word for word, *_ in words)
    for group in entries:
        assert group in printed, (group, printed)
    # Every word inside the frame (its right edge too) and no two words on one another.
    points_per_mm = 72 / 25.4
    box = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    boxes = [
        tuple(float(value) / points_per_mm for value in match)
        for match in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', box
        )
    ]
    inside = [
        (x0, y0, x1, y1)
        for x0, y0, x1, y1 in boxes
        if frame.left() <= x0 <= frame.right() and frame.top() <= y0 <= frame.bottom()
    ]
    assert len(inside) == len(words) > 30
    for x0, y0, x1, y1 in inside:
        assert x1 <= frame.right() + 0.01 and y1 <= frame.bottom() + 0.01, (x0, y0, x1, y1)
    # A word's box has its font's ascent and descent: the lines of one entry share half a
    # millimetre; words printed on one another share more than a millimetre.
    for i, (ax0, ay0, ax1, ay1) in enumerate(inside):
        for bx0, by0, bx1, by1 in inside[i + 1 :]:
            overlap = min(ax1, bx1) - max(ax0, bx0), min(ay1, by1) - max(ay0, by0)
            assert not (overlap[0] > 1.0 and overlap[1] > 1.0), ((ax0, ay0), (bx0, by0))
