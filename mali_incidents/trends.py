"""What changed since last month: monthly counts over the history, and the changes in them.

Pure pandas, no QGIS: the import, the atlas and the tests all compute the same figures here.

The history is what the analyst already has (ACLED exports usually span many months, and the
GeoPackages of earlier months). A month no source covers is *unknown*: its counts are NA,
never 0, because a briefing that reads "0 fatalities in Gao" when nobody looked at Gao that
month says something false. A month a source covers but without incidents is a true 0.

Names, in the analyst's words:
- ``month``: ``"YYYY-MM"`` text, as the import's ``--month`` takes it;
- ``region``: ACLED's ``admin1`` (the import's canonical spelling, e.g. ``Menaka``); not
  ACLED's own ``region`` column, which is the world region ("Western Africa");
- ``incident_type`` and ``actor_group``: the classes ``classify.py`` gives each incident.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from .acled import parse_event_dates
from .definitions import (
    ACTOR_GROUPS,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
    INCIDENT_TYPES,
)

DEFAULT_HISTORY_MONTHS = 12
# The change map compares a month with the mean of the months just before it: three months
# smooth a single quiet or violent month out without hiding a shift of a season.
DEFAULT_CELL_PREVIOUS_MONTHS = 3

# Columns of the ``monthly`` table the import writes beside the month's incidents.
MONTHLY_KEYS = ("month", "region", FIELD_INCIDENT_TYPE, FIELD_ACTOR_GROUP)
MONTHLY_COLUMNS = (*MONTHLY_KEYS, "incidents", "fatalities")
MEASURES = ("incidents", "fatalities")

DIRECTION_UP = "▲"
DIRECTION_DOWN = "▼"
DIRECTION_SAME = "="
# A change against an unknown month has no direction (its number is NA too).
DIRECTION_UNKNOWN = ""

# The row of ``changes(history, by=None)``: the whole country.
TOTAL_ROW = "total"

MONTH_PATTERN = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


class TrendsError(ValueError):
    """The history cannot be computed from this input; the message says why, in one line."""


# -- months --------------------------------------------------------------------------------


def check_month(month: str) -> str:
    if not isinstance(month, str) or not MONTH_PATTERN.match(month):
        raise TrendsError(f"month '{month}' is not of the form YYYY-MM (e.g. 2021-02)")
    return month


def shift_month(month: str, months: int) -> str:
    """'2021-02' shifted by -1 -> '2021-01'; by +11 -> '2022-01'."""
    year, number = int(month[:4]), int(month[5:7])
    index = year * 12 + number - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last``, both included, oldest first."""
    months, month = [], check_month(first)
    while month <= check_month(last):
        months.append(month)
        month = shift_month(month, 1)
    return months


def months_of(event_dates: pd.Series) -> pd.Series:
    """The month ("YYYY-MM") of each date: dates as the import types them (``datetime.date``),
    pandas timestamps or ACLED's text forms; NA where the date cannot be read."""
    dates = _dates(event_dates)
    # Formatting each date is slow on long exports; each distinct month once is not.
    numbers = dates.dt.year * 100 + dates.dt.month
    names = {
        number: f"{int(number) // 100:04d}-{int(number) % 100:02d}"
        for number in numbers.dropna().unique()
    }
    return numbers.map(names).astype("string")


def _dates(event_dates: pd.Series) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(event_dates):
        return event_dates
    first = event_dates.dropna().head(1)
    if len(first) and isinstance(first.iloc[0], date):
        # The import's typed dates: 30x faster than reading them again as text.
        return pd.to_datetime(event_dates, errors="coerce")
    return parse_event_dates(event_dates)


# -- what each source covers ---------------------------------------------------------------


@dataclass(frozen=True)
class SourceCoverage:
    """The months one source (an export file, an earlier month's GeoPackage) covers for one
    country, first and last included."""

    source: str
    country: str
    first_month: str
    last_month: str

    def months(self) -> list[str]:
        return months_between(self.first_month, self.last_month)


