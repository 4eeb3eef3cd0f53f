"""How the atlas names a country in its titles, from ``symbology/country_titles.csv``.

"Maps of security incidents in Niger" in English, "… au Niger" in French: the words around a
country's name depend on the country and the language, so they are a table an analyst edits
in a spreadsheet, not Python. A country the table lacks is printed as ACLED spells it.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .definitions import DEFAULT_COUNTRY
from .paths import symbology_path
from .table_file import read_table_file
from .validate import fold_name

COUNTRY_TITLES = "country_titles.csv"
COLUMNS = ("acled_country", "name_en", "name_fr", "in_en", "in_fr")


class CountryTitlesError(Exception):
    """``country_titles.csv`` cannot be used: names the file, row and column."""


@dataclass(frozen=True)
class CountryTitle:
    """A country as the atlas prints it, in one language."""

    acled_country: str  # as ACLED spells it: what the data and the file names say
    name: str  # printed alone: "Côte d'Ivoire"
    in_country: str  # what follows "security incidents": "in Niger", "au Niger"


def country_title(country: str, language: str = "en", path: Path | None = None) -> CountryTitle:
    """The words the atlas prints for ``country`` in ``language`` ("en" or "fr")."""
    path = path or symbology_path(COUNTRY_TITLES)
    modified_ns = path.stat().st_mtime_ns if path.is_file() else 0
    row = _rows(path, modified_ns).get(fold_name(country))
    language = "fr" if language == "fr" else "en"
    name = country.strip()
    if row is None:
        return CountryTitle(name, name, f"in {name}" if language == "en" else f"({name})")
    return CountryTitle(name, row[f"name_{language}"], row[f"in_{language}"])


@functools.lru_cache(maxsize=4)
def _rows(path: Path, modified_ns: int) -> dict[str, dict[str, str]]:
    """The table's rows by folded ACLED name, read once per version of the file."""
    if not modified_ns:
        return {}
    table = read_table_file(path, str(path), CountryTitlesError)
    missing = table.missing(COLUMNS)
    if missing:
        raise CountryTitlesError(f"{path}: missing column(s) {', '.join(missing)}")
    rows = {}
    for number, row in table.rows:
        for column in COLUMNS:
            if not row.get(column, "").strip():
                raise CountryTitlesError(f"{path}, row {number}, column {column}: empty")
        rows[fold_name(row["acled_country"])] = {column: row[column].strip() for column in COLUMNS}
    return rows


def country_list(country: str | Sequence[str] | None) -> list[str]:
    """The countries asked for, each once, in the order given (Mali when none is)."""
    names = [country] if isinstance(country, str) else list(country or [])
    unique: dict[str, str] = {}
    for name in names:
        if name and name.strip():
            unique.setdefault(fold_name(name), name.strip())
    return list(unique.values()) or [DEFAULT_COUNTRY]


def listed_countries(path: Path | None = None) -> list[str]:
    """The countries ``country_titles.csv`` names, as ACLED spells them, in its order: what
    the Load incident month dialog offers."""
    path = path or symbology_path(COUNTRY_TITLES)
    modified_ns = path.stat().st_mtime_ns if path.is_file() else 0
    return [row["acled_country"] for row in _rows(path, modified_ns).values()]


def month_geopackage_name(countries: Sequence[str], month: str) -> str:
    """incidents_mali_2021-02.gpkg, incidents_burkina_faso_niger_2021-02.gpkg."""
    slug = "_".join(
        "".join(ch if ch.isalnum() else "_" for ch in name.strip().casefold())
        for name in country_list(countries)
    )
    return f"incidents_{slug}_{month}.gpkg"
