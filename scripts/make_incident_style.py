"""Write symbology/incidents.qml, the style of a month's incident layer.

The QML is an ordinary QGIS style file, written by QGIS itself (``saveNamedStyle``) from the
renderer and labels built here, so an analyst can open and change it in the Layer Styling
panel. This script made the first version and documents why it is built as it is; the QML
is the file of record: edit it in QGIS, or change the design here and run the script again
(it overwrites the QML), then look at the result in QGIS and commit both.

The design, as the printed report's legend has it:

- marker SHAPE = type of incident, marker FILL = actor group, dark outline;
- the legend reads as two short lists, "Type of incident" (shapes, in neutral grey) and
  "Actors" (colours), not one entry per type x actor combination;
- incidents at the same place are displaced around it on a thin ring;
- one label per place (point), placed around it, kept off the symbols, displaced or not.

How the two lists are made, in one layer: a rule-based renderer with two parent rules that
have no symbol of their own (they are the headings):

- "Type of incident": one child rule per type (``"incident_type" = '…'``). Its symbol has the
  type's shape and a grey fill; the fill colour is data-defined by ``"actor_group"`` with a
  CASE whose ELSE is that grey. On the map every feature has an actor group, so it is drawn
  in its group's colour; the legend icon is drawn without a feature and stays grey.
- "Actors": one child rule per group (``"actor_group" = '…'``). Its symbol's first layer is a
  geometry generator whose expression returns NULL, so it draws nothing on the map, while
  its legend icon shows the sub-symbol: a circle in the group's colour. (Its second layer,
  invisible, tells the labels where a displacement ring is: see actor_legend_symbol.)

Every feature matches one rule of each list, so legend filtering by map content (atlas pages)
keeps exactly the types and the groups present on the page. The point displacement renderer
around it draws each feature with the FIRST symbol the rules give it, the type's symbol,
which is why the "Type of incident" list comes first. Unticking an actor in the Layers panel
therefore hides nothing; unticking a type hides that type.

Labels: one per point (data-defined "show" on the point's first incident), naming every place
ACLED put on that point; ordered positions around the point, 0.6 mm from the symbols, white
buffer, DejaVu Sans; the layer is an obstacle, and places with more incidents win conflicts.

Usage::

    python scripts/make_incident_style.py [--output symbology/incidents.qml]
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path
from typing import NamedTuple

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt writes XML attributes in hash order: a fixed seed keeps the QML's diff to real changes.
os.environ.setdefault("QT_HASH_SEED", "0")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsFeatureRenderer,
    QgsField,
    QgsGeometryGeneratorSymbolLayer,
    QgsLabelObstacleSettings,
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPathResolver,
    QgsPointDisplacementRenderer,
    QgsProperty,
    QgsPropertyCollection,
    QgsRuleBasedRenderer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSvgMarkerSymbolLayer,
    QgsSymbolLayer,
    QgsSymbolLayerUtils,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QVariant  # noqa: E402
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from mali_incidents.definitions import (  # noqa: E402
    ACTOR_GROUPS,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    INCIDENT_TYPE_OTHER,
    INCIDENT_TYPES,
)

DEFAULT_OUTPUT = REPO_ROOT / "symbology" / "incidents.qml"

# ACLED's place name, the label text.
LOCATION_FIELD = "location"
# What makes incidents "the same place" for labels: the same point, not the same name. ACLED
# puts places missing from gazetteers on a point inside their cercle, so differently named
# villages share coordinates (Fiko, Parou and Tile in February 2021) and are displaced
# around one point as a single group.
SAME_PLACE = "geom_to_wkt($geometry)"

TYPE_HEADING = "Type of incident"
ACTOR_HEADING = "Actors"

# Okabe & Ito's colour-blind-safe palette (https://jfly.uni-koeln.de/color/). Blue and bluish
# green keep security and external forces apart for every common colour-vision deficiency
# (CIELAB distance >= 56 under simulated protanopia and deuteranopia); vermillion and yellow
# differ from them and from each other in lightness as well as hue, so they also survive a
# grey-scale print. Unidentified is white: "unknown", yet never confused with the grey of the
# type list's legend icons.
ACTOR_COLOURS = {
    "Security forces": "#0072b2",
    "External forces": "#009e73",
    "Jihadist militants": "#d55e00",
    "Militias": "#f0e442",
    "Unidentified": "#ffffff",
}
# Fill of the type list's legend icons, and of a feature whose actor group is missing.
NEUTRAL_GREY = "#9c9c9c"
OUTLINE = "#232323"
OUTLINE_WIDTH_MM = 0.3
SVG_OUTLINE_WIDTH_MM = 0.2
ACTOR_PATCH_SIZE_MM = 3.4  # the legend's colour patches, as large as the armed-clash circle


class Mark(NamedTuple):
    """A marker shape: a QGIS simple-marker shape or an SVG from QGIS's own SVG library."""

    size_mm: float
    shape: int | None = None  # QgsSimpleMarkerSymbolLayerBase.Shape
    angle: float = 0.0
    svg: str = ""  # relative to QGIS's SVG folder (/usr/share/qgis/svg/ on Debian)