def export_coverage(rows: pd.DataFrame, source: str) -> list[SourceCoverage]:
    """What an export covers, per country: from its first to its last ``event_date``.

    An ACLED export is a query over a date range: every month between the first and last
    incident of a country is covered, and a month inside that range without incidents is a
    true zero. The first and last months count as covered too, although an export asked
    for from mid-month covers only part of them: the export cannot say where its query
    started, so ask ACLED for whole months. Rows without a country or a readable date are
    left out (the import rejects them).
    """
    if rows.empty:
        return []
    frame = pd.DataFrame(
        {
            "country": rows["country"].astype("string").str.strip(),
            "month": months_of(rows["event_date"]),
        }
    ).dropna()
    frame = frame[frame["country"] != ""]
    spans = frame.groupby("country")["month"].agg(["min", "max"])
    return [
        SourceCoverage(source, str(country), str(first), str(last))
        for country, (first, last) in spans.iterrows()
    ]


def month_coverage(source: str, country: str, month: str) -> SourceCoverage:
    """An earlier month's GeoPackage covers exactly its month."""
    return SourceCoverage(source, country, check_month(month), month)


def covered_months(coverages: Iterable[SourceCoverage], country: str) -> set[str]:
    """Every month some source covers for ``country`` (names compared without case)."""
    wanted = country.strip().casefold()
    months: set[str] = set()
    for coverage in coverages:
        if coverage.country.strip().casefold() == wanted:
            months.update(coverage.months())
    return months


# -- the history ---------------------------------------------------------------------------


@dataclass
class History:
    """The counts behind every figure of the key changes, for one month and one country.

    ``monthly``: one row per month x region x incident type x actor group, for the month and
    up to ``history_months`` before it (every combination, so a zero is a written zero);
    ``incidents`` and ``fatalities`` are NA in the months no source covers.
    ``country_totals``: the country's incidents and fatalities in every month from the first
    covered month up to the month (NA where unknown): a record ("highest since March 2020")
    looks further back than the table's window.
    """

    month: str
    months: list[str]
    covered_months: frozenset[str]
    monthly: pd.DataFrame
    country_totals: pd.DataFrame
    # Figures already computed from the tables above (which do not change once built): the
    # key changes and every region's change line ask for the same ones.
    computed: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def previous_month(self) -> str:
        return shift_month(self.month, -1)

    @property
    def unknown_months(self) -> list[str]:
        """The window's months no source covers, oldest first: the page names them."""
        return [month for month in self.months if month not in self.covered_months]

    def is_known(self, month: str) -> bool:
        return month in self.covered_months


