"""Where a month's history comes from: the exports given and the GeoPackages of earlier months.

The import reads the exports once for the month and its history (``acled.read_selection``
with ``history_from``); this module adds the incidents of earlier months' GeoPackages (the
ones in the month's folder, and those the QGIS project shows, passed by the dialog) and
builds ``trends.History`` from them all. The figures themselves are ``trends.py``'s.

Which source counts for a month: an export covering it wins (it is what the analyst gave
now); otherwise the newest earlier GeoPackage of exactly that month. Never both, so an
incident is never counted twice, with or without an event id.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .definitions import FIELD_ACTOR_GROUP, FIELD_INCIDENT_TYPE, INCIDENTS_LAYER
from .outputs import same_file
from .region_names import region_table
from .trends import (
    DEFAULT_CELL_PREVIOUS_MONTHS,
    DEFAULT_HISTORY_MONTHS,
    History,
    SourceCoverage,
    covered_months,
    month_coverage,
    months_between,
    months_of,
    shift_month,
)

# What the history needs of each incident (the import's column names).
HISTORY_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "admin1",
    "admin2",
    "location",
    FIELD_INCIDENT_TYPE,
    FIELD_ACTOR_GROUP,
    "fatalities",
    "latitude",
    "longitude",
)
# The change map's earlier incidents: where and when, no more (the atlas bins them into its
# hexagons, whose size is an atlas setting).
HISTORY_POINT_COLUMNS = ("month", "latitude", "longitude")


@dataclass
class EarlierMonth:
    """One earlier month's GeoPackage: its incidents (``HISTORY_COLUMNS``) of one month."""

    path: Path
    month: str
    country: str
    incidents: pd.DataFrame
    modified: float = 0.0


@dataclass
class HistorySources:
    """The incidents of the history and what each source covers (for ``trends``)."""

    incidents: pd.DataFrame
    coverages: list[SourceCoverage] = field(default_factory=list)
    geopackages_used: list[Path] = field(default_factory=list)


def history_start(month: str, history_months: int) -> str:
    """The first month of the history window (``month`` itself for 0 months)."""
    return shift_month(month, -max(history_months, 0))


def export_coverages(months_by_file: dict[str, set[str]], country: str) -> list[SourceCoverage]:
    """Each export covers every month from its first to its last incident of ``country``
    (``trends.export_coverage``'s rule), from the months the selection saw in each file."""
    return [
        SourceCoverage(Path(source).name, country, min(months), max(months))
        for source, months in months_by_file.items()
        if months
    ]


def read_earlier_month(path: Path) -> EarlierMonth | None:
    """An earlier month's GeoPackage as the import wrote it; None when ``path`` is not one
    (another GeoPackage, several months, unreadable): it is then simply not a source."""
    try:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as database:
            described = database.execute(f'PRAGMA table_info("{INCIDENTS_LAYER}")')
            columns = {row[1] for row in described}
            wanted = [*HISTORY_COLUMNS, "country"]
            if not set(wanted) <= columns:
                return None
            quoted = ", ".join(f'"{column}"' for column in wanted)
            frame = pd.read_sql_query(f'SELECT {quoted} FROM "{INCIDENTS_LAYER}"', database)
    except (sqlite3.Error, OSError, pd.errors.DatabaseError):
        return None
    if frame.empty:
        return None
    try:
        modified = Path(path).stat().st_mtime
    except OSError:  # gone meanwhile (another import's temporary copy)
        return None
    months = set(months_of(frame["event_date"]).dropna())
    countries = set(frame["country"].astype(str).str.strip())
    if len(months) != 1 or len(countries) != 1:
        return None
    frame["fatalities"] = pd.to_numeric(frame["fatalities"], errors="coerce").fillna(0)
    return EarlierMonth(
        path=Path(path),
        month=months.pop(),
        country=countries.pop(),
        incidents=frame[list(HISTORY_COLUMNS)],
        modified=modified,
    )


def earlier_months(
    candidates: Iterable[Path], month: str, country: str, history_months: int, target: Path
) -> list[EarlierMonth]:
    """The GeoPackages among ``candidates`` holding one month of ``country`` inside the
    window before ``month``; for a month held twice, the newest file."""
    window = set(months_between(history_start(month, history_months), shift_month(month, -1)))
    chosen: dict[str, EarlierMonth] = {}
    seen: list[Path] = []
    for candidate in candidates:
        candidate = Path(candidate)
        if not candidate.is_file() or same_file(candidate, target):
            continue
        if any(same_file(candidate, earlier) for earlier in seen):
            continue
        seen.append(candidate)
        earlier = read_earlier_month(candidate)
        if earlier is None or earlier.month not in window:
            continue
        if earlier.country.casefold() != country.strip().casefold():
            continue
        kept = chosen.get(earlier.month)
        if kept is None or earlier.modified > kept.modified:
            chosen[earlier.month] = earlier
    return [chosen[key] for key in sorted(chosen)]


