"""The team's incident store: PostgreSQL with PostGIS, every month and every country.

Several analysts import into one store and print from it. Incidents are keyed by ACLED's
``event_id_cnty``: an import upserts (a newer ACLED ``timestamp`` replaces the row, an older
or identical one changes nothing), in one transaction, and records who imported which files
and what changed in ``imports``; rows it cannot use go to ``rejects`` with their file and
reason. The schema is created by the versioned scripts of ``sql/`` on first use.

Values from files and users only ever reach SQL as query parameters or COPY data; names as
``sql.Identifier``. Credentials come from libpq (the URI, ``PGPASSWORD``, ``~/.pgpass``, a
service file) or, in QGIS, its authentication manager; they are never printed or saved.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .acled import MONTH_PATTERN, AcledInputError, read_selection
from .classify import ClassificationRules, classify_incidents
from .compat import POINT_WKB
from .definitions import (
    ACLED_COLUMNS,
    DEFAULT_COUNTRY,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
)
from .importer import country_outline, drop_duplicates
from .places import FIELD_PLACE_FIRST, FIELD_PLACE_INCIDENTS, FIELD_PLACE_NAMES, add_place_fields
from .validate import REJECT_COLUMNS, validate_rows

STORE_SCHEMA = "incident_store"
INCIDENTS_TABLE = "incidents"
# What QGIS layers read: the table in the order the incidents were imported (see sql/001).
MONTH_VIEW = "month_incidents"
KEY_COLUMN = "incident_id"
GEOMETRY_COLUMN = "geom"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "sql"
URI_PREFIXES = ("postgresql://", "postgres://")

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
# store's rows once the import's are in (_place_fields).
PLACE_COLUMNS = (FIELD_PLACE_INCIDENTS, FIELD_PLACE_NAMES, FIELD_PLACE_FIRST)
WRITTEN_COLUMNS = (*STORE_COLUMNS, *PLACE_COLUMNS)
# One import writes at a time: the place fields of a month read every incident of it, and
# two imports of overlapping files would otherwise wait on each other's rows (or deadlock).
IMPORT_LOCK = 15_2021
MIGRATION_LOCK = 15_2022


class StoreError(RuntimeError):
    """The store cannot be used for this: one line naming the store and the reason."""


class StorePermissionError(StoreError):
    """The database role may read the store but not import into it."""


def is_store_uri(text: object) -> bool:
    """True for a PostgreSQL connection URI (``postgresql://…``), not a file name."""
    return str(text).startswith(URI_PREFIXES)


def redacted(uri: str) -> str:
    """The URI without its password, fit for messages and logs."""
    without_user_password = re.sub(r"^(\w+://[^/:@]*):[^@/]*@", r"\1:***@", str(uri))
    return re.sub(r"(?i)(password=)[^&\s]*", r"\1***", without_user_password)


def connect(uri: str):
    """A psycopg2 connection to the store (nothing is created here: see ``migrate``)."""
    try:
        import psycopg2
    except ImportError:
        raise StoreError(
            "the PostgreSQL driver psycopg2 is not installed (Debian: python3-psycopg2; "
            "QGIS on Windows ships it)"
        ) from None

    try:
        connection = psycopg2.connect(uri, application_name="mali_incidents")
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(uri)}: cannot connect ({_first_line(error)})") from None
    return connection


@dataclass
class StoreImportResult:
    store: str  # the URI, without password
    import_id: int
    month: str | None
    country: str
    rows_in: int  # rows of the country (and month) in the files
    inserted: int
    updated: int
    unchanged: int  # identical or older than the store's, or already there
    rejected: int  # every row in the rejects, duplicates included
    duplicates: int

    @property
    def incidents(self) -> int:
        return self.inserted + self.updated + self.unchanged

    def summary(self) -> str:
        return (
            f"incidents={self.incidents} inserted={self.inserted} updated={self.updated} "
            f"unchanged={self.unchanged} rejected={self.rejected} duplicates={self.duplicates}"
        )


