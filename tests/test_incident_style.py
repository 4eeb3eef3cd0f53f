"""symbology/incidents.qml styles a month's incident layer the way the printed report does.

Shapes by type of incident, colours by actor group, a legend of two short lists ("Type of
incident", "Actors") that legend filtering keeps to what a page shows, co-located incidents
displaced, one label per place. The tests build their own incident layer: a GeoPackage
written in tmp_path with the importer's fields and a few dozen points in Mali, several of
them at the same place.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsLayerTree,
    QgsLayerTreeModel,
    QgsMapHitTest,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsRectangle,
    QgsRenderContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QSize, Qt
from qgis.PyQt.QtGui import QColor, QImage, QPainter

from mali_incidents import compat
from mali_incidents.definitions import (
    ACTOR_GROUPS,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    INCIDENT_TYPE_OTHER,
    INCIDENT_TYPES,
    STYLE_INCIDENTS,
)
from mali_incidents.paths import symbology_path

STYLE = symbology_path(STYLE_INCIDENTS)
TYPE_HEADING = "Type of incident"
ACTOR_HEADING = "Actors"
BACKGROUND = "#e6e1d7"  # not white: the "Unidentified" fill is white
DPI = 150  # an 800 px map is then 135 mm wide, as on an A4 page


class Incident(NamedTuple):
    location: str
    admin1: str
    longitude: float
    latitude: float
    incident_type: str
    actor_group: str
    fatalities: int = 0


SECURITY, EXTERNAL, JIHADIST, MILITIAS, UNIDENTIFIED = ACTOR_GROUPS

INCIDENTS = (
    # The west: only armed clashes and looting, by security forces and militias.
    Incident("Bamako", "Bamako", -8.00, 12.65, "Armed clash", SECURITY),
    Incident("Bamako", "Bamako", -8.00, 12.65, "Armed clash", MILITIAS, 2),
    Incident("Kita", "Kayes", -9.49, 13.03, "Armed clash", SECURITY, 1),
    Incident("Kayes", "Kayes", -11.43, 14.45, "Looting or property destruction", MILITIAS),
    # Boni: four incidents of four groups in the same village.
    Incident("Boni", "Mopti", -1.97, 15.07, "Violence against civilians", JIHADIST, 3),
    Incident("Boni", "Mopti", -1.97, 15.07, "Abduction", UNIDENTIFIED),
    Incident("Boni", "Mopti", -1.97, 15.07, "IED or grenade", EXTERNAL, 1),
    Incident("Boni", "Mopti", -1.97, 15.07, "Armed clash", SECURITY, 4),
    Incident("Gao", "Gao", -0.04, 16.27, "Airstrike", EXTERNAL, 5),
    Incident("Gao", "Gao", -0.04, 16.27, "Mortar or rocket attack", JIHADIST),
    Incident("Gao", "Gao", -0.04, 16.27, "Mob violence or violent demonstration", UNIDENTIFIED),
    Incident("Menaka", "Menaka", 2.40, 15.92, "Looting or property destruction", JIHADIST),
    Incident("Menaka", "Menaka", 2.40, 15.92, INCIDENT_TYPE_OTHER, MILITIAS),
    # Three villages that no gazetteer has, put on one point of their cercle (as ACLED does).
    Incident("Tile", "Mopti", -3.6216, 14.4477, "Violence against civilians", JIHADIST, 1),
    Incident("Parou", "Mopti", -3.6216, 14.4477, "Armed clash", MILITIAS),
    Incident("Fiko", "Mopti", -3.6216, 14.4477, "Looting or property destruction", JIHADIST),
    Incident("Bankass", "Mopti", -3.52, 14.08, "Violence against civilians", JIHADIST, 6),
    Incident("Bankass", "Mopti", -3.52, 14.08, "Violence against civilians", JIHADIST, 2),
    Incident("Douentza", "Mopti", -2.95, 15.00, "Airstrike", SECURITY, 7),
    Incident("Bandiagara", "Mopti", -3.61, 14.35, "Violence against civilians", MILITIAS, 1),
    Incident(
        "Djenne", "Mopti", -4.55, 13.90, "Mob violence or violent demonstration", UNIDENTIFIED
    ),
    Incident("Niono", "Segou", -5.99, 14.25, "IED or grenade", SECURITY, 2),
    Incident("Diabaly", "Segou", -6.02, 14.69, "Armed clash", JIHADIST, 3),
    Incident("Tenenkou", "Mopti", -4.92, 14.46, "Abduction", MILITIAS),
    Incident("Lere", "Tombouctou", -4.91, 15.71, "Looting or property destruction", UNIDENTIFIED),
    Incident("Tombouctou", "Tombouctou", -3.00, 16.77, "Abduction", JIHADIST),
    Incident("Gossi", "Tombouctou", -1.30, 15.82, "Armed clash", MILITIAS, 2),
    Incident("Tessit", "Gao", 0.30, 15.20, "Mortar or rocket attack", EXTERNAL),
    Incident("Ansongo", "Gao", 0.50, 15.66, "IED or grenade", JIHADIST, 1),
    Incident("Kidal", "Kidal", 1.41, 18.44, INCIDENT_TYPE_OTHER, UNIDENTIFIED),
    Incident("Sikasso", "Sikasso", -5.67, 11.32, "Violence against civilians", SECURITY),
)

MALI = QgsRectangle(-12.5, 9.5, 4.5, 26.5)
CENTRE = QgsRectangle(-4.6, 13.3, 0.8, 18.7)
WEST = QgsRectangle(-12.5, 10.0, -6.5, 16.0)
BONI = QgsRectangle(-2.3, 14.75, -1.65, 15.4)


def _present(extent: QgsRectangle) -> tuple[set[str], set[str]]:
    """The incident types and actor groups of the test incidents inside an extent."""
    inside = [i for i in INCIDENTS if extent.contains(QgsPointXY(i.longitude, i.latitude))]
    return {i.incident_type for i in inside}, {i.actor_group for i in inside}


def write_incident_layer(path: Path) -> QgsVectorLayer:
    """A GeoPackage point layer in EPSG:4326 with the importer's fields."""
    fields = QgsFields()
    for name, kind in (
        ("event_date", "date"),
        ("location", "string"),
        ("admin1", "string"),
        ("fatalities", "int"),
        ("notes", "string"),
        (FIELD_INCIDENT_TYPE, "string"),
        (FIELD_ACTOR_GROUP, "string"),
    ):
        fields.append(compat.make_field(name, kind))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "incidents"
    writer = QgsVectorFileWriter.create(
        str(path),
        fields,
        compat.POINT_WKB,
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateTransformContext(),
        options,
    )
    assert writer.hasError() == QgsVectorFileWriter.WriterError.NoError, writer.errorMessage()
    for day, incident in enumerate(INCIDENTS, start=1):
        feature = QgsFeature(fields)
        feature.setAttributes(
            [
                QDate(2021, 2, 1 + day % 28),
                incident.location,
                incident.admin1,
                incident.fatalities,
                f"An incident in {incident.location}.",
                incident.incident_type,
                incident.actor_group,
            ]
        )
        feature.setGeometry(
            QgsGeometry.fromPointXY(QgsPointXY(incident.longitude, incident.latitude))
        )
        assert writer.addFeature(feature)
    del writer  # closes the file

    layer = QgsVectorLayer(f"{path}|layername=incidents", "incidents", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == len(INCIDENTS)
    return layer


@contextmanager
def logged_messages() -> Iterator[list[tuple[str, str, Qgis.MessageLevel]]]:
    """Messages QGIS writes to its message log while the block runs."""
    messages: list[tuple[str, str, Qgis.MessageLevel]] = []

    def collect(message: str, tag: str, level: Qgis.MessageLevel) -> None:
        messages.append((message, tag, level))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(collect)
    try:
        yield messages
    finally:
        log.messageReceived.disconnect(collect)


@pytest.fixture()
def incident_layer(qgis_app, tmp_path: Path) -> QgsVectorLayer:
    return write_incident_layer(tmp_path / "incidents.gpkg")


@pytest.fixture()
def styled_layer(incident_layer: QgsVectorLayer) -> QgsVectorLayer:
    message, ok = incident_layer.loadNamedStyle(str(STYLE))
    assert ok, message
    return incident_layer


def rule_renderer(layer: QgsVectorLayer):
    """The rule-based renderer, inside the point displacement renderer or not."""
    renderer = layer.renderer()
    if renderer.type() == "pointDisplacement":
        renderer = renderer.embeddedRenderer()
    assert renderer.type() == "RuleRenderer"
    return renderer


def map_settings(layer: QgsVectorLayer, extent: QgsRectangle, size: int = 800) -> QgsMapSettings:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(size, size))
    settings.setOutputDpi(DPI)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor(BACKGROUND))
    return settings


