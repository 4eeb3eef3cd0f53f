"""Read ACLED exports and keep the rows of one country and one month, as text.

Inputs: ACLED's CSV export (today's 31 columns, or the older format with data_id,
event_id_no_cnty and iso3), the XLSX of ACLED's export tool, and the JSON of an API call
(``{"data": [...]}``). A CSV saved again by Excel is read too: ``;`` or tab separated,
Windows-1252 or UTF-16, dates as ``28/02/2021`` (``validate.py`` reads decimal commas).

Everything is read as text: deciding what a value means, and rejecting rows whose values
cannot be used, is ``validate.py``'s job. A large CSV is streamed and only the selected
country's rows are kept, so memory stays well below the file's size.

Every data row is accounted for: it is of another country, of another month, or selected
(then loaded, rejected or a duplicate). A row the reader cannot split into the header's
columns is selected with its problem (``read_problem``), so that it is rejected with its row
number; a row naming no country, or a near miss of the selected one (``MaIi``), is selected
when its date is in the month, and rejected too. Blank rows are not rows.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .countries import (
    EMPTY,
    NEAR_MISS,
    OTHER,
    SELECTED,
    UNKNOWN,
    CountryMatcher,
    country_matcher,
    normalise_text,
)
from .definitions import (
    ACLED_COLUMNS,
    FIELD_READ_PROBLEM,
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
# Bytes decoded at a time while the encoding is decided on the whole file.
SCAN_BLOCK_BYTES = 1 << 20
# Rows whose date cannot be read are kept for validation (and rejected there with a reason):
# they may belong to the month, and no row of the selected country may silently vanish.
DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y")
# Excel writes dates in the short format of its locale: 28/02/2021 in French (and most of the
# world), 2/28/2021 in the United States. The order is the one the values prove (a first
# part above 12 is a day); when none proves it, day first.
SLASH_DATE = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# A note of a few thousand characters is normal; Python's csv module refuses fields above
# 128 KiB by default, which would refuse a whole file for one long cell.
csv.field_size_limit(max(csv.field_size_limit(), 1 << 28))


class AcledInputError(ValueError):
    """A file cannot be used at all: one line that names the file and what is wrong."""


@dataclass
class Selection:
    """The rows of one country and month read from one or more exports, all values as text,
    and what became of every other row read."""

    rows: pd.DataFrame
    rows_read: int = 0  # every data row of every file (blank rows are not rows)
    other_countries: int = 0
    other_months: int = 0  # rows of the country (or of none / a near miss) in other months
    months_seen: set[str] = field(default_factory=set)
    near_misses: Counter = field(default_factory=Counter)  # name -> rows (all months)
    unknown_countries: Counter = field(default_factory=Counter)  # name -> rows
    notes: list[str] = field(default_factory=list)  # what the user should know (sheets…)
    # With ``history_from``: the country's rows of the months from it to the month before
    # the selected one (the month's history), and the months each file has rows of the
    # country in (what it covers: trends.export_coverage's rule).
    history_rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    months_by_file: dict[str, set[str]] = field(default_factory=dict)


def parse_event_dates(values: pd.Series) -> pd.Series:
    """ACLED dates as ``2021-02-08``, ``08 February 2021`` or ``8-February-2021``, and Excel's
    ``08/02/2021`` (see ``SLASH_DATE``); NaT if none. Each distinct text is parsed once: a
    month has at most 31 dates, a decade 3,653, and a file millions of rows."""
    codes, texts = pd.factorize(values.astype(str).to_numpy(dtype=object), use_na_sentinel=False)
    dates = _dates_of_texts(texts)
    # Each distinct date made a datetime64 once, then spread over the rows by position (a
    # datetime object per row cost more than the parsing).
    distinct = pd.to_datetime(pd.Series([dates[text] for text in texts], dtype=object))
    return pd.Series(
        distinct.to_numpy(dtype="datetime64[ns]")[codes],
        index=values.index,
        dtype="datetime64[ns]",
    )


def _dates_of_texts(texts) -> dict[str, datetime.datetime | None]:
    dates: dict[str, datetime.datetime | None] = {}
    slashed: dict[str, tuple[int, int, int]] = {}
    for text in texts:
        value = text.strip()
        dates[text] = None
        for date_format in DATE_FORMATS:
            try:
                dates[text] = datetime.datetime.strptime(value, date_format)
                break
            except ValueError:
                continue
        if dates[text] is None and (match := SLASH_DATE.match(value)):
            slashed[text] = (int(match[1]), int(match[2]), int(match[3]))
    if slashed:
        day_first = any(first > 12 for first, _, _ in slashed.values()) or not any(
            second > 12 for _, second, _ in slashed.values()
        )
        for text, (first, second, year) in slashed.items():
            day, month = (first, second) if day_first else (second, first)
            try:
                dates[text] = datetime.datetime(year, month, day)
            except ValueError:
                continue
    # pandas' dates span 1677-2262; an ACLED event is in neither extreme.
    return {
        text: date if date is not None and 1678 <= date.year <= 2261 else None
        for text, date in dates.items()
    }


def read_selection(
    export_paths: list[Path],
    month: str | None,
    country: str | Sequence[str],
    use_pyarrow: bool | None = None,
    history_from: str | None = None,
) -> Selection:
    """Rows of ``country`` (one or several: one pass selects them all, so a row is counted
    once) dated in ``month`` (YYYY-MM; None: every month) from every export, in file order.

    Each row keeps ``source_file`` and ``source_line`` (the row as a spreadsheet numbers it:
    the header is row 1; for JSON, the record's position) so a rejected row can be found.
    With ``history_from`` (YYYY-MM), the rows of the months from it up to the month before
    are kept too, in ``history_rows`` (one reading of each file for both).
    """
    matcher = country_matcher(country if isinstance(country, str) else tuple(country))
    parts: list[pd.DataFrame] = []
    history_parts: list[pd.DataFrame] = []
    selection = Selection(rows=pd.DataFrame())
    for path in export_paths:
        try:
            file_selection, file_parts, file_history = _select_from_file(
                Path(path), month, matcher, use_pyarrow, history_from
            )
        except _PyarrowRefusedError:
            # pyarrow stops at the first row that does not fit the header (or at a blank
            # line, which would shift row numbers): the file is read again, row by row, so
            # that those rows are rejected with their number. Nothing of the first reading
            # is kept, so no row is counted twice.
            file_selection, file_parts, file_history = _select_from_file(
                Path(path), month, matcher, False, history_from
            )
        parts.extend(file_parts)
        history_parts.extend(file_history)
        selection.rows_read += file_selection.rows_read
        selection.other_countries += file_selection.other_countries
        selection.other_months += file_selection.other_months
        selection.months_seen |= file_selection.months_seen
        selection.months_by_file[str(path)] = set(file_selection.months_seen)
        selection.near_misses.update(file_selection.near_misses)
        selection.unknown_countries.update(file_selection.unknown_countries)
        selection.notes.extend(file_selection.notes)
    selection.rows = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(
            columns=[*ACLED_COLUMNS, FIELD_SOURCE_FILE, FIELD_SOURCE_LINE, FIELD_READ_PROBLEM]
        )
    )
    selection.history_rows = (
        pd.concat(history_parts, ignore_index=True)
        if history_parts
        else pd.DataFrame(columns=[*ACLED_COLUMNS, FIELD_SOURCE_FILE, FIELD_SOURCE_LINE])
    )
    return selection


def _select_from_file(
    path: Path,
    month: str | None,
    matcher: CountryMatcher,
    use_pyarrow: bool | None,
    history_from: str | None = None,
) -> tuple[Selection, list[pd.DataFrame], list[pd.DataFrame]]:
    selection = Selection(rows=pd.DataFrame())
    parts, history_parts = [], []
    for rows_in_chunk, chunk in _read_export_chunks(path, matcher, use_pyarrow, selection):
        chosen, earlier = _select(chunk, rows_in_chunk, month, matcher, selection, history_from)
        if len(chosen):
            parts.append(chosen)
        if earlier is not None and len(earlier):
            history_parts.append(earlier)
    return selection, parts, history_parts


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
    matcher = country_matcher(country)
    months: set[str] = set()
    for path in export_paths:
        for use_pyarrow in (None, False):
            try:
                chunks = _read_export_chunks(Path(path), matcher, use_pyarrow, Selection(None))
                for _, chunk in chunks:
                    kinds = chunk["country"].map(matcher.kinds(chunk["country"]))
                    dates = parse_event_dates(chunk.loc[kinds == SELECTED, "event_date"])
                    months.update(_month_names(_month_numbers(dates)))
            except _PyarrowRefusedError:
                continue
            break
    return sorted(months)


def _select(
    chunk: pd.DataFrame,
    rows_in_chunk: int,
    month: str | None,
    matcher: CountryMatcher,
    selection: Selection,
    history_from: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame | None]:
    """The chunk's rows of the month (None: every month) of the selected countries, of none
    or of a near miss of one, and rows that could not be split into columns; counts every
    other row where it belongs. Second: with ``history_from`` (YYYY-MM), the selected
    country's rows of the months from it to the month before (the month's history; they
    are still counted as other months' rows), else None.

    ``chunk`` may already lack rows of other countries (the CSV readers drop them early):
    ``rows_in_chunk`` counts them. Masks are numpy arrays: pandas' cost per operation would
    dominate the many small chunks of a month's exports.
    """
    texts = chunk[list(ACLED_COLUMNS)].to_numpy(dtype=object)
    malformed = chunk[FIELD_READ_PROBLEM].to_numpy(dtype=object) != ""
    names = texts[:, COUNTRY_COLUMN]
    kind_of = matcher.kinds(names)
    kinds = np.array([kind_of[name] for name in names], dtype=object)
    blank = ~malformed & (kinds == EMPTY)
    if blank.any():
        blank[blank] = (NORMALISE_CELLS(texts[blank]) == "").all(axis=1)
    unknown = ~malformed & (kinds == UNKNOWN)
    if unknown.any():
        selection.unknown_countries.update(names[unknown])
    other = ~malformed & ((kinds == OTHER) | unknown)
    selection.rows_read += rows_in_chunk - int(blank.sum())
    selection.other_countries += rows_in_chunk - len(chunk) + int(other.sum())
    candidate = ~malformed & ~blank & ~other
    near_miss = candidate & (kinds == NEAR_MISS)
    if near_miss.any():
        selection.near_misses.update(names[near_miss])
    date_texts = texts[candidate, DATE_COLUMN]
    date_of = _dates_of_texts(pd.unique(date_texts))
    dates = [date_of[text] for text in date_texts]
    row_months = np.array(
        [date.year * 100 + date.month if date is not None else 0 for date in dates], dtype="int64"
    )
    selected = kinds[candidate] == SELECTED
    selection.months_seen.update(
        f"{number // 100:04d}-{number % 100:02d}"
        for number in np.unique(row_months[selected & (row_months > 0)])
    )
    # An unreadable date is kept: validation rejects it with a reason.
    if month is None:  # every month (the team store keeps them all)
        in_month = np.ones(len(row_months), dtype=bool)
    else:
        in_month = (row_months == 0) | (row_months == _month_number(month))
    selection.other_months += int((~in_month).sum())
    rows = _chosen_rows(chunk, texts, candidate, in_month, dates)
    if malformed.any():
        rows = pd.concat([rows, chunk[malformed]]).sort_index()
    if history_from is None or month is None:
        return rows, None
    in_history = (
        selected & (row_months >= _month_number(history_from)) & (row_months < _month_number(month))
    )
    return rows, _chosen_rows(chunk, texts, candidate, in_history, dates)


def _month_number(month: str) -> int:
    """2021-02 -> 202102."""
    return int(month[:4]) * 100 + int(month[5:7])


def _chosen_rows(
    chunk: pd.DataFrame, texts: np.ndarray, candidate: np.ndarray, chosen_of: np.ndarray, dates
) -> pd.DataFrame:
    """The candidate rows ``chosen_of`` picks (a mask over the candidates), their cells
    normalised as validation expects."""
    keep = np.zeros(len(chunk), dtype=bool)
    keep[np.flatnonzero(candidate)[chosen_of]] = True
    chosen = texts[keep]
    chosen[:, NAMED_COLUMNS] = _normalised_cells(chosen[:, NAMED_COLUMNS])
    chosen[:, NOTES_COLUMN] = STRIP_CELLS(chosen[:, NOTES_COLUMN])
    # Excel's 28/02/2021, read with the order the chunk's values prove, is written as
    # 2021-02-28: validation reads the same date.
    kept_dates = [date for date, kept in zip(dates, chosen_of) if kept]
    for row, date in enumerate(kept_dates):
        if date is not None and "/" in chosen[row, DATE_COLUMN]:
            chosen[row, DATE_COLUMN] = date.strftime("%Y-%m-%d")
    columns = {name: chosen[:, position] for position, name in enumerate(ACLED_COLUMNS)}
    for name in (FIELD_SOURCE_FILE, FIELD_SOURCE_LINE):
        columns[name] = chunk[name].to_numpy()[keep]
    columns[FIELD_READ_PROBLEM] = np.full(int(keep.sum()), "", dtype=object)
    return pd.DataFrame(columns, index=chunk.index[keep])


# Cell by cell over a whole block of rows (numpy's loop, far cheaper than pandas' per column).
NAMED_COLUMNS = [position for position, name in enumerate(ACLED_COLUMNS) if name != "notes"]
NOTES_COLUMN = ACLED_COLUMNS.index("notes")
DATE_COLUMN = ACLED_COLUMNS.index("event_date")
COUNTRY_COLUMN = ACLED_COLUMNS.index("country")
NORMALISE_CELLS = np.frompyfunc(normalise_text, 1, 1)
STRIP_CELLS = np.frompyfunc(str.strip, 1, 1)


def _normalised_cells(block: np.ndarray) -> np.ndarray:
    """NORMALISE_CELLS column by column, each distinct value once: most columns repeat a few
    values (types, actors, places), so a big export calls normalise_text a seventh as often."""
    normalised = np.empty(block.shape, dtype=object)
    for column in range(block.shape[1]):
        codes, distinct = pd.factorize(block[:, column], use_na_sentinel=False)
        # Nearly every value its own (ids, coordinates), or not all text (factorize makes
        # None and NaN one value): cell by cell.
        if len(distinct) * 2 > len(codes) or not all(isinstance(value, str) for value in distinct):
            normalised[:, column] = NORMALISE_CELLS(block[:, column])
        else:
            normalised[:, column] = NORMALISE_CELLS(np.asarray(distinct, dtype=object))[codes]
    return normalised


def _read_export_chunks(
    path: Path, matcher: CountryMatcher, use_pyarrow: bool | None, selection: Selection
) -> Iterator[tuple[int, pd.DataFrame]]:
    """(rows read, those rows or only those not of another country) for each piece of a file,
    in the columns of today's export plus source_file, source_line and read_problem."""
    if not path.is_file():
        raise AcledInputError(f"{path}: file not found")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        chunks = iter([(len(frame), frame) for frame in _read_xlsx(path, selection)])
    elif suffix == ".json":
        frame = _read_api_json(path)
        chunks = iter([(len(frame), frame)])
    else:
        chunks = _read_csv_chunks(path, matcher, use_pyarrow)
    for rows_in_chunk, chunk in chunks:
        yield rows_in_chunk, _normalise_columns(chunk, path)


def column_key(name: object) -> str:
    """A header as compared with ACLED's names: ' Country\\ufeff' -> 'country'."""
    return normalise_text(str(name).lstrip("\ufeff")).lower()


def _check_header(names: list, source: str) -> None:
    """Refuse a header without ACLED's required columns, or naming one of its columns twice
    (which of the two holds the data cannot be known)."""
    keys = [column_key(name) for name in names]
    for name in ACLED_COLUMNS:
        positions = [str(position + 1) for position, key in enumerate(keys) if key == name]
        if len(positions) > 1:
            raise AcledInputError(
                f"{source}: column {name} appears {len(positions)} times (columns "
                f"{', '.join(positions)}): keep one"
            )
    missing = [name for name in REQUIRED_COLUMNS if name not in keys]
    if missing:
        listed = ", ".join(missing)
        found = ", ".join(_shown(name) for name in names[:8])
        raise AcledInputError(
            f"{source}: required column{'s' if len(missing) > 1 else ''} {listed} missing "
            f"(is this an ACLED export? found: {found}…)"
        )


def _shown(value: object, limit: int = 40) -> str:
    """A value from a file in a one-line message: invisible characters escaped, long cut."""
    text = "".join(
        char if char.isprintable() else char.encode("unicode_escape", "backslashreplace").decode()
        for char in str(value)
    )
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _normalise_columns(frame: pd.DataFrame, path: Path) -> pd.DataFrame:
    """Today's 31 columns, in ACLED's order, whatever the export's vintage (the readers have
    checked the header already)."""
    first_of_key: dict[str, int] = {}  # a duplicated column the atlas does not use: the first
    for position, name in enumerate(frame.columns):
        if name not in (FIELD_SOURCE_FILE, FIELD_SOURCE_LINE):
            name = column_key(name)
        first_of_key.setdefault(name, position)
    values = frame.to_numpy(dtype=object)
    columns = {}
    for name in (*ACLED_COLUMNS, FIELD_READ_PROBLEM):
        position = first_of_key.get(name)
        columns[name] = (
            values[:, position] if position is not None else np.full(len(frame), "", dtype=object)
        )
    for name in (FIELD_SOURCE_FILE, FIELD_SOURCE_LINE):
        columns[name] = frame[name].to_numpy()
    # The old format has no disorder_type: ACLED defines it by event type. Its missing
    # civilian_targeting and tags stay empty rather than guessed.
    if (columns["disorder_type"] == "").all():
        columns["disorder_type"] = np.array(
            [DISORDER_TYPE_OF_EVENT_TYPE.get(name, "") for name in columns["event_type"]],
            dtype=object,
        )
    return pd.DataFrame(columns, index=frame.index)


DISORDER_TYPE_OF_EVENT_TYPE = {
    "Battles": "Political violence",
    "Violence against civilians": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def _with_source(frame: pd.DataFrame, source_file: str, first_line: int) -> pd.DataFrame:
    frame[FIELD_SOURCE_FILE] = source_file
    frame[FIELD_SOURCE_LINE] = range(first_line, first_line + len(frame))
    return frame


# -- CSV ------------------------------------------------------------------------------------

BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16's: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class CsvLayout:
    encoding: str
    delimiter: str
    header: list[str]


def _sniff_csv(path: Path) -> CsvLayout:
    """Encoding, delimiter and header of a CSV. The encoding is decided on the whole file: a
    byte order mark (UTF-8, UTF-16, UTF-32), else UTF-8 if every byte of the file is, else
    Excel's Windows-1252. A NUL character anywhere means the file is not text."""
    with path.open("rb") as stream:
        start = stream.read(4)
    by_mark = [encoding for mark, encoding in BYTE_ORDER_MARKS if start.startswith(mark)]
    candidates = by_mark[:1] or ["utf-8", "cp1252"]
    problem = ""
    for encoding in candidates:
        if encoding.startswith("utf-8") and _plain_utf8(path):
            break
        problem = _undecodable(path, encoding)
        if not problem:
            break
    else:
        raise AcledInputError(f"{path.name}: not text in UTF-8 or Windows-1252 ({problem})")
    with path.open(encoding=encoding, newline="") as stream:
        head = stream.read(SCAN_BLOCK_BYTES)
        if not head.strip():
            raise AcledInputError(f"{path.name}: the file is empty")
        first_line = head.lstrip("\ufeff").lstrip("\r\n").splitlines()[0]
        delimiter = max((",", ";", "\t"), key=first_line.count)
        if first_line.count(delimiter) == 0:
            raise AcledInputError(f"{path.name}: row 1 is not a header of comma-separated columns")
        stream.seek(0)
        try:
            header = next(csv.reader(stream, delimiter=delimiter))
        except (csv.Error, StopIteration) as error:
            raise AcledInputError(f"{path.name}: row 1 cannot be read ({error})") from None
    header[:1] = [header[0].lstrip("\ufeff")] if header else []
    _check_header(header, path.name)
    return CsvLayout(encoding, delimiter, header)


def _plain_utf8(path: Path) -> bool:
    """True when the whole file is UTF-8 without a NUL character, as ``_undecodable`` would
    find it, checked by pyarrow's validation of the mapped file (0.1 CPU second for 600 MB
    where Python's decoder of 1 MiB blocks takes 0.14 to 0.37). False when pyarrow is missing
    or the file is not: ``_undecodable`` then says what is wrong and in which row."""
    import mmap

    try:
        import pyarrow as pa
    except ImportError:
        return False
    with path.open("rb") as stream:
        if not path.stat().st_size:
            return False
        with mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            if mapped.find(b"\x00") != -1:
                return False
            data = pa.py_buffer(mapped)
            offsets = pa.py_buffer(np.array([0, len(mapped)], dtype=np.int64))
            whole = pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, data])
            try:
                whole.cast(pa.large_string())  # validates the UTF-8
                return True
            except pa.ArrowInvalid:
                return False
            finally:
                del data, whole  # the map closes only once nothing points into it