# -- schema -----------------------------------------------------------------------------------


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
            _sql("SELECT coalesce(max(version), 0) FROM {}.schema_version").format(
                _identifier(STORE_SCHEMA)
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
                    f"{_store_name(connection)}: PostGIS is not installed in this database "
                    "(its owner runs: CREATE EXTENSION postgis)"
                )
            schema = _identifier(STORE_SCHEMA)
            cursor.execute(_sql("CREATE SCHEMA IF NOT EXISTS {}").format(schema))
            cursor.execute(
                _sql(
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
                    _sql("INSERT INTO {}.schema_version (version) VALUES (%s)").format(schema),
                    (version,),
                )
        return latest
    except psycopg2.errors.InsufficientPrivilege as error:
        raise StorePermissionError(
            f"{_store_name(connection)}: role '{connection.info.user}' cannot create the "
            f"incident store ({_first_line(error)}); its first import needs a role that may "
            "create tables"
        ) from None
    except psycopg2.Error as error:
        raise StoreError(f"{_store_name(connection)}: {_first_line(error)}") from None


# -- import -----------------------------------------------------------------------------------


def import_to_store(
    export_paths: list[Path],
    store_uri: str,
    month: str | None = None,
    country: str = DEFAULT_COUNTRY,
    rules: ClassificationRules | None = None,
    progress: Callable[[float], None] | None = None,
    use_pyarrow: bool | None = None,
) -> StoreImportResult:
    """Upsert the country's incidents of ``month`` (None: every month) from the exports into
    the store; one transaction, so a failure leaves the store as it was.

    Raises ``AcledInputError`` for unusable files, ``StorePermissionError`` when the role may
    only read, ``StoreError`` for anything else the database refuses.
    """
    report = progress or (lambda percent: None)
    if month is not None and not MONTH_PATTERN.match(month):
        raise AcledInputError(f"month '{month}' is not of the form YYYY-MM (e.g. 2021-02)")
    if not export_paths:
        raise AcledInputError("no export file given")
    rules = rules or ClassificationRules.from_folder(country=country)
    paths = [Path(path) for path in export_paths]
    names = ", ".join(path.name for path in paths)
    report(5)
    fingerprint = files_fingerprint(paths)
    connection = connect(store_uri)
    try:
        migrate(connection)
        repeated = _repeat_of_earlier_import(connection, fingerprint, names, month, country)
        if repeated is not None:
            report(100)
            return StoreImportResult(
                store=redacted(store_uri), month=month, country=country, **repeated
            )
        selection = read_selection(paths, month, country, use_pyarrow)
        if selection.rows.empty:
            months = ", ".join(sorted(selection.months_seen)[-6:]) or "none"
            raise AcledInputError(
                f"{names}: no incident of {country}{f' in {month}' if month else ''} "
                f"({selection.rows_read} rows read; months with {country} incidents: {months})"
            )
        report(50)
        rows = selection.rows
        already_stored = _already_stored(connection, rows)
        prepared = _prepare(rows[~already_stored], country, rules)
        report(70)
        counts = _write(
            connection,
            prepared,
            _ImportFacts(names, month, country, len(rows), int(already_stored.sum()), fingerprint),
        )
        report(100)
    finally:
        connection.close()
    result = StoreImportResult(
        store=redacted(store_uri),
        import_id=counts["import_id"],
        month=month,
        country=country,
        rows_in=len(rows),
        inserted=counts["inserted"],
        updated=counts["updated"],
        unchanged=counts["unchanged"] + int(already_stored.sum()),
        rejected=len(prepared.rejects),
        duplicates=prepared.duplicates,
    )
    if result.rows_in != result.incidents + result.rejected:  # the promise: no row vanishes
        raise RuntimeError(f"rows in {result.rows_in} != loaded + rejected ({result.summary()})")
    return result


def files_fingerprint(paths: list[Path]) -> str:
    """SHA-256 over the files' bytes, in order, and the plugin's version (a newer plugin may
    validate or classify differently: its first import of the same files reads them)."""
    import hashlib

    from .paths import PLUGIN_ROOT

    metadata = PLUGIN_ROOT / "metadata.txt"
    version = metadata.read_text(encoding="utf-8") if metadata.is_file() else ""
    digest = hashlib.sha256(version.encode("utf-8"))
    for path in paths:
        try:
            file_digest = hashlib.sha256()
            with path.open("rb") as stream:  # hashlib.file_digest is Python 3.11's
                for block in iter(lambda: stream.read(1 << 20), b""):
                    file_digest.update(block)
            digest.update(file_digest.digest())
        except OSError as error:
            raise AcledInputError(f"{path}: cannot be read ({error.strerror})") from None
    return digest.hexdigest()


def _repeat_of_earlier_import(
    connection, fingerprint: str, names: str, month: str | None, country: str
) -> dict | None:
    """The same files, country and month as an earlier import: that import's rows are all in
    the store (or were replaced by newer ones), so nothing can change. Recorded as an import
    of its own (every incident unchanged, the same rejects again); None when there is none.
    """
    import psycopg2

    schema = _identifier(STORE_SCHEMA)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                _sql(
                    "SELECT import_id, rows_in, inserted + updated + unchanged, rejected,"
                    " duplicates FROM {}.imports WHERE fingerprint = %s AND country = %s"
                    " AND month IS NOT DISTINCT FROM %s ORDER BY import_id LIMIT 1"
                ).format(schema),
                (fingerprint, country, month),
            )
            earlier = cursor.fetchone()
            if earlier is None:
                return None
            earlier_id, rows_in, loaded, rejected, duplicates = earlier
            cursor.execute(
                _sql(
                    "INSERT INTO {}.imports (source_files, country, month, rows_in, unchanged,"
                    " rejected, duplicates, fingerprint, same_as_import)"
                    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING import_id"
                ).format(schema),
                (
                    names,
                    country,
                    month,
                    rows_in,
                    loaded,
                    rejected,
                    duplicates,
                    fingerprint,
                    earlier_id,
                ),
            )
            import_id = cursor.fetchone()[0]
            cursor.execute(
                _sql(
                    "INSERT INTO {schema}.rejects (import_id, source_file, source_line,"
                    ' "column", value, reason, "row")'
                    ' SELECT %s, source_file, source_line, "column", value, reason, "row"'
                    " FROM {schema}.rejects WHERE import_id = %s ORDER BY reject_id"
                ).format(schema=schema),
                (import_id, earlier_id),
            )
    except psycopg2.errors.InsufficientPrivilege:
        raise _cannot_import(connection) from None
    except psycopg2.Error as error:
        raise StoreError(f"{_store_name(connection)}: {_first_line(error)}") from None
    return {
        "import_id": import_id,
        "rows_in": rows_in,
        "inserted": 0,
        "updated": 0,
        "unchanged": loaded,
        "rejected": rejected,
        "duplicates": duplicates,
    }


