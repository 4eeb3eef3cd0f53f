"""The import's one transaction: its audit row, its rejects, the incidents inserted or
updated (a newer ACLED ``timestamp`` replaces a stored row, an older or identical one changes
nothing) and the place fields of the months it changed."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pandas as pd

from ..places import add_place_fields
from ..validate import REJECT_COLUMNS
from .connection import any_text, sql_name, sql_text
from .errors import StoreError, cannot_import, first_line, store_name
from .schema import INCIDENTS_TABLE, PLACE_COLUMNS, STORE_SCHEMA, WRITTEN_COLUMNS

# One import writes at a time: the place fields of a month read every incident of it, and
# two imports of overlapping files would otherwise wait on each other's rows (or deadlock).
IMPORT_LOCK = 15_2021


@dataclass
class ImportFacts:
    """What the audit row records besides the counts."""

    names: str
    month: str | None
    country: str
    rows_in: int
    already_stored: int
    fingerprint: str


@dataclass
class PreparedRows:
    """An import's rows ready to write (importing.py made them)."""

    incidents: pd.DataFrame  # WRITTEN_COLUMNS, classified
    rejects: pd.DataFrame  # REJECT_COLUMNS
    duplicates: int


def write_import(connection, prepared: PreparedRows, facts: ImportFacts) -> dict:
    """The import's one transaction: audit row, rejects, upsert, the months' place fields."""
    import psycopg2

    schema = sql_name(STORE_SCHEMA)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (IMPORT_LOCK,))
            # The import's commit need not wait for its WAL on disk: a crash in that instant
            # loses the whole import (never part of it), which the analyst runs again.
            cursor.execute("SET LOCAL synchronous_commit = off")
            cursor.execute(
                sql_text(
                    "INSERT INTO {}.imports (source_files, country, month, rows_in, fingerprint)"
                    " VALUES (%s, %s, %s, %s, %s) RETURNING import_id"
                ).format(schema),
                (facts.names, facts.country, facts.month, facts.rows_in, facts.fingerprint),
            )
            import_id = cursor.fetchone()[0]
            if len(prepared.rejects):
                _copy(
                    cursor,
                    sql_text("{}.rejects").format(schema),
                    ("import_id", *REJECT_COLUMNS),
                    prepared.rejects.assign(import_id=import_id)[["import_id", *REJECT_COLUMNS]],
                )
            inserted = updated = 0
            touched: set[tuple[str, str]] = set()
            if len(prepared.incidents):
                if _table_empty(cursor) or _none_stored(cursor, prepared.incidents):
                    inserted, touched = _insert_new(cursor, prepared.incidents, import_id)
                else:
                    inserted, updated, touched = _upsert(cursor, prepared.incidents, import_id)
            _place_fields(cursor, touched)
            unchanged = len(prepared.incidents) - inserted - updated
            cursor.execute(
                sql_text(
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
        raise cannot_import(connection) from None
    except psycopg2.Error as error:
        raise StoreError(
            f"{store_name(connection)}: the import failed and nothing was changed "
            f"({first_line(error)})"
        ) from None
    return {
        "import_id": import_id,
        "inserted": inserted,
        "updated": updated,
        "unchanged": unchanged,
    }


def _table_empty(cursor) -> bool:
    """True when the store has no incident at all (under the import lock): a first import
    need not look its ids up one by one."""
    cursor.execute(
        sql_text("SELECT NOT EXISTS (SELECT 1 FROM {}.{})").format(
            sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE)
        )
    )
    return bool(cursor.fetchone()[0])


def _none_stored(cursor, incidents: pd.DataFrame) -> bool:
    """True when the store has none of these incidents (under the import lock, so it stays
    true until the import commits): they can be copied into the table as they are."""
    any_id, ids = any_text(list(incidents["event_id_cnty"]))
    cursor.execute(
        sql_text("SELECT EXISTS (SELECT 1 FROM {}.{} WHERE event_id_cnty = {})").format(
            sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE), any_id
        ),
        (ids,),
    )
    return not cursor.fetchone()[0]


def _insert_new(cursor, incidents: pd.DataFrame, import_id: int) -> tuple[int, set]:
    """Incidents the store lacks, copied straight into it (points as EWKB): (inserted, the
    months already in the store, whose place fields must be worked out again)."""
    months = incidents[["country", "month"]].drop_duplicates()
    cursor.execute(
        sql_text(
            "SELECT DISTINCT country, month FROM {}.{}"
            " WHERE (country, month) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
        ).format(sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE)),
        (list(months["country"]), list(months["month"])),
    )
    months_in_store = set(cursor.fetchall())
    # Side by side, not assign(): assign copies every column of the frame first.
    rows = pd.concat(
        [
            incidents,
            pd.DataFrame(
                {
                    "geom": _ewkb_points(incidents["longitude"], incidents["latitude"]),
                    "import_id": import_id,
                },
                index=incidents.index,
            ),
        ],
        axis=1,
        copy=False,
    )
    rebuild = _set_aside_indexes(cursor) if _empty_and_owned(cursor) else []
    _copy(
        cursor,
        sql_text("{}.{}").format(sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE)),
        (*WRITTEN_COLUMNS, "geom", "import_id"),
        rows,
    )
    for statement in rebuild:
        cursor.execute(statement)
    return len(incidents), months_in_store