def render(settings: QgsMapSettings) -> QgsMapRendererSequentialJob:
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    assert not job.errors(), [error.message for error in job.errors()]
    return job


def rgb_pixels(image: QImage) -> np.ndarray:
    """The image as a height x width x 3 array of 8-bit RGB values."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.height() * image.bytesPerLine())
    rows = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, : image.width(), 2::-1].copy()  # BGRA in memory -> RGB


def count_colour(pixels: np.ndarray, colour: QColor, tolerance: int = 3) -> int:
    target = np.array([colour.red(), colour.green(), colour.blue()])
    return int((np.abs(pixels.astype(int) - target).max(axis=2) <= tolerance).sum())


def actor_colours(layer: QgsVectorLayer) -> dict[str, QColor]:
    """Each actor group's colour, as the style's legend patches show it."""
    actors = next(
        r for r in rule_renderer(layer).rootRule().children() if r.label() == ACTOR_HEADING
    )
    return {
        rule.label(): rule.symbol().symbolLayer(0).subSymbol().color() for rule in actors.children()
    }


def legend_labels(layer: QgsVectorLayer, settings: QgsMapSettings | None = None) -> list[str]:
    """The labels of the layer's legend, filtered by map content if settings are given."""
    root = QgsLayerTree()
    node = root.addLayer(layer)
    model = QgsLayerTreeModel(root)
    if settings is not None:
        compat.filter_legend_by_map(model, settings)
    return [n.data(Qt.ItemDataRole.DisplayRole) for n in model.layerLegendNodes(node)]