@dataclass
class _ImportFacts:
    names: str
    month: str | None
    country: str
    rows_in: int
    already_stored: int
    fingerprint: str


@dataclass
class _Prepared:
    incidents: pd.DataFrame  # WRITTEN_COLUMNS, classified
    rejects: pd.DataFrame  # REJECT_COLUMNS
    duplicates: int


def _already_stored(connection, rows: pd.DataFrame) -> pd.Series:
    """True for rows the store already has at this ACLED timestamp or a newer one.

    The upsert would leave them as they are (only a newer timestamp replaces a row), so they
    need no validation, classification or copying: a re-import of the same file reads it and
    compares keys only. Rows whose id repeats in the files go the whole way (the duplicate
    check needs them).
    """
    none = pd.Series(False, index=rows.index)
    if "timestamp" not in rows.columns:
        return none
    event_ids = rows["event_id_cnty"].astype(str).str.strip()
    timestamps = pd.to_numeric(rows["timestamp"].astype(str).str.strip(), errors="coerce")
    candidates = (event_ids != "") & ~event_ids.duplicated(keep=False) & timestamps.notna()
    if not candidates.any():
        return none
    import psycopg2

    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                _sql(
                    'SELECT event_id_cnty, "timestamp" FROM {}.{} WHERE event_id_cnty = ANY(%s)'
                ).format(_identifier(STORE_SCHEMA), _identifier(INCIDENTS_TABLE)),
                (list(event_ids[candidates]),),
            )
            stored = dict(cursor.fetchall())
    except psycopg2.Error as error:
        raise StoreError(f"{_store_name(connection)}: {_first_line(error)}") from None
    stored_timestamps = pd.to_numeric(event_ids.map(stored), errors="coerce")
    return candidates & stored_timestamps.notna() & (timestamps <= stored_timestamps)