def _undecodable(path: Path, encoding: str) -> str:
    """'' if the whole file decodes, else what does not and in which row."""
    decoder = codecs.getincrementaldecoder(encoding)()
    blocks_before = 0
    with path.open("rb") as stream:
        while True:
            block = stream.read(SCAN_BLOCK_BYTES)
            try:
                text = decoder.decode(block, final=not block)
            except UnicodeDecodeError as error:
                row = _lines_in_blocks(path, encoding, blocks_before)
                row += block.count(b"\n", 0, error.start) + 1
                byte = block[error.start : error.start + 1].hex()
                return f"byte 0x{byte} in row {row}"
            if "\x00" in text:
                row = _lines_in_blocks(path, encoding, blocks_before)
                row += text.count("\n", 0, text.index("\x00")) + 1
                raise AcledInputError(
                    f"{path.name}: not a text file (binary content: a NUL character in row {row})"
                )
            if not block:
                return ""
            blocks_before += 1


def _lines_in_blocks(path: Path, encoding: str, blocks: int) -> int:
    """The line breaks in the file's first ``blocks`` blocks, decoded: counted only once a
    row must be named (counting them all the time was most of a big file's scan)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    lines = 0
    with path.open("rb") as stream:
        for _ in range(blocks):
            lines += decoder.decode(stream.read(SCAN_BLOCK_BYTES)).count("\n")
    return lines


def _read_csv_chunks(
    path: Path, matcher: CountryMatcher, use_pyarrow: bool | None
) -> Iterator[tuple[int, pd.DataFrame]]:
    layout = _sniff_csv(path)
    if use_pyarrow is None:
        use_pyarrow = _pyarrow_available()
    # pyarrow skips the header as one line: a header with a line break inside quotes is not.
    one_line_header = not any("\n" in name or "\r" in name for name in layout.header)
    if use_pyarrow and layout.encoding.startswith("utf-8") and one_line_header:
        yield from _pyarrow_csv_chunks(path, layout, matcher)
    else:
        yield from _csv_module_chunks(path, layout, matcher)


class _PyarrowRefusedError(Exception):
    """pyarrow cannot read the file as the row-by-row reader would: read it that way."""


class KeysUnreadableError(Exception):
    """The file's key columns cannot be looked at on their own: read the file in full."""


