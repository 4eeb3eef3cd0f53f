"""How each country's regions are printed and ordered: the tables in ``symbology/countries/``.

A country's ``regions.csv`` (``symbology/countries/<Country>/regions.csv``, the folder named as
ACLED names the country) is a spreadsheet an analyst edits without touching Python:

- ``acled_admin1``: the region as ACLED's ``admin1`` spells it (Tillaberi, Segou);
- ``printed_name``: as the atlas prints it (Tillabéri, Ségou); empty: ACLED's spelling;
- ``order``: the region's place in the report; regions without one follow, alphabetically by
  printed name (a country whose table gives no order is printed alphabetically);
- ``always_printed``: ``yes`` gives the region its pages even in a month without incidents
  there ("No incident recorded this month"); otherwise only regions with incidents get pages;
- ``other_spellings``: other names of the region met in boundary files and exports
  (Timbuktu for Tombouctou), separated by ``;``. They hold wherever the region's country is
  not known (a boundary file's own names), so they must be names of this region alone;
- ``boundary_parts``: the divisions QGIS's world map has in the region's place (Burkina
  Faso's provinces), separated by ``;``: their polygons are merged into the region's outline
  (regions.py), for this country's map only. Not spellings: Comoé is one of the Cascades'
  provinces and a district of Côte d'Ivoire.

A region no table knows is printed as ACLED spells it. Names are compared across accents,
case, hyphens and spacing (``fold_name``), so the table need not repeat those variants.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .classify import RulesError
from .definitions import DEFAULT_COUNTRY
from .paths import country_symbology_dir, symbology_path
from .table_file import read_table_file
from .validate import fold_name

REGION_TABLE = "regions.csv"
REGION_TABLE_COLUMNS = (
    "acled_admin1",
    "printed_name",
    "order",
    "always_printed",
    "other_spellings",
    "boundary_parts",
)
SPELLING_SEPARATOR = ";"
YES = {"yes", "y", "true", "1", "oui", "x"}
NO = {"no", "n", "false", "0", "non", ""}


class RegionsError(Exception):
    """A region file or table the atlas cannot use: names the file (and row, column)."""


class RegionTableError(RegionsError, RulesError):
    """A country's ``regions.csv`` cannot be used. Also a RulesError: the import reads Mali's
    table (its closed list of regions) and reports a broken one as it does a rule file."""


@dataclass(frozen=True)
class RegionName:
    """One row of a country's region table."""

    admin1: str  # as ACLED spells it
    printed_name: str
    order: int | None
    always_printed: bool
    other_spellings: tuple[str, ...]
    boundary_parts: tuple[str, ...] = ()


def printed_region_name(country: str, admin1: str, root: Path | None = None) -> str:
    """How ``admin1`` is printed in ``country``'s atlas (Tillaberi -> Tillabéri); ACLED's own
    spelling when the country's table does not list the region."""
    row = _rows_by_spelling(country, root).get(fold_name(admin1))
    return row.printed_name if row is not None else str(admin1)


def region_order(country: str, names: Iterable[str], root: Path | None = None) -> list[str]:
    """``names`` (ACLED admin1 spellings) in the order of ``country``'s report: the table's
    ``order`` first, then alphabetically by printed name."""
    return sorted(names, key=lambda admin1: region_sort_key(country, admin1, root))


def region_sort_key(country: str, admin1: str, root: Path | None = None) -> tuple:
    """Sort key of a region in ``country``'s report (see ``region_order``)."""
    row = _rows_by_spelling(country, root).get(fold_name(admin1))
    order = row.order if row is not None and row.order is not None else None
    printed = row.printed_name if row is not None else str(admin1)
    # Ordered regions first (by their number), then the rest alphabetically, accents ignored.
    return (order is None, order or 0, fold_name(printed), fold_name(admin1))


def regions_always_printed(country: str, root: Path | None = None) -> list[RegionName]:
    """The regions of ``country``'s table that get pages every month, in the table's order."""
    return [row for row in region_table(country, root) if row.always_printed]


def region_table(country: str = DEFAULT_COUNTRY, root: Path | None = None) -> list[RegionName]:
    """The rows of ``country``'s ``regions.csv`` (empty when it has none), in the file's order."""
    return list(_table(country, root).rows)


def spellings_of_every_country(root: Path | None = None) -> dict[str, str]:
    """Folded other spellings -> folded ACLED name, from every country's table (Mali first):
    for matching names where the country is not known (a boundary file's own names)."""
    return _every_country(_table_versions(root)).spellings


def boundary_parts(country: str, root: Path | None = None) -> dict[str, str]:
    """Folded names of the divisions QGIS's world map has in the place of ``country``'s
    regions -> the folded ACLED name of the region they make (Burkina Faso's provinces)."""
    return _table(country, root).parts


def printed_name_in_any_country(admin1: str, root: Path | None = None) -> str:
    """How ``admin1`` is printed by the first country table that lists it (Mali's first);
    ACLED's spelling otherwise. For callers that do not know the atlas's country."""
    row = _every_country(_table_versions(root)).rows_by_spelling.get(fold_name(admin1))
    return row.printed_name if row is not None else str(admin1)


@dataclass(frozen=True)
class _Table:
    """A country's table, and its rows by every folded name (ACLED's and the others)."""

    rows: tuple[RegionName, ...]
    rows_by_spelling: dict[str, RegionName]
    spellings: dict[str, str]  # folded other spelling -> folded ACLED name
    parts: dict[str, str]  # folded boundary part -> folded ACLED name (never merged)