def _prepare(rows: pd.DataFrame, country: str, rules: ClassificationRules) -> _Prepared:
    """Validated, de-duplicated, classified incidents (as the GeoPackage import makes them)."""
    empty_rejects = pd.DataFrame(columns=list(REJECT_COLUMNS))
    if rows.empty:
        return _Prepared(pd.DataFrame(columns=list(WRITTEN_COLUMNS)), empty_rejects, 0)
    validated = validate_rows(rows, country, country_outline(country))
    incidents = validated.incidents
    without_id = incidents["event_id_cnty"].astype(str).str.strip() == ""
    # The store knows an incident by its ACLED id: an analyst's row without one cannot be
    # revised or matched by the next import, so it is kept as a reject, not stored twice.
    no_id_rejects = pd.DataFrame(
        {
            FIELD_SOURCE_FILE: incidents.loc[without_id, FIELD_SOURCE_FILE],
            FIELD_SOURCE_LINE: incidents.loc[without_id, FIELD_SOURCE_LINE].astype("int64"),
            "column": "event_id_cnty",
            "value": "",
            "reason": "event_id_cnty is empty: the store keys incidents by it",
            "row": [
                row.to_json(force_ascii=False)
                for _, row in incidents.loc[without_id, list(ACLED_COLUMNS)].astype(str).iterrows()
            ],
        },
        columns=list(REJECT_COLUMNS),
    )
    incidents, duplicates = drop_duplicates(incidents[~without_id].reset_index(drop=True))
    incidents = classify_incidents(incidents, rules)
    incidents["month"] = [f"{date.year:04d}-{date.month:02d}" for date in incidents["event_date"]]
    rejects = pd.concat(
        [frame for frame in (validated.rejects, no_id_rejects, duplicates) if len(frame)]
        or [empty_rejects],
        ignore_index=True,
    )
    incidents = add_place_fields(incidents, within=("country", "month"))
    return _Prepared(incidents[list(WRITTEN_COLUMNS)], rejects, len(duplicates))


def _write(connection, prepared: _Prepared, facts: _ImportFacts) -> dict:
    """The import's one transaction: audit row, rejects, upsert, the months' place fields."""
    import psycopg2

    schema = _identifier(STORE_SCHEMA)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (IMPORT_LOCK,))
            cursor.execute(
                _sql(
                    "INSERT INTO {}.imports (source_files, country, month, rows_in, fingerprint)"
                    " VALUES (%s, %s, %s, %s, %s) RETURNING import_id"
                ).format(schema),
                (facts.names, facts.country, facts.month, facts.rows_in, facts.fingerprint),
            )
            import_id = cursor.fetchone()[0]
            if len(prepared.rejects):
                _copy(
                    cursor,
                    _sql("{}.rejects").format(schema),
                    ("import_id", *REJECT_COLUMNS),
                    prepared.rejects.assign(import_id=import_id)[["import_id", *REJECT_COLUMNS]],
                )
            inserted = updated = 0
            touched: set[tuple[str, str]] = set()
            if len(prepared.incidents):
                if _none_stored(cursor, prepared.incidents):
                    inserted, touched = _insert_new(cursor, prepared.incidents, import_id)
                else:
                    inserted, updated, touched = _upsert(cursor, prepared.incidents, import_id)
            _place_fields(cursor, touched)
            unchanged = len(prepared.incidents) - inserted - updated
            cursor.execute(
                _sql(
                    "UPDATE {}.imports SET inserted = %s, updated = %s, unchanged = %s,"
                    " rejected = %s, duplicates = %s WHERE import_id = %s"
                ).format(schema),
                (
                    inserted,
                    updated,
                    unchanged + facts.already_stored,
                    len(prepared.rejects),
                    prepared.duplicates,
                    import_id,
                ),
            )
    except psycopg2.errors.InsufficientPrivilege:
        raise _cannot_import(connection) from None
    except psycopg2.Error as error:
        raise StoreError(
            f"{_store_name(connection)}: the import failed and nothing was changed "
            f"({_first_line(error)})"
        ) from None
    return {
        "import_id": import_id,
        "inserted": inserted,
        "updated": updated,
        "unchanged": unchanged,
    }


