"""What changed, for an atlas printed from the team store: the
month's history (``store.month_history``: the same ``trends.History`` the import writes to a
month's GeoPackage) and the earlier incidents the change map compares the month with.

Every value reaches PostgreSQL as a query parameter; the schema as a quoted identifier.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..month_history import HISTORY_POINT_COLUMNS
from ..trends import DEFAULT_CELL_PREVIOUS_MONTHS, DEFAULT_HISTORY_MONTHS, History, shift_month
from .connection import connect, redacted
from .errors import StoreError
from .reading import month_history
from .schema import STORE_SCHEMA


@dataclass
class StoreHistory:
    """The month's history and the change map's earlier points (``HISTORY_POINT_COLUMNS``)."""

    history: History
    points: pd.DataFrame


def read_store_history(
    store_uri: str, month: str, country: str, history_months: int = DEFAULT_HISTORY_MONTHS
) -> StoreHistory:
    """The history of ``country`` up to ``month`` and the incidents of the known months the
    change map compares it with, from the store. Raises ``StoreError``."""
    history = month_history(store_uri, month, country, history_months)
    earlier = [shift_month(month, -back) for back in range(DEFAULT_CELL_PREVIOUS_MONTHS, 0, -1)]
    known = [name for name in earlier if history.is_known(name)]
    return StoreHistory(history, _points(store_uri, country, known))


def _points(store_uri: str, country: str, months: list[str]) -> pd.DataFrame:
    if not months:
        return pd.DataFrame(columns=list(HISTORY_POINT_COLUMNS))
    import psycopg2
    from psycopg2 import sql

    connection = connect(store_uri)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                sql.SQL(
                    "SELECT month, latitude, longitude FROM {}.incidents"
                    " WHERE country = %s AND month = ANY(%s) ORDER BY incident_id"
                ).format(sql.Identifier(STORE_SCHEMA)),
                (country, months),
            )
            rows = cursor.fetchall()
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(store_uri)}: {error}".splitlines()[0]) from None
    finally:
        connection.close()
    return pd.DataFrame(rows, columns=list(HISTORY_POINT_COLUMNS))
