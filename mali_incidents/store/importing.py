"""An import into the store: export files read, compared with the store, validated and
classified as for a GeoPackage, then upserted (upsert.py) in one transaction.

Files of the names of an earlier import (same country and month) are hashed first: the same
bytes (and plugin version) are recognised by their SHA-256 and not read again. Other files'
key columns are compared with the store (compare.py): when the store has every row at its
ACLED ``timestamp`` or a newer one, nothing else is read; otherwise the files are read in
full and rows the store has at that timestamp or a newer one skip validation.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..acled import (
    MONTH_PATTERN,
    AcledInputError,
    read_selection,
)
from ..classify import ClassificationRules, classify_incidents
from ..definitions import ACLED_COLUMNS, DEFAULT_COUNTRY, FIELD_SOURCE_FILE, FIELD_SOURCE_LINE
from ..importer import country_outline, drop_duplicates
from ..places import add_place_fields
from ..validate import REJECT_COLUMNS, validate_rows
from .compare import known_rows, stored_rows
from .connection import connect, redacted, sql_name, sql_text
from .errors import StoreError, cannot_import, first_line, store_name
from .schema import STORE_SCHEMA, WRITTEN_COLUMNS, migrate
from .upsert import ImportFacts, PreparedRows, write_import


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
    for path in paths:
        _check_readable(path)
    connection = connect(store_uri)
    hashing = None
    try:
        migrate(connection)
        if _imported_before(connection, names, month, country):
            fingerprint = files_fingerprint(paths)
            repeated = _repeat_of_earlier_import(connection, fingerprint, names, month, country)
            if repeated is not None:
                report(100)
                return StoreImportResult(
                    store=redacted(store_uri), month=month, country=country, **repeated
                )
        else:
            # Files of other names were never imported as they are: their fingerprint is
            # only recorded, so it is worked out beside the reading (hashlib lets go of
            # the GIL), not before it.
            hashing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fingerprint")
            fingerprint_later = hashing.submit(files_fingerprint, paths)
        known = None if use_pyarrow is False else known_rows(connection, paths, month, country)
        if known is not None:
            # Every row is one the store has at its timestamp or a newer one: nothing to
            # validate, classify or write but the audit row (the same as the full reading's).
            rows_in = already = known
            prepared = _prepare(pd.DataFrame(), country, rules)
        else:
            selection = read_selection(paths, month, country, use_pyarrow)
            if selection.rows.empty:
                months = ", ".join(sorted(selection.months_seen)[-6:]) or "none"
                raise AcledInputError(
                    f"{names}: no incident of {country}{f' in {month}' if month else ''} "
                    f"({selection.rows_read} rows read; months with {country} incidents: "
                    f"{months})"
                )
            report(50)
            rows = selection.rows
            already_stored = stored_rows(connection, rows)
            # Taking the rows copies every cell: only when some are left out.
            prepared = _prepare(
                rows[~already_stored] if already_stored.any() else rows, country, rules
            )
            rows_in, already = len(rows), int(already_stored.sum())
        report(70)
        if hashing is not None:
            fingerprint = fingerprint_later.result()
        counts = write_import(
            connection,
            prepared,
            ImportFacts(names, month, country, rows_in, already, fingerprint),
        )
        report(100)
    finally:
        connection.close()
        if hashing is not None:
            hashing.shutdown(wait=False, cancel_futures=True)
    result = StoreImportResult(
        store=redacted(store_uri),
        import_id=counts["import_id"],
        month=month,
        country=country,
        rows_in=rows_in,
        inserted=counts["inserted"],
        updated=counts["updated"],
        unchanged=counts["unchanged"] + already,
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

    from ..paths import PLUGIN_ROOT

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


def _check_readable(path: Path) -> None:
    try:
        path.open("rb").close()
    except OSError as error:
        raise AcledInputError(f"{path}: cannot be read ({error.strerror})") from None


def _imported_before(connection, names: str, month: str | None, country: str) -> bool:
    """True when files of these names were imported for this country and month: only then
    may they be the same files again (``_repeat_of_earlier_import``)."""
    import psycopg2

    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                sql_text(
                    "SELECT EXISTS (SELECT 1 FROM {}.imports WHERE source_files = %s"
                    " AND country = %s AND month IS NOT DISTINCT FROM %s)"
                ).format(sql_name(STORE_SCHEMA)),
                (names, country, month),
            )
            return bool(cursor.fetchone()[0])
    except psycopg2.Error as error:
        raise StoreError(f"{store_name(connection)}: {first_line(error)}") from None


def _repeat_of_earlier_import(
    connection, fingerprint: str, names: str, month: str | None, country: str
) -> dict | None:
    """The same files, country and month as an earlier import: that import's rows are all in
    the store (or were replaced by newer ones), so nothing can change. Recorded as an import
    of its own (every incident unchanged, the same rejects again); None when there is none.
    """
    import psycopg2

    schema = sql_name(STORE_SCHEMA)
    try:
        with connection, connection.cursor() as cursor:
            cursor.execute(
                sql_text(
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
                sql_text(
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
                sql_text(
                    "INSERT INTO {schema}.rejects (import_id, source_file, source_line,"
                    ' "column", value, reason, "row")'
                    ' SELECT %s, source_file, source_line, "column", value, reason, "row"'
                    " FROM {schema}.rejects WHERE import_id = %s ORDER BY reject_id"
                ).format(schema=schema),
                (import_id, earlier_id),
            )
    except psycopg2.errors.InsufficientPrivilege:
        raise cannot_import(connection) from None
    except psycopg2.Error as error:
        raise StoreError(f"{store_name(connection)}: {first_line(error)}") from None
    return {
        "import_id": import_id,
        "rows_in": rows_in,
        "inserted": 0,
        "updated": 0,
        "unchanged": loaded,
        "rejected": rejected,
        "duplicates": duplicates,
    }


def _prepare(rows: pd.DataFrame, country: str, rules: ClassificationRules) -> PreparedRows:
    """Validated, de-duplicated, classified incidents (as the GeoPackage import makes them)."""
    empty_rejects = pd.DataFrame(columns=list(REJECT_COLUMNS))
    if rows.empty:
        return PreparedRows(pd.DataFrame(columns=list(WRITTEN_COLUMNS)), empty_rejects, 0)
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
    if without_id.any():
        incidents = incidents[~without_id].reset_index(drop=True)
    incidents, duplicates = drop_duplicates(incidents)
    incidents = classify_incidents(incidents, rules)
    incidents["month"] = [f"{date.year:04d}-{date.month:02d}" for date in incidents["event_date"]]
    rejects = pd.concat(
        [frame for frame in (validated.rejects, no_id_rejects, duplicates) if len(frame)]
        or [empty_rejects],
        ignore_index=True,
    )
    incidents = add_place_fields(incidents, within=("country", "month"))
    return PreparedRows(incidents[list(WRITTEN_COLUMNS)], rejects, len(duplicates))
