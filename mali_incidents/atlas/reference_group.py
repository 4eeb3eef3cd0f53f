"""The project's Reference group: the analyst's reference layers (``reference_layers.py``),
kept in the saved project and drawn by every map of the atlas."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..reference_layers import REFERENCE_GROUP, ReferenceLayerError, open_reference_layers
from .messages import AtlasError, tr

REFERENCE_ROLE_PROPERTY = "mali_incidents/reference"


def add_reference_group(project: QgsProject, paths: Iterable[Path]) -> list[QgsVectorLayer]:
    """The layers of ``paths`` in a "Reference" group under the month's (none: no group)."""
    try:
        layers = open_reference_layers(paths)
    except ReferenceLayerError as error:
        raise AtlasError(str(error)) from error
    if not layers:
        return reference_group_layers(project)
    root = project.layerTreeRoot()
    group = _group(project) or root.addGroup(tr(REFERENCE_GROUP))
    group.setCustomProperty(REFERENCE_ROLE_PROPERTY, "group")
    for layer in layers:
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    return reference_group_layers(project)


def reference_group_layers(project: QgsProject) -> list[QgsVectorLayer]:
    """The group's visible vector layers, top first (an analyst may add or untick layers)."""
    group = _group(project)
    if group is None:
        return []
    return [
        node.layer()
        for node in group.findLayers()
        if node.isVisible() and isinstance(node.layer(), QgsVectorLayer)
    ]


def _group(project: QgsProject):
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(REFERENCE_ROLE_PROPERTY) == "group":
            return group
    return None
