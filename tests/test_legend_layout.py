"""How the atlas's legends are laid out (issue 11, item 7): headings printed as headings (the
legend's bold Group style), every entry of one or two lines in its own room, and every legend
inside its frame, in English and French, on the PDF QGIS writes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

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
    project = QgsProject()
    built = build_layouts(
        sample_gpkg, MONTH, project, settings=AtlasSettings(credit="T", language=request.param)
    )
    yield request.param, built
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
    # Every entry of the style is more than a region's frame holds, even at the last step:
    # fitted as far as it goes, and said (the atlas warns, see region_map.py).
    assert not fit_legend(legend)
    assert content_height(legend) > legend.sizeWithUnits().height()
    assert legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel) == SMALLEST_TEXT

    for node, order in offered.items():  # a shorter month: Kidal's two incidents
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, order[:1])
        legend.model().refreshLayerLegend(node)
    assert fit_legend(legend)
    assert legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel) == design

    set_legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel, design + 1)  # the analyst
    assert fit_legend(legend)
    assert legend_text_size(legend, QgsLegendStyle.Style.SymbolLabel) == design + 1