def build_history(
    incidents: pd.DataFrame,
    month: str,
    months_covered: Iterable[str],
    history_months: int = DEFAULT_HISTORY_MONTHS,
    regions: Sequence[str] | None = None,
) -> History:
    """The history of ``month`` from classified incidents of many months.

    ``incidents`` has the import's columns: ``event_date``, ``admin1``, ``incident_type``,
    ``actor_group``, ``fatalities``. ``months_covered`` are the months the sources cover
    (``covered_months``); ``month`` must be one of them. ``regions`` are the report's regions
    in its order (every one gets rows, with or without incidents); regions of the incidents
    not listed are added after them. Incidents after ``month`` are left out: the atlas is
    about ``month`` as it was.
    """
    check_month(month)
    if history_months < 0:
        raise TrendsError(f"history months must be 0 or more, not {history_months}")
    covered = frozenset(months_covered)
    if month not in covered:
        raise TrendsError(f"no source covers {month}, the month the history is about")
    frame = _incident_months(incidents)
    frame = frame[frame["month"] <= month]
    uncovered = sorted(set(frame["month"]) - covered)
    if uncovered:
        # Coverage comes from the same sources as the incidents, so this is a caller's slip:
        # counting these incidents would make a month look known that no source covers.
        raise TrendsError(f"incidents dated in {', '.join(uncovered)}, a month no source covers")

    window = months_between(shift_month(month, -history_months), month)
    in_window = frame[frame["month"].isin(window)]
    region_names = _with_extras(regions or (), in_window["region"])
    types = _with_extras(INCIDENT_TYPES, in_window[FIELD_INCIDENT_TYPE])
    groups = _with_extras(ACTOR_GROUPS, in_window[FIELD_ACTOR_GROUP])
    every_combination = pd.MultiIndex.from_product(
        [window, region_names, types, groups], names=list(MONTHLY_KEYS)
    )
    counts = in_window.groupby(list(MONTHLY_KEYS)).agg(
        incidents=("fatalities", "size"), fatalities=("fatalities", "sum")
    )
    monthly = counts.reindex(every_combination, fill_value=0).astype("Int64").reset_index()
    monthly.loc[~monthly["month"].isin(covered), list(MEASURES)] = pd.NA
    monthly["month"] = monthly["month"].astype(str)

    first_known = min(known for known in covered if known <= month)
    all_months = months_between(min(first_known, window[0]), month)
    totals = frame.groupby("month").agg(
        incidents=("fatalities", "size"), fatalities=("fatalities", "sum")
    )
    country_totals = totals.reindex(all_months, fill_value=0).astype("Int64")
    country_totals.index.name = "month"
    country_totals.loc[~country_totals.index.isin(covered), list(MEASURES)] = pd.NA
    return History(month, window, covered, monthly, country_totals.reset_index())


def history_from_tables(month: str, monthly: pd.DataFrame, country_totals: pd.DataFrame) -> History:
    """The history again from its two tables as a GeoPackage keeps them (``monthly`` and
    ``country_totals``): the atlas is built from the month's GeoPackage, not the exports.

    A month is known where its counts are not null, the only trace coverage leaves.
    """
    check_month(month)
    missing = [column for column in MONTHLY_COLUMNS if column not in monthly.columns]
    if missing:
        raise TrendsError(f"monthly table lacks the column {', '.join(missing)}")
    monthly = monthly[list(MONTHLY_COLUMNS)].copy()
    monthly["month"] = monthly["month"].astype(str)
    for measure in MEASURES:
        monthly[measure] = pd.to_numeric(monthly[measure]).astype("Int64")
    totals = country_totals[["month", *MEASURES]].copy()
    totals["month"] = totals["month"].astype(str)
    for measure in MEASURES:
        totals[measure] = pd.to_numeric(totals[measure]).astype("Int64")
    months = sorted(set(monthly["month"]))
    if not months or months[-1] != month or months != months_between(months[0], month):
        raise TrendsError(f"monthly table does not hold the months up to {month}, one by one")
    known = set(monthly.loc[monthly["incidents"].notna(), "month"])
    known |= set(totals.loc[totals["incidents"].notna(), "month"])
    totals = totals.sort_values("month", kind="stable").reset_index(drop=True)
    return History(month, months, frozenset(known), monthly, totals)


def _incident_months(incidents: pd.DataFrame) -> pd.DataFrame:
    missing = [
        column
        for column in ("event_date", "admin1", FIELD_INCIDENT_TYPE, FIELD_ACTOR_GROUP, "fatalities")
        if column not in incidents.columns
    ]
    if missing:
        raise TrendsError(f"incidents lack the column {', '.join(missing)}")
    frame = pd.DataFrame(
        {
            "month": months_of(incidents["event_date"]),
            "region": incidents["admin1"],
            FIELD_INCIDENT_TYPE: incidents[FIELD_INCIDENT_TYPE],
            FIELD_ACTOR_GROUP: incidents[FIELD_ACTOR_GROUP],
            "fatalities": pd.to_numeric(incidents["fatalities"], errors="coerce"),
        }
    )
    # A row without one of these would silently drop out of every count (groupby skips NA).
    for column in frame.columns:
        empty = frame[column].isna().to_numpy()
        if empty.any():
            position = int(empty.nonzero()[0][0])
            where = f"incident {position + 1}"
            if FIELD_SOURCE_FILE in incidents.columns and FIELD_SOURCE_LINE in incidents.columns:
                where = (
                    f"{incidents[FIELD_SOURCE_FILE].iloc[position]}, "
                    f"row {incidents[FIELD_SOURCE_LINE].iloc[position]}"
                )
            shown = {"month": "event_date", "region": "admin1"}.get(column, column)
            raise TrendsError(f"{where}, column {shown}: empty or not readable")
    frame["month"] = frame["month"].astype(str)
    frame["fatalities"] = frame["fatalities"].astype("int64")
    return frame


