"""Import a month: ACLED exports -> selected rows -> validated -> classified -> GeoPackage.

``import_month`` is the one entry point; the command line, the Processing algorithm and the
QGIS dialog all call it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .acled import MONTH_PATTERN, AcledInputError, Selection, read_selection
from .acled_api import (
    CACHE_FOLDER,
    PAGE_LIMIT,
    AcledClient,
    DownloadCanceledError,
    DownloadResult,
    download_month,
)
from .classify import ClassificationRules, RulesError, classify_incidents
from .countries import country_matcher, near_miss_warning, unknown_countries_warning
from .country_titles import country_list
from .definitions import (
    DEFAULT_COUNTRY,
    FIELD_FATALITIES_FLAG,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
)
from .layers import GeoPackageError, write_month_geopackage
from .month_history import history_of_import, history_start
from .outputs import check_output
from .paths import world_map_country
from .places import add_place_fields
from .trends import DEFAULT_HISTORY_MONTHS, History, TrendsError
from .validate import REJECT_COLUMNS, fold_name, implausible_fatalities, validate_rows

# What an import may fail with because of its input: shown to the user as one line, never
# as a traceback (the command line, Processing and the toolbar all catch these).
IMPORT_ERRORS = (AcledInputError, RulesError, GeoPackageError, TrendsError, OSError)


# Near misses of the country's name named one by one in the warnings; the rest are counted.
NAMED_NEAR_MISSES = 5


class ImportCanceledError(RuntimeError):
    """The user cancelled: nothing was written."""


@dataclass
class ImportResult:
    """What an import did with every row read:
    rows_read = incidents + rejected + duplicates + other_countries + other_months."""

    gpkg_path: Path
    month: str
    country: str
    rows_in: int  # rows considered for the month: incidents + rejected + duplicates
    incidents: int
    fatalities: int
    rejected: int  # rows rejected for a problem (in the rejects table with the reason)
    duplicates: int  # rows dropped as duplicates (in the rejects table too)
    rows_read: int  # every data row of every file
    incidents_frame: pd.DataFrame
    rejects_frame: pd.DataFrame
    other_countries: int = 0
    other_months: int = 0  # rows of the country (or naming none) dated in another month
    fatalities_flagged: int = 0  # incidents loaded with a fatalities_flag
    warnings: list[str] = field(default_factory=list)
    # Every country of the month, in the order given (``country`` names them all).
    countries: tuple[str, ...] = field(default_factory=tuple)
    # The month's history as written to the ``monthly`` table (None with 0 history months).
    history: History | None = None
    history_geopackages: list[Path] | None = None
    # What the history is read from (set by ``prepare_month`` with ``history_from``): the
    # exports' rows of the months before, and the months each file has incidents of.
    earlier_rows: pd.DataFrame | None = field(default=None, repr=False)
    months_by_file: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def summary(self) -> str:
        return (
            f"incidents={self.incidents} fatalities={self.fatalities} "
            f"rejected={self.rejected} duplicates={self.duplicates} "
            f"other_countries={self.other_countries} other_months={self.other_months} "
            f"rows_read={self.rows_read} fatalities_flagged={self.fatalities_flagged}"
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
    country: str | Sequence[str] = DEFAULT_COUNTRY,
    rules: ClassificationRules | None = None,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    use_pyarrow: bool | None = None,
    history_months: int = DEFAULT_HISTORY_MONTHS,
    history_geopackages: list[Path] | tuple[Path, ...] = (),
) -> ImportResult:
    """Read, select, validate, classify and write one month of incidents; returns the counts.

    ``country`` may be several countries (one atlas for the central Sahel): each is
    selected, validated against its own outline and classified with its own actor rules,
    and the month's GeoPackage holds them all (ACLED's ``country`` column tells them apart).

    For one country, the ``monthly`` and ``monthly_country`` tables (the month and
    ``history_months`` months before it, ``trends.History``) are written beside them, from
    the exports' other months and the earlier months' GeoPackages in ``out_gpkg``'s folder
    and ``history_geopackages`` (a project's layers). A month none of them covers is
    written as unknown (null).

    Raises ``AcledInputError`` (one line naming the file and the problem) when a file cannot
    be used or nothing is selected; row-level problems go to the rejects table instead.
    """
    canceled = is_canceled or (lambda: False)
    # Before any reading: an output that would overwrite an input is refused at once.
    check_output(Path(out_gpkg), export_paths or [], "output", (".gpkg",))
    if history_months < 0:
        raise AcledInputError(f"history months must be 0 or more, not {history_months}")
    # The history is one country's (a several-country atlas has no change pages).
    with_history = history_months > 0 and len(country_list(country)) == 1
    points = None
    prepared = prepare_month(
        export_paths,
        month,
        country,
        rules,
        progress,
        use_pyarrow,
        history_from=history_start(month, history_months) if with_history else None,
    )
    if canceled():
        raise ImportCanceledError("import cancelled")
    (progress or (lambda percent: None))(70)
    if with_history:
        prepared.history, prepared.history_geopackages, points = history_of_import(
            prepared, history_months, Path(out_gpkg), history_geopackages, rules
        )
    if canceled():
        raise ImportCanceledError("import cancelled")
    (progress or (lambda percent: None))(80)
    write_month_geopackage(
        prepared.incidents_frame,
        prepared.rejects_frame,
        Path(out_gpkg),
        inputs=export_paths,
        history=prepared.history,
        history_points=points,
    )
    (progress or (lambda percent: None))(100)
    prepared.gpkg_path = Path(out_gpkg)
    return prepared


def prepare_month(
    export_paths: list[Path],
    month: str,
    country: str | Sequence[str] = DEFAULT_COUNTRY,
    rules: ClassificationRules | None = None,
    progress: Callable[[float], None] | None = None,
    use_pyarrow: bool | None = None,
    history_from: str | None = None,
) -> ImportResult:
    """Everything ``import_month`` does but writing: the month's incidents, rejects and
    counts (``gpkg_path`` is not set). Checks that every row read is accounted for.
    With ``history_from`` (one country), the exports' rows of the months from it to the
    month before are kept too (``earlier_rows``, ``months_by_file``)."""
    report = progress or (lambda percent: None)
    countries = country_list(country)
    if not MONTH_PATTERN.match(month or ""):
        raise AcledInputError(f"month '{month}' is not of the form YYYY-MM (e.g. 2021-02)")
    if not export_paths:
        raise AcledInputError("no export file given")
    rules_of = {name: rules or ClassificationRules.from_folder(country=name) for name in countries}
    threshold = implausible_fatalities()

    report(5)
    # One pass selects every country asked for: a row is counted once whatever their
    # number (an empty, malformed or near-miss row is not one per country).
    selection = read_selection(
        [Path(path) for path in export_paths],
        month,
        tuple(countries),
        use_pyarrow,
        history_from=history_from if len(countries) == 1 else None,
    )
    report(60)
    matcher = country_matcher(tuple(countries))
    names = ", ".join(Path(path).name for path in export_paths)
    shown = " + ".join(countries)
    if selection.rows.empty:
        months = ", ".join(sorted(selection.months_seen)[-6:]) or "none"
        near = "".join(
            f"; {near_miss_warning(name, rows, matcher.owner(name))}"
            for name, rows in selection.near_misses.most_common(3)
        )
        raise AcledInputError(
            f"{names}: no incident of {shown} in {month} ({selection.rows_read} rows read; "
            f"months with {shown} incidents: {months}{near})"
        )

    # Each row validated as the country it names (a near miss: the closest; no country or
    # an unreadable row: the first, which rejects it).
    owner = selection.rows["country"].map(
        {name: matcher.owner(name) for name in selection.rows["country"].unique()}
    )
    validated_incidents, validated_rejects = [], []
    for name in countries:
        rows = selection.rows[owner == name]
        if rows.empty:
            continue
        validated = validate_rows(rows, name, country_outline(name), threshold)
        validated_incidents.append(validated.incidents)
        validated_rejects.append(validated.rejects)
    # Several countries one after the other, in the order given (each in its files' order).
    incidents, duplicates = drop_duplicates(_concat(validated_incidents))
    rejected = sum(len(frame) for frame in validated_rejects)
    rejects = pd.concat([*validated_rejects, duplicates], ignore_index=True)
    # Incidents sharing a point, counted once here: the style's labels read them instead of
    # aggregating over the layer on every map drawn.
    incidents = add_place_fields(_classify_by_country(incidents, countries, rules_of))
    result = ImportResult(
        gpkg_path=Path(),
        month=month,
        country=", ".join(countries),
        rows_in=len(selection.rows),
        incidents=len(incidents),
        fatalities=int(incidents["fatalities"].sum()),
        rejected=rejected,
        duplicates=len(duplicates),
        rows_read=selection.rows_read,
        incidents_frame=incidents,
        rejects_frame=rejects,
        other_countries=selection.other_countries,
        other_months=selection.other_months,
        fatalities_flagged=int((incidents[FIELD_FATALITIES_FLAG] != "").sum()),
        warnings=_warnings(selection, incidents, matcher, threshold),
        countries=tuple(countries),
        earlier_rows=selection.history_rows,
        months_by_file=selection.months_by_file,
    )
    check_row_balance(result)
    return result


def check_row_balance(result: ImportResult) -> None:
    """The promise, checked before anything is written: no row vanishes."""
    accounted = result.incidents + result.rejected + result.duplicates
    if result.rows_in != accounted or result.rows_read != (
        accounted + result.other_countries + result.other_months
    ):
        raise RuntimeError(f"rows do not add up: rows_in={result.rows_in} {result.summary()}")


def _warnings(selection: Selection, incidents: pd.DataFrame, matcher, threshold: int) -> list[str]:
    """One line each: near misses of a country's name, sheets not read, fatalities flagged."""
    near_misses = selection.near_misses.most_common()
    warnings = [
        near_miss_warning(name, rows, matcher.owner(name))
        for name, rows in near_misses[:NAMED_NEAR_MISSES]
    ]
    if len(near_misses) > NAMED_NEAR_MISSES:  # a hostile file must not flood the message bar
        others = near_misses[NAMED_NEAR_MISSES:]
        warnings.append(
            f"and {len(others)} other names close to {' + '.join(matcher.countries)} "
            f"({sum(rows for _, rows in others)} rows; their reasons are in the rejects)"
        )
    if selection.unknown_countries:
        warnings.append(unknown_countries_warning(selection.unknown_countries.most_common()))
    warnings.extend(selection.notes)
    flagged = incidents[incidents[FIELD_FATALITIES_FLAG] != ""]
    if len(flagged):
        where = ", ".join(
            f"{row[FIELD_SOURCE_FILE]} row {row[FIELD_SOURCE_LINE]} ({row[FIELD_FATALITIES_FLAG]})"
            for _, row in flagged.head(5).iterrows()
        )
        more = f" and {len(flagged) - 5} more" if len(flagged) > 5 else ""
        warnings.append(
            f"{len(flagged)} incident{'s' if len(flagged) > 1 else ''} loaded with fatalities "
            f"to check (field {FIELD_FATALITIES_FLAG}; more than {threshold:,} in one event "
            f"or not written as a number): {where}{more}"
        )
    return warnings


def _classify_by_country(
    incidents: pd.DataFrame, countries: list[str], rules_of: dict[str, ClassificationRules]
) -> pd.DataFrame:
    """Each country's incidents classified with its own actor rules (VDP, Koglweogo…)."""
    if len(countries) == 1:
        return classify_incidents(incidents, rules_of[countries[0]])
    country_of_row = incidents["country"].map(fold_name)
    parts = [
        classify_incidents(incidents[country_of_row == fold_name(name)], rules_of[name])
        for name in countries
    ]
    return pd.concat(parts).sort_index()


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)


def drop_duplicates(incidents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Keep the first of rows with the same event_id_cnty, or, for rows without an id, the
    same date, location and sub-event type (an analyst's own addition of an ACLED event).

    Files are read in the order given, so the ACLED export given first wins over additions.
    """
    event_id = incidents["event_id_cnty"].str.strip()
    has_id = event_id != ""
    same_id = has_id & event_id.duplicated()
    if has_id.all():
        # No row without id, so none is a duplicate by its key: each row its own key (the
        # keys of a big export took most of this function's time).
        key = pd.Series(range(len(incidents)), index=incidents.index, dtype=object)
    else:
        key = pd.Series(
            list(
                zip(
                    incidents["event_date"],
                    _fold_each(incidents["location"]),
                    _fold_each(incidents["sub_event_type"]),
                )
            ),
            index=incidents.index,
            dtype=object,
        )
    # A row without id duplicates any earlier row (with or without id) of the same key.
    same_event = ~has_id & key.duplicated()
    is_duplicate = same_id | same_event
    if not is_duplicate.any():  # the usual export: nothing to take out, nothing to copy
        none = pd.DataFrame.from_records([], columns=list(REJECT_COLUMNS))
        return incidents.reset_index(drop=True), none
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