def geopackages_beside(target: Path) -> list[Path]:
    """The GeoPackages in the month's folder (the analyst keeps one a month there)."""
    folder = Path(target).resolve().parent
    if not folder.is_dir():
        return []
    # Not the hidden ones: another import's or atlas's temporary copy (outputs.replacing).
    return sorted(
        path for path in folder.glob("*.gpkg") if path.is_file() and not path.name.startswith(".")
    )


def gather_history_sources(
    month_incidents: pd.DataFrame,
    export_history: pd.DataFrame,
    coverages: list[SourceCoverage],
    month: str,
    country: str,
    history_months: int,
    target: Path,
    other_geopackages: Iterable[Path] = (),
) -> HistorySources:
    """Every incident of the window from the exports and, for the months no export covers,
    from earlier months' GeoPackages (beside ``target`` and ``other_geopackages``)."""
    parts = [
        frame[list(HISTORY_COLUMNS)] for frame in (month_incidents, export_history) if len(frame)
    ]
    coverages = list(coverages)
    exported = covered_months(coverages, country)
    used = []
    candidates = [*geopackages_beside(target), *map(Path, other_geopackages)]
    for earlier in earlier_months(candidates, month, country, history_months, target):
        if earlier.month in exported:
            continue
        parts.append(earlier.incidents)
        coverages.append(month_coverage(earlier.path.name, country, earlier.month))
        used.append(earlier.path)
    incidents = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(columns=list(HISTORY_COLUMNS))
    )
    return HistorySources(incidents, coverages, used)


def country_regions(country: str) -> list[str]:
    """The country's regions in its report's order (each gets rows, incidents or not)."""
    return [row.admin1 for row in region_table(country)]


def build_month_history(
    sources: HistorySources,
    month: str,
    country: str,
    history_months: int = DEFAULT_HISTORY_MONTHS,
) -> History:
    from .trends import build_history

    covered = covered_months(sources.coverages, country) | {month}
    return build_history(
        sources.incidents, month, covered, history_months, regions=country_regions(country)
    )


def history_points(
    sources: HistorySources,
    history: History,
    previous_months: int = DEFAULT_CELL_PREVIOUS_MONTHS,
) -> pd.DataFrame:
    """The incidents of the ``previous_months`` known months before the month, as points
    (``HISTORY_POINT_COLUMNS``): what the change map compares the month with."""
    earlier = [shift_month(history.month, -back) for back in range(previous_months, 0, -1)]
    known = [month for month in earlier if history.is_known(month)]
    incidents = sources.incidents
    months = months_of(incidents["event_date"]) if len(incidents) else pd.Series(dtype="string")
    chosen = months.isin(known).fillna(False).to_numpy(dtype=bool)
    points = pd.DataFrame(
        {
            "month": months[chosen].astype(str).to_numpy(),
            "latitude": pd.to_numeric(incidents.loc[chosen, "latitude"]).to_numpy(),
            "longitude": pd.to_numeric(incidents.loc[chosen, "longitude"]).to_numpy(),
        },
        columns=list(HISTORY_POINT_COLUMNS),
    )
    return points.reset_index(drop=True)


def history_of_import(
    prepared,
    history_months: int,
    out_gpkg: Path,
    history_geopackages,
    rules=None,
) -> tuple[History, list[Path], pd.DataFrame]:
    """The month's history (one country): the exports' earlier rows validated and
    classified as the month's are (their rejects are the business of their own month's
    import, not this one), and the earlier months' GeoPackages. ``prepared`` is
    ``importer.prepare_month``'s result, read with ``history_from``. Returns the history,
    the GeoPackages used and the change map's earlier points."""
    # The import's own steps, as it applies them to the month (imported here: the importer
    # imports this module).
    from .classify import ClassificationRules, classify_incidents
    from .importer import country_outline, drop_duplicates
    from .validate import validate_rows

    country = prepared.countries[0]
    earlier = prepared.earlier_rows
    if earlier is not None and len(earlier):
        validated = validate_rows(earlier, country, country_outline(country))
        earlier, _ = drop_duplicates(validated.incidents)
        earlier = classify_incidents(
            earlier, rules or ClassificationRules.from_folder(country=country)
        )
    sources = gather_history_sources(
        prepared.incidents_frame,
        earlier,
        export_coverages(prepared.months_by_file, country),
        prepared.month,
        country,
        history_months,
        out_gpkg,
        history_geopackages,
    )
    history = build_month_history(sources, prepared.month, country, history_months)
    return history, sources.geopackages_used, history_points(sources, history)
