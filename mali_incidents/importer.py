"""Import a month: ACLED exports -> selected rows -> validated -> classified -> GeoPackage.

``import_month`` is the one entry point; the command line, the Processing algorithm and the
QGIS dialog all call it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .acled import MONTH_PATTERN, AcledInputError, read_selection
from .acled_api import (
    CACHE_FOLDER,
    PAGE_LIMIT,
    AcledClient,
    DownloadCanceledError,
    DownloadResult,
    download_month,
)
from .classify import ClassificationRules, RulesError, classify_incidents
from .definitions import DEFAULT_COUNTRY, FIELD_SOURCE_FILE, FIELD_SOURCE_LINE
from .layers import GeoPackageError, write_month_geopackage
from .month_history import (
    build_month_history,
    export_coverages,
    gather_history_sources,
    history_points,
    history_start,
)
from .outputs import check_output
from .paths import world_map_country
from .places import add_place_fields
from .trends import DEFAULT_HISTORY_MONTHS, History, TrendsError
from .validate import REJECT_COLUMNS, fold_name, validate_rows

# What an import may fail with because of its input: shown to the user as one line, never
# as a traceback (the command line, Processing and the toolbar all catch these).
IMPORT_ERRORS = (AcledInputError, RulesError, GeoPackageError, TrendsError, OSError)


class ImportCanceledError(RuntimeError):
    """The user cancelled: nothing was written."""


@dataclass
class ImportResult:
    gpkg_path: Path
    month: str
    country: str
    rows_in: int  # rows of the selected country and month (or of unknown date), all files
    incidents: int
    fatalities: int
    rejected: int  # every row in the rejects table, duplicates included
    duplicates: int
    rows_read: int  # every data row of every file
    incidents_frame: pd.DataFrame
    rejects_frame: pd.DataFrame
    # The month's history as written to the ``monthly`` table (None with 0 history months).
    history: History | None = None
    history_geopackages: list[Path] | None = None

    def summary(self) -> str:
        return (
            f"incidents={self.incidents} fatalities={self.fatalities} "
            f"rejected={self.rejected} duplicates={self.duplicates}"
        )

    def history_summary(self) -> str:
        """How many of the months before the month are known ("" without a history)."""
        if self.history is None:
            return ""
        earlier = len(self.history.months) - 1
        return f"history_known={earlier - len(self.history.unknown_months)}/{earlier}"


def import_month(
    export_paths: list[Path],
    month: str,
    out_gpkg: Path,
    country: str = DEFAULT_COUNTRY,
    rules: ClassificationRules | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    use_pyarrow: bool | None = None,
    history_months: int = DEFAULT_HISTORY_MONTHS,
    history_geopackages: list[Path] | tuple[Path, ...] = (),
) -> ImportResult:
    """Read, select, validate, classify and write one month of incidents; returns the counts.

    The ``monthly`` and ``monthly_country`` tables (the month and ``history_months`` months
    before it, ``trends.History``) are written beside them, from the exports' other months
    and the earlier months' GeoPackages in ``out_gpkg``'s folder and ``history_geopackages``
    (a project's layers). A month none of them covers is written as unknown (null).

    Raises ``AcledInputError`` (one line naming the file and the problem) when a file cannot
    be used or nothing is selected; row-level problems go to the rejects table instead.
    """
    report = progress or (lambda percent: None)
    canceled = is_canceled or (lambda: False)
    if not MONTH_PATTERN.match(month or ""):
        raise AcledInputError(f"month '{month}' is not of the form YYYY-MM (e.g. 2021-02)")
    if not export_paths:
        raise AcledInputError("no export file given")
    # Before any reading: an output that would overwrite an input is refused at once.
    check_output(Path(out_gpkg), export_paths, "output", (".gpkg",))
    rules = rules or ClassificationRules.from_folder(country=country)

    if history_months < 0:
        raise AcledInputError(f"history months must be 0 or more, not {history_months}")
    report(5)
    selection = read_selection(
        [Path(path) for path in export_paths],
        month,
        country,
        use_pyarrow,
        history_from=history_start(month, history_months) if history_months else None,
    )
    if canceled():
        raise ImportCanceledError("import cancelled")
    report(60)
    names = ", ".join(Path(path).name for path in export_paths)
    if selection.rows.empty:
        months = ", ".join(sorted(selection.months_seen)[-6:]) or "none"
        raise AcledInputError(
            f"{names}: no incident of {country} in {month} ({selection.rows_read} rows read; "
            f"months with {country} incidents: {months})"
        )

    validated = validate_rows(selection.rows, country, country_outline(country))
    incidents, duplicates = drop_duplicates(validated.incidents)
    rejects = pd.concat([validated.rejects, duplicates], ignore_index=True)
    # Incidents sharing a point, counted once here: the style's labels read them instead of
    # aggregating over the layer on every map drawn.
    incidents = add_place_fields(classify_incidents(incidents, rules))
    if canceled():
        raise ImportCanceledError("import cancelled")
    report(70)
    history, used, points = None, [], None
    if history_months:
        history, used, points = month_history(
            incidents,
            selection,
            month,
            country,
            history_months,
            Path(out_gpkg),
            history_geopackages,
            rules,
        )
    if canceled():
        raise ImportCanceledError("import cancelled")
    report(80)

    write_month_geopackage(
        incidents,
        rejects,
        Path(out_gpkg),
        inputs=export_paths,
        history=history,
        history_points=points,
    )
    report(100)
    result = ImportResult(
        gpkg_path=Path(out_gpkg),
        month=month,
        country=country,
        rows_in=len(selection.rows),
        incidents=len(incidents),
        fatalities=int(incidents["fatalities"].sum()),
        rejected=len(rejects),
        duplicates=len(duplicates),
        rows_read=selection.rows_read,
        incidents_frame=incidents,
        rejects_frame=rejects,
        history=history,
        history_geopackages=used,
    )
    if result.rows_in != result.incidents + result.rejected:  # the promise: no row vanishes
        raise RuntimeError(f"rows in {result.rows_in} != loaded + rejected ({result.summary()})")
    return result


def month_history(
    incidents: pd.DataFrame,
    selection,
    month: str,
    country: str,
    history_months: int,
    out_gpkg: Path,
    history_geopackages,
    rules: ClassificationRules,
) -> tuple[History, list[Path], pd.DataFrame]:
    """The month's history: the exports' earlier rows validated and classified as the
    month's are (their rejects are the business of their own month's import, not this one),
    and the earlier months' GeoPackages."""
    earlier = selection.history_rows
    if len(earlier):
        validated = validate_rows(earlier, country, country_outline(country))
        earlier, _ = drop_duplicates(validated.incidents)
        earlier = classify_incidents(earlier, rules)
    sources = gather_history_sources(
        incidents,
        earlier,
        export_coverages(selection.months_by_file, country),
        month,
        country,
        history_months,
        out_gpkg,
        history_geopackages,
    )
    history = build_month_history(sources, month, country, history_months)
    return history, sources.geopackages_used, history_points(sources, history)


