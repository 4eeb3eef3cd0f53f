"""Reading the CSV tables an analyst edits in a spreadsheet (rules, names, titles).

Every table in ``symbology/`` is read the same way, so that each one forgives and reports the
same things: a byte-order mark (Excel's "CSV UTF-8"), ``#`` comment lines and blank lines are
skipped, and every row carries the line number the analyst sees in a text editor, so that a
bad cell is reported as "file, row N, column C" rather than as a traceback.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TableFile:
    """A table's headings (as written, stripped) and its rows with their line numbers."""

    columns: list[str]
    header_line: int  # where the headings are (after any comment lines)
    rows: list[tuple[int, dict[str, str]]]  # (line in the file, {heading: cell as written})

    def missing(self, required: tuple[str, ...] | list[str]) -> list[str]:
        """The required headings the table lacks, in the order asked."""
        return [column for column in required if column not in self.columns]


def read_table_file(path: Path, shown: str, error: Callable[[str], Exception]) -> TableFile:
    """The table at ``path``; problems raise ``error("<shown>: …")`` in one line.

    ``shown`` is the file as messages name it (often relative to ``symbology/``).
    """
    if not path.is_file():
        raise error(f"{shown}: file not found")
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            content = [
                (number, line)
                for number, line in enumerate(stream, 1)
                if line.strip() and not line.lstrip().startswith("#")
            ]
    except UnicodeDecodeError:
        advice = "save it from the spreadsheet as CSV UTF-8"
        raise error(f"{shown}: not UTF-8 text ({advice})") from None
    except OSError as problem:
        raise error(f"{shown}: cannot be read ({problem.strerror or problem})") from None
    reader = csv.DictReader(line for _, line in content)
    columns = [name.strip() for name in reader.fieldnames or [] if name is not None]
    # A quoted cell may span lines: the reader's own line count says where each row ends, which
    # is the line a spreadsheet user is sent to.
    line_of_record = [number for number, _ in content]
    rows = []
    for raw in reader:
        line = line_of_record[min(reader.line_num, len(line_of_record)) - 1]
        rows.append((line, {key.strip(): value or "" for key, value in raw.items() if key}))
    return TableFile(columns, content[0][0] if content else 1, rows)
