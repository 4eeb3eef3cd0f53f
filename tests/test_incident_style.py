"""symbology/incidents.qml styles a month's incident layer the way the printed report does.

Shapes by type of incident, colours by actor group, sizes by fatality class, approximate
locations in a dashed ring, a legend of short lists ("Type of incident", "Actors",
"Fatalities", "Location") that legend filtering keeps to what a page shows, co-located
incidents displaced, one label per place. The tests build their own incident layer: a GeoPackage
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
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
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
from mali_incidents.incident_legend import (
    fatality_class_labels,
    fatality_class_minimums,
    label_fatality_and_location_rules,
)
from mali_incidents.paths import symbology_path

STYLE = symbology_path(STYLE_INCIDENTS)
TYPE_HEADING = "Type of incident"
ACTOR_HEADING = "Actors"
BACKGROUND = "#e6e1d7"  # not white: labels have white halos
REGION_FILL = QColor(242, 235, 219)  # regions.qml: the page's region, the beige fill
FATALITY_HEADING = "Fatalities"
FATALITY_CLASSES = ("0", "1–4", "5–19", "20 or more")
LOCATION_HEADING = "Location"
APPROXIMATE = "Approximate location"
SEVERAL_AT_ONE_PLACE = "Several incidents at one place"
DPI = 150  # an 800 px map is then 135 mm wide, as on an A4 page


class Incident(NamedTuple):
    location: str
    admin1: str
    longitude: float
    latitude: float
    incident_type: str
    actor_group: str
    fatalities: int = 0
    geo_precision: int = 1  # ACLED: 1 the place itself, 2 near it, 3 its district or region


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
    Incident("Douentza", "Mopti", -2.95, 15.00, "Airstrike", SECURITY, 27),
    Incident("Bandiagara", "Mopti", -3.61, 14.35, "Violence against civilians", MILITIAS, 1),
    Incident(
        "Djenne", "Mopti", -4.55, 13.90, "Mob violence or violent demonstration", UNIDENTIFIED
    ),
    Incident("Niono", "Segou", -5.99, 14.25, "IED or grenade", SECURITY, 2),
    Incident("Diabaly", "Segou", -6.02, 14.69, "Armed clash", JIHADIST, 3),
    Incident("Tenenkou", "Mopti", -4.92, 14.46, "Abduction", MILITIAS),
    Incident("Lere", "Tombouctou", -4.91, 15.71, "Looting or property destruction", UNIDENTIFIED),
    Incident("Tombouctou", "Tombouctou", -3.00, 16.77, "Abduction", JIHADIST),
    Incident("Gossi", "Tombouctou", -1.30, 15.82, "Armed clash", MILITIAS, 2, 2),
    Incident("Tessit", "Gao", 0.30, 15.20, "Mortar or rocket attack", EXTERNAL),
    Incident("Ansongo", "Gao", 0.50, 15.66, "IED or grenade", JIHADIST, 1),
    Incident("Kidal", "Kidal", 1.41, 18.44, INCIDENT_TYPE_OTHER, UNIDENTIFIED, 0, 3),
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
        ("geo_precision", "int"),
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
                incident.geo_precision,
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


def test_legend_is_short_lists_not_type_by_actor_combinations(styled_layer):
    items = styled_layer.renderer().legendSymbolItems()
    headings = {item.ruleKey(): item.label() for item in items if item.level() == 0}
    children: dict[str, list[str]] = {}
    for item in items:
        if item.level() == 1:
            children.setdefault(headings[item.parentRuleKey()], []).append(item.label())

    assert list(headings.values()) == [
        TYPE_HEADING,
        ACTOR_HEADING,
        FATALITY_HEADING,
        LOCATION_HEADING,
    ]
    assert children[TYPE_HEADING] == list(INCIDENT_TYPES)
    assert children[ACTOR_HEADING] == list(ACTOR_GROUPS)
    assert children[FATALITY_HEADING] == list(FATALITY_CLASSES)
    assert children[LOCATION_HEADING] == [APPROXIMATE, SEVERAL_AT_ONE_PLACE]
    assert len(items) == 4 + len(INCIDENT_TYPES) + len(ACTOR_GROUPS) + len(FATALITY_CLASSES) + 2
    assert all(item.level() <= 1 for item in items)


def test_rules_filter_on_quoted_field_names(styled_layer):
    types, actors, *_ = rule_renderer(styled_layer).rootRule().children()
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

    types, actors, *_ = rule_renderer(styled_layer).rootRule().children()
    for rule in types.children():
        icon = legend_icon(rule.symbol())
        assert count_colour(icon, rule.symbol().color()) > 100, rule.label()  # the grey fill
        for group, colour in colours.items():
            if colour.saturation() > 0:  # a grey is also the dark outline's anti-aliasing
                assert count_colour(icon, colour) == 0, (rule.label(), group)
    for rule in actors.children():
        icon = legend_icon(rule.symbol())
        colour = colours[rule.label()]
        assert count_colour(icon, colour) > 1000, rule.label()  # a 3.4 mm disc at 600 dpi
        assert tuple(icon[60, 60]) == (colour.red(), colour.green(), colour.blue())


def test_legend_only_rules_draw_nothing_on_the_map(styled_layer):
    only_actors = rule_renderer(styled_layer).clone()
    only_actors.rootRule().removeChildAt(0)  # the "Type of incident" rules
    assert [r.label() for r in only_actors.rootRule().children()] == [
        ACTOR_HEADING,
        FATALITY_HEADING,
        LOCATION_HEADING,
    ]
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


def fatality_class(fatalities: int) -> int:
    """The index of a fatality count's class: 0, 1–4, 5–19, 20 or more."""
    return sum(fatalities >= low for low in (1, 5, 20))