def drop_duplicates(incidents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Keep the first of rows with the same event_id_cnty, or, for rows without an id, the
    same date, location and sub-event type (an analyst's own addition of an ACLED event).

    Files are read in the order given, so the ACLED export given first wins over additions.
    """
    event_id = incidents["event_id_cnty"].str.strip()
    has_id = event_id != ""
    same_id = has_id & event_id.duplicated()
    key = pd.Series(
        list(
            zip(
                incidents["event_date"],
                _fold_each(incidents["location"]),
                _fold_each(incidents["sub_event_type"]),
            )
        ),
        index=incidents.index,
    )
    # A row without id duplicates any earlier row (with or without id) of the same key.
    same_event = ~has_id & key.duplicated()
    is_duplicate = same_id | same_event
    kept = incidents[~is_duplicate].reset_index(drop=True)
    dropped = incidents[is_duplicate]
    first_of_id = incidents[has_id & ~event_id.duplicated()].set_index(
        event_id[has_id & ~event_id.duplicated()]
    )
    first_of_key = incidents[~key.duplicated()].set_index(key[~key.duplicated()])
    records = []
    for index, row in dropped.iterrows():
        if same_id[index]:
            first = first_of_id.loc[event_id[index]]
            reason = f"duplicate of event_id_cnty {event_id[index]}"
            column, value = "event_id_cnty", event_id[index]
        else:
            first = first_of_key.loc[[key[index]]].iloc[0]
            reason = "duplicate: same date, location and sub_event_type"
            column, value = "event_date/location/sub_event_type", " / ".join(map(str, key[index]))
        records.append(
            {
                FIELD_SOURCE_FILE: row[FIELD_SOURCE_FILE],
                FIELD_SOURCE_LINE: int(row[FIELD_SOURCE_LINE]),
                "column": column,
                "value": value,
                "reason": f"{reason} ({first[FIELD_SOURCE_FILE]}, row {first[FIELD_SOURCE_LINE]})",
                "row": row.drop([FIELD_SOURCE_FILE, FIELD_SOURCE_LINE])
                .astype(str)
                .to_json(force_ascii=False),
            }
        )
    return kept, pd.DataFrame.from_records(records, columns=list(REJECT_COLUMNS))


def _fold_each(names: pd.Series) -> pd.Series:
    """``fold_name`` of each name, worked out once per distinct name."""
    return names.map({name: fold_name(name) for name in names.unique()})


def country_outline(country: str):
    """The country's outline (shapely, EPSG:4326) from QGIS's own world map; None if unknown."""
    from shapely import wkb

    found = world_map_country(country)
    return wkb.loads(found[1]) if found is not None else None


def import_month_from_acled(
    client: AcledClient,
    month: str,
    out_gpkg: Path,
    country: str = DEFAULT_COUNTRY,
    cache_dir: Path | None = None,
    rules: ClassificationRules | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    page_limit: int | None = None,
    history_months: int = DEFAULT_HISTORY_MONTHS,
) -> tuple[ImportResult, DownloadResult]:
    """Download the month from ACLED's API into the cache beside the GeoPackage, then import
    that export like any other file.

    Returns what the import and the download did. The export is kept in the cache folder:
    the rejects table names it, and it is what the month was made from.
    """
    report = progress or (lambda percent: None)
    out_gpkg = Path(out_gpkg)
    cache_dir = Path(cache_dir) if cache_dir else out_gpkg.parent / CACHE_FOLDER
    slug = "".join(ch if ch.isalnum() else "_" for ch in country.strip().casefold())
    export = cache_dir / f"acled_{slug}_{month}.csv"
    try:
        downloaded = download_month(
            country,
            month,
            export,
            client,
            cache_dir,
            page_limit or PAGE_LIMIT,
            # The number of pages is known only at the last one: each page goes half-way
            # towards the half of the bar the download has.
            on_page=lambda page, events: report(50 * (1 - 0.5**page)),
            is_canceled=is_canceled,
        )
    except DownloadCanceledError:
        raise ImportCanceledError("import cancelled") from None
    imported = import_month(
        [export],
        month,
        out_gpkg,
        country,
        rules,
        progress=lambda percent: report(50 + percent / 2),
        is_canceled=is_canceled,
        history_months=history_months,
    )
    return imported, downloaded
