"""Places: incidents that share a point, counted and named once at import.

The incident style labels one incident per place with the place's names and ranks busy
places first. Computed while drawing (QGIS aggregates grouped by geometry), that costs a
scan of the whole layer per place and per map; the importer writes it instead:

- ``place_incidents``: how many of the month's incidents share this incident's point;
- ``place_names``: the distinct location names at the point, sorted, joined by ", ";
- ``place_first``: 1 for the place's first incident in the month's order (the one the
  importer writes first, so the lowest fid), 0 for the others: the one that is labelled.

A point is its longitude and latitude rounded to ``PLACE_DECIMALS`` (ACLED gives 4).
"""

from __future__ import annotations

import pandas as pd

from .validate import fold_name

FIELD_PLACE_INCIDENTS = "place_incidents"
FIELD_PLACE_NAMES = "place_names"
FIELD_PLACE_FIRST = "place_first"
PLACE_FIELDS = (FIELD_PLACE_INCIDENTS, FIELD_PLACE_NAMES, FIELD_PLACE_FIRST)
PLACE_DECIMALS = 6  # ~0.1 m: the same point, whatever float noise the export carries
NAME_SEPARATOR = ", "


def _sorted_names(names: pd.Series) -> str:
    """Distinct names, sorted as a reader expects (accents and case folded), joined."""
    distinct = {str(name).strip() for name in names if pd.notna(name) and str(name).strip()}
    return NAME_SEPARATOR.join(sorted(distinct, key=lambda name: (fold_name(name), name)))


def add_place_fields(incidents: pd.DataFrame, within: tuple[str, ...] = ()) -> pd.DataFrame:
    """A copy of ``incidents`` with the place fields added (see the module's docstring).

    Needs ``longitude``, ``latitude`` and ``location``. Rows without coordinates are each a
    place of their own (count 1, their own name, first). ``within`` names columns that part
    the rows into months of their own (the store's country and month): a place is counted
    in its part only.
    """
    placed = incidents.copy()
    if placed.empty:
        placed[FIELD_PLACE_INCIDENTS] = pd.Series(dtype="int64")
        placed[FIELD_PLACE_NAMES] = pd.Series(dtype="object")
        placed[FIELD_PLACE_FIRST] = pd.Series(dtype="int64")
        return placed
    longitude = pd.to_numeric(placed["longitude"], errors="coerce").round(PLACE_DECIMALS)
    latitude = pd.to_numeric(placed["latitude"], errors="coerce").round(PLACE_DECIMALS)
    # One key per point; a row without a point gets a key of its own (its position).
    has_point = longitude.notna() & latitude.notna()
    positions = pd.Series(range(len(placed)), index=placed.index)
    key = pd.Series(
        [
            f"{lon:.{PLACE_DECIMALS}f} {lat:.{PLACE_DECIMALS}f}" if ok else f"row {position}"
            for lon, lat, ok, position in zip(longitude, latitude, has_point, positions)
        ],
        index=placed.index,
    )
    for column in within:
        key = placed[column].astype(str) + "\x1f" + key
    groups = placed["location"].groupby(key, sort=False)
    placed[FIELD_PLACE_INCIDENTS] = groups.transform("size").astype("int64")
    # A place of one incident is named by it: sorting names in Python is for shared points
    # only (most points of a big export are a place of their own).
    alone = placed[FIELD_PLACE_INCIDENTS] == 1
    location = placed["location"]
    names = location.where(location.notna(), "").astype(str).str.strip()
    if not alone.all():
        shared = location[~alone].groupby(key[~alone], sort=False).agg(_sorted_names)
        names = names.where(alone, key.map(shared))
    placed[FIELD_PLACE_NAMES] = names.to_numpy()
    placed[FIELD_PLACE_FIRST] = (~key.duplicated()).astype("int64")
    return placed