def feature_of(layer: QgsVectorLayer, incident: Incident) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    for name, value in (
        ("location", incident.location),
        ("admin1", incident.admin1),
        ("fatalities", incident.fatalities),
        ("geo_precision", incident.geo_precision),
        (FIELD_INCIDENT_TYPE, incident.incident_type),
        (FIELD_ACTOR_GROUP, incident.actor_group),
    ):
        feature[name] = value
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(incident.longitude, incident.latitude)))
    return feature


def evaluated(layer: QgsVectorLayer, symbol_layer, key, feature: QgsFeature, default):
    """A symbol layer's data-defined value for a feature, as the map evaluates it."""
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    value, _ = symbol_layer.dataDefinedProperties().valueAsDouble(key, context, default)
    return value


def type_symbol(layer: QgsVectorLayer, incident_type: str):
    types, *_ = rule_renderer(layer).rootRule().children()
    return next(rule.symbol() for rule in types.children() if rule.label() == incident_type)


def drawn_size(layer: QgsVectorLayer, incident: Incident) -> float:
    """The diameter (mm) of an incident's symbol on the map, with its fatality class."""
    marker = type_symbol(layer, incident.incident_type).symbolLayer(0)
    return evaluated(
        layer, marker, compat.SYMBOL_SIZE_PROPERTY, feature_of(layer, incident), marker.size()
    )


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
    map_units_per_mm = settings.mapUnitsPerPixel() * DPI / 25.4
    footprints = {}
    for centre, incidents in places().items():
        largest = max(drawn_size(layer, incident) for incident in incidents)
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
    types, *_ = rule_renderer(styled_layer).rootRule().children()
    for rule in types.children():
        symbol = rule.symbol()
        assert symbol.sizeUnit() == compat.MILLIMETERS, rule.label()
        assert 2.8 <= symbol.size() <= 5.5, (rule.label(), symbol.size())


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
    assert types_present | groups_present <= visible

    inside = [i for i in INCIDENTS if extent.contains(QgsPointXY(i.longitude, i.latitude))]
    classes_present = {FATALITY_CLASSES[fatality_class(i.fatalities)] for i in inside}
    approximate = [APPROXIMATE] if any(i.geo_precision >= 2 for i in inside) else []
    expected = (
        [TYPE_HEADING]
        + [t for t in INCIDENT_TYPES if t in types_present]
        + [ACTOR_HEADING]
        + [g for g in ACTOR_GROUPS if g in groups_present]
        + [FATALITY_HEADING]
        + [c for c in FATALITY_CLASSES if c in classes_present]
        + ([LOCATION_HEADING, *approximate] if approximate else [])
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
        FATALITY_HEADING,
        "0",
        "1–4",
    ]


