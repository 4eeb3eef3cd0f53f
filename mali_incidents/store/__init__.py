"""The team's incident store: PostgreSQL with PostGIS, every month and every country.

Several analysts import into one store and print from it. Incidents are keyed by ACLED's
``event_id_cnty``: an import upserts (a newer ACLED ``timestamp`` replaces the row, an older
or identical one changes nothing), in one transaction, and records who imported which files
and what changed in ``imports``; rows it cannot use go to ``rejects`` with their file and
reason. The schema is created by the versioned scripts of ``sql/`` on first use.

One file a job:

- ``connection.py``: URIs, saved QGIS connections and their credentials, SQL composition;
- ``schema.py``: the tables, their columns and the migrations (``sql/``);
- ``importing.py``: an import, from the files to the rows the store lacks or has older;
- ``compare.py``: which of an import's rows the store has already (by id and timestamp);
- ``upsert.py``: the import's one transaction (audit, rejects, upsert, place fields);
- ``reading.py``: a month's counts, the imports' audit rows, the history;
- ``history.py``: what changed, for an atlas printed from the store (history, earlier points);
- ``layers.py``: the month's incidents and an import's rejects as QGIS layers;
- ``errors.py``: what the store refuses (a role that may only read, among others).

Everything callers use is importable from ``mali_incidents.store``.
"""

from __future__ import annotations

from .connection import (
    connect,
    is_store_uri,
    password_to_environment,
    redacted,
    saved_connection,
    saved_connections,
)
from .errors import StoreError, StorePermissionError
from .history import StoreHistory, read_store_history
from .importing import StoreImportResult, files_fingerprint, import_to_store
from .layers import month_layer_uri, month_subset, rejects_layer_uri, sql_literal
from .reading import import_history, month_counts, month_history
from .schema import (
    INCIDENTS_TABLE,
    MIGRATIONS_DIR,
    STORE_SCHEMA,
    migrate,
    migrations,
    schema_version,
)

__all__ = [
    "INCIDENTS_TABLE",
    "MIGRATIONS_DIR",
    "STORE_SCHEMA",
    "StoreError",
    "StoreHistory",
    "StoreImportResult",
    "StorePermissionError",
    "connect",
    "files_fingerprint",
    "import_history",
    "import_to_store",
    "is_store_uri",
    "migrate",
    "migrations",
    "month_counts",
    "month_history",
    "month_layer_uri",
    "month_subset",
    "password_to_environment",
    "read_store_history",
    "redacted",
    "rejects_layer_uri",
    "saved_connection",
    "saved_connections",
    "schema_version",
    "sql_literal",
]