def _with_extras(ordered: Iterable[str], seen: pd.Series) -> list[str]:
    names = list(dict.fromkeys(ordered))
    return names + sorted(set(seen.astype(str)) - set(names))


# -- figures from the history --------------------------------------------------------------


def monthly_series(
    history: History, by: str | None = FIELD_ACTOR_GROUP, region: str | None = None
) -> pd.DataFrame:
    """Incidents and fatalities per month of the window (a chart's data), oldest first.

    ``by``: ``actor_group``, ``incident_type``, ``region`` or None (one row a month);
    ``region``: one region's months only (a region page's chart), None for the country.
    Unknown months are NA.
    """
    key = ("monthly_series", by, region)
    if key not in history.computed:
        history.computed[key] = _monthly_series(history, by, region)
    return history.computed[key].copy()


def _monthly_series(history: History, by: str | None, region: str | None) -> pd.DataFrame:
    table = history.monthly
    if region is not None:
        if region not in set(table["region"]):
            raise TrendsError(f"region '{region}' is not in the history")
        table = table[table["region"] == region]
    keys = ["month", *([by] if by else [])]
    # min_count=1: a month no source covers stays NA instead of summing to 0.
    # Only the columns summed: pandas 1.5 otherwise copies every column before grouping.
    series = table[[*keys, *MEASURES]].groupby(keys, sort=False).sum(min_count=1)
    return series.astype("Int64").reset_index()


def _values_of(history: History, by: str) -> list[str]:
    return list(dict.fromkeys(history.monthly[by]))


def changes(history: History, by: str | None = "region") -> pd.DataFrame:
    """The month against the month before, per ``by`` (region, actor_group, incident_type),
    or for the whole country (``by=None``: one row, ``TOTAL_ROW``).

    Columns, for each measure (incidents, fatalities): the month's value, ``previous_…``,
    ``…_change`` (month minus previous), ``…_percent`` (NA when the previous is 0 or
    unknown) and ``…_direction`` (▲, ▼, = or "" when the previous month is unknown). Every
    value of ``by`` in the history has a row, with or without incidents.
    """
    if ("changes", by) not in history.computed:
        history.computed[("changes", by)] = _changes(history, by)
    return history.computed[("changes", by)].copy()


def _changes(history: History, by: str | None) -> pd.DataFrame:
    month_values = _values_by(history, by, history.month)
    previous_values = _values_by(history, by, history.previous_month)
    result = pd.DataFrame(index=month_values.index)
    for measure in MEASURES:
        now = month_values[measure]
        before = previous_values[measure]
        change = now - before
        result[measure] = now
        result[f"previous_{measure}"] = before
        result[f"{measure}_change"] = change
        percent = change.astype("Float64") / before.astype("Float64") * 100
        result[f"{measure}_percent"] = percent.mask(before.fillna(0) == 0)
        result[f"{measure}_direction"] = [change_direction(value) for value in change]
    return result


def _values_by(history: History, by: str | None, month: str) -> pd.DataFrame:
    """The month's incidents and fatalities per ``by`` (NA if the month is unknown or
    before the window)."""
    table = history.monthly
    names = _values_of(history, by) if by else [TOTAL_ROW]
    index = pd.Index(names, name=by or "")
    values = pd.DataFrame(pd.NA, index=index, columns=list(MEASURES)).astype("Int64")
    if month in history.months and history.is_known(month):
        of_month = table[table["month"] == month]
        if by:
            sums = of_month[[by, *MEASURES]].groupby(by, sort=False).sum()
        else:
            sums = pd.DataFrame([of_month[list(MEASURES)].sum()], index=index)
        values = sums.reindex(index, fill_value=0).astype("Int64")
    return values


