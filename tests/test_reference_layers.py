"""The Reference group's layers: read from an analyst's files, styled from symbology/."""

from __future__ import annotations

import pytest
from qgis.core import QgsWkbTypes

from mali_incidents.reference_layers import (
    ReferenceLayerError,
    open_reference_layers,
    style_for,
    style_rules,
)


@pytest.fixture()
def basemap(shared_dir):
    return shared_dir / "data" / "mali_basemap_ne.gpkg"


def test_natural_earth_basemap_gives_towns_rivers_and_lakes(qgis_app, basemap):
    layers = open_reference_layers([basemap])
    # countries_10m and boundary_lines_land_10m are left out: the atlas draws its own.
    assert [layer.name() for layer in layers] == [
        "populated_places_10m",
        "rivers_10m",
        "lakes_10m",
    ]
    assert all(layer.isValid() for layer in layers)
    towns, rivers, lakes = layers
    assert towns.labelsEnabled()
    assert rivers.renderer().symbol().color().name() == "#4a90c2"
    assert lakes.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry


def test_an_analysts_own_layer_is_styled_by_its_geometry(qgis_app):
    rules = style_rules()
    assert style_for("my_checkpoints", QgsWkbTypes.GeometryType.PointGeometry, rules) == (
        "reference_towns.qml"
    )
    assert style_for("main_roads", QgsWkbTypes.GeometryType.LineGeometry, rules) == (
        "reference_roads.qml"
    )
    assert style_for("Niger_river", QgsWkbTypes.GeometryType.LineGeometry, rules) == (
        "reference_rivers.qml"
    )


def test_a_missing_file_is_one_line(qgis_app, tmp_path):
    with pytest.raises(ReferenceLayerError) as error:
        open_reference_layers([tmp_path / "nowhere.gpkg"])
    assert str(error.value) == f"{tmp_path / 'nowhere.gpkg'}: reference file not found"