_NO_TABLE = _Table((), {}, {}, {})


def _table(country: str, root: Path | None) -> _Table:
    path = _table_path(country, root)
    if path is None:
        return _NO_TABLE
    return _read_table(path, path.stat().st_mtime_ns, _shown(path, root))


def _rows_by_spelling(country: str, root: Path | None) -> dict[str, RegionName]:
    return _table(country, root).rows_by_spelling


def _table_path(country: str, root: Path | None) -> Path | None:
    folder = country_symbology_dir(country, root)
    if folder is None or not (folder / REGION_TABLE).is_file():
        return None
    return folder / REGION_TABLE


def _table_versions(root: Path | None) -> tuple[tuple[str, int, str], ...]:
    """Every country's table as (path, time saved, name in messages), Mali's first: what the
    merged look-ups are cached on (a saved edit makes a new version). os.scandir, not
    pathlib: region_key asks for this once per boundary feature."""
    symbology = str(root or symbology_path())
    versions = []
    try:
        folders = list(os.scandir(os.path.join(symbology, "countries")))
    except OSError:
        return ()
    for folder in folders:
        table = os.path.join(folder.path, REGION_TABLE)
        try:
            modified_ns = os.stat(table).st_mtime_ns
        except OSError:
            continue  # not a folder, or a country without a region table
        versions.append((folder.name, table, modified_ns))
    default = fold_name(DEFAULT_COUNTRY)
    versions.sort(key=lambda version: (fold_name(version[0]) != default, version[0]))
    return tuple(
        (table, modified_ns, f"countries/{name}/{REGION_TABLE}")
        for name, table, modified_ns in versions
    )


@functools.lru_cache(maxsize=8)
def _every_country(versions: tuple[tuple[str, int, str], ...]) -> _Table:
    """The tables of every country merged, the first that names a region winning."""
    rows_by_spelling: dict[str, RegionName] = {}
    spellings: dict[str, str] = {}
    for path, modified_ns, shown in versions:
        table = _read_table(Path(path), modified_ns, shown)
        for spelling, row in table.rows_by_spelling.items():
            rows_by_spelling.setdefault(spelling, row)
        for spelling, admin1 in table.spellings.items():
            spellings.setdefault(spelling, admin1)
    return _Table((), rows_by_spelling, spellings, {})


def _shown(path: Path, root: Path | None) -> str:
    """The table as messages name it: relative to symbology/ (countries/Niger/regions.csv)."""
    try:
        return path.relative_to(Path(root or symbology_path())).as_posix()
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=64)
def _read_table(path: Path, modified_ns: int, shown: str) -> _Table:
    """A table read once per version of the file (an edit is seen without restarting QGIS)."""
    table = read_table_file(path, shown, RegionTableError)
    fields = table.columns
    if "acled_admin1" not in fields:
        raise RegionTableError(f"{shown}, row 1: column acled_admin1 missing")
    unknown = [name for name in fields if name and name not in REGION_TABLE_COLUMNS]
    if unknown:  # a misspelt heading would silently drop its column
        raise RegionTableError(
            f"{shown}, row 1: column {unknown[0]} is not one of {', '.join(REGION_TABLE_COLUMNS)}"
        )
    rows: list[RegionName] = []
    seen: dict[str, int] = {}  # folded name -> its row
    for line, raw in table.rows:
        row = {key: value.strip() for key, value in raw.items()}
        admin1 = row.get("acled_admin1", "")
        if not admin1:
            if any(row.values()):
                raise RegionTableError(f"{shown}, row {line}, column acled_admin1: empty")
            continue
        order_text = row.get("order", "")
        try:
            order = int(order_text) if order_text else None
        except ValueError:
            raise RegionTableError(
                f"{shown}, row {line}, column order: '{order_text}' is not a whole number"
            ) from None
        always = row.get("always_printed", "").casefold()
        if always not in YES | NO:
            raise RegionTableError(
                f"{shown}, row {line}, column always_printed: '{row['always_printed']}' "
                "is not yes or no"
            )
        spellings = _names_in(row.get("other_spellings", ""))
        parts = _names_in(row.get("boundary_parts", ""))
        for column, name in (
            [("acled_admin1", admin1)]
            + [("other_spellings", spelling) for spelling in spellings]
            + [("boundary_parts", part) for part in parts]
        ):
            earlier = seen.get(fold_name(name))
            if earlier is not None and earlier != line:
                raise RegionTableError(
                    f"{shown}, row {line}, column {column}: '{name}' is already a name of "
                    f"row {earlier}'s region"
                )
            seen[fold_name(name)] = line
        rows.append(
            RegionName(
                admin1=admin1,
                printed_name=row.get("printed_name") or admin1,
                order=order,
                always_printed=always in YES,
                other_spellings=spellings,
                boundary_parts=parts,
            )
        )
    rows_by_spelling = {fold_name(row.admin1): row for row in rows}
    spellings = {}
    for row in rows:
        for spelling in row.other_spellings:
            rows_by_spelling.setdefault(fold_name(spelling), row)
            spellings[fold_name(spelling)] = fold_name(row.admin1)
    parts = {fold_name(part): fold_name(row.admin1) for row in rows for part in row.boundary_parts}
    return _Table(tuple(rows), rows_by_spelling, spellings, parts)


def _names_in(cell: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in cell.split(SPELLING_SEPARATOR) if name.strip())
