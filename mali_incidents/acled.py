"""Read ACLED exports and keep the rows of one country and one month, as text.

Inputs: ACLED's CSV export (today's 31 columns, or the older format with data_id,
event_id_no_cnty and iso3), the XLSX of ACLED's export tool, and the JSON of an API call
(``{"data": [...]}``). A CSV saved again by Excel (``;`` separator, cp1252) is read too.

Everything is read as text: deciding what a value means, and rejecting rows whose values
cannot be used, is ``validate.py``'s job. A large CSV is streamed and only the selected
country's rows are kept, so memory stays well below the file's size.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .definitions import (
    ACLED_COLUMNS,
    FIELD_SOURCE_FILE,
    FIELD_SOURCE_LINE,
    REQUIRED_COLUMNS,
)

# Rows parsed at a time. Small enough that two chunks alive at once stay far below the file's
# size (measured: 50k rows keep a 600 MB import near 300 MB), large enough that pandas' fixed
# cost per chunk does not show.
CSV_CHUNK_ROWS = 50_000
# pyarrow keeps ~40 blocks in flight: 16 MiB blocks held 650 MB, 1 MiB (its default) 42 MB.
ARROW_BLOCK_BYTES = 1 << 20
# Rows whose date cannot be read are kept for validation (and rejected there with a reason):
# they may belong to the month, and no row of the selected country may silently vanish.
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y")


class AcledInputError(ValueError):
    """A file cannot be used at all: one line that names the file and what is wrong."""


@dataclass
class Selection:
    """The rows of one country and month read from one or more exports, all values as text."""

    rows: pd.DataFrame
    rows_read: int = 0
    months_seen: set[str] = field(default_factory=set)
    # With ``history_from``: the country's rows of the months from it to the month before
    # the selected one (the month's history), and the months each file has rows of the
    # country in (what it covers: trends.export_coverage's rule).
    history_rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    months_by_file: dict[str, set[str]] = field(default_factory=dict)


def parse_event_dates(values: pd.Series) -> pd.Series:
    """ACLED dates as ``2021-02-08``, ``08 February 2021`` or ``8-February-2021``; NaT if none."""
    text = values.astype(str).str.strip()
    dates = pd.Series(pd.NaT, index=values.index, dtype="datetime64[ns]")
    for date_format in DATE_FORMATS:
        missing = dates.isna()
        if not missing.any():
            break
        dates[missing] = pd.to_datetime(text[missing], format=date_format, errors="coerce")
    return dates


def read_selection(
    export_paths: list[Path],
    month: str | None,
    country: str,
    use_pyarrow: bool | None = None,
    history_from: str | None = None,
) -> Selection:
    """Rows of ``country`` dated in ``month`` (YYYY-MM; None: every month) from every export,
    in file order.

    Each row keeps ``source_file`` and ``source_line`` (the row as a spreadsheet numbers it:
    the header is row 1; for JSON, the record's position) so a rejected row can be found.
    With ``history_from`` (YYYY-MM), the rows of the months from it up to the month before
    are kept too, in ``history_rows`` (one reading of each file for both).
    """
    parts: list[pd.DataFrame] = []
    history_parts: list[pd.DataFrame] = []
    selection = Selection(rows=pd.DataFrame())
    for path in export_paths:
        file_months = selection.months_by_file.setdefault(str(path), set())
        for rows_in_chunk, chunk in _read_export_chunks(Path(path), country, use_pyarrow):
            selection.rows_read += rows_in_chunk
            chosen, earlier, months = _select(chunk, month, country, history_from)
            selection.months_seen.update(months)
            file_months.update(months)
            if len(chosen):
                parts.append(chosen)
            if earlier is not None and len(earlier):
                history_parts.append(earlier)
    selection.rows = (
        pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=ACLED_COLUMNS)
    )
    selection.history_rows = (
        pd.concat(history_parts, ignore_index=True)
        if history_parts
        else pd.DataFrame(columns=[*ACLED_COLUMNS, FIELD_SOURCE_FILE, FIELD_SOURCE_LINE])
    )
    return selection


def _in_country(chunk: pd.DataFrame, country: str) -> pd.Series:
    # .copy(): string methods on a column view keep the whole chunk alive (a reference
    # cycle) until the garbage collector runs; measured, it tripled the peak memory.
    return chunk["country"].copy().str.strip().str.casefold() == country.strip().casefold()


def _month_numbers(dates: pd.Series) -> pd.Series:
    """2021-02-08 -> 202102 (NaN for no date): 30x faster than formatting each date."""
    return dates.dt.year * 100 + dates.dt.month


def _month_names(month_numbers: pd.Series) -> set[str]:
    return {
        f"{int(value) // 100:04d}-{int(value) % 100:02d}"
        for value in month_numbers.dropna().unique()
    }


def months_in_exports(export_paths: list[Path], country: str) -> list[str]:
    """The months (YYYY-MM, oldest first) that have incidents of ``country`` in the exports:
    what the dialog offers, defaulting to the latest.
    """
    months: set[str] = set()
    for path in export_paths:
        for _, chunk in _read_export_chunks(Path(path), country, None):
            dates = parse_event_dates(chunk.loc[_in_country(chunk, country), "event_date"])
            months.update(_month_names(_month_numbers(dates)))
    return sorted(months)


def _select(
    chunk: pd.DataFrame,
    month: str | None,
    country: str,
    history_from: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame | None, set[str]]:
    """The chunk's rows of the month (None: every month, as the team store keeps them), of
    the history (None without ``history_from``) and the months it has rows of the country in."""
    dates = parse_event_dates(chunk.loc[_in_country(chunk, country), "event_date"])
    row_months = _month_numbers(dates)
    names = _month_names(row_months)
    if month is None:
        return chunk.loc[row_months.index], None, names
    month_number = int(month[:4]) * 100 + int(month[5:7])
    # An unreadable date in the selected country is kept: validation rejects it with a reason.
    keep = row_months.isna() | (row_months == month_number)
    chosen = chunk.loc[keep[keep].index]
    if history_from is None:
        return chosen, None, names
    first = int(history_from[:4]) * 100 + int(history_from[5:7])
    earlier = (row_months >= first) & (row_months < month_number)
    return chosen, chunk.loc[earlier[earlier].index], names


def _read_export_chunks(
    path: Path, country: str, use_pyarrow: bool | None
) -> Iterator[tuple[int, pd.DataFrame]]:
    """(rows read, those rows or only the country's) for each piece of the file."""
    if not path.is_file():
        raise AcledInputError(f"{path}: file not found")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        frame = _read_xlsx(path)
        chunks = iter([(len(frame), frame)])
    elif suffix == ".json":
        frame = _read_api_json(path)
        chunks = iter([(len(frame), frame)])
    else:
        chunks = _read_csv_chunks(path, country, use_pyarrow)
    for rows_in_chunk, chunk in chunks:
        yield rows_in_chunk, _normalise_columns(chunk, path)


def _normalise_columns(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Today's 31 columns, in ACLED's order, whatever the export's vintage."""
    frame.columns = [str(name).strip().lstrip("\ufeff").lower() for name in frame.columns]
    missing = [name for name in REQUIRED_COLUMNS if name not in frame.columns]
    if missing:
        listed = ", ".join(missing)
        raise AcledInputError(
            f"{path.name}: required column{'s' if len(missing) > 1 else ''} {listed} missing "
            f"(is this an ACLED export? found: {', '.join(map(str, frame.columns[:8]))}…)"
        )
    for name in ACLED_COLUMNS:
        if name not in frame.columns:
            frame[name] = ""
    # The old format has no disorder_type: ACLED defines it by event type. Its missing
    # civilian_targeting and tags stay empty rather than guessed.
    if (frame["disorder_type"] == "").all():
        frame["disorder_type"] = frame["event_type"].map(DISORDER_TYPE_OF_EVENT_TYPE).fillna("")
    return frame[[*ACLED_COLUMNS, FIELD_SOURCE_FILE, FIELD_SOURCE_LINE]]


DISORDER_TYPE_OF_EVENT_TYPE = {
    "Battles": "Political violence",
    "Violence against civilians": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def _with_source(frame: pd.DataFrame, path: Path, first_line: int) -> pd.DataFrame:
    frame[FIELD_SOURCE_FILE] = path.name
    frame[FIELD_SOURCE_LINE] = range(first_line, first_line + len(frame))
    return frame


# -- CSV ------------------------------------------------------------------------------------


def _sniff_csv(path: Path) -> tuple[str, str]:
    """(encoding, delimiter) of a CSV: UTF-8 (BOM or not), else Excel's cp1252; , ; or tab."""
    with path.open("rb") as stream:
        head = stream.read(1 << 20)
    if not head.strip():
        raise AcledInputError(f"{path.name}: the file is empty")
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    else:
        try:
            # A multi-byte character cut at the end of the sample is not an error.
            head.decode("utf-8") if len(head) < (1 << 20) else head[:-4].decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    if b"\x00" in head:
        raise AcledInputError(f"{path.name}: not a text file (binary content)")
    header = head.decode(encoding, errors="replace").lstrip("\ufeff").splitlines()[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    if header.count(delimiter) == 0:
        raise AcledInputError(f"{path.name}: row 1 is not a header of comma-separated columns")
    return encoding, delimiter


def _read_csv_chunks(
    path: Path, country: str, use_pyarrow: bool | None
) -> Iterator[tuple[int, pd.DataFrame]]:
    encoding, delimiter = _sniff_csv(path)
    if use_pyarrow is None:
        use_pyarrow = _pyarrow_available()
    try:
        if use_pyarrow and encoding.startswith("utf-8"):
            yield from _pyarrow_csv_chunks(path, encoding, delimiter, country)
        else:
            for chunk in _pandas_csv_chunks(path, encoding, delimiter):
                yield len(chunk), chunk
    except (UnicodeDecodeError, csv.Error, pd.errors.ParserError, ValueError) as error:
        if isinstance(error, AcledInputError):
            raise
        raise AcledInputError(
            f"{path.name}: cannot be read as CSV ({_first_line(error)})"
        ) from None


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _pandas_csv_chunks(path: Path, encoding: str, delimiter: str) -> Iterator[pd.DataFrame]:
    first_line = 2
    with pd.read_csv(
        path,
        sep=delimiter,
        encoding=encoding,
        dtype=str,
        keep_default_na=False,
        na_filter=False,
        chunksize=CSV_CHUNK_ROWS,
        engine="c",
    ) as chunks:
        for chunk in chunks:
            yield _with_source(chunk, path, first_line)
            first_line += len(chunk)


def _pyarrow_available() -> bool:
    try:
        import pyarrow.csv  # noqa: F401
    except ImportError:
        return False
    return True


def _pyarrow_csv_chunks(
    path: Path, encoding: str, delimiter: str, country: str
) -> Iterator[tuple[int, pd.DataFrame]]:
    """Stream with pyarrow's multi-threaded parser, about 3x faster than pandas' C engine, and
    keep only the country's rows before they become Python objects (most of the time saved).
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pa_csv

    with path.open("rb") as stream:
        first_line = stream.readline().decode(encoding).lstrip("\ufeff")
    header = next(csv.reader([first_line], delimiter=delimiter))
    country_columns = [name for name in header if name.strip().lower() == "country"]
    if not country_columns:  # let the normal path say which columns are missing
        for chunk in _pandas_csv_chunks(path, encoding, delimiter):
            yield len(chunk), chunk
        return
    wanted = country.strip().casefold()
    reader = pa_csv.open_csv(
        path,
        read_options=pa_csv.ReadOptions(block_size=ARROW_BLOCK_BYTES, encoding="utf8"),
        parse_options=pa_csv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
        convert_options=pa_csv.ConvertOptions(
            column_types={name: pa.string() for name in header},
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        ),
    )
    first_row, rows_read, kept, lines = 2, 0, [], []
    for batch in reader:
        countries = pc.utf8_lower(pc.utf8_trim_whitespace(batch.column(country_columns[0])))
        positions = pc.indices_nonzero(pc.equal(countries, wanted))
        kept.append(batch.take(positions))
        lines.append(positions.to_numpy() + first_row)
        rows_read += batch.num_rows
        first_row += batch.num_rows
        # Small blocks keep memory low; converting them to pandas in groups keeps it fast.
        if rows_read >= CSV_CHUNK_ROWS:
            yield rows_read, _arrow_chunk(pa, kept, lines, path)
            rows_read, kept, lines = 0, [], []
    if rows_read:
        yield rows_read, _arrow_chunk(pa, kept, lines, path)


def _arrow_chunk(pa, batches: list, lines: list, path: Path) -> pd.DataFrame:
    chunk = pa.Table.from_batches(batches).to_pandas()
    chunk[FIELD_SOURCE_FILE] = path.name
    chunk[FIELD_SOURCE_LINE] = np.concatenate(lines) if lines else np.array([], dtype="int64")
    return chunk


# -- XLSX and API JSON ----------------------------------------------------------------------


def _as_text(value: object) -> str:
    """A spreadsheet or JSON cell as ACLED's CSV would write it."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp) or hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_xlsx(path: Path) -> pd.DataFrame:
    try:
        frame = pd.read_excel(path, dtype=object, engine="openpyxl")
    except Exception as error:  # openpyxl raises many types for a damaged workbook
        raise AcledInputError(
            f"{path.name}: cannot be read as XLSX ({_first_line(error)})"
        ) from None
    frame = frame.apply(lambda column: column.map(_as_text))
    return _with_source(frame, path, 2)


def _read_api_json(path: Path) -> pd.DataFrame:
    try:
        payload = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise AcledInputError(f"{path.name}: not valid JSON ({_first_line(error)})") from None
    records = payload.get("data") if isinstance(payload, dict) else payload
    if not isinstance(records, list) or not all(isinstance(item, dict) for item in records):
        raise AcledInputError(f'{path.name}: expected an ACLED API answer {{"data": [...]}}')
    frame = pd.DataFrame.from_records(records)
    frame = frame.apply(lambda column: column.map(_as_text))
    if frame.empty:
        frame = pd.DataFrame(columns=list(ACLED_COLUMNS))
    return _with_source(frame, path, 1)


MONTH_PATTERN = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