Shape = QgsSimpleMarkerSymbolLayerBase

# Sizes in millimetres on paper (about 3.5 mm, readable on an A4 page). Shapes that fill
# less of their box (triangles, star, flame) are drawn larger so they look the same size.
TYPE_MARKS = {
    "Armed clash": Mark(3.4, Shape.Circle),
    "Violence against civilians": Mark(3.0, Shape.Square),
    # QGIS's equilateral triangle points up; turned 180° it points down: from the sky.
    "Airstrike": Mark(3.9, Shape.EquilateralTriangle, angle=180.0),
    "Mortar or rocket attack": Mark(3.9, Shape.EquilateralTriangle),
    "Abduction": Mark(3.9, Shape.Diamond),
    "IED or grenade": Mark(4.4, Shape.Star),
    # The flame of QGIS's own SVG library (its fire-station symbol: a plain three-tongued
    # fire). Fill and outline are SVG parameters, so it takes the actor colour too.
    "Looting or property destruction": Mark(4.4, svg="emergency/amenity=fire_station.svg"),
    "Mob violence or violent demonstration": Mark(3.6, Shape.CrossFill),
    # "Other" (arrests, other strategic developments) stays on the map as a small dot in the
    # actor's colour rather than being hidden: every incident listed in a region's table can
    # then be found on its map; hiding it would also leave gaps in the displacement rings and
    # list actor groups in the legend that nothing on the map shows. A dot, not an x: an x
    # would read as a sibling of the mob-violence cross.
    INCIDENT_TYPE_OTHER: Mark(1.8, Shape.Circle),
}

# Co-located incidents: features closer than this on paper are spread on a ring. Small: the
# ring is for incidents at one point; neighbouring villages keep their own positions (and
# the labels and label obstacles, which know only a feature's own point, stay right).
DISPLACEMENT_TOLERANCE_MM = 0.2
# Label text.
LABEL_FONT = "DejaVu Sans"
LABEL_SIZE_PT = 7.0
LABEL_COLOUR = "#1a1a1a"
LABEL_BUFFER_MM = 0.7
LABEL_DISTANCE_MM = 0.6  # from the symbol's edge


def quoted_field(name: str) -> str:
    """A field reference as QGIS writes it in expressions: "incident_type"."""
    return f'"{name}"'


def quoted_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def equals_filter(field: str, value: str) -> str:
    return f"{quoted_field(field)} = {quoted_string(value)}"


def actor_colour_expression() -> str:
    """Fill colour by actor group; grey for anything else (and for legend icons)."""
    whens = "\n".join(
        f"  WHEN {equals_filter(FIELD_ACTOR_GROUP, group)} THEN {quoted_string(colour)}"
        for group, colour in ACTOR_COLOURS.items()
    )
    return f"CASE\n{whens}\n  ELSE {quoted_string(NEUTRAL_GREY)}\nEND"


def actor_fill() -> QgsProperty:
    return QgsProperty.fromExpression(actor_colour_expression())