def change_direction(change: object) -> str:
    """Up, down, the same or unknown (a change of None or NA: the month before unknown)."""
    if change is pd.NA or pd.isna(change):
        return DIRECTION_UNKNOWN
    if change > 0:
        return DIRECTION_UP
    return DIRECTION_DOWN if change < 0 else DIRECTION_SAME


def first_time_regions(history: History, months_without: int) -> pd.DataFrame:
    """Regions with incidents this month and none in at least the ``months_without`` months
    before, all of them known (a month nobody covered may have had incidents).

    Columns: region, incidents, fatalities, ``months_without`` (how many known months
    before had none, up to the window's length). Most months without first.
    """
    per_region = monthly_series(history, by="region")
    incidents = per_region.pivot(index="month", columns="region", values="incidents")
    fatalities = per_region.pivot(index="month", columns="region", values="fatalities")
    earlier = [month for month in reversed(history.months) if month < history.month]
    rows = []
    for region in incidents.columns:
        now = incidents.at[history.month, region]
        if now <= 0:
            continue
        quiet = 0
        for month in earlier:
            value = incidents.at[month, region]
            if value is pd.NA or value > 0:
                break
            quiet += 1
        if quiet >= max(months_without, 1):
            rows.append(
                {
                    "region": region,
                    "incidents": int(now),
                    "fatalities": int(fatalities.at[history.month, region]),
                    "months_without": quiet,
                }
            )
    frame = pd.DataFrame(rows, columns=["region", "incidents", "fatalities", "months_without"])
    return frame.sort_values(
        ["months_without", "incidents"], ascending=False, kind="stable"
    ).reset_index(drop=True)


@dataclass(frozen=True)
class MonthAgainstHistory:
    """The month's country total of one measure against the months before it.

    ``rank``: 1 is the highest of the month and the known months among the ``compared``
    months before it (ties share a rank); ``months_ranked`` counts them, the month included;
    ``average``: of those earlier known months (None if none is known).
    ``higher_month``: the latest earlier month with as many or more (its value
    ``higher_value``): the month is the highest since then. None when every earlier known
    month back to ``known_since`` had fewer: the month is the highest of the known history,
    which starts at ``known_since`` (the history before it is unknown or absent).
    """

    measure: str
    month: str
    value: int
    rank: int
    months_ranked: int
    average: float | None
    higher_month: str | None
    higher_value: int | None
    known_since: str


def month_against_history(
    history: History, measure: str = "fatalities", compared: int = DEFAULT_HISTORY_MONTHS
) -> MonthAgainstHistory:
    """The month's total against the ``compared`` months before it and the whole known past."""
    if measure not in MEASURES:
        raise TrendsError(f"measure '{measure}' is not one of {', '.join(MEASURES)}")
    totals = history.country_totals.set_index("month")[measure]
    value = int(totals[history.month])
    earlier = totals[totals.index < history.month]
    recent = earlier[earlier.index >= shift_month(history.month, -compared)].dropna()
    higher_month = higher_value = None
    known_since = history.month
    # Walk back month by month: "highest since" is only true if every month between was
    # known and lower, so an unknown month ends the walk.
    for month, earlier_value in reversed(list(earlier.items())):
        if earlier_value is pd.NA:
            break
        if earlier_value >= value:
            higher_month, higher_value = month, int(earlier_value)
            break
        known_since = month
    return MonthAgainstHistory(
        measure=measure,
        month=history.month,
        value=value,
        rank=1 + int((recent > value).sum()),
        months_ranked=len(recent) + 1,
        average=float(recent.mean()) if len(recent) else None,
        higher_month=higher_month,
        higher_value=higher_value,
        known_since=known_since,
    )


