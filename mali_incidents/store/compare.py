"""What the store has already: an import's rows compared with the store's by ``event_id_cnty``
and ACLED ``timestamp``, in SQL. A row the store has at that timestamp or a newer one would
change nothing (only a newer timestamp replaces a row), so it needs no validation,
classification or copying, and a re-import of rows the store has reads only their keys.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..acled import NORMALISE_CELLS, KeysUnreadableError, key_column_chunks
from ..countries import SELECTED, country_matcher
from .connection import any_text, sql_name, sql_text
from .errors import StoreError, first_line, store_name
from .schema import INCIDENTS_TABLE, STORE_SCHEMA


def known_rows(connection, paths: list[Path], month: str | None, country: str) -> int | None:
    """How many rows of the country (and month) the files have, when every one is a plain row
    the store has at its ACLED timestamp or a newer one: an import would then change and
    reject nothing. None as soon as one is not, or the files need the full reading to say
    (another country's near miss, no or a repeated id, an unreadable date or timestamp):
    the import reads them in full, as it does a first import (not looked at here).

    Only the key columns are read (pyarrow), the store's keys compared in SQL; it stops at
    the first block with a row the store lacks.
    """
    import psycopg2

    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                sql_text("SELECT EXISTS (SELECT 1 FROM {}.{} WHERE country = %s)").format(
                    sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE)
                ),
                (country,),
            )
            if not cursor.fetchone()[0]:
                return None
    except psycopg2.Error as error:
        raise StoreError(f"{store_name(connection)}: {first_line(error)}") from None
    matcher = country_matcher(country)
    wanted_month = int(month[:4]) * 100 + int(month[5:7]) if month else None
    seen: set[str] = set()
    rows = 0
    try:
        for path in paths:
            for chunk, dates in key_column_chunks(path, country, ("event_id_cnty", "timestamp")):
                names = chunk["country"].to_numpy(dtype=object)
                kinds = matcher.kinds(names)
                if any(kinds[name] != SELECTED for name in set(names)):
                    return None
                row_dates = [dates[text] for text in chunk["event_date"]]
                if any(date is None for date in row_dates):
                    return None
                if wanted_month is not None:
                    in_month = [date.year * 100 + date.month == wanted_month for date in row_dates]
                    chunk = chunk[in_month]
                event_ids = pd.Series(
                    NORMALISE_CELLS(chunk["event_id_cnty"].to_numpy(dtype=object))
                )
                if (event_ids == "").any() or event_ids.duplicated().any():
                    return None
                if seen.intersection(event_ids):
                    return None
                seen.update(event_ids)
                timestamps = pd.Series(NORMALISE_CELLS(chunk["timestamp"].to_numpy(dtype=object)))
                if not _stored_at_or_after(connection, event_ids, timestamps):
                    return None
                rows += len(chunk)
    except KeysUnreadableError:
        return None
    return rows or None


def _stored_at_or_after(connection, event_ids: pd.Series, timestamps: pd.Series) -> bool:
    """True when the store has every one of these incidents at this timestamp or a newer one
    (the comparison of ``stored_rows``)."""
    numbers = pd.to_numeric(timestamps.astype(str).str.strip(), errors="coerce")
    if numbers.isna().any():
        return False
    if event_ids.empty:
        return True
    stored_numbers = _stored_timestamps(connection, event_ids)
    return bool((stored_numbers.notna() & (numbers <= stored_numbers)).all())


def stored_rows(connection, rows: pd.DataFrame) -> pd.Series:
    """True for rows the store already has at this ACLED timestamp or a newer one.

    The upsert would leave them as they are (only a newer timestamp replaces a row), so they
    need no validation, classification or copying: a re-import of the same file reads it and
    compares keys only. Rows whose id repeats in the files go the whole way (the duplicate
    check needs them).
    """
    none = pd.Series(False, index=rows.index)
    if "timestamp" not in rows.columns or _store_empty(connection):
        return none
    event_ids = rows["event_id_cnty"].astype(str).str.strip()
    timestamps = pd.to_numeric(rows["timestamp"].astype(str).str.strip(), errors="coerce")
    candidates = (event_ids != "") & ~event_ids.duplicated(keep=False) & timestamps.notna()
    if not candidates.any():
        return none
    stored_timestamps = _stored_timestamps(connection, event_ids.where(candidates, ""))
    return candidates & stored_timestamps.notna() & (timestamps <= stored_timestamps)


def _store_empty(connection) -> bool:
    """True when the store has no incident at all (its first import): no row to look up."""
    import psycopg2

    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                sql_text("SELECT NOT EXISTS (SELECT 1 FROM {}.{})").format(
                    sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE)
                )
            )
            return bool(cursor.fetchone()[0])
    except psycopg2.Error as error:
        raise StoreError(f"{store_name(connection)}: {first_line(error)}") from None


def _stored_timestamps(connection, event_ids: pd.Series) -> pd.Series:
    """The store's ACLED timestamp of each id (NaN where the store lacks it; "" is skipped)."""
    import psycopg2

    asked = [event_id for event_id in event_ids.unique() if event_id != ""]
    try:
        with connection, connection.cursor() as cursor:
            any_id, ids = any_text(asked)
            cursor.execute(
                sql_text(
                    'SELECT event_id_cnty, "timestamp" FROM {}.{} WHERE event_id_cnty = {}'
                ).format(sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE), any_id),
                (ids,),
            )
            stored = dict(cursor.fetchall())
    except psycopg2.Error as error:
        raise StoreError(f"{store_name(connection)}: {first_line(error)}") from None
    return pd.to_numeric(event_ids.map(stored), errors="coerce")