def type_symbol(incident_type: str) -> QgsMarkerSymbol:
    """The marker of one incident type: its shape, grey in the legend, actor-coloured on maps."""
    mark = TYPE_MARKS[incident_type]
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": NEUTRAL_GREY,
            "outline_color": OUTLINE,
            "outline_width": str(OUTLINE_WIDTH_MM),
            "outline_width_unit": "MM",
            "size": str(mark.size_mm),
            "size_unit": "MM",
            "joinstyle": "miter",
        }
    )
    if mark.svg:
        # Found in QGIS's SVG folders; the QML keeps the relative name, so it also works on
        # Windows and macOS installs.
        svg_path = QgsSymbolLayerUtils.svgSymbolNameToPath(mark.svg, QgsPathResolver())
        if not Path(svg_path).is_file():
            raise FileNotFoundError(f"SVG marker not found in QGIS's SVG folders: {mark.svg}")
        layer = QgsSvgMarkerSymbolLayer(svg_path, mark.size_mm, mark.angle)
        layer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
        layer.setFillColor(QColor(NEUTRAL_GREY))
        layer.setStrokeColor(QColor(OUTLINE))
        # A thinner outline than the simple shapes': the flame's tongues are narrow.
        layer.setStrokeWidth(SVG_OUTLINE_WIDTH_MM)
        layer.setStrokeWidthUnit(QgsUnitTypes.RenderMillimeters)
        layer.setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, actor_fill())
        symbol.changeSymbolLayer(0, layer)
    else:
        layer = symbol.symbolLayer(0)
        layer.setShape(mark.shape)
        layer.setAngle(mark.angle)
        layer.setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, actor_fill())
    return symbol


def ring_obstacle_diameter() -> str:
    """Expression: the diameter (mm) of the ring a place's co-located incidents are drawn on.

    QGIS's point displacement renderer puts n symbols on a ring of radius
    max(d / 2, n * d / (2 pi)), d the diagonal of the group's largest symbol; the largest
    symbol of all is assumed, and half a symbol added to reach the ring's outer edge.
    """
    largest = max(mark.size_mm for mark in TYPE_MARKS.values())
    diagonal = round(largest * math.sqrt(2), 1)
    return (
        "/* label obstacle: the ring of this place's incidents, if it has several */\n"
        f"with_variable('n', count($id, group_by:={SAME_PLACE}),\n"
        f"  if(@n > 1, 2 * (max({diagonal / 2}, @n * {diagonal} / (2 * pi())) + {largest / 2}), 0))"
    )


def actor_legend_symbol(colour: str) -> QgsMarkerSymbol:
    """A symbol that draws nothing on the map and a circle of the group's colour in legends.

    Its first layer is a geometry generator that returns no geometry, with the legend's
    circle as sub-symbol. Its second layer is an invisible circle as large as the ring of
    a place's co-located incidents: the labelling engine takes the bounds of all of a
    feature's symbols as the feature's obstacle and as the edge its label is placed from,
    but only knows the undisplaced point, so this keeps every label (the place's own and its
    neighbours') off the displaced symbols. The point displacement renderer draws only a
    feature's first symbol (its type's), so neither layer is ever drawn.
    """
    patch = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": colour,
            "outline_color": OUTLINE,
            "outline_width": str(OUTLINE_WIDTH_MM),
            "outline_width_unit": "MM",
            "size": str(ACTOR_PATCH_SIZE_MM),
            "size_unit": "MM",
        }
    )
    generator = QgsGeometryGeneratorSymbolLayer.create(
        {
            "geometryModifier": "/* legend entry only: draws nothing on the map */ NULL",
            "SymbolType": "Marker",
        }
    )
    generator.setSubSymbol(patch)
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "0,0,0,0",
            "outline_style": "no",
            "size": "0",
            "size_unit": "MM",
        }
    )
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertySize, QgsProperty.fromExpression(ring_obstacle_diameter())
    )
    symbol.insertSymbolLayer(0, generator)
    return symbol


def build_rules() -> QgsRuleBasedRenderer:
    root = QgsRuleBasedRenderer.Rule(None)
    # Fixed rule keys (QGIS would draw random ones): stable diffs, and layouts can name them.
    root.setRuleKey("root")

    types = QgsRuleBasedRenderer.Rule(None, label=TYPE_HEADING)
    types.setRuleKey("incident_type")
    for index, incident_type in enumerate(INCIDENT_TYPES):
        rule = QgsRuleBasedRenderer.Rule(
            type_symbol(incident_type),
            filterExp=equals_filter(FIELD_INCIDENT_TYPE, incident_type),
            label=incident_type,
        )
        rule.setRuleKey(f"incident_type:{index}")
        types.appendChild(rule)
    root.appendChild(types)

    actors = QgsRuleBasedRenderer.Rule(None, label=ACTOR_HEADING)
    actors.setRuleKey("actor_group")
    for index, group in enumerate(ACTOR_GROUPS):
        rule = QgsRuleBasedRenderer.Rule(
            actor_legend_symbol(ACTOR_COLOURS[group]),
            filterExp=equals_filter(FIELD_ACTOR_GROUP, group),
            label=group,
        )
        rule.setRuleKey(f"actor_group:{index}")
        actors.appendChild(rule)
    root.appendChild(actors)
    return QgsRuleBasedRenderer(root)