def test_symbol_size_grows_with_the_fatality_class(styled_layer):
    """1: a 57-fatality attack is no longer the size of a looting next to it."""
    classes = QgsExpressionContextUtils.layerScope(styled_layer)
    assert classes.variable("incident_fatality_classes") == "0,1,5,20"
    for incident_type in INCIDENT_TYPES:
        sizes = {
            fatalities: drawn_size(
                styled_layer, Incident("X", "Mopti", -3, 14, incident_type, JIHADIST, fatalities)
            )
            for fatalities in (0, 1, 4, 5, 19, 20, 57)
        }
        assert sizes[1] == sizes[4] and sizes[5] == sizes[19] and sizes[20] == sizes[57], sizes
        assert sizes[0] < sizes[1] < sizes[5] < sizes[20], (incident_type, sizes)
        assert sizes[57] >= 2.4 * sizes[0], (incident_type, sizes)
        assert sizes[0] >= 2.2, (incident_type, sizes)  # still visible at print scale


def test_fatality_legend_classes_select_their_incidents_and_grow(styled_layer):
    *_, fatalities, _ = rule_renderer(styled_layer).rootRule().children()
    assert [rule.label() for rule in fatalities.children()] == list(FATALITY_CLASSES)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(styled_layer))
    inked = []
    for index, rule in enumerate(fatalities.children()):
        expression = QgsExpression(rule.filterExpression())
        for count in (0, 1, 4, 5, 19, 20, 57):
            feature = feature_of(
                styled_layer, Incident("X", "Mopti", -3, 14, "Other", MILITIAS, count)
            )
            context.setFeature(feature)
            selected = bool(expression.evaluate(context))
            assert not expression.hasEvalError(), expression.evalErrorString()
            assert selected == (fatality_class(count) == index), (rule.label(), count)
        icon = legend_icon(rule.symbol())
        inked.append(int((icon.max(axis=2) < 250).sum()))
    assert inked == sorted(inked) and len(set(inked)) == len(inked), inked


def test_no_shape_is_dwarfed_and_other_is_not_a_circle(styled_layer):
    """6: the flame as large as the other shapes; "Other" does not read as an armed clash."""
    inked = {}
    for incident_type in INCIDENT_TYPES:
        icon = legend_icon(type_symbol(styled_layer, incident_type))
        inked[incident_type] = icon.max(axis=2) < 250
    clash = inked["Armed clash"].sum()
    for incident_type, mask in inked.items():
        assert mask.sum() >= 0.6 * clash, (incident_type, mask.sum(), clash)
    differing = (inked[INCIDENT_TYPE_OTHER] != inked["Armed clash"]).sum()
    assert differing >= 0.15 * clash, differing


