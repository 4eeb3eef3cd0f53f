"""The store's tables and their versions: the scripts of ``sql/`` (``NNN_what.sql``) run
once each, in order, recorded in ``schema_version``; running them again does nothing."""

from __future__ import annotations

from pathlib import Path

from ..definitions import (
    ACLED_COLUMNS,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
)
from ..places import FIELD_PLACE_FIRST, FIELD_PLACE_INCIDENTS, FIELD_PLACE_NAMES
from .connection import sql_name, sql_text
from .errors import StoreError, StorePermissionError, first_line, store_name

STORE_SCHEMA = "incident_store"
INCIDENTS_TABLE = "incidents"
# What QGIS layers read: the table in the order the incidents were imported (see sql/001).
MONTH_VIEW = "month_incidents"
KEY_COLUMN = "incident_id"
GEOMETRY_COLUMN = "geom"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "sql"

# Columns an import writes, in COPY's order: the month GeoPackage's (layers.py) and the month.
STORE_COLUMNS = (
    *ACLED_COLUMNS,
    FIELD_INCIDENT_TYPE,
    FIELD_ACTOR_GROUP,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
    "month",
)
# Worked out from the import's rows for a month new to the store, else again from the
# store's rows once the import's are in (upsert.py).
PLACE_COLUMNS = (FIELD_PLACE_INCIDENTS, FIELD_PLACE_NAMES, FIELD_PLACE_FIRST)
WRITTEN_COLUMNS = (*STORE_COLUMNS, *PLACE_COLUMNS)
# Two first imports at once: one creates the schema, the other waits and finds it made.
MIGRATION_LOCK = 15_2022


def migrations() -> list[tuple[int, Path]]:
    """The schema scripts (``sql/NNN_what.sql``), oldest first."""
    found = []
    for path in MIGRATIONS_DIR.glob("[0-9][0-9][0-9]_*.sql"):
        found.append((int(path.name[:3]), path))
    return sorted(found)


def schema_version(connection) -> int:
    """The store's schema version; 0 when it has none yet."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass(%s)", (f"{STORE_SCHEMA}.schema_version",))
        if cursor.fetchone()[0] is None:
            return 0
        cursor.execute(
            sql_text("SELECT coalesce(max(version), 0) FROM {}.schema_version").format(
                sql_name(STORE_SCHEMA)
            )
        )
        return int(cursor.fetchone()[0])


def migrate(connection) -> int:
    """Bring the store's schema to this version of the plugin (a no-op when it is already);
    returns the version. Each script runs once, in a transaction with its version row."""
    import psycopg2

    wanted = migrations()
    latest = wanted[-1][0] if wanted else 0
    try:
        with connection:
            if schema_version(connection) >= latest:
                return latest
        with connection, connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
            if cursor.fetchone() is None:
                raise StoreError(
                    f"{store_name(connection)}: PostGIS is not installed in this database "
                    "(its owner runs: CREATE EXTENSION postgis)"
                )
            schema = sql_name(STORE_SCHEMA)
            cursor.execute(sql_text("CREATE SCHEMA IF NOT EXISTS {}").format(schema))
            cursor.execute(
                sql_text(
                    "CREATE TABLE IF NOT EXISTS {}.schema_version ("
                    " version integer PRIMARY KEY,"
                    " applied_at timestamptz NOT NULL DEFAULT now(),"
                    " applied_by text NOT NULL DEFAULT current_user)"
                ).format(schema)
            )
            current = schema_version(connection)  # another analyst may have just done it
            for version, path in wanted:
                if version <= current:
                    continue
                cursor.execute(path.read_text(encoding="utf-8"))
                cursor.execute(
                    sql_text("INSERT INTO {}.schema_version (version) VALUES (%s)").format(schema),
                    (version,),
                )
        return latest
    except psycopg2.errors.InsufficientPrivilege as error:
        raise StorePermissionError(
            f"{store_name(connection)}: role '{connection.info.user}' cannot create the "
            f"incident store ({first_line(error)}); its first import needs a role that may "
            "create tables"
        ) from None
    except psycopg2.Error as error:
        raise StoreError(f"{store_name(connection)}: {first_line(error)}") from None