def _none_stored(cursor, incidents: pd.DataFrame) -> bool:
    """True when the store has none of these incidents (under the import lock, so it stays
    true until the import commits): they can be copied into the table as they are."""
    cursor.execute(
        _sql("SELECT EXISTS (SELECT 1 FROM {}.{} WHERE event_id_cnty = ANY(%s))").format(
            _identifier(STORE_SCHEMA), _identifier(INCIDENTS_TABLE)
        ),
        (list(incidents["event_id_cnty"]),),
    )
    return not cursor.fetchone()[0]


def _insert_new(cursor, incidents: pd.DataFrame, import_id: int) -> tuple[int, set]:
    """Incidents the store lacks, copied straight into it (points as EWKB): (inserted, the
    months already in the store, whose place fields must be worked out again)."""
    months = incidents[["country", "month"]].drop_duplicates()
    cursor.execute(
        _sql(
            "SELECT DISTINCT country, month FROM {}.{}"
            " WHERE (country, month) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
        ).format(_identifier(STORE_SCHEMA), _identifier(INCIDENTS_TABLE)),
        (list(months["country"]), list(months["month"])),
    )
    months_in_store = set(cursor.fetchall())
    rows = incidents.assign(
        geom=_ewkb_points(incidents["longitude"], incidents["latitude"]), import_id=import_id
    )
    _copy(
        cursor,
        _sql("{}.{}").format(_identifier(STORE_SCHEMA), _identifier(INCIDENTS_TABLE)),
        (*WRITTEN_COLUMNS, "geom", "import_id"),
        rows,
    )
    return len(incidents), months_in_store


def _ewkb_points(longitude: pd.Series, latitude: pd.Series) -> list[str]:
    """Points in EPSG:4326 as hex EWKB, PostGIS's text form of a geometry."""
    import numpy as np

    points = np.zeros(
        len(longitude),
        dtype=[("order", "u1"), ("type", "<u4"), ("srid", "<u4"), ("x", "<f8"), ("y", "<f8")],
    )
    points["order"] = 1  # little-endian
    points["type"] = 0x20000001  # a point, with an SRID
    points["srid"] = 4326
    points["x"] = longitude.to_numpy(dtype=float)
    points["y"] = latitude.to_numpy(dtype=float)
    text = points.tobytes().hex()
    size = 2 * points.dtype.itemsize
    return [text[start : start + size] for start in range(0, len(text), size)]


def _upsert(cursor, incidents: pd.DataFrame, import_id: int) -> tuple[int, int, set]:
    """Incidents some of which the store has: a newer ACLED timestamp replaces the stored
    row, an older or identical one leaves it. (inserted, updated, the months whose place
    fields must be worked out again)."""
    schema = _identifier(STORE_SCHEMA)
    table = _identifier(INCIDENTS_TABLE)
    column_list = _sql(", ").join(_identifier(name) for name in WRITTEN_COLUMNS)
    cursor.execute(
        _sql(
            "CREATE TEMP TABLE incoming ON COMMIT DROP AS SELECT {} FROM {}.{} WITH NO DATA"
        ).format(column_list, schema, table)
    )
    cursor.execute("ALTER TABLE incoming ADD COLUMN position bigint")
    _copy(
        cursor,
        _sql("incoming"),
        ("position", *WRITTEN_COLUMNS),
        incidents.assign(position=range(len(incidents))),
    )
    # The place fields computed from the import's rows hold for a month the store lacks
    # (its rows will be exactly these, in this order); the others' months are worked out
    # again from the store once the rows are in.
    cursor.execute(
        _sql(
            "SELECT DISTINCT country, month FROM incoming WHERE EXISTS (SELECT 1"
            " FROM {schema}.{table} AS stored WHERE stored.country = incoming.country"
            " AND stored.month = incoming.month) OR EXISTS (SELECT 1 FROM {schema}.{table}"
            " AS stored WHERE stored.event_id_cnty = incoming.event_id_cnty)"
        ).format(schema=schema, table=table)
    )
    months_in_store = set(cursor.fetchall())
    # Months a revised row leaves (its date or country changed) need new places too.
    cursor.execute(
        _sql(
            "SELECT DISTINCT stored.country, stored.month FROM {}.{} AS stored"
            ' JOIN incoming USING (event_id_cnty) WHERE incoming."timestamp" > stored."timestamp"'
        ).format(schema, table)
    )
    touched = set(cursor.fetchall())
    assignments = _sql(", ").join(
        _sql("{} = excluded.{}").format(_identifier(name), _identifier(name))
        for name in (*WRITTEN_COLUMNS, "geom", "import_id")
        if name != "event_id_cnty"
    )
    cursor.execute(
        _sql(
            "WITH upserted AS ("
            " INSERT INTO {schema}.{table} AS stored ({columns}, geom, import_id)"
            " SELECT {columns}, ST_SetSRID(ST_MakePoint(longitude, latitude), 4326),"
            "  %(import_id)s FROM incoming ORDER BY position"
            " ON CONFLICT (event_id_cnty) DO UPDATE SET {assignments}"
            ' WHERE excluded."timestamp" > stored."timestamp"'
            " RETURNING (xmax = 0) AS inserted, country, month)"
            " SELECT inserted, country, month, count(*) FROM upserted"
            " GROUP BY inserted, country, month"
        ).format(schema=schema, table=table, columns=column_list, assignments=assignments),
        {"import_id": import_id},
    )
    inserted = updated = 0
    for was_inserted, group_country, group_month, count in cursor.fetchall():
        if (group_country, group_month) in months_in_store:
            touched.add((group_country, group_month))
        if was_inserted:
            inserted += count
        else:
            updated += count
    return inserted, updated, touched