def _relative_luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def test_actor_colours_stand_out_on_the_region_fill(styled_layer):
    """6: no actor colour vanishes on the beige of a region (white and yellow did)."""
    fill = _relative_luminance(REGION_FILL)
    for group, colour in actor_colours(styled_layer).items():
        lighter, darker = sorted((fill, _relative_luminance(colour)), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 2.0, (group, colour.name())


def test_approximate_locations_are_drawn_in_a_dashed_ring(styled_layer, tmp_path):
    """12: ACLED geo_precision 2 and 3 (near the place, its district) are not exact points."""
    styled_layer.setLabelsEnabled(False)
    kidal = QgsPointXY(1.41, 18.44)  # Other, unidentified, geo_precision 3
    sikasso = QgsPointXY(-5.67, 11.32)  # Violence against civilians, geo_precision 1
    outline = QColor(35, 35, 35)
    rings = {}
    for name, point in (("kidal", kidal), ("sikasso", sikasso)):
        extent = QgsRectangle(point.x() - 0.3, point.y() - 0.3, point.x() + 0.3, point.y() + 0.3)
        settings = map_settings(styled_layer, extent, size=200)
        image = render(settings).renderedImage()
        image.save(str(tmp_path / f"{name}.png"))
        pixels = rgb_pixels(image)
        centre = settings.mapToPixel().transform(point)
        ys, xs = np.mgrid[0 : pixels.shape[0], 0 : pixels.shape[1]]
        distance_mm = np.hypot(xs - centre.x(), ys - centre.y()) * 25.4 / DPI
        symbol_mm = drawn_size(
            styled_layer, next(i for i in INCIDENTS if i.location.lower() == name)
        )
        # Between the corners of a square symbol and just past the ring (1.2 mm out).
        annulus = (distance_mm > symbol_mm * 0.72 + 0.15) & (distance_mm < symbol_mm / 2 + 1.6)
        rings[name] = count_colour(pixels[annulus][np.newaxis], outline, tolerance=40)
    assert rings["kidal"] >= 20, rings
    assert rings["sikasso"] <= 3, rings  # a corner's anti-aliasing at most


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                *("FATALITIES", "0", "1–4", "5–19", "20 or more"),
                *("LOCATION", APPROXIMATE, SEVERAL_AT_ONE_PLACE),
            ],
        ),
        (
            "fr",
            [
                *("MORTS", "0", "1–4", "5–19", "20 et plus"),
                *("LIEU", "Localisation approximative", "Plusieurs incidents en un même lieu"),
            ],
        ),
    ],
)
def test_fatality_and_location_lists_in_the_atlas_language(styled_layer, language, expected):
    renderer = rule_renderer(styled_layer)
    label_fatality_and_location_rules(styled_layer, renderer, language)
    *_, fatalities, location = renderer.rootRule().children()
    labels = [fatalities.label()] + [r.label() for r in fatalities.children()]
    labels += [location.label()] + [r.label() for r in location.children()]
    assert labels == expected


def test_fatality_classes_follow_the_layer_variable(styled_layer):
    """An analyst who sets the classes to 0, 1, 10, 50 in QGIS gets them in the legend and
    on the map, without touching the expressions."""
    QgsExpressionContextUtils.setLayerVariable(
        styled_layer, "incident_fatality_classes", "0,1,10,50"
    )
    assert fatality_class_minimums(styled_layer) == (0, 1, 10, 50)
    assert fatality_class_labels((0, 1, 10, 50)) == ["0", "1–9", "10–49", "50 or more"]
    sizes = [
        drawn_size(styled_layer, Incident("X", "Mopti", -3, 14, "Armed clash", SECURITY, count))
        for count in (5, 9, 10, 49, 50)
    ]
    assert sizes[0] == sizes[1] < sizes[2] == sizes[3] < sizes[4], sizes


def test_charts_show_each_actor_group_in_its_map_colour(styled_layer):
    """Colour is the actor on the maps: the charts of the Key changes page and of the region
    pages (symbology/charts.qml) use the same colour for each group (Militias were yellow in
    the charts and pink on the maps)."""
    charts = QgsVectorLayer(
        "Polygon?crs=EPSG:4326&field=kind:string&field=actor_group:string", "c", "memory"
    )
    message, ok = charts.loadNamedStyle(str(symbology_path("charts.qml")))
    assert ok, message
    chart_colours = {
        rule.label(): rule.symbol().color().name()
        for rule in charts.renderer().rootRule().children()
        if rule.symbol() is not None
    }
    map_colours = {group: colour.name() for group, colour in actor_colours(styled_layer).items()}
    assert map_colours and all(
        chart_colours.get(group) == colour for group, colour in map_colours.items()
    ), (map_colours, chart_colours)