def test_style_loads_onto_the_incident_layer_without_warnings(incident_layer):
    assert STYLE.is_file()
    with logged_messages() as messages:
        message, ok = incident_layer.loadNamedStyle(str(STYLE))

    assert ok, message
    warnings = [
        m for m in messages if m[2] in (Qgis.MessageLevel.Warning, Qgis.MessageLevel.Critical)
    ]
    assert warnings == []
    assert incident_layer.renderer().type() == "pointDisplacement"
    assert rule_renderer(incident_layer).type() == "RuleRenderer"
    assert incident_layer.labelsEnabled()


def test_legend_is_two_short_lists_not_type_by_actor_combinations(styled_layer):
    items = styled_layer.renderer().legendSymbolItems()
    headings = {item.ruleKey(): item.label() for item in items if item.level() == 0}
    children: dict[str, list[str]] = {}
    for item in items:
        if item.level() == 1:
            children.setdefault(headings[item.parentRuleKey()], []).append(item.label())

    assert list(headings.values()) == [TYPE_HEADING, ACTOR_HEADING]
    assert children[TYPE_HEADING] == list(INCIDENT_TYPES)
    assert children[ACTOR_HEADING] == list(ACTOR_GROUPS)
    assert len(items) == 2 + len(INCIDENT_TYPES) + len(ACTOR_GROUPS)
    assert all(item.level() <= 1 for item in items)


def test_rules_filter_on_quoted_field_names(styled_layer):
    types, actors = rule_renderer(styled_layer).rootRule().children()
    assert types.filterExpression() == "" and actors.filterExpression() == ""
    assert [rule.filterExpression() for rule in types.children()] == [
        f"\"{FIELD_INCIDENT_TYPE}\" = '{incident_type}'" for incident_type in INCIDENT_TYPES
    ]
    assert [rule.filterExpression() for rule in actors.children()] == [
        f"\"{FIELD_ACTOR_GROUP}\" = '{group}'" for group in ACTOR_GROUPS
    ]


