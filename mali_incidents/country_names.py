"""Neighbouring countries' names in the atlas's language: ``symbology/country_names.csv``.

QGIS's world map names its countries in English only (field ``NAME``, no ``name_fr``). The
table, a spreadsheet an analyst edits without Python, gives each country's name per language
by ISO 3166 alpha-3 code (the world map's ``ISO_A3``): column ``name_fr`` for French, another
``name_xx`` column for another language. A country the table does not list, or an empty cell,
keeps the world map's name. Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import csv
from pathlib import Path

from .paths import symbology_path

COUNTRY_NAME_TABLE = "country_names.csv"


class CountryNamesError(Exception):
    """The country name table cannot be used: names the file, row and column."""


def country_names(language: str, path: Path | None = None) -> dict[str, str]:
    """ISO alpha-3 code -> the country's name in ``language`` ({} for English or a language
    the table has no column for: the world map's names are English)."""
    path = Path(path) if path is not None else symbology_path(COUNTRY_NAME_TABLE)
    column = f"name_{language}"
    if language == "en" or not path.is_file():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            lines = [(number, line) for number, line in enumerate(file, start=1)]
    except (OSError, UnicodeDecodeError) as error:
        raise CountryNamesError(f"{path}: cannot be read ({error})") from error
    rows = [(number, line) for number, line in lines if not line.lstrip().startswith("#")]
    reader = csv.reader(line for _, line in rows)
    header = next(reader, None)
    if header is None or "iso3" not in header:
        raise CountryNamesError(f"{path}, row 1: the header needs an iso3 column")
    if column not in header:
        return {}
    iso_index, name_index = header.index("iso3"), header.index(column)
    names: dict[str, str] = {}
    for (number, _), values in zip(rows[1:], reader):
        if not any(value.strip() for value in values):
            continue
        iso3 = values[iso_index].strip().upper() if iso_index < len(values) else ""
        if len(iso3) != 3 or not iso3.isalpha():
            raise CountryNamesError(
                f"{path}, row {number}, column iso3: {iso3!r} is not an ISO alpha-3 code"
            )
        name = values[name_index].strip() if name_index < len(values) else ""
        if name:
            names[iso3] = name
    return names