def build_renderer() -> QgsFeatureRenderer:
    """The rule renderer inside a point displacement renderer."""
    renderer = QgsPointDisplacementRenderer()
    renderer.setEmbeddedRenderer(build_rules())
    renderer.setPlacement(QgsPointDisplacementRenderer.Ring)
    renderer.setTolerance(DISPLACEMENT_TOLERANCE_MM)
    renderer.setToleranceUnit(QgsUnitTypes.RenderMillimeters)
    renderer.setCircleColor(QColor("#6e6e6e"))
    renderer.setCircleWidth(0.2)
    renderer.setCircleRadiusAddition(0.0)
    # No renderer labels (they would be one per incident): the layer's labels name places.
    renderer.setLabelAttributeName("")
    renderer.setLabelFont(QFont(LABEL_FONT))
    renderer.setCenterSymbol(
        QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": OUTLINE, "outline_style": "no", "size": "0.9"}
        )
    )
    return renderer


def build_labeling() -> QgsVectorLayerSimpleLabeling:
    settings = QgsPalLayerSettings()
    # The names of all the incidents' places at this point, usually just one.
    settings.fieldName = (
        f"array_to_string(array_distinct(array_agg({quoted_field(LOCATION_FIELD)},\n"
        f"  group_by:={SAME_PLACE}, order_by:={quoted_field(LOCATION_FIELD)})), ', ')"
    )
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
    settings.offsetType = QgsPalLayerSettings.FromSymbolBounds
    settings.dist = LABEL_DISTANCE_MM
    settings.distUnits = QgsUnitTypes.RenderMillimeters
    settings.displayAll = False  # drop a label rather than let it overlap another
    settings.priority = 5

    text_format = QgsTextFormat()
    font = QFont(LABEL_FONT)
    text_format.setFont(font)
    text_format.setSize(LABEL_SIZE_PT)
    text_format.setSizeUnit(QgsUnitTypes.RenderPoints)
    text_format.setColor(QColor(LABEL_COLOUR))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(LABEL_BUFFER_MM)
    buffer.setSizeUnit(QgsUnitTypes.RenderMillimeters)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.85)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)

    obstacles = QgsLabelObstacleSettings()
    obstacles.setIsObstacle(True)
    obstacles.setFactor(2.0)  # labels of other places stay well off these symbols
    settings.setObstacleSettings(obstacles)

    properties = QgsPropertyCollection("labeling")
    # One label per place: only the place's first incident is labelled.
    properties.setProperty(
        QgsPalLayerSettings.Show,
        QgsProperty.fromExpression(f"$id = minimum($id, group_by:={SAME_PLACE})"),
    )
    # Where labels compete, the places with more incidents keep theirs.
    properties.setProperty(
        QgsPalLayerSettings.Priority,
        QgsProperty.fromExpression(f"min(10, 4 + count($id, group_by:={SAME_PLACE}))"),
    )
    settings.setDataDefinedProperties(properties)
    return QgsVectorLayerSimpleLabeling(settings)


def incident_layer_template() -> QgsVectorLayer:
    """An empty layer with the fields the style uses, to carry it into the QML."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "incidents", "memory")
    layer.dataProvider().addAttributes(
        [
            QgsField(FIELD_INCIDENT_TYPE, QVariant.String),
            QgsField(FIELD_ACTOR_GROUP, QVariant.String),
            QgsField(LOCATION_FIELD, QVariant.String),
        ]
    )
    layer.updateFields()
    return layer


def write_style(output: Path) -> Path:
    layer = incident_layer_template()
    layer.setRenderer(build_renderer())
    layer.setLabeling(build_labeling())
    layer.setLabelsEnabled(True)
    categories = QgsMapLayer.Symbology | QgsMapLayer.Labeling
    output.parent.mkdir(parents=True, exist_ok=True)
    message, ok = layer.saveNamedStyle(str(output), categories)
    if not ok or not output.is_file():
        raise RuntimeError(f"QGIS could not write {output}: {message}")
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)

    app = QgsApplication([], False)
    app.initQgis()
    try:
        path = write_style(args.output)
    finally:
        app.exitQgis()
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
