"""Turn the selected rows (text) into typed incidents, and every unusable row into a reject.

A row-level problem never stops an import and never makes a row vanish: the row goes to the
rejects table with its file, row number, column and reason. Rows in = loaded + rejected.
Only the values the atlas depends on reject a row (date, coordinates, fatalities, region, the
inter codes that classify actors); other columns that do not parse are kept empty.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .acled import AcledInputError, parse_event_dates
from .countries import EMPTY, NEAR_MISS, country_matcher
from .definitions import (
    ACLED_COLUMNS,
    DEFAULT_COUNTRY,
    FIELD_FATALITIES_FLAG,
    FIELD_READ_PROBLEM,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
    INTER_CODE_NAMES,
)
from .paths import symbology_path

REJECT_COLUMNS = (FIELD_SOURCE_FILE, FIELD_SOURCE_LINE, "column", "value", "reason", "row")

INTEGER_COLUMNS = ("year", "time_precision", "iso", "geo_precision", "timestamp", "interaction")

# Country outlines are coarse (Natural Earth 1:110m): ACLED places near a border may fall
# a few km outside. 0.15 degrees (~16 km) tolerates that and still catches swapped signs.
COUNTRY_TOLERANCE_DEGREES = 0.15

# No single event comes near this; a larger number is a corrupted cell (and overflows fields).
MAX_FATALITIES = 100_000
INT32_MAX = 2**31 - 1

# Where the threshold of implausible fatalities is kept, editable in a spreadsheet.
PLAUSIBILITY_FILE = "plausibility.csv"
DEFAULT_IMPLAUSIBLE_FATALITIES = 1_000

# A coordinate as a French Excel writes it: 14,1833.
DECIMAL_COMMA = r"^[+-]?\d+,\d+$"

# Countries whose admin1 names are a closed list, their table in symbology/countries/ (the
# names ACLED uses and their other spellings): a row naming another region is rejected. For
# any other country any non-empty name goes (its table only prints and orders the names).
CLOSED_REGION_LISTS = (DEFAULT_COUNTRY,)


@dataclass
class ValidatedRows:
    incidents: pd.DataFrame
    rejects: pd.DataFrame


def fold_name(name: str) -> str:
    """Compare names across accents, case, spacing, hyphens and underscores:
    'Ségou ' == 'segou', 'Tombouctou-Nord' == 'tombouctou nord'."""
    decomposed = unicodedata.normalize("NFKD", str(name))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.replace("-", " ").replace("_", " ").casefold().split())


def _inter_code_lookup() -> dict[str, int]:
    lookup: dict[str, int] = {}
    for code, name in INTER_CODE_NAMES.items():
        lookup[str(code)] = code
        lookup[fold_name(name)] = code
        # ACLED's newer text labels are singular and lower case: "State forces", "Rebel group".
        lookup[fold_name(name).replace("forces", "force").rstrip("s")] = code
    lookup[fold_name("Sole Military Action")] = 0
    return lookup


INTER_CODES = _inter_code_lookup()


def inter_code(value: str) -> int | None:
    """1-8 from '2', '2.0', 'Rebel Groups' or 'Rebel group'; 0 for no actor; None if unknown."""
    text = fold_name(value)
    if text in ("", "0"):
        return 0
    if text.endswith(".0"):
        text = text[:-2]
    return INTER_CODES.get(text, INTER_CODES.get(text.replace("forces", "force").rstrip("s")))


def canonical_admin1(name: str, country: str) -> str | None:
    """ACLED's admin1 name for ``name`` (accents, case and aliases forgiven), None if unknown."""
    if not str(name).strip():
        return None
    known = _admin1_by_folded_name(fold_name(country))
    if known is None:
        return str(name).strip()
    return known.get(fold_name(name))


@functools.lru_cache(maxsize=8)
def _admin1_by_folded_name(country_key: str) -> dict[str, str] | None:
    """ACLED's admin1 names of a country by folded name and alias (called once per row)."""
    if country_key not in {fold_name(country) for country in CLOSED_REGION_LISTS}:
        return None
    from .region_names import region_table  # it reads the tables with fold_name, from here

    by_folded = {}
    for row in region_table(country_key):
        by_folded[fold_name(row.admin1)] = row.admin1
        by_folded.update({fold_name(spelling): row.admin1 for spelling in row.other_spellings})
    return by_folded


