"""What the store holds, for the atlas and the history: a month's counts, the imports' audit
rows, and what changed month by month."""

from __future__ import annotations

import pandas as pd

from ..definitions import (
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
)
from .connection import connect, redacted, sql_name, sql_text
from .errors import StoreError, first_line
from .schema import INCIDENTS_TABLE, STORE_SCHEMA


def month_counts(store_uri: str, month: str, country: str) -> tuple[int, int]:
    """(incidents, fatalities) of the country's month in the store."""
    import psycopg2

    connection = connect(store_uri)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                sql_text(
                    "SELECT count(*), coalesce(sum(fatalities), 0) FROM {}.{}"
                    " WHERE country = %s AND month = %s"
                ).format(sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE)),
                (country, month),
            )
            incidents, fatalities = cursor.fetchone()
    except psycopg2.errors.UndefinedTable:
        raise StoreError(
            f"{redacted(store_uri)}: no incident store here yet: import first"
        ) from None
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(store_uri)}: {first_line(error)}") from None
    finally:
        connection.close()
    return int(incidents), int(fatalities)


def import_history(store_uri: str, limit: int = 20) -> list[dict]:
    """The latest imports, newest first: who, when, which files, what they changed."""
    import psycopg2
    import psycopg2.extras

    connection = connect(store_uri)
    try:
        with connection, connection.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cursor:
            cursor.execute(
                sql_text("SELECT * FROM {}.imports ORDER BY import_id DESC LIMIT %s").format(
                    sql_name(STORE_SCHEMA)
                ),
                (limit,),
            )
            return [dict(row) for row in cursor.fetchall()]
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(store_uri)}: {first_line(error)}") from None
    finally:
        connection.close()


def month_history(store_uri: str, month: str, country: str, history_months: int | None = None):
    """What changed up to ``month`` (trends.History: the monthly counts by region, type and
    actor group, and the country's totals), from the store's incidents of ``country``.

    A month counts as covered when the store has incidents of it or an import of the country
    chose it (a month imported without incidents is a known zero, not a gap). Every month
    up to ``month`` is read: the country's totals start at the first one known.
    """
    import psycopg2

    from ..month_history import country_regions
    from ..trends import DEFAULT_HISTORY_MONTHS, TrendsError, build_history

    history_months = DEFAULT_HISTORY_MONTHS if history_months is None else history_months
    schema = sql_name(STORE_SCHEMA)
    connection = connect(store_uri)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                sql_text(
                    "SELECT month FROM {schema}.incidents WHERE country = %(country)s"
                    " UNION SELECT month FROM {schema}.imports"
                    " WHERE country = %(country)s AND month IS NOT NULL"
                ).format(schema=schema),
                {"country": country},
            )
            covered = {row[0] for row in cursor.fetchall()}
            cursor.execute(
                sql_text(
                    "SELECT event_date, admin1, incident_type, actor_group, fatalities,"
                    " source_file, source_line FROM {}.incidents WHERE country = %s"
                    " AND month <= %s ORDER BY incident_id"
                ).format(schema),
                (country, month),
            )
            incidents = pd.DataFrame(
                cursor.fetchall(),
                columns=[
                    "event_date",
                    "admin1",
                    FIELD_INCIDENT_TYPE,
                    FIELD_ACTOR_GROUP,
                    "fatalities",
                    FIELD_SOURCE_FILE,
                    FIELD_SOURCE_LINE,
                ],
            )
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(store_uri)}: {first_line(error)}") from None
    finally:
        connection.close()
    try:
        # Every region of the country gets rows, as in a month GeoPackage's history.
        return build_history(
            incidents, month, covered, history_months, regions=country_regions(country)
        )
    except TrendsError as error:
        raise StoreError(f"{redacted(store_uri)}: {error}") from None