def _cannot_import(connection) -> StorePermissionError:
    return StorePermissionError(
        f"{_store_name(connection)}: role '{connection.info.user}' cannot import into the "
        "incident store (it may only read it); nothing was imported"
    )


def _place_fields(cursor, months: set[tuple[str, str]]) -> None:
    """Work out again the place fields (places.py) of each (country, month) an import changed.

    They count the month's incidents at a point whatever import brought them, so they are
    computed from the store's rows, in import order, the way the GeoPackage import does.
    """
    if not months:
        return
    schema = _identifier(STORE_SCHEMA)
    countries, month_names = zip(*sorted(months))
    cursor.execute(
        _sql(
            "SELECT incident_id, country, month, longitude, latitude, location FROM {}.{}"
            " WHERE (country, month) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
            " ORDER BY incident_id"
        ).format(schema, _identifier(INCIDENTS_TABLE)),
        (list(countries), list(month_names)),
    )
    stored = pd.DataFrame(
        cursor.fetchall(),
        columns=["incident_id", "country", "month", "longitude", "latitude", "location"],
    )
    placed = add_place_fields(stored, within=("country", "month"))
    cursor.execute(
        "CREATE TEMP TABLE places (incident_id bigint, place_incidents integer,"
        " place_names text, place_first integer) ON COMMIT DROP"
    )
    _copy(cursor, _sql("places"), ("incident_id", *PLACE_COLUMNS), placed)
    cursor.execute(
        _sql(
            "UPDATE {}.{} AS stored SET place_incidents = places.place_incidents,"
            " place_names = places.place_names, place_first = places.place_first"
            " FROM places WHERE stored.incident_id = places.incident_id"
            " AND (stored.place_incidents, stored.place_names, stored.place_first)"
            " IS DISTINCT FROM (places.place_incidents, places.place_names, places.place_first)"
        ).format(schema, _identifier(INCIDENTS_TABLE))
    )


def _copy(cursor, table, columns, frame: pd.DataFrame) -> None:
    """``frame`` into ``table`` with COPY (CSV: data, never SQL). An empty text cell stays an
    empty text (as in the GeoPackage); an empty number or date is NULL."""
    if frame.empty:
        return
    buffer = _csv_buffer(frame[list(columns)])
    text_columns = [
        _identifier(column)
        for column in columns
        if pd.api.types.infer_dtype(frame[column], skipna=True) in ("string", "empty")
    ]
    options = _sql("FORMAT csv")
    if text_columns:
        options = _sql("FORMAT csv, FORCE_NOT_NULL ({})").format(_sql(", ").join(text_columns))
    statement = _sql("COPY {} ({}) FROM STDIN WITH ({})").format(
        table, _sql(", ").join(_identifier(column) for column in columns), options
    )
    cursor.copy_expert(statement, buffer)