def implausible_fatalities(folder: Path | None = None) -> int:
    """The number of fatalities in one event above which it is flagged (plausibility.csv)."""
    path = Path(folder or symbology_path()) / PLAUSIBILITY_FILE
    if not path.is_file():
        return DEFAULT_IMPLAUSIBLE_FATALITIES
    with path.open(encoding="utf-8-sig", newline="") as stream:
        for line, row in enumerate(csv.DictReader(stream), start=2):
            if (row.get("setting") or "").strip() == "implausible_fatalities":
                try:
                    return int(str(row.get("value")).strip())
                except ValueError:
                    raise AcledInputError(
                        f"{path.name}: row {line}: implausible_fatalities must be a whole "
                        f"number, not {row.get('value')!r}"
                    ) from None
    return DEFAULT_IMPLAUSIBLE_FATALITIES


def validate_rows(
    rows: pd.DataFrame,
    country: str,
    country_outline=None,
    fatalities_threshold: int | None = None,
) -> ValidatedRows:
    """Typed incidents and rejects from the selected rows (all text, as ``acled`` reads them).

    ``country_outline`` is a shapely geometry (EPSG:4326) that points must fall in; None skips
    the check (no outline known for that country). Fatalities above ``fatalities_threshold``
    (default: plausibility.csv's) or not written as a plain number are loaded and flagged.
    """
    if fatalities_threshold is None:
        fatalities_threshold = implausible_fatalities()
    problems: dict[int, list[tuple[str, str, str]]] = {}

    def reject(index, column: str, value: object, reason: str) -> None:
        problems.setdefault(index, []).append((column, str(value), reason))

    if FIELD_READ_PROBLEM not in rows.columns:
        rows = rows.assign(**{FIELD_READ_PROBLEM: ""})
    matcher = country_matcher(country)
    kinds = rows["country"].map(matcher.kinds(rows["country"]))
    for index in rows.index[kinds == EMPTY]:
        reject(index, "country", "", "country empty")
    for index in rows.index[kinds == NEAR_MISS]:
        reject(
            index,
            "country",
            rows.at[index, "country"],
            f"not {matcher.country} — did you mean {matcher.country}?",
        )

    dates = parse_event_dates(rows["event_date"])
    for index in rows.index[dates.isna()]:
        value = rows.at[index, "event_date"]
        reason = (
            "event_date is empty"
            if not str(value).strip()
            else "not a date (expected 2021-02-08, 08 February 2021 or 8-February-2021)"
        )
        reject(index, "event_date", value, reason)

    latitude = pd.to_numeric(_decimal_point(rows["latitude"]), errors="coerce")
    longitude = pd.to_numeric(_decimal_point(rows["longitude"]), errors="coerce")
    for column, values, limit in (("latitude", latitude, 90), ("longitude", longitude, 180)):
        for index in rows.index[values.isna() | (values.abs() > limit)]:
            raw = rows.at[index, column]
            reject(
                index, column, raw, f"{column} missing" if not raw.strip() else "not a coordinate"
            )
    if country_outline is not None:
        _reject_outside_country(rows, latitude, longitude, country, country_outline, reject)

    fatalities_text = rows["fatalities"].astype(str).str.strip()
    fatalities = pd.to_numeric(fatalities_text, errors="coerce")
    bad_fatalities = fatalities.isna() | (fatalities < 0) | (fatalities % 1 != 0)
    for index in rows.index[bad_fatalities]:
        reject(index, "fatalities", rows.at[index, "fatalities"], "not a non-negative integer")
    for index in rows.index[~bad_fatalities & (fatalities > MAX_FATALITIES)]:
        reject(index, "fatalities", rows.at[index, "fatalities"], f"more than {MAX_FATALITIES:,}")
    fatalities_flag = pd.Series("", index=rows.index, dtype=object)
    not_plain = ~fatalities_text.str.fullmatch(r"\d+").fillna(False).astype(bool)
    fatalities_flag[not_plain] = "written as " + fatalities_text[not_plain]
    implausible = ~bad_fatalities & (fatalities > fatalities_threshold)
    fatalities_flag[implausible] = fatalities_flag[implausible].map(
        lambda flag: "; ".join(
            filter(None, [flag, f"more than {fatalities_threshold:,} in one event"])
        )
    )

    admin1 = _map_distinct(rows["admin1"], lambda name: canonical_admin1(name, country))
    for index in rows.index[admin1.isna()]:
        raw = rows.at[index, "admin1"]
        reject(
            index,
            "admin1",
            raw,
            "admin1 empty" if not raw.strip() else f"unknown region of {country}",
        )

    inter = {}
    for column in ("inter1", "inter2"):
        inter[column] = _map_distinct(rows[column], inter_code)
        for index in rows.index[inter[column].isna()]:
            reject(index, column, rows.at[index, column], "not an ACLED inter code (1-8)")

    # A row that could not be split into columns has one reason: its other values are
    # misplaced, and what they say would only mislead.
    for index in rows.index[rows[FIELD_READ_PROBLEM] != ""]:
        problems[index] = [("(whole row)", "", rows.at[index, FIELD_READ_PROBLEM])]

    rejected_index = pd.Index(sorted(problems))
    kept = ~rows.index.isin(rejected_index)
    # The incidents' columns made each once, then put in one frame: replacing a column of a
    # frame copies all its other text columns (they share one block).
    columns = {
        name: rows[name].to_numpy()[kept] for name in rows.columns if name != FIELD_READ_PROBLEM
    }
    columns["event_date"] = _calendar_days(dates[kept]).to_numpy()
    columns["year"] = dates[kept].dt.year.astype("int64").to_numpy()
    columns["latitude"] = latitude[kept].to_numpy()
    columns["longitude"] = longitude[kept].to_numpy()
    columns["fatalities"] = fatalities[kept].astype("int64").to_numpy()
    columns["admin1"] = admin1[kept].to_numpy()
    for column in ("inter1", "inter2"):
        columns[column] = inter[column][kept].astype("int64").to_numpy()
    for column in INTEGER_COLUMNS:
        if column != "year":
            values = pd.to_numeric(pd.Series(columns[column]), errors="coerce")
            # Informative columns that do not parse, or overflow their field, are left empty.
            too_large = values.abs() > (2**62 if column == "timestamp" else INT32_MAX)
            values = values.where(~too_large & (values % 1 == 0))
            columns[column] = values.astype("Int64").array
    columns[FIELD_FATALITIES_FLAG] = fatalities_flag[kept].to_numpy()
    incidents = pd.DataFrame(columns)
    return ValidatedRows(incidents=incidents, rejects=_rejects_table(rows, problems))