def key_column_chunks(
    path: Path, country: str, columns: Sequence[str]
) -> Iterator[tuple[pd.DataFrame, dict[str, datetime.datetime | None]]]:
    """A CSV's ``columns`` (and ``country``) of the rows not of another country, unnormalised,
    a block at a time, with the dates of the block's ``event_date`` texts (None: unreadable),
    the way read_selection's pyarrow reader sees them: a quick look at a big export's keys
    (a quarter of the columns, half the time) before it is read in full. Raises
    KeysUnreadableError for what only the full reading handles alike: not a CSV, not
    UTF-8, a row that does not fit the header, a date of Excel's (its order is decided on
    the block's other dates)."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".json") or not path.is_file():
        raise KeysUnreadableError(path.name)
    layout = _sniff_csv(path)
    one_line_header = not any("\n" in name or "\r" in name for name in layout.header)
    needed = {*columns, "country", "event_date"}
    if not (
        _pyarrow_available()
        and layout.encoding.startswith("utf-8")
        and one_line_header
        and needed <= set(_used_positions(layout.header))
    ):
        raise KeysUnreadableError(path.name)
    matcher = country_matcher(country)
    chunks = _pyarrow_csv_chunks(path, layout, matcher, tuple(needed))
    try:
        _, chunk = next(chunks)
        for _, following in chunks:
            yield _with_dates(chunk, path)
            chunk = following
    except _PyarrowRefusedError:
        raise KeysUnreadableError(path.name) from None
    # A blank last line (a file ending in two line breaks) reaches pyarrow as a row of empty
    # cells; the full reading finds every cell of it empty and does not count it.
    with path.open("rb") as stream:
        stream.seek(max(path.stat().st_size - 4, 0))
        ending = stream.read()
    blank_last_line = ending.endswith((b"\n\n", b"\r\n\r\n"))
    if blank_last_line and len(chunk) and (chunk.iloc[-1][list(needed)] == "").all():
        chunk = chunk.iloc[:-1]
    yield _with_dates(chunk, path)


def _with_dates(chunk: pd.DataFrame, path: Path) -> tuple[pd.DataFrame, dict]:
    texts = pd.unique(chunk["event_date"].to_numpy(dtype=object))
    if any("/" in text for text in texts):
        raise KeysUnreadableError(path.name)
    return chunk, _dates_of_texts(texts)


def _used_positions(header: list[str]) -> dict[str, int]:
    """ACLED column -> position in the header, for the columns the file has."""
    return {
        column_key(name): position
        for position, name in enumerate(header)
        if column_key(name) in ACLED_COLUMNS
    }


def _csv_module_chunks(
    path: Path, layout: CsvLayout, matcher: CountryMatcher
) -> Iterator[tuple[int, pd.DataFrame]]:
    """Row by row with Python's csv module: every row of the wrong length is kept with its
    problem and its row number, and rows of other countries never become objects."""
    used = _used_positions(layout.header)
    names, positions = list(used), list(used.values())
    country_at = used["country"]
    width = len(layout.header)
    kinds: dict[str, str] = {}
    rows, lines, problems = [], [], []
    rows_read, row_number = 0, 1
    with path.open(encoding=layout.encoding, newline="") as stream:
        reader = csv.reader(stream, delimiter=layout.delimiter)
        next(reader, None)
        try:
            for values in reader:
                row_number += 1
                if not values:  # a blank line: not a row, but the spreadsheet counts it
                    continue
                rows_read += 1
                if len(values) != width:
                    # Blank as _select sees it: nothing once spaces and zero-width
                    # characters are gone (a lone U+200B is no row).
                    if not any(normalise_text(value) for value in values):
                        rows_read -= 1
                        continue
                    padded = values[:width] + [""] * (width - len(values))
                    rows.append([padded[position] for position in positions])
                    lines.append(row_number)
                    problems.append(f"row has {len(values)} values, the header {width} columns")
                else:
                    name = values[country_at]
                    kind = kinds.get(name) or kinds.setdefault(name, matcher.kind(name))
                    if kind != OTHER:
                        rows.append([values[position] for position in positions])
                        lines.append(row_number)
                        problems.append("")
                if rows_read >= CSV_CHUNK_ROWS:
                    yield rows_read, _rows_frame(rows, names, lines, problems, path)
                    rows, lines, problems, rows_read = [], [], [], 0
        except csv.Error as error:
            raise AcledInputError(
                f"{path.name}: row {row_number + 1} cannot be read as CSV ({error})"
            ) from None
        except UnicodeDecodeError as error:  # a UTF-16/32 file cut in the middle of a character
            raise AcledInputError(
                f"{path.name}: not {layout.encoding} text ({error.reason})"
            ) from None
    if rows_read:
        yield rows_read, _rows_frame(rows, names, lines, problems, path)


def _rows_frame(rows, names, lines, problems, path: Path) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=names, dtype=object)
    frame[FIELD_SOURCE_FILE] = path.name
    frame[FIELD_SOURCE_LINE] = np.array(lines, dtype="int64")
    frame[FIELD_READ_PROBLEM] = problems
    return frame


def _pyarrow_available() -> bool:
    try:
        import pyarrow.csv  # noqa: F401
    except ImportError:
        return False
    return True


def _pyarrow_csv_chunks(
    path: Path,
    layout: CsvLayout,
    matcher: CountryMatcher,
    columns: Sequence[str] | None = None,
) -> Iterator[tuple[int, pd.DataFrame]]:
    """Stream with pyarrow's multi-threaded parser, about 3x faster than pandas' C engine, and
    keep only the rows not of another country before they become Python objects (most of
    the time saved). Raises _PyarrowRefusedError at the first row that does not fit the header.
    ``columns``: only these (and the country), for a quick look at a file's keys.
    """
    import pyarrow as pa

    used = _used_positions(layout.header)
    if columns is not None:
        used = {name: position for name, position in used.items() if name in {*columns, "country"}}
    try:
        for rows_read, kept, lines in _ahead(_kept_batches(path, layout, matcher, used)):
            yield rows_read, _arrow_chunk(pa, kept, lines, used, path)
    except (pa.ArrowInvalid, pa.ArrowException) as error:
        raise _PyarrowRefusedError(str(error)) from None


def _kept_batches(
    path: Path, layout: CsvLayout, matcher: CountryMatcher, used: dict[str, int]
) -> Iterator[tuple[int, list, list]]:
    """(rows read, pyarrow's batches of the rows not of another country, their row numbers)
    for each ``CSV_CHUNK_ROWS`` rows of the file, the last group possibly smaller."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pa_csv

    reader = pa_csv.open_csv(
        path,
        read_options=pa_csv.ReadOptions(
            block_size=ARROW_BLOCK_BYTES,
            encoding="utf8",
            skip_rows=1,
            column_names=[f"c{position}" for position in range(len(layout.header))],
        ),
        parse_options=pa_csv.ParseOptions(
            delimiter=layout.delimiter,
            newlines_in_values=True,
            ignore_empty_lines=False,
        ),
        convert_options=pa_csv.ConvertOptions(
            column_types={f"c{position}": pa.string() for position in used.values()},
            include_columns=[f"c{position}" for position in used.values()],
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        ),
    )
    country_column = f"c{used['country']}"
    first_row, rows_read, kept, lines = 2, 0, [], []
    for batch in reader:
        names = batch.column(country_column)
        wanted = [name for name in pc.unique(names).to_pylist() if matcher.kind(name) != OTHER]
        positions = pc.indices_nonzero(pc.is_in(names, value_set=pa.array(wanted, pa.string())))
        kept.append(batch.take(positions))
        lines.append(positions.to_numpy() + first_row)
        rows_read += batch.num_rows
        first_row += batch.num_rows
        # Small blocks keep memory low; converting them to pandas in groups keeps it fast.
        if rows_read >= CSV_CHUNK_ROWS:
            yield rows_read, kept, lines
            rows_read, kept, lines = 0, [], []
    yield rows_read, kept, lines


# Groups of rows read ahead, waiting for the reader's caller: two keep the parser busy while
# the caller selects, and memory to a few groups' rows of the selected countries.
READ_AHEAD_GROUPS = 2


def _ahead(produce: Iterator) -> Iterator:
    """``produce``'s items, made by a thread while the caller works on the ones before: the
    parsing (pyarrow lets go of the GIL) then takes the second core while this one selects
    and normalises rows. An error of ``produce`` is raised here; once the caller stops
    taking items (an error of its own, or it has what it needs) the thread stops too."""
    import queue
    import threading

    items: queue.Queue = queue.Queue(maxsize=READ_AHEAD_GROUPS)
    stop = threading.Event()
    end = object()

    def handed_over(item) -> bool:
        while not stop.is_set():
            try:
                items.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in produce:
                if not handed_over((item, None)):
                    return
            handed_over((end, None))
        except BaseException as error:  # raised to the caller, in its thread
            handed_over((end, error))

    thread = threading.Thread(target=run, name="csv-reader", daemon=True)
    thread.start()
    try:
        while True:
            item, error = items.get()
            if error is not None:
                raise error
            if item is end:
                return
            yield item
    finally:
        stop.set()
        thread.join()


def _arrow_chunk(pa, batches: list, lines: list, used: dict, path: Path) -> pd.DataFrame:
    if batches:
        chunk = pa.Table.from_batches(batches).to_pandas()
        name_of = {f"c{position}": name for name, position in used.items()}
        chunk.columns = [name_of[column] for column in chunk.columns]
    else:
        chunk = pd.DataFrame(columns=list(used), dtype=object)
    chunk[FIELD_SOURCE_FILE] = path.name
    chunk[FIELD_SOURCE_LINE] = np.concatenate(lines) if lines else np.array([], dtype="int64")
    chunk[FIELD_READ_PROBLEM] = ""
    return chunk


# -- XLSX and API JSON ----------------------------------------------------------------------


def _as_text(value: object) -> str:
    """A spreadsheet or JSON cell as ACLED's CSV would write it."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, pd.Timestamp) or hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_xlsx(path: Path, selection: Selection) -> list[pd.DataFrame]:
    """Every sheet that has ACLED's columns, in the workbook's order (a workbook may hold a
    month per sheet, or the export and the analyst's additions); sheets without them are
    named in a note. With several sheets, source_file names the sheet: 'book.xlsx [Extra]'."""
    try:
        sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="openpyxl")
    except Exception as error:  # openpyxl raises many types for a damaged workbook
        raise AcledInputError(
            f"{path.name}: cannot be read as XLSX ({_first_line(error)})"
        ) from None
    frames, refused, skipped = [], None, {}
    for sheet_name, sheet in sheets.items():
        source = f"{path.name} [{sheet_name}]" if len(sheets) > 1 else path.name
        if sheet.empty:
            skipped[str(sheet_name)] = "empty"
            continue
        header = [_as_text(value) for value in sheet.iloc[0]]
        try:
            _check_header(header, source)
        except AcledInputError as error:
            refused = refused or error
            reason = str(error)[len(source) + 2 :]  # the message without "book.xlsx [X]: "
            skipped[str(sheet_name)] = "no ACLED columns" if "missing" in reason else reason
            continue
        frame = _each_cell(sheet.iloc[1:], _as_text)
        frame.columns = header
        frames.append(_with_source(frame.reset_index(drop=True), source, 2))
    if not frames:
        raise refused or AcledInputError(f"{path.name}: the workbook has no data")
    if skipped:
        read = [repr(str(name)) for name in sheets if str(name) not in skipped]
        selection.notes.append(
            f"{path.name}: "
            + ", ".join(f"sheet {name!r} not read ({reason})" for name, reason in skipped.items())
            + f"; read: {', '.join(read)}"
        )
    return frames


def _each_cell(frame: pd.DataFrame, function) -> pd.DataFrame:
    # DataFrame.map is pandas >= 2.1's name for applymap (deprecated there).
    return frame.map(function) if hasattr(frame, "map") else frame.applymap(function)


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


class _DuplicateKeyError(ValueError):
    pass


def _unique_keys(pairs: list) -> dict:
    record = dict(pairs)
    if len(record) != len(pairs):
        seen = Counter(key for key, _ in pairs)
        raise _DuplicateKeyError(next(key for key, count in seen.items() if count > 1))
    return record


def _read_api_json(path: Path) -> pd.DataFrame:
    """The records of an API answer. Numbers are kept as written (1e3 stays '1e3', for the
    validation to flag); a text that is not Unicode (a lone surrogate) or holds a NUL, which
    the GeoPackage would cut, refuses the file naming the record and the key."""
    try:
        payload = json.loads(
            path.read_text(encoding="utf-8-sig"),
            object_pairs_hook=_unique_keys,
            parse_float=str,
        )
    except _DuplicateKeyError as error:
        raise AcledInputError(
            f"{path.name}: an object has the key {_shown(error.args[0])!r} twice"
        ) from None
    except RecursionError:
        raise AcledInputError(f"{path.name}: not valid JSON (nested too deeply)") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise AcledInputError(f"{path.name}: not valid JSON ({_first_line(error)})") from None
    records = payload.get("data") if isinstance(payload, dict) else payload
    if not isinstance(records, list) or not all(isinstance(item, dict) for item in records):
        raise AcledInputError(f'{path.name}: expected an ACLED API answer {{"data": [...]}}')
    texts = []
    for number, record in enumerate(records, start=1):
        row = {}
        for key, value in record.items():
            try:
                text = _as_text(value)
            except RecursionError:
                raise AcledInputError(
                    f"{path.name}: record {number}, key {_shown(key)!r}: nested too deeply"
                ) from None
            _check_json_text(path, number, key, text)
            _check_json_text(path, number, key, str(key))
            row[str(key)] = text
        texts.append(row)
    frame = pd.DataFrame.from_records(texts).fillna("") if texts else pd.DataFrame()
    if frame.empty:
        frame = pd.DataFrame(columns=list(ACLED_COLUMNS))
    _check_header(list(frame.columns), path.name)
    return _with_source(frame, path.name, 1)


def _check_json_text(path: Path, number: int, key: object, text: str) -> None:
    if "\x00" in text:
        raise AcledInputError(
            f"{path.name}: record {number}, key {_shown(key)!r}: a NUL character (\\u0000) "
            "in the text"
        )
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        bad = text[error.start]
        raise AcledInputError(
            f"{path.name}: record {number}, key {_shown(key)!r}: not Unicode text "
            f"(lone surrogate \\u{ord(bad):04x})"
        ) from None


MONTH_PATTERN = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
