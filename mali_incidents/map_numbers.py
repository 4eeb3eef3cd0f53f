"""Numbers that tie a region map's points to its table's rows (the "No." column).

A region's incidents are numbered in the order its table lists them (newest first). Each
place (a point; co-located incidents are displaced around it) is labelled with its names and
the numbers of its incidents on the page, "Boni 4, 7, 9". The numbers reach the map through a
layout variable, ``@mali_place_numbers``: a JSON object from the fid of the place's labelled
incident (``place_first``, marked at import) to the numbers, which the incident
labels read (``atlas/project_layers``). No text from the data enters the expression: the
variable holds numbers only, keyed by feature ids.

A place whose name finds no free spot on the map (``atlas/place_labels``) is labelled with its
numbers only, "16, 17", and named in a list on the page: its fid is in the layout variable
``@mali_places_unnamed``, a JSON array of numbers (``@mali_places_far``: those whose numbers
are printed further out). Before a place's name is given up, it is tried further out from its
point, tied to it by a line: ``@mali_places_named_far`` lists those places.

Where names crowd, the places with more deaths keep theirs: the label priority in
``symbology/incidents.qml`` reads each place's fatalities on the page from the layout variable
``@mali_place_fatalities`` (a JSON object from the fid of the place's labelled incident to
its deaths, numbers only), which the page sets as it sets the numbers. Places that style ranks
alike (as many deaths and incidents) would leave the label engine to choose between them,
and it does not choose the same way twice: the page ranks the places by the style's priority,
then by name, and gives each its own priority by that rank (``@mali_place_priority``, a
JSON object from fid to a number), which the labels read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer

from .places import FIELD_PLACE_FIRST, PLACE_DECIMALS

PLACE_NUMBERS_VARIABLE = "mali_place_numbers"
UNNAMED_PLACES_VARIABLE = "mali_places_unnamed"
# A place with more incidents on the page than this shows its first numbers and how many
# more: a label of forty numbers finds no room on any map (a month of 2,000 incidents gives
# Mopti's places thirty each), and the table lists them all by place.
NUMBERS_SHOWN = 6
# Of those, the places whose numbers found no room by their point either: printed further
# out, tied to it by a line (a JSON array of fids too).
FAR_PLACES_VARIABLE = "mali_places_far"
PLACE_FATALITIES_VARIABLE = "mali_place_fatalities"
PLACE_PRIORITY_VARIABLE = "mali_place_priority"
# The places whose names found no room by their point: tried further out (a JSON array of
# fids).
NAMED_FAR_VARIABLE = "mali_places_named_far"

# An incident's place numbers on the page ("4, 7, 9"), NULL if it has none there.
PLACE_NUMBERS_EXPRESSION = (
    f"map_get(from_json(coalesce(@{PLACE_NUMBERS_VARIABLE}, '{{}}')), to_string($id))"
)
# True for the labelled incident of a place whose name found no room on the page's map.
UNNAMED_PLACE_EXPRESSION = (
    f"coalesce(array_contains(from_json(coalesce(@{UNNAMED_PLACES_VARIABLE}, '[]')), $id), false)"
)
FAR_PLACE_EXPRESSION = (
    f"coalesce(array_contains(from_json(coalesce(@{FAR_PLACES_VARIABLE}, '[]')), $id), false)"
)

# A place's label priority as the page ranked it, NULL off the atlas's region pages.
PLACE_PRIORITY_EXPRESSION = (
    f"map_get(from_json(coalesce(@{PLACE_PRIORITY_VARIABLE}, '{{}}')), to_string($id))"
)
NAMED_FAR_EXPRESSION = (
    f"coalesce(array_contains(from_json(coalesce(@{NAMED_FAR_VARIABLE}, '[]')), $id), false)"
)


def place_key(feature: QgsFeature) -> str | None:
    geometry = feature.geometry()
    if geometry is None or geometry.isEmpty():
        return None
    point = geometry.asPoint()
    return f"{point.x():.{PLACE_DECIMALS}f} {point.y():.{PLACE_DECIMALS}f}"


def labelled_fids(layer: QgsVectorLayer) -> dict[str, int]:
    """Each place's labelled incident: the one the import marked ``place_first`` (which the
    style's label shows), or, in a layer without that field, the lowest fid at the point.

    Not the lowest fid wherever: a source may number its rows in any order (a store's rows
    in the order they were stored), and the numbers must go to the incident whose label is
    shown."""
    first: dict[str, int] = {}
    marked = layer.fields().indexOf(FIELD_PLACE_FIRST)
    request = QgsFeatureRequest()
    if marked < 0:
        request.setNoAttributes()
    else:
        request.setSubsetOfAttributes([marked])
    marked_places: set[str] = set()
    for feature in layer.getFeatures(request):
        key = place_key(feature)
        if key is None:
            continue
        if marked >= 0 and feature.attribute(marked) == 1:
            if key not in marked_places or feature.id() < first[key]:
                first[key] = feature.id()
            marked_places.add(key)
        elif key not in marked_places and (key not in first or feature.id() < first[key]):
            first[key] = feature.id()
    return first


def place_numbers(ordered: Iterable[QgsFeature], labelled: dict[str, int]) -> dict[int, list[int]]:
    """The numbers (1, 2 … in ``ordered``'s order) of each place's incidents, by the fid of
    the place's labelled incident."""
    numbers: dict[int, list[int]] = {}
    for number, feature in enumerate(ordered, start=1):
        key = place_key(feature)
        fid = labelled.get(key, feature.id()) if key is not None else feature.id()
        numbers.setdefault(fid, []).append(number)
    return numbers


def place_names(ordered: Iterable[QgsFeature], labelled: dict[str, int]) -> dict[int, str]:
    """The names of each place's incidents ("location", distinct, sorted: "Boni, Hombori"), by
    the fid of the place's labelled incident, as its label prints them."""
    names: dict[int, set[str]] = {}
    for feature in ordered:
        key = place_key(feature)
        fid = labelled.get(key, feature.id()) if key is not None else feature.id()
        location = feature["location"]
        names.setdefault(fid, set())
        if location not in (None, "") and str(location) != "NULL":
            names[fid].add(str(location))
    return {fid: ", ".join(sorted(values)) for fid, values in names.items()}


def place_fatalities(ordered: Iterable[QgsFeature], labelled: dict[str, int]) -> dict[int, int]:
    """The deaths at each place (its incidents' fatalities, an unknown count as none), by the
    fid of the place's labelled incident."""
    deaths: dict[int, int] = {}
    for feature in ordered:
        key = place_key(feature)
        fid = labelled.get(key, feature.id()) if key is not None else feature.id()
        try:
            killed = int(feature["fatalities"])
        except (TypeError, ValueError):  # NULL (QGIS's NULL is not None): unknown, none
            killed = 0
        deaths[fid] = deaths.get(fid, 0) + max(killed, 0)
    return deaths


def fatalities_variable(deaths: dict[int, int]) -> str:
    """The layout variable's value: {"12": 8, …} (feature ids and numbers only)."""
    return json.dumps({str(fid): int(count) for fid, count in deaths.items()}, sort_keys=True)


def numbers_text(values: Iterable[int], more: str = "{count} more") -> str:
    """A place's numbers as its label prints them, "4, 7, 9"; past ``NUMBERS_SHOWN`` the first
    ones and how many more ("1, 2, 3, 4, 5, 6, 29 more", ``more`` in the atlas's language)."""
    ordered = sorted(values)
    # "1 more" would take the room of the number it stands for (and need a singular).
    if len(ordered) <= NUMBERS_SHOWN + 1:
        return ", ".join(str(number) for number in ordered)
    shown = [str(number) for number in ordered[:NUMBERS_SHOWN]]
    shown.append(more.format(count=len(ordered) - NUMBERS_SHOWN))
    return ", ".join(shown)


def numbers_variable(numbers: dict[int, list[int]], more: str = "{count} more") -> str:
    """The layout variable's value: {"12": "4, 7, 9", …}."""
    return json.dumps(
        {str(fid): numbers_text(values, more) for fid, values in numbers.items()},
        sort_keys=True,
    )


def unnamed_variable(fids: Iterable[int]) -> str:
    """The layout variable's value: [12, 40] (feature ids, numbers only)."""
    return json.dumps(sorted(int(fid) for fid in fids))