def _calendar_days(dates: pd.Series) -> pd.Series:
    """``dates.dt.date``, a ``datetime.date`` made once per distinct day (a month has 31, a
    decade 3,653), not once per row."""
    codes, days = pd.factorize(dates, use_na_sentinel=False)
    return pd.Series(
        pd.DatetimeIndex(days).date[codes] if len(codes) else [],
        index=dates.index,
        dtype=object,
    )


def _decimal_point(values: pd.Series) -> pd.Series:
    """'14,1833' (a French spreadsheet's) -> '14.1833'; other values as they are."""
    text = values.astype(str).str.strip()
    comma = text.str.match(DECIMAL_COMMA)
    return text.where(~comma, text.str.replace(",", ".", regex=False))


def _map_distinct(values: pd.Series, function) -> pd.Series:
    """``values.map(function)``, calling it once per distinct value (a big export repeats a
    few hundred regions and codes over a million rows)."""
    return values.map({value: function(value) for value in values.unique()})


def _reject_outside_country(rows, latitude, longitude, country, outline, reject) -> None:
    located = rows.index[latitude.notna() & longitude.notna()]
    inside = _contains_points(
        outline.buffer(COUNTRY_TOLERANCE_DEGREES),
        longitude[located].to_numpy(dtype=float),
        latitude[located].to_numpy(dtype=float),
    )
    for index in located[~inside]:
        value = f"{latitude[index]}, {longitude[index]}"
        reject(index, "latitude/longitude", value, f"outside {country}")


def _contains_points(area, x, y):
    """For each point (x[i], y[i]), whether ``area`` contains it: all points in one GEOS call
    (a point object per row took a second per 100,000 rows)."""
    import shapely

    if hasattr(shapely, "contains_xy"):  # Shapely 2
        return shapely.contains_xy(area, x, y)
    from shapely import vectorized  # Shapely 1.8 (Debian 12)

    return vectorized.contains(area, x, y)


def _rejects_table(rows: pd.DataFrame, problems: dict) -> pd.DataFrame:
    records = []
    for index, row_problems in problems.items():
        row = rows.loc[index]
        records.append(
            {
                FIELD_SOURCE_FILE: row[FIELD_SOURCE_FILE],
                FIELD_SOURCE_LINE: int(row[FIELD_SOURCE_LINE]),
                "column": "; ".join(column for column, _, _ in row_problems),
                "value": "; ".join(value for _, value, _ in row_problems),
                "reason": "; ".join(reason for _, _, reason in row_problems),
                "row": row[list(ACLED_COLUMNS)].to_json(force_ascii=False),
            }
        )
    return pd.DataFrame.from_records(records, columns=list(REJECT_COLUMNS))
