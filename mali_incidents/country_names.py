"""Neighbouring countries' names in the atlas's language: ``symbology/country_names.csv``.

QGIS's world map names its countries in English only (field ``NAME``, no ``name_fr``). The
table, a spreadsheet an analyst edits without Python, gives each country's name per language
by ISO 3166 alpha-3 code (the world map's ``ISO_A3``): column ``name_fr`` for French, another
``name_xx`` column for another language. A country the table does not list, or an empty cell,
keeps the world map's name. Read as every table of ``symbology/`` (``table_file.py``).
"""

from __future__ import annotations

from pathlib import Path

from .paths import symbology_path
from .table_file import read_table_file

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
    table = read_table_file(path, str(path), CountryNamesError)
    if "iso3" in table.missing(["iso3"]):
        raise CountryNamesError(f"{path}, row {table.header_line}: the header needs an iso3 column")
    if column not in table.columns:
        return {}
    names: dict[str, str] = {}
    for number, row in table.rows:
        if not any(value.strip() for value in row.values()):
            continue
        iso3 = row.get("iso3", "").strip().upper()
        if len(iso3) != 3 or not iso3.isalpha():
            raise CountryNamesError(
                f"{path}, row {number}, column iso3: {iso3!r} is not an ISO alpha-3 code"
            )
        name = row.get(column, "").strip()
        if name:
            names[iso3] = name
    return names
