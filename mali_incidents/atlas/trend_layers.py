"""The layers of "what changed" the atlas writes beside the month's incidents (issue 13).

- ``atlas_charts``: every 12-month chart of the atlas (the country's on the Key changes page,
  one per region page) as polygons, drawn by ``symbology/charts.qml``; each chart in its own
  box, which a layout map frames (the box is the chart's ``frame`` feature).
- ``atlas_change_cells``: the change map's hexagons, each with the month's incidents, the
  mean of the three months before and the change, drawn by ``symbology/change_cells.qml``.

The figures are ``trends.py``'s, from the tables the import wrote (``monthly``,
``monthly_country``, ``history_points``). Without them (an import with no history, or an
older GeoPackage) the layers are written empty and the pages say the history is unknown.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..charts import CHART_FIELDS, chart_box, chart_shapes
from ..compat import make_field
from ..definitions import (
    CHANGE_CELLS_LAYER,
    CHARTS_LAYER,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    INCIDENTS_LAYER,
    LAYER_ROLE_PROPERTY,
    STYLE_CHANGE_CELLS,
    STYLE_CHARTS,
)
from ..hex_grid import cell_corners, cell_of
from ..i18n import translated
from ..key_changes import has_earlier_month, number_text
from ..layers import read_history, read_history_points
from ..region_chart import region_chart_shapes, region_rows
from ..regions import Region, region_key, utm_crs_for, wgs84
from ..trends import CellChanges, History, TrendsError, cell_changes, months_of
from .month_layers import write_gpkg_layer
from .project_layers import open_incidents

# The charts' own coordinates: plain metres, far from any map (a chart is not a place).
CHART_CRS = "EPSG:3857"
COUNTRY_CHART = ""  # the ``chart`` of the country's chart; a region's is its admin1
# The month by region chart's (no admin1 is spelled so): written for a month with no earlier
# month known, which the Key changes page shows instead of the country's 12 months.
MONTH_BY_REGION_CHART = "(month by region)"
KIND_FRAME = "frame"
MONTH_INCIDENT_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "admin1",
    "admin2",
    "location",
    "fatalities",
    FIELD_INCIDENT_TYPE,
    FIELD_ACTOR_GROUP,
    "latitude",
    "longitude",
)


@dataclass
class MonthTrends:
    """What the pages about change need, read once from the month's GeoPackage."""

    month: str
    history: History | None
    incidents: pd.DataFrame  # the month's, MONTH_INCIDENT_COLUMNS
    cell_km: float
    cells: CellChanges | None = None
    charts: list[str] = field(default_factory=list)  # chart names, in box order
    # Incidents per month among those the change map counts (the month and those compared).
    month_counts: dict[str, int] = field(default_factory=dict)
    # The change map's earlier incidents (month, latitude, longitude) when they come from
    # elsewhere than the GeoPackage's history_points (the team store).
    earlier_points: pd.DataFrame | None = None

    def chart_index(self, chart: str) -> int | None:
        return self.charts.index(chart) if chart in self.charts else None


def read_month_trends(
    gpkg: Path,
    month: str,
    cell_km: float,
    incidents_source: str | None = None,
    store_history=None,
) -> MonthTrends:
    """The month's history and incidents from its GeoPackage; with ``incidents_source``
    (the team store's month) the incidents from there, and the history given as
    ``store_history`` (``store.StoreHistory``; None: the pages say it is unknown)."""
    if incidents_source is not None:
        incidents = _incidents_of_layer(open_incidents(gpkg, incidents_source))
        if store_history is None:
            return MonthTrends(month, None, incidents, cell_km)
        return MonthTrends(
            month, store_history.history, incidents, cell_km, earlier_points=store_history.points
        )
    try:
        history = read_history(gpkg, month)
    except TrendsError:
        history = None  # a table the atlas cannot use: said as "history unknown"
    uri = f"{Path(gpkg).resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as database:
        quoted = ", ".join(f'"{column}"' for column in MONTH_INCIDENT_COLUMNS)
        incidents = pd.read_sql_query(f'SELECT {quoted} FROM "{INCIDENTS_LAYER}"', database)
    incidents["fatalities"] = pd.to_numeric(incidents["fatalities"]).fillna(0).astype("int64")
    return MonthTrends(month, history, incidents, cell_km)


def _incidents_of_layer(layer: QgsVectorLayer) -> pd.DataFrame:
    """``MONTH_INCIDENT_COLUMNS`` of a layer's features (the store's month)."""
    names = [name for name in MONTH_INCIDENT_COLUMNS if layer.fields().lookupField(name) >= 0]
    rows = [{name: _plain(feature[name]) for name in names} for feature in layer.getFeatures()]
    incidents = pd.DataFrame(rows, columns=list(MONTH_INCIDENT_COLUMNS))
    incidents["event_date"] = incidents["event_date"].astype(str).str[:10]
    incidents["fatalities"] = pd.to_numeric(incidents["fatalities"]).fillna(0).astype("int64")
    return incidents