def _csv_buffer(frame: pd.DataFrame):
    """The frame as CSV without header, by pyarrow's writer when it can (a fifth of pandas'
    time on a big export), else by pandas."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pa_csv

        table = pa.Table.from_pandas(frame, preserve_index=False)
        buffer = io.BytesIO()
        pa_csv.write_csv(table, buffer, pa_csv.WriteOptions(include_header=False))
    except (ImportError, ValueError, TypeError, OverflowError):  # no pyarrow, or odd cells
        buffer = io.StringIO()
        frame.to_csv(buffer, header=False, index=False, lineterminator="\n")
    buffer.seek(0)
    return buffer


# -- reading ----------------------------------------------------------------------------------


def month_counts(store_uri: str, month: str, country: str) -> tuple[int, int]:
    """(incidents, fatalities) of the country's month in the store."""
    import psycopg2

    connection = connect(store_uri)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                _sql(
                    "SELECT count(*), coalesce(sum(fatalities), 0) FROM {}.{}"
                    " WHERE country = %s AND month = %s"
                ).format(_identifier(STORE_SCHEMA), _identifier(INCIDENTS_TABLE)),
                (country, month),
            )
            incidents, fatalities = cursor.fetchone()
    except psycopg2.errors.UndefinedTable:
        raise StoreError(
            f"{redacted(store_uri)}: no incident store here yet: import first"
        ) from None
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(store_uri)}: {_first_line(error)}") from None
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
                _sql("SELECT * FROM {}.imports ORDER BY import_id DESC LIMIT %s").format(
                    _identifier(STORE_SCHEMA)
                ),
                (limit,),
            )
            return [dict(row) for row in cursor.fetchall()]
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(store_uri)}: {_first_line(error)}") from None
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

    from .month_history import country_regions
    from .trends import DEFAULT_HISTORY_MONTHS, TrendsError, build_history

    history_months = DEFAULT_HISTORY_MONTHS if history_months is None else history_months
    schema = _identifier(STORE_SCHEMA)
    connection = connect(store_uri)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                _sql(
                    "SELECT month FROM {schema}.incidents WHERE country = %(country)s"
                    " UNION SELECT month FROM {schema}.imports"
                    " WHERE country = %(country)s AND month IS NOT NULL"
                ).format(schema=schema),
                {"country": country},
            )
            covered = {row[0] for row in cursor.fetchall()}
            cursor.execute(
                _sql(
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
        raise StoreError(f"{redacted(store_uri)}: {_first_line(error)}") from None
    finally:
        connection.close()
    try:
        # Every region of the country gets rows, as in a month GeoPackage's history.
        return build_history(
            incidents, month, covered, history_months, regions=country_regions(country)
        )
    except TrendsError as error:
        raise StoreError(f"{redacted(store_uri)}: {error}") from None


def month_subset(month: str, country: str) -> str:
    """The month layer's filter: ``"country" = 'Mali' AND "month" = '2021-02'``, values quoted
    as SQL literals (QGIS sends the subset string to PostgreSQL as it is)."""
    if not MONTH_PATTERN.match(month or ""):
        raise StoreError(f"month '{month}' is not of the form YYYY-MM (e.g. 2021-02)")
    return f'"country" = {sql_literal(country)} AND "month" = {sql_literal(month)}'


def sql_literal(value: str) -> str:
    """A text value as a standard SQL literal. A backslash (whose meaning depends on the
    server's standard_conforming_strings) or NUL never is a country or a month: refused."""
    text = str(value)
    if "\\" in text or "\x00" in text:
        raise StoreError(f"'{text}' cannot be used as a filter value")
    return "'" + text.replace("'", "''") + "'"


def month_layer_uri(connection: str, month: str, country: str, authcfg: str = "") -> str:
    """The QGIS data source of the country's month in the store (provider ``postgres``).

    ``connection`` is a ``postgresql://`` URI or a QGIS connection string (a saved PostGIS
    connection's). No password is written into it: QGIS takes it from ``authcfg`` (its
    authentication manager) or libpq (``PGPASSWORD``, ``~/.pgpass``, a service).
    """

    uri = _layer_connection(connection, authcfg)
    uri.setDataSource(
        STORE_SCHEMA, MONTH_VIEW, GEOMETRY_COLUMN, month_subset(month, country), KEY_COLUMN
    )
    uri.setWkbType(POINT_WKB)  # Qgis.WkbType from QGIS 3.30, 3.22's name before (compat.py)
    uri.setSrid("4326")
    uri.setParam("checkPrimaryKeyUnicity", "0")
    return uri.uri(False)


def rejects_layer_uri(connection: str, import_id: int, authcfg: str = "") -> str:
    """The QGIS data source (provider ``postgres``) of one import's rejected rows."""
    uri = _layer_connection(connection, authcfg)
    uri.setDataSource(STORE_SCHEMA, "rejects", None, f'"import_id" = {int(import_id)}', "reject_id")
    return uri.uri(False)


def _layer_connection(connection: str, authcfg: str):
    """A QgsDataSourceUri holding the connection only, without any password."""
    from qgis.core import QgsDataSourceUri

    if not is_store_uri(connection):
        uri = QgsDataSourceUri(connection)
        uri.setPassword("")
        if authcfg:
            uri.setAuthConfigId(authcfg)
        return uri
    from psycopg2.extensions import parse_dsn

    params = parse_dsn(connection)
    uri = QgsDataSourceUri()
    sslmode = QgsDataSourceUri.decodeSslMode(params.get("sslmode", "prefer"))
    user, database = params.get("user", ""), params.get("dbname", "")
    if params.get("service"):
        uri.setConnection(params["service"], database, user, "", sslmode, authcfg)
    else:
        host, port = params.get("host", ""), params.get("port", "")
        uri.setConnection(host, port, database, user, "", sslmode, authcfg)
    return uri


def saved_connections() -> list[str]:
    """The names of the PostGIS connections saved in QGIS (Data Source Manager)."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections()) if metadata is not None else []


def saved_connection(name: str) -> tuple[str, str]:
    """(libpq connection string for the import, QGIS connection string for layers) of a
    saved PostGIS connection. Its credentials come from its authentication configuration
    (QGIS's authentication manager) into the first, in memory only; the second keeps the
    ``authcfg`` and never a password."""
    from psycopg2.extensions import make_dsn
    from qgis.core import (
        QgsApplication,
        QgsAuthMethodConfig,
        QgsDataSourceUri,
        QgsProviderConnectionException,
        QgsProviderRegistry,
    )

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        raise StoreError(f"no saved PostGIS connection named '{name}'")
    uri = QgsDataSourceUri(connection.uri())
    user, password = uri.username(), uri.password()
    if uri.authConfigId():
        config = QgsAuthMethodConfig()
        if not QgsApplication.authManager().loadAuthenticationConfig(
            uri.authConfigId(), config, True
        ):
            raise StoreError(
                f"'{name}': its authentication configuration {uri.authConfigId()} "
                "cannot be read (is the master password entered?)"
            )
        user = config.config("username") or user
        password = config.config("password") or password
    parts = {
        "service": uri.service(),
        "host": uri.host(),
        "port": uri.port(),
        "dbname": uri.database(),
        "user": user,
        "password": password,
        "sslmode": QgsDataSourceUri.encodeSslMode(uri.sslMode())
        if uri.sslMode() != QgsDataSourceUri.SslMode.SslPrefer
        else "",
    }
    dsn = make_dsn(**{key: value for key, value in parts.items() if value})
    uri.setPassword("")
    return dsn, uri.connectionInfo(False)


def password_to_environment(store_uri: str) -> None:
    """A password given in the URI, handed to libpq (QGIS's provider) through the process's
    environment, never a layer source or project file; ``PGPASSWORD`` set already wins."""
    import os

    from psycopg2.extensions import parse_dsn

    password = parse_dsn(store_uri).get("password")
    if password and "PGPASSWORD" not in os.environ:
        os.environ["PGPASSWORD"] = password


# -- helpers ----------------------------------------------------------------------------------


def _sql(text: str):
    from psycopg2 import sql

    return sql.SQL(text)


def _identifier(name: str):
    from psycopg2 import sql

    return sql.Identifier(name)


def _store_name(connection) -> str:
    info = connection.info
    return f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"


def _first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
