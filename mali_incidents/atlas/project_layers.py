"""The month's layers in the project, as the atlas's maps draw them: opened from the month's
GeoPackage, styled from ``symbology/``, labelled, grouped under the month and tagged with
their role, so that next month finds them again.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsExpression,
    QgsFeatureRequest,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsProperty,
    QgsRuleBasedRenderer,
    QgsSimpleLineCallout,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..compat import (
    EVERY_POSITION_AROUND_POINT,
    EXPRESSION_PROPERTY,
    MILLIMETERS,
    USE_PARTIAL_CANDIDATES,
    may_overlap_where,
)
from ..definitions import (
    COUNTRIES_LAYER,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    INCIDENTS_LAYER,
    LAYER_ROLE_PROPERTY,
    REGIONS_LAYER,
    STYLE_COUNTRIES,
    STYLE_REGIONS,
)
from ..i18n import translated
from ..incident_legend import LOCATION_HEADING_KEY, label_fatality_and_location_rules
from ..layers import apply_style
from ..map_numbers import (
    FAR_PLACE_EXPRESSION,
    NAMED_FAR_EXPRESSION,
    PLACE_NUMBERS_EXPRESSION,
    PLACE_PRIORITY_EXPRESSION,
    UNNAMED_PLACE_EXPRESSION,
)
from ..paths import symbology_file
from .messages import AtlasError, tr
from .variables import ON_PAGE_REGION

POLYGON_LABEL_CANDIDATES_PER_CM2 = 0.5
# The order the maps take the incidents in, whatever order their source gives them: the
# deadliest first (drawn under the others, whose smaller symbols stay visible on top), then
# by ACLED's event id and, for rows without one, by what they say. QGIS groups co-located
# points on their ring and hands labels to its label engine in that order, which settles
# its ties: a PostGIS store (rows in the order they lie on disk, which upserts change) and
# a GeoPackage of the same month print the same atlas.
INCIDENT_ORDER = (
    ("fatalities", False),
    ("event_id_cnty", True),
    ("event_date", True),
    ("location", True),
    ("notes", True),
)
HIGHEST_LABEL_PRIORITY = 10
# A place's first number on its page takes this share of a priority step off its label's.
PRIORITY_STEPS = 10000
# Place numbers with no room by their point: how far out they go, and their leader line.
FAR_LABEL_DISTANCE_MM = 4
LEADER_MIN_LENGTH_MM = 2
LEADER_OFFSET_MM = 1


@dataclass
class AtlasLayers:
    incidents: QgsVectorLayer  # styled by incidents.qml, labelled on its region's map only
    # The same, unlabelled, for country-wide maps: no place names there, and the style's
    # label expressions (aggregates) cost more than drawing the points.
    incidents_unlabelled: QgsVectorLayer
    # Boundaries and names; on a region's page the others faded and its own outlined.
    regions: QgsVectorLayer
    countries: QgsVectorLayer

    @classmethod
    def roles(cls) -> list[str]:
        return [field.name for field in dataclasses.fields(cls)]

    def by_role(self) -> dict[str, QgsVectorLayer]:
        return {role: getattr(self, role) for role in self.roles()}


# Which layer of the month's GeoPackage each role draws.
ROLE_TABLES = {
    "incidents": INCIDENTS_LAYER,
    "incidents_unlabelled": INCIDENTS_LAYER,
    "regions": REGIONS_LAYER,
    "countries": COUNTRIES_LAYER,
}


def open_incidents(incidents_gpkg: Path, incidents_source: str | None = None) -> QgsVectorLayer:
    # The style comes next, from symbology/ (load_style): reading the import's copy of it
    # from the GeoPackage first would parse the same QML twice.
    options = QgsVectorLayer.LayerOptions(QgsProject.instance().transformContext())
    options.loadDefaultStyle = False
    if incidents_source is not None:  # the team store's month (PostGIS)
        incidents = QgsVectorLayer(incidents_source, tr("Incidents"), "postgres", options)
        if not incidents.isValid():
            provider = incidents.dataProvider()
            raise AtlasError(
                tr("The incident store cannot be read: {error}").format(
                    error=provider.error().summary() if provider else ""
                )
            )
        return incidents
    incidents = QgsVectorLayer(
        f"{incidents_gpkg}|layername={INCIDENTS_LAYER}", tr("Incidents"), "ogr", options
    )
    if not incidents.isValid():
        raise AtlasError(
            tr("{path} has no '{layer}' layer: import the month first").format(
                path=incidents_gpkg, layer=INCIDENTS_LAYER
            )
        )
    missing = {"admin1", "event_date", "location", "notes", "fatalities"} - set(
        incidents.fields().names()
    )
    if missing:
        raise AtlasError(
            tr("{path}: the incidents lack the fields {fields}").format(
                path=incidents_gpkg, fields=", ".join(sorted(missing))
            )
        )
    return incidents


def load_style(layer: QgsVectorLayer, style: str, warnings: list[str]) -> None:
    """Apply a QML file from symbology/ (or the analyst's own default of it)."""
    path = symbology_file(style)
    problem = apply_style(layer, path)
    if problem:
        # The GeoPackage carries the import's default style: the layer is still drawn.
        layer.loadDefaultStyle()
        warnings.append(
            tr("Style {path} not applied ({message})").format(path=path, message=problem)
        )


def atlas_layers(
    incidents: QgsVectorLayer,
    incidents_gpkg: Path,
    regions_layer: QgsVectorLayer,
    warnings: list[str],
) -> AtlasLayers:
    # One layer for boundaries, names and the fading of the regions a page is not about
    # (regions.qml): drawn once per map instead of twice.
    load_style(regions_layer, STYLE_REGIONS, warnings)

    _label_only_the_page_region(incidents)
    take_in_a_fixed_order(incidents)

    countries = QgsVectorLayer(
        f"{incidents_gpkg}|layername={COUNTRIES_LAYER}", tr("Countries"), "ogr"
    )
    # Neighbours grey and named, the atlas's country light (symbology/countries.qml; which
    # country is the atlas's is the project variable it reads).
    load_style(countries, STYLE_COUNTRIES, warnings)
    unlabelled = incidents.clone()
    unlabelled.setName(tr("Incidents (country maps)"))
    # No place names, but the points stay obstacles: region names keep off them.
    obstacles_only = QgsPalLayerSettings()
    obstacles_only.fieldName = "location"
    obstacles_only.drawLabels = False
    obstacles_only.obstacleSettings().setIsObstacle(True)
    obstacles_only.obstacleSettings().setFactor(0.5)  # a region name may touch a point
    unlabelled.setLabeling(QgsVectorLayerSimpleLabeling(obstacles_only))
    unlabelled.setLabelsEnabled(True)
    return AtlasLayers(incidents, unlabelled, regions_layer, countries)


def take_in_a_fixed_order(incidents: QgsVectorLayer) -> None:
    """The incidents drawn and labelled in INCIDENT_ORDER, after the analyst's own order if
    the style has one (its clauses first, ours settling its ties)."""
    renderer = incidents.renderer()
    if renderer is None:
        return
    names = set(incidents.fields().names())
    clauses = list(renderer.orderBy().list()) if renderer.orderByEnabled() else []
    ordered = {clause.expression().expression() for clause in clauses}
    for field, ascending in INCIDENT_ORDER:
        column = QgsExpression.quotedColumnRef(field)
        if field in names and column not in ordered:
            clauses.append(QgsFeatureRequest.OrderByClause(column, ascending))
    renderer.setOrderBy(QgsFeatureRequest.OrderBy(clauses))
    renderer.setOrderByEnabled(True)


def _label_only_the_page_region(incidents: QgsVectorLayer) -> None:
    """Place names on a region's map name its own places, not the faded neighbours'.

    incidents.qml labels one incident per place; its "show" rule is kept and the page's
    region (a layout variable) added to it. Pages without a region (cover, overview) carry
    no place names: at country scale they would cover the map.
    """
    labeling = incidents.labeling()
    if labeling is None or not incidents.labelsEnabled():
        return
    settings = QgsPalLayerSettings(labeling.settings())
    # A NULL test counts as shown: without a region variable it must say false. It comes
    # first so that QGIS skips the style's own (aggregate) test on every other page.
    on_page = ON_PAGE_REGION
    properties = settings.dataDefinedProperties()
    show = properties.property(QgsPalLayerSettings.Property.Show)
    if show.isActive() and show.propertyType() == EXPRESSION_PROPERTY:
        on_page = f"{on_page} AND ({show.expressionString()})"
    properties.setProperty(QgsPalLayerSettings.Property.Show, QgsProperty.fromExpression(on_page))
    # The numbers of the place's incidents in the page's table, "Bandiagara (6)": the page
    # sets them (map_numbers.py), a JSON object of numbers keyed by feature id.
    names = (
        settings.fieldName
        if settings.isExpression
        else QgsExpression.quotedColumnRef(settings.fieldName)
    )
    # One label setting for both kinds of place label, switched per place by data-defined
    # properties rather than by two label rules: QGIS 3.22 hands a rule-based labelling's
    # rules to its label engine in an order that changes from one run to the next (a hash
    # of their addresses), and the engine settles ties by that order, so the same map
    # placed its labels differently from one run to the next.
    unnamed = UNNAMED_PLACE_EXPRESSION
    numbers = PLACE_NUMBERS_EXPRESSION
    # A place with room: "Bandiagara (6)". A place without: its numbers only, "16, 17"
    # (the page's list names it).
    settings.fieldName = (
        f"if({unnamed}, coalesce({numbers}, {names}), "
        f"({names}) || coalesce(' (' || {numbers} || ')', ''))"
    )
    settings.isExpression = True
    # A place's name goes where it is clear of other labels, symbols and the map's furniture,
    # or not at all: the page then labels the place with its numbers only and names it in a
    # list (place_labels.py works out which, when the page is filled). The numbers, as the
    # last resort, are printed even over another label, so that no incident on the map is
    # left without the numbers of its table rows.
    may_overlap_where(settings, unnamed)
    # Numbers are short: they may go anywhere around the point, and over the edge of a
    # symbol rather than over another label (the highest priority makes symbols a cost, not
    # a bar, to them).
    properties.setProperty(
        QgsPalLayerSettings.Property.PredefinedPositionOrder,
        QgsProperty.fromExpression(
            # NULL: a name tries the style's own positions.
            f"if({unnamed}, '{EVERY_POSITION_AROUND_POINT}', NULL)"
        ),
    )
    # Which names win where they crowd is the style's priority (more deaths first); the page
    # ranks its places by it and gives each a priority of its own (@mali_place_priority,
    # place_labels.rank_places), so that the label engine never has two alike to choose
    # between. Numbers come first, their ties settled by the place's first number.
    style_priority = properties.property(QgsPalLayerSettings.Property.Priority)
    named_priority = (
        f"({style_priority.expressionString()})"
        if style_priority.isActive() and style_priority.propertyType() == EXPRESSION_PROPERTY
        else str(settings.priority)
    )
    properties.setProperty(
        QgsPalLayerSettings.Property.Priority,
        QgsProperty.fromExpression(
            f"if({unnamed}, {_unique_priority(str(HIGHEST_LABEL_PRIORITY))}, "
            f"coalesce({PLACE_PRIORITY_EXPRESSION}, {_unique_priority(named_priority)}))"
        ),
    )
    # Numbers that find no room by their point either go further out, tied to it by a line;
    # so does a name without room by its point, before it is given up for the page's list
    # (place_labels.py tries one a round, the best ranked, at the style's own positions).
    further_out = f"({FAR_PLACE_EXPRESSION} OR {NAMED_FAR_EXPRESSION})"
    properties.setProperty(
        QgsPalLayerSettings.Property.LabelDistance,
        QgsProperty.fromExpression(f"if({further_out}, {FAR_LABEL_DISTANCE_MM}, {settings.dist})"),
    )
    settings.setCallout(_leader_line())
    properties.setProperty(
        QgsPalLayerSettings.Property.CalloutDraw,
        QgsProperty.fromExpression(f"{unnamed} OR {NAMED_FAR_EXPRESSION}"),
    )
    incidents.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def _unique_priority(priority: str) -> str:
    """``priority`` (an expression), less a ten-thousandth of the place's first number on
    the page: no two place labels of a map have the same priority, whose ties the label
    engine would settle by the order the features come in."""
    first_number = f"to_int(regexp_substr({PLACE_NUMBERS_EXPRESSION}, '[0-9]+'))"
    return f"{priority} - coalesce({first_number}, 0) / {PRIORITY_STEPS}"


def _leader_line() -> QgsSimpleLineCallout:
    """A thin line from a place to its numbers, where they stand off from its point: further
    out when crowded, or beside a large symbol among others (the line says whose they are)."""
    callout = QgsSimpleLineCallout()
    callout.setEnabled(True)
    callout.setMinimumLength(LEADER_MIN_LENGTH_MM)
    callout.setMinimumLengthUnit(MILLIMETERS)
    # From the symbol's edge rather than its centre (symbols are 2 to 6 mm wide).
    callout.setOffsetFromAnchor(LEADER_OFFSET_MM)
    callout.setOffsetFromAnchorUnit(MILLIMETERS)
    callout.setLineSymbol(
        QgsLineSymbol.createSimple({"line_color": "60,60,60,255", "line_width": "0.2"})
    )
    return callout


# A legend class name longer than this is broken at a space onto two lines (the legends'
# wrap string): "Violence de foule ou\nmanifestation violente".
LEGEND_LINE_LENGTH = 26
LEGEND_LINE_BREAK = "\n"


def two_lines(label: str, length: int = LEGEND_LINE_LENGTH) -> str:
    """``label`` broken at the space nearest its middle if it is longer than ``length``."""
    if len(label) <= length or " " not in label:
        return label
    middle = len(label) / 2
    cut = min((i for i, c in enumerate(label) if c == " "), key=lambda i: abs(i - middle))
    return f"{label[:cut]}{LEGEND_LINE_BREAK}{label[cut + 1 :]}"


def translate_legend(incidents: QgsVectorLayer, language: str) -> None:
    """The legend's headings (in capitals) and classes in the atlas's language (rules keep
    their filters).

    A class is known by its rule's filter (``"incident_type" = 'Airstrike'``), so the
    labels can go from French back to English as well.
    """
    renderer = incidents.renderer()
    if renderer is not None and renderer.type() == "pointDisplacement":
        renderer = renderer.embeddedRenderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    headings = {FIELD_INCIDENT_TYPE: "Type of incident", FIELD_ACTOR_GROUP: "Actors"}
    for heading in renderer.rootRule().children():
        classes = [rule for rule in heading.children() if rule.filterExpression()]
        for rule in classes:
            match = re.search(r'"(\w+)"\s*=\s*\'((?:[^\']|\'\')*)\'', rule.filterExpression())
            if match and match.group(1) in headings:
                label = translated(match.group(2).replace("''", "'"), language)
                rule.setLabel(two_lines(label))
                # In capitals: a legend gives its headings the weight of its classes, and
                # "TYPE OF INCIDENT" over "Armed clash" reads as a heading.
                heading.setLabel(translated(headings[match.group(1)], language).upper())
    label_fatality_and_location_rules(incidents, renderer, language)
    for heading in renderer.rootRule().children():
        if heading.ruleKey() == LOCATION_HEADING_KEY:
            for rule in heading.children():
                # "Plusieurs incidents en un même lieu" is wider than a legend column.
                rule.setLabel(two_lines(rule.label()))


def set_label_placement(project: QgsProject) -> None:
    """The project's label engine settings the atlas's maps are drawn with."""
    engine = project.labelingEngineSettings()
    # Region names are big labels on big polygons: QGIS's default of 2.5 candidate positions
    # per cm² made their placement the most costly part of a map page (measured: 1.0 halves
    # it, 0.5 takes another third off). 1.0 would give a crowded region's name (MOPTI on the
    # overview) a spot clear of the incidents, but with the region maps' place labels it made
    # the same atlas place its labels differently from one run to the next (Mopti's map with
    # a history: 0.75, 1.0 and 2.0 each gave two layouts in five runs, 0.5 one in ten): an
    # atlas must print the same twice, so 0.5.
    engine.setMaximumPolygonCandidatesPerCmSquared(POLYGON_LABEL_CANDIDATES_PER_CM2)
    # On paper a name cut by the map's frame ("SENEGA") reads as a mistake: a label fits
    # whole or is left out.
    engine.setFlag(USE_PARTIAL_CANDIDATES, False)
    project.setLabelingEngineSettings(engine)


def month_group_name(label: str) -> str:
    return tr("Incidents — {month}").format(month=label)


def month_group(project: QgsProject):
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(LAYER_ROLE_PROPERTY) == "month_group":
            return group
    return None


def find_month_layers(project: QgsProject) -> AtlasLayers | None:
    by_role = {
        layer.customProperty(LAYER_ROLE_PROPERTY): layer
        for layer in project.mapLayers().values()
        if layer.customProperty(LAYER_ROLE_PROPERTY)
    }
    try:
        return AtlasLayers(**{role: by_role[role] for role in AtlasLayers.roles()})
    except KeyError:  # the analyst removed one: build anew
        return None


def add_to_month_group(project: QgsProject, layers: AtlasLayers, label: str) -> None:
    """The month's layers in one group "Incidents — February 2021", tagged for next month."""
    root = project.layerTreeRoot()
    group = month_group(project) or root.insertGroup(0, month_group_name(label))
    group.setName(month_group_name(label))
    group.setCustomProperty(LAYER_ROLE_PROPERTY, "month_group")
    for role, layer in layers.by_role().items():
        layer.setCustomProperty(LAYER_ROLE_PROPERTY, role)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