@dataclass(frozen=True)
class DeadliestIncident:
    event_id_cnty: str
    event_date: date
    region: str
    admin2: str
    location: str
    fatalities: int
    incident_type: str
    actor_group: str
    # Other incidents of the month with as many fatalities (the earliest one is named).
    tied: int


def deadliest_incident(
    incidents: pd.DataFrame, month: str | None = None
) -> DeadliestIncident | None:
    """The month's incident with the most fatalities; the earliest of equals (then the
    smallest id). None when no incident of the month killed anyone."""
    frame = incidents
    if month is not None:
        frame = frame[(months_of(frame["event_date"]) == check_month(month)).fillna(False)]
    if frame.empty:
        return None
    fatalities = pd.to_numeric(frame["fatalities"], errors="coerce").fillna(0).astype("int64")
    most = int(fatalities.max())
    if most <= 0:
        return None
    deadliest = frame[fatalities == most].assign(
        _date=_dates(frame["event_date"]),
        _id=frame.get("event_id_cnty", pd.Series("", index=frame.index)).astype(str),
    )
    first = deadliest.sort_values(["_date", "_id"], kind="stable").iloc[0]

    def text(column: str) -> str:
        value = first.get(column, "")
        return "" if pd.isna(value) else str(value)

    return DeadliestIncident(
        event_id_cnty=text("event_id_cnty"),
        event_date=first["_date"].date(),
        region=text("admin1"),
        admin2=text("admin2"),
        location=text("location"),
        fatalities=most,
        incident_type=text(FIELD_INCIDENT_TYPE),
        actor_group=text(FIELD_ACTOR_GROUP),
        tied=len(deadliest) - 1,
    )


# -- the change map ------------------------------------------------------------------------


@dataclass
class CellChanges:
    """Per grid cell: the month's incidents minus the mean of the months before it.

    ``cells``: cell_id, incidents (the month), previous_mean, change; one row per cell with
    incidents in the month or in a compared month (a cell empty in all of them has change 0:
    the grid fills it). ``months_compared``: the earlier months the mean is over, the known
    ones only; ``unknown_months``: those left out because no source covers them. With none
    known, previous_mean and change are NA.
    """

    month: str
    cells: pd.DataFrame
    months_compared: list[str]
    unknown_months: list[str]


def cell_changes(
    incidents: pd.DataFrame,
    month: str,
    months_covered: Iterable[str],
    cell_column: str = "cell_id",
    previous_months: int = DEFAULT_CELL_PREVIOUS_MONTHS,
) -> CellChanges:
    """The change map's value of each cell from incidents that carry their cell's id."""
    check_month(month)
    covered = set(months_covered)
    if month not in covered:
        raise TrendsError(f"no source covers {month}, the month the change map is about")
    if cell_column not in incidents.columns:
        raise TrendsError(f"incidents lack the column {cell_column}")
    earlier = [shift_month(month, -back) for back in range(previous_months, 0, -1)]
    compared = [earlier_month for earlier_month in earlier if earlier_month in covered]
    frame = pd.DataFrame(
        {"cell": incidents[cell_column], "month": months_of(incidents["event_date"])}
    )
    frame = frame[frame["month"].isin([month, *compared])]
    counts = (
        frame.groupby(["cell", "month"])
        .size()
        .unstack("month", fill_value=0)
        .reindex(columns=[month, *compared], fill_value=0)
    )
    cells = pd.DataFrame({cell_column: counts.index, "incidents": counts[month].to_numpy()})
    if compared:
        cells["previous_mean"] = counts[compared].mean(axis=1).to_numpy()
    else:
        cells["previous_mean"] = pd.Series(pd.NA, index=cells.index, dtype="Float64")
    cells["change"] = cells["incidents"] - cells["previous_mean"]
    return CellChanges(
        month=month,
        cells=cells.sort_values(cell_column, kind="stable").reset_index(drop=True),
        months_compared=compared,
        unknown_months=[earlier_month for earlier_month in earlier if earlier_month not in covered],
    )