def _empty_and_owned(cursor) -> bool:
    """True when the incidents table has no row yet and this role owns it (a store's first
    import, by its owner): its indexes are then built and its foreign key checked once after
    the COPY, not row by row (a COPY into the bare table takes half the server's time)."""
    cursor.execute(
        sql_text(
            "SELECT pg_has_role(relowner, 'USAGE') AND NOT EXISTS (SELECT 1 FROM {}.{})"
            " FROM pg_class WHERE oid = to_regclass(%s)"
        ).format(sql_name(STORE_SCHEMA), sql_name(INCIDENTS_TABLE)),
        (f"{STORE_SCHEMA}.{INCIDENTS_TABLE}",),
    )
    return bool(cursor.fetchone()[0])


def _set_aside_indexes(cursor) -> list[str]:
    """Drop the incidents table's keys, indexes and foreign keys (in the import's
    transaction: the table stays locked, and a failure brings them back); returns the
    statements that make them again, as the catalog defines them. A key another table's
    foreign key needs stays."""
    table = f"{STORE_SCHEMA}.{INCIDENTS_TABLE}"
    cursor.execute(
        "SELECT format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname),"
        " format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', conrelid::regclass, conname,"
        "  pg_get_constraintdef(oid))"
        " FROM pg_constraint AS own WHERE conrelid = to_regclass(%s) AND contype IN ('p', 'u')"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint AS other WHERE other.contype = 'f'"
        "  AND other.confrelid = own.conrelid AND other.conindid = own.conindid)"
        " ORDER BY contype, conname",
        (table,),
    )
    keys = cursor.fetchall()
    cursor.execute(
        "SELECT format('DROP INDEX %%s', indexrelid::regclass), pg_get_indexdef(indexrelid)"
        " FROM pg_index WHERE indrelid = to_regclass(%s) AND NOT EXISTS"
        " (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid AND conrelid = indrelid)"
        " ORDER BY indexrelid",
        (table,),
    )
    indexes = cursor.fetchall()
    cursor.execute(
        "SELECT format('ALTER TABLE %%s DROP CONSTRAINT %%I', conrelid::regclass, conname),"
        " format('ALTER TABLE %%s ADD CONSTRAINT %%I %%s', conrelid::regclass, conname,"
        "  pg_get_constraintdef(oid))"
        " FROM pg_constraint WHERE conrelid = to_regclass(%s) AND contype = 'f' ORDER BY conname",
        (table,),
    )
    foreign_keys = cursor.fetchall()
    for drop, _ in (*foreign_keys, *indexes, *keys):
        cursor.execute(drop)
    return [make for _, make in (*keys, *indexes, *foreign_keys)]


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
    schema = sql_name(STORE_SCHEMA)
    table = sql_name(INCIDENTS_TABLE)
    column_list = sql_text(", ").join(sql_name(name) for name in WRITTEN_COLUMNS)
    cursor.execute(
        sql_text(
            "CREATE TEMP TABLE incoming ON COMMIT DROP AS SELECT {} FROM {}.{} WITH NO DATA"
        ).format(column_list, schema, table)
    )
    cursor.execute("ALTER TABLE incoming ADD COLUMN position bigint")
    _copy(
        cursor,
        sql_text("incoming"),
        ("position", *WRITTEN_COLUMNS),
        incidents.assign(position=range(len(incidents))),
    )
    # The place fields computed from the import's rows hold for a month the store lacks
    # (its rows will be exactly these, in this order); the others' months are worked out
    # again from the store once the rows are in.
    cursor.execute(
        sql_text(
            "SELECT DISTINCT country, month FROM incoming WHERE EXISTS (SELECT 1"
            " FROM {schema}.{table} AS stored WHERE stored.country = incoming.country"
            " AND stored.month = incoming.month) OR EXISTS (SELECT 1 FROM {schema}.{table}"
            " AS stored WHERE stored.event_id_cnty = incoming.event_id_cnty)"
        ).format(schema=schema, table=table)
    )
    months_in_store = set(cursor.fetchall())
    # Months a revised row leaves (its date or country changed) need new places too.
    cursor.execute(
        sql_text(
            "SELECT DISTINCT stored.country, stored.month FROM {}.{} AS stored"
            ' JOIN incoming USING (event_id_cnty) WHERE incoming."timestamp" > stored."timestamp"'
        ).format(schema, table)
    )
    touched = set(cursor.fetchall())
    assignments = sql_text(", ").join(
        sql_text("{} = excluded.{}").format(sql_name(name), sql_name(name))
        for name in (*WRITTEN_COLUMNS, "geom", "import_id")
        if name != "event_id_cnty"
    )
    cursor.execute(
        sql_text(
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


def _place_fields(cursor, months: set[tuple[str, str]]) -> None:
    """Work out again the place fields (places.py) of each (country, month) an import changed.

    They count the month's incidents at a point whatever import brought them, so they are
    computed from the store's rows, in import order, the way the GeoPackage import does.
    """
    if not months:
        return
    schema = sql_name(STORE_SCHEMA)
    countries, month_names = zip(*sorted(months))
    cursor.execute(
        sql_text(
            "SELECT incident_id, country, month, longitude, latitude, location FROM {}.{}"
            " WHERE (country, month) IN (SELECT * FROM unnest(%s::text[], %s::text[]))"
            " ORDER BY incident_id"
        ).format(schema, sql_name(INCIDENTS_TABLE)),
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
    _copy(cursor, sql_text("places"), ("incident_id", *PLACE_COLUMNS), placed)
    cursor.execute(
        sql_text(
            "UPDATE {}.{} AS stored SET place_incidents = places.place_incidents,"
            " place_names = places.place_names, place_first = places.place_first"
            " FROM places WHERE stored.incident_id = places.incident_id"
            " AND (stored.place_incidents, stored.place_names, stored.place_first)"
            " IS DISTINCT FROM (places.place_incidents, places.place_names, places.place_first)"
        ).format(schema, sql_name(INCIDENTS_TABLE))
    )


def _copy(cursor, table, columns, frame: pd.DataFrame) -> None:
    """``frame`` into ``table`` with COPY (CSV: data, never SQL). An empty text cell stays an
    empty text (as in the GeoPackage); an empty number or date is NULL."""
    if frame.empty:
        return
    buffer = _csv_buffer(frame, list(columns))
    text_columns = [
        sql_name(column)
        for column in columns
        if pd.api.types.infer_dtype(frame[column], skipna=True) in ("string", "empty")
    ]
    options = sql_text("FORMAT csv")
    if text_columns:
        options = sql_text("FORMAT csv, FORCE_NOT_NULL ({})").format(
            sql_text(", ").join(text_columns)
        )
    statement = sql_text("COPY {} ({}) FROM STDIN WITH ({})").format(
        table, sql_text(", ").join(sql_name(column) for column in columns), options
    )
    try:
        cursor.copy_expert(statement, buffer)
    finally:
        if isinstance(buffer, _CsvPieces):
            buffer.close()


def _csv_buffer(frame: pd.DataFrame, columns: list[str]):
    """The frame's ``columns`` as CSV without header, for COPY: by pyarrow's writer when it
    can (a fifth of pandas' time on a big export), else by pandas. The columns are picked by
    the writers, not by ``frame[columns]``, which would copy every cell first."""
    try:
        import pyarrow as pa
        import pyarrow.csv as pa_csv

        table = pa.Table.from_pandas(frame, columns=columns, preserve_index=False)
        first = _csv_bytes(pa_csv, table.slice(0, COPY_PIECE_ROWS))  # what fails, fails here
        return _CsvPieces(pa_csv, table, first)
    except (ImportError, ValueError, TypeError, OverflowError):  # no pyarrow, or odd cells
        buffer = io.StringIO()
        frame.to_csv(buffer, columns=columns, header=False, index=False, lineterminator="\n")
    buffer.seek(0)
    return buffer


# Rows written as CSV at a time for COPY: the server reads one piece while the next is
# written (the server's COPY and the client's writing then share the clock).
COPY_PIECE_ROWS = 8_192


def _csv_bytes(pa_csv, table) -> bytes:
    buffer = io.BytesIO()
    pa_csv.write_csv(table, buffer, pa_csv.WriteOptions(include_header=False))
    return buffer.getvalue()


class _CsvPieces:
    """A file COPY reads: the table's CSV a piece at a time, the next piece written by a
    thread (pyarrow's writer lets go of the GIL) while this one is sent."""

    def __init__(self, pa_csv, table, first: bytes):
        from concurrent.futures import ThreadPoolExecutor

        self._pa_csv, self._table, self._next_row = pa_csv, table, COPY_PIECE_ROWS
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="copy-csv")
        self._pending = None
        self._ready = first

    def _write_next(self):
        if self._next_row >= self._table.num_rows:
            return None
        piece = self._table.slice(self._next_row, COPY_PIECE_ROWS)
        self._next_row += COPY_PIECE_ROWS
        return self._writer.submit(_csv_bytes, self._pa_csv, piece)

    def close(self) -> None:
        """The thread let go, also when COPY stopped half-way (the database refused)."""
        self._writer.shutdown(wait=True, cancel_futures=True)

    def read(self, size: int = -1) -> bytes:
        """The next piece (COPY takes pieces of any size); b"" at the end."""
        piece = self._ready
        if piece:
            self._pending = self._write_next()
            self._ready = b""
            return piece
        if self._pending is None:
            return b""
        piece, self._pending = self._pending.result(), None
        self._pending = self._write_next()
        return piece