def _plain(value):
    """A QGIS attribute as Python: NULL -> None, dates -> ISO text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and hasattr(value, "isValid"):
        return value.toString("yyyy-MM-dd")
    return value


def write_trend_layers(
    gpkg: Path,
    trends: MonthTrends,
    regions: list[Region],
    country_extent: QgsRectangle,
    language: str,
    shown_path: Path,
) -> None:
    """Both layers into ``gpkg`` (the copy the atlas writes its layers to)."""
    write_gpkg_layer(_charts_layer(gpkg, trends, regions, language), gpkg, CHARTS_LAYER, shown_path)
    cells = _change_cells_layer(gpkg, trends, country_extent)
    write_gpkg_layer(cells, gpkg, CHANGE_CELLS_LAYER, shown_path)


def trend_layer_writer(trends: MonthTrends, settings, shown_path: Path):
    """What ``month_regions`` calls to write both layers into its copy of the GeoPackage."""

    def write(copy: Path, regions: list[Region]) -> None:
        extent = QgsRectangle()
        for region in regions:
            extent.combineExtentWith(region.extent)
        write_trend_layers(copy, trends, regions, extent, settings.language, Path(shown_path))

    return write


# -- charts --------------------------------------------------------------------------------


def _charts_layer(gpkg: Path, trends: MonthTrends, regions: list[Region], language: str):
    layer = QgsVectorLayer(f"Polygon?crs={CHART_CRS}", CHARTS_LAYER, "memory")
    kinds = {"value": "int"}
    layer.dataProvider().addAttributes(
        [make_field(name, kinds.get(name, "string")) for name in CHART_FIELDS]
    )
    layer.updateFields()
    trends.charts = []
    features = []
    if trends.history is not None:
        known_regions = set(trends.history.monthly["region"])
        wanted = [COUNTRY_CHART] + [r.admin1 for r in regions if r.admin1 in known_regions]
        for index, chart in enumerate(wanted):
            trends.charts.append(chart)
            shapes = chart_shapes(
                trends.history,
                chart,
                index,
                region=chart or None,
                language=language,
                titles=lambda measure: translated(measure.capitalize(), language),
                # A region's chart is half the width of the country's.
                month_names_every=3 if chart else 1,
            )
            x0, y0, x1, y1 = chart_box(index)
            features.append(
                _feature(layer, (x0, y0, x1, y1), [chart, KIND_FRAME, "", "", None, ""])
            )
            # Actor groups stay in English (the style's rules match them); the legend is
            # translated instead (translate_trend_legends).
            features.extend(
                _feature(layer, shape.rectangle, shape.attributes()) for shape in shapes
            )
    if trends.history is None or not has_earlier_month(trends.history):
        features.extend(_month_by_region_features(layer, trends, regions, language))
    layer.dataProvider().addFeatures(features)
    return layer


def _month_by_region_features(
    layer, trends: MonthTrends, regions: list[Region], language: str
) -> list[QgsFeature]:
    """The month by region chart, in the box after the others; its regions named as the
    pages print them, those without an incident named in its caption."""
    printed = {region_key(region.admin1): region.name for region in regions}
    incidents = trends.incidents.assign(
        region=[
            printed.get(region_key(str(admin1))) if admin1 else None
            for admin1 in trends.incidents["admin1"]
        ]
    )
    rows = region_rows(incidents)
    shown = {row.name for row in rows}
    quiet = [region.name for region in regions if region.name not in shown]

    def caption(left_out) -> str:
        text = translated("Regions by fatalities, then incidents.", language)
        if left_out:
            figures = ", ".join(
                f"{row.name} {number_text(row.total('incidents'), language)}/"
                f"{number_text(row.total('fatalities'), language)}"
                for row in left_out
            )
            text += " " + translated(
                "Not drawn, fewer fatalities (incidents/fatalities): {regions}.", language
            ).format(regions=figures)
        if quiet:
            text += " " + translated("No incident in {regions}.", language).format(
                regions=", ".join(quiet)
            )
        return text

    index = len(trends.charts)
    trends.charts.append(MONTH_BY_REGION_CHART)
    titles = {
        measure: translated(measure.capitalize(), language)
        for measure in ("incidents", "fatalities")
    }
    shapes = region_chart_shapes(rows, MONTH_BY_REGION_CHART, index, titles, caption, language)
    frame = [MONTH_BY_REGION_CHART, KIND_FRAME, "", "", None, ""]
    return [_feature(layer, chart_box(index), frame)] + [
        _feature(layer, shape.rectangle, shape.attributes()) for shape in shapes
    ]


def _feature(layer, rectangle, attributes) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*rectangle)))
    feature.setAttributes(attributes)
    return feature


def chart_extent(trends_layer: QgsVectorLayer, chart: str) -> QgsRectangle | None:
    """The box of ``chart`` in the charts layer (its frame feature), None if it has none."""
    from qgis.core import QgsExpression, QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression(
        f"{QgsExpression.quotedColumnRef('kind')} = {QgsExpression.quotedValue(KIND_FRAME)} "
        f"AND {QgsExpression.quotedColumnRef('chart')} = {QgsExpression.quotedValue(chart)}"
    )
    for feature in trends_layer.getFeatures(request):
        return feature.geometry().boundingBox()
    return None


# -- the change map ------------------------------------------------------------------------


def _change_cells_layer(gpkg: Path, trends: MonthTrends, country_extent: QgsRectangle):
    crs = utm_crs_for(country_extent)
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid()}", CHANGE_CELLS_LAYER, "memory")
    layer.dataProvider().addAttributes(
        [
            make_field("cell_id", "string"),
            make_field("incidents", "int"),
            make_field("previous_mean", "double"),
            make_field("change", "double"),
        ]
    )
    layer.updateFields()
    size = trends.cell_km * 1000.0
    to_grid = QgsCoordinateTransform(wgs84(), crs, QgsProject.instance())
    points = _change_points(gpkg, trends)
    covered = trends.history.covered_months if trends.history is not None else {trends.month}
    if len(points):
        xy = [
            to_grid.transform(QgsPointXY(float(lon), float(lat)))
            for lon, lat in zip(points["longitude"], points["latitude"])
        ]
        q, r = cell_of(np.array([p.x() for p in xy]), np.array([p.y() for p in xy]), size)
        points["cell_id"] = [f"{a}_{b}" for a, b in zip(q.tolist(), r.tolist())]
    else:
        points["cell_id"] = pd.Series(dtype=str)
    trends.cells = cell_changes(points, trends.month, covered, "cell_id")
    trends.month_counts = {
        str(month): int(count)
        for month, count in months_of(points["event_date"]).value_counts().items()
    }
    by_cell = trends.cells.cells.set_index("cell_id")

    # The cells with incidents in the month or a month compared: an empty cell has nothing
    # to say (no change) and, written, would weigh the month's GeoPackage and every PDF with
    # thousands of blank hexagons. The country's outline (the regions layer) shows under them.
    features = []
    for cell_id, row in by_cell.iterrows():
        q_, r_ = (int(part) for part in str(cell_id).split("_"))
        polygon = QgsGeometry.fromPolygonXY(
            [[QgsPointXY(x, y) for x, y in cell_corners(q_, r_, size)]]
        )
        incidents = int(row["incidents"])
        mean = None if pd.isna(row["previous_mean"]) else float(row["previous_mean"])
        change = None if mean is None else incidents - mean
        feature = QgsFeature(layer.fields())
        feature.setGeometry(polygon)
        feature.setAttributes([str(cell_id), incidents, mean, change])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _change_points(gpkg: Path, trends: MonthTrends) -> pd.DataFrame:
    month = pd.DataFrame(
        {
            "event_date": trends.incidents["event_date"].astype(str),
            "latitude": pd.to_numeric(trends.incidents["latitude"]),
            "longitude": pd.to_numeric(trends.incidents["longitude"]),
        }
    )
    earlier = trends.earlier_points
    if earlier is None:
        earlier = read_history_points(gpkg)
    if earlier is None or earlier.empty:
        return month
    earlier = pd.DataFrame(
        {
            # The first of its month: cell_changes counts months, not days.
            "event_date": earlier["month"].astype(str) + "-01",
            "latitude": pd.to_numeric(earlier["latitude"]),
            "longitude": pd.to_numeric(earlier["longitude"]),
        }
    )
    frame = pd.concat([month, earlier], ignore_index=True)
    return frame[months_of(frame["event_date"]).notna().to_numpy()]


def change_totals(trends: MonthTrends) -> dict[str, object]:
    """The change map's totals: the month's incidents and the mean of the months compared
    (None when none of them is known)."""
    cells = trends.cells
    if cells is None:
        return {"incidents": 0, "previous_mean": None, "months": []}
    mean = cells.cells["previous_mean"]
    return {
        "incidents": int(cells.cells["incidents"].sum()),
        "previous_mean": None if not cells.months_compared else float(mean.sum()),
        "months": list(cells.months_compared),
        "unknown": list(cells.unknown_months),
    }


__all__ = [
    "CHART_CRS",
    "COUNTRY_CHART",
    "MONTH_BY_REGION_CHART",
    "MonthTrends",
    "change_totals",
    "chart_extent",
    "read_month_trends",
    "write_trend_layers",
]


# -- the project's layers ------------------------------------------------------------------

TREND_ROLE_TABLES = {"charts": CHARTS_LAYER, "change_cells": CHANGE_CELLS_LAYER}


@dataclass
class TrendLayers:
    charts: QgsVectorLayer
    change_cells: QgsVectorLayer

    def by_role(self) -> dict[str, QgsVectorLayer]:
        return {"charts": self.charts, "change_cells": self.change_cells}


def open_trend_layers(gpkg: Path, language: str, warnings: list[str]) -> TrendLayers:
    from .messages import tr
    from .project_layers import load_style

    charts = QgsVectorLayer(f"{gpkg}|layername={CHARTS_LAYER}", tr("Charts (12 months)"), "ogr")
    cells = QgsVectorLayer(
        f"{gpkg}|layername={CHANGE_CELLS_LAYER}", tr("Change against 3 months"), "ogr"
    )
    load_style(charts, STYLE_CHARTS, warnings)
    load_style(cells, STYLE_CHANGE_CELLS, warnings)
    layers = TrendLayers(charts, cells)
    translate_trend_legends(layers, language)
    return layers


# The label rules (by description) the month by region chart needs, and the renderer's rule
# that draws the features they label (QGIS labels only the features it draws).
MONTH_BY_REGION_LABEL_RULES = ("region", "region_total", "note")
CHART_TEXT_RULE = "Figures and names"
CHART_TEXT_FILTER_BEFORE = "\"kind\" IN ('total', 'month', 'title')"


def complete_chart_style(charts: QgsVectorLayer, warnings: list[str]) -> None:
    """A project's charts style from before the month by region chart gets that chart's
    label rules from ``symbology/charts.qml`` and draws their features; every rule the
    analyst has (edited or not) stays as it is."""
    from qgis.core import QgsRuleBasedLabeling

    from .project_layers import load_style

    labeling, renderer = charts.labeling(), charts.renderer()
    if not isinstance(labeling, QgsRuleBasedLabeling) or not isinstance(
        renderer, QgsRuleBasedRenderer
    ):
        return  # the analyst's own kind of style: theirs to extend
    present = {rule.description() for rule in labeling.rootRule().children()}
    if all(kind in present for kind in MONTH_BY_REGION_LABEL_RULES):
        return
    shipped = QgsVectorLayer(f"Polygon?crs={CHART_CRS}", "charts", "memory")
    load_style(shipped, STYLE_CHARTS, warnings)
    if not isinstance(shipped.labeling(), QgsRuleBasedLabeling):
        return
    labeling = labeling.clone()
    for rule in shipped.labeling().rootRule().children():
        if rule.description() in MONTH_BY_REGION_LABEL_RULES and rule.description() not in present:
            labeling.rootRule().appendChild(rule.clone())
    charts.setLabeling(labeling)
    charts.setLabelsEnabled(True)
    shipped_text = _rule_described(shipped.renderer(), CHART_TEXT_RULE)
    text = _rule_described(renderer, CHART_TEXT_RULE)
    # Its filter as shipped before: extended to the new kinds (an analyst's own stays).
    if (
        text is not None
        and shipped_text is not None
        and text.filterExpression() == (CHART_TEXT_FILTER_BEFORE)
    ):
        text.setFilterExpression(shipped_text.filterExpression())


def _rule_described(renderer, description: str):
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return None
    return next(
        (rule for rule in renderer.rootRule().children() if rule.description() == description),
        None,
    )


def translate_trend_legends(layers: TrendLayers, language: str) -> None:
    """The classes in the atlas's language; a rule's description keeps its English name
    (the key the translation is looked up by, whichever language the label is in now)."""
    for layer in (layers.charts, layers.change_cells):
        renderer = layer.renderer()
        if not isinstance(renderer, QgsRuleBasedRenderer):
            continue
        for rule in renderer.rootRule().children():
            if rule.description():
                rule.setLabel(translated(rule.description(), language))


def find_trend_layers(project: QgsProject) -> TrendLayers | None:
    by_role = {
        layer.customProperty(LAYER_ROLE_PROPERTY): layer
        for layer in project.mapLayers().values()
        if layer.customProperty(LAYER_ROLE_PROPERTY) in TREND_ROLE_TABLES
    }
    if set(by_role) != set(TREND_ROLE_TABLES):
        return None
    return TrendLayers(**by_role)


def add_trend_layers(project: QgsProject, layers: TrendLayers) -> None:
    """Into the month's group (or the project's root), tagged for next month; not shown on
    the canvas (they are the pages' charts and grid, not a map of the canvas)."""
    from .project_layers import month_group

    group = month_group(project) or project.layerTreeRoot()
    for role, layer in layers.by_role().items():
        layer.setCustomProperty(LAYER_ROLE_PROPERTY, role)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if node is not None:
            node.setItemVisibilityChecked(False)