def legend_icon(symbol, size: int = 120) -> np.ndarray:
    """A symbol's legend icon as legends draw it (no feature), 600 dpi on white."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    context = QgsRenderContext.fromQPainter(painter)
    context.setScaleFactor(600 / 25.4)  # pixels per millimetre
    symbol.drawPreviewIcon(painter, QSize(size, size), context)
    painter.end()
    return rgb_pixels(image)


def test_type_icons_are_grey_and_actor_icons_show_their_colour(styled_layer):
    colours = actor_colours(styled_layer)
    assert len({colour.name() for colour in colours.values()}) == len(ACTOR_GROUPS)

    types, actors = rule_renderer(styled_layer).rootRule().children()
    for rule in types.children():
        icon = legend_icon(rule.symbol())
        assert count_colour(icon, rule.symbol().color()) > 100, rule.label()  # the grey fill
        for group, colour in colours.items():
            if colour.name() != "#ffffff":  # the icons' background is white
                assert count_colour(icon, colour) == 0, (rule.label(), group)
    for rule in actors.children():
        icon = legend_icon(rule.symbol())
        colour = colours[rule.label()]
        assert count_colour(icon, colour) > 1000, rule.label()  # a 3.4 mm disc at 600 dpi
        assert tuple(icon[60, 60]) == (colour.red(), colour.green(), colour.blue())


def test_actor_rules_draw_nothing_on_the_map(styled_layer):
    only_actors = rule_renderer(styled_layer).clone()
    only_actors.rootRule().removeChildAt(0)  # the "Type of incident" rules
    assert [r.label() for r in only_actors.rootRule().children()] == [ACTOR_HEADING]
    styled_layer.setRenderer(only_actors)
    styled_layer.setLabelsEnabled(False)

    image = render(map_settings(styled_layer, MALI)).renderedImage()

    pixels = rgb_pixels(image)
    assert (
        count_colour(pixels, QColor(BACKGROUND), tolerance=0) == pixels.shape[0] * pixels.shape[1]
    )


def test_rendered_map_shows_incidents_in_actor_colours(styled_layer, tmp_path):
    image = render(map_settings(styled_layer, MALI)).renderedImage()
    png = tmp_path / "incidents_map.png"
    assert image.save(str(png)) and png.stat().st_size > 0

    pixels = rgb_pixels(QImage(str(png)))
    drawn = pixels.shape[0] * pixels.shape[1] - count_colour(pixels, QColor(BACKGROUND), 0)
    assert drawn > 3000
    seen = {
        group: count_colour(pixels, colour) for group, colour in actor_colours(styled_layer).items()
    }
    assert all(count >= 30 for count in seen.values()), seen


def test_colocated_incidents_are_spread_around_their_place(styled_layer, tmp_path):
    styled_layer.setLabelsEnabled(False)
    settings = map_settings(styled_layer, BONI)
    image = render(settings).renderedImage()
    image.save(str(tmp_path / "boni.png"))

    pixels = rgb_pixels(image)
    colours = actor_colours(styled_layer)
    _, groups_in_boni = _present(BONI)
    assert len(groups_in_boni) == 4
    # Stacked, the last symbol drawn would hide the others; displaced, all four show whole.
    for group in groups_in_boni:
        assert count_colour(pixels, colours[group]) >= 40, group
    # ... and away from the village's own point, which keeps only the small centre dot.
    boni = settings.mapToPixel().transform(QgsPointXY(-1.97, 15.07))
    x, y = round(boni.x()), round(boni.y())
    centre = pixels[y - 5 : y + 6, x - 5 : x + 6]
    assert count_colour(centre, QColor(BACKGROUND)) > 60  # a dot, the rest is background
    assert all(count_colour(centre, colours[group]) == 0 for group in groups_in_boni)


def places(incidents: tuple[Incident, ...] = INCIDENTS) -> dict[QgsPointXY, list[Incident]]:
    """The incidents grouped by point: one place, one label, one displacement ring."""
    by_point: dict[QgsPointXY, list[Incident]] = {}
    for incident in incidents:
        by_point.setdefault(QgsPointXY(incident.longitude, incident.latitude), []).append(incident)
    return by_point


def place_label(incidents: list[Incident]) -> str:
    return ", ".join(sorted({incident.location for incident in incidents}))


def symbol_footprints(layer: QgsVectorLayer, settings: QgsMapSettings) -> dict[str, QgsGeometry]:
    """Where each place's symbols are drawn, in map units, by the place's label.

    A lone incident's symbol is a box of its size around the place; co-located incidents are
    spread on a ring of QGIS's radius max(d / 2, n * d / (2 pi)), d the diagonal of the
    group's largest symbol: the disc reaching 1 mm beyond the ring's symbol centres.
    """
    types, _ = rule_renderer(layer).rootRule().children()
    sizes = {rule.label(): rule.symbol().size() for rule in types.children()}
    map_units_per_mm = settings.mapUnitsPerPixel() * DPI / 25.4
    footprints = {}
    for centre, incidents in places().items():
        largest = max(sizes[incident.incident_type] for incident in incidents)
        if len(incidents) == 1:
            half = largest / 2 * map_units_per_mm
            box = QgsRectangle(
                centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half
            )
            footprint = QgsGeometry.fromRect(box)
        else:
            diagonal = largest * math.sqrt(2)
            ring = max(diagonal / 2, len(incidents) * diagonal / (2 * math.pi))
            footprint = QgsGeometry.fromPointXY(centre).buffer((ring + 1) * map_units_per_mm, 16)
        footprints[place_label(incidents)] = footprint
    return footprints


@pytest.mark.parametrize(
    ("extent", "name", "labelled"),
    [
        (CENTRE, "centre", {"Boni", "Gao", "Bankass", "Fiko, Parou, Tile"}),
        # At country scale labels that would overlap are dropped; the busiest places stay.
        (MALI, "mali", {"Boni", "Gao", "Bankass"}),
    ],
)
def test_one_label_per_place_kept_off_the_symbols(styled_layer, tmp_path, extent, name, labelled):
    settings = map_settings(styled_layer, extent)
    job = render(settings)
    job.renderedImage().save(str(tmp_path / f"labels_{name}.png"))
    labels = job.takeLabelingResults().allLabels()

    texts = Counter(label.labelText for label in labels)
    assert texts, "no labels drawn"
    assert max(texts.values()) == 1, texts
    assert set(texts) <= {place_label(incidents) for incidents in places().values()}
    # Places with several incidents keep their label, under one name or several.
    assert labelled <= set(texts)
    footprints = symbol_footprints(styled_layer, settings)
    for label in labels:
        covered = [
            p for p, f in footprints.items() if f.intersects(QgsGeometry.fromRect(label.labelRect))
        ]
        assert covered == [], f"label {label.labelText!r} covers the symbols of {covered}"

    label_settings: QgsPalLayerSettings = styled_layer.labeling().settings()
    assert label_settings.format().font().family() == "DejaVu Sans"
    assert label_settings.format().buffer().enabled()
    assert label_settings.placement == compat.ORDERED_POSITIONS_AROUND_POINT
    assert label_settings.obstacleSettings().isObstacle()


def test_symbols_are_sized_in_millimetres_for_print(styled_layer):
    types, _ = rule_renderer(styled_layer).rootRule().children()
    for rule in types.children():
        symbol = rule.symbol()
        assert symbol.sizeUnit() == compat.MILLIMETERS, rule.label()
        low, high = (1.5, 2.5) if rule.label() == INCIDENT_TYPE_OTHER else (2.8, 4.6)
        assert low <= symbol.size() <= high, (rule.label(), symbol.size())


@pytest.mark.parametrize(("extent", "name"), [(WEST, "west"), (BONI, "boni"), (MALI, "mali")])
def test_legend_filtered_by_map_lists_only_what_the_page_shows(styled_layer, extent, name):
    types_present, groups_present = _present(extent)
    settings = map_settings(styled_layer, extent)
    assert settings.visibleExtent().contains(extent)

    hit_test = QgsMapHitTest(settings)
    hit_test.run()
    visible = {
        item.label()
        for item in styled_layer.renderer().legendSymbolItems()
        if item.level() == 1 and hit_test.legendKeyVisible(item.ruleKey(), styled_layer)
    }
    assert visible == types_present | groups_present

    expected = (
        [TYPE_HEADING]
        + [t for t in INCIDENT_TYPES if t in types_present]
        + [ACTOR_HEADING]
        + [g for g in ACTOR_GROUPS if g in groups_present]
    )
    assert legend_labels(styled_layer, settings) == expected, name


def test_west_page_lists_two_types_and_two_actors(styled_layer):
    """The extents above are not all-inclusive by accident: the west shows two of each."""
    assert legend_labels(styled_layer, map_settings(styled_layer, WEST)) == [
        TYPE_HEADING,
        "Armed clash",
        "Looting or property destruction",
        ACTOR_HEADING,
        SECURITY,
        MILITIAS,
    ]
