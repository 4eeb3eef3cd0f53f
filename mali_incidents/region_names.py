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
  (Timbuktu for Tombouctou), separated by ``;``.

A region no table knows is printed as ACLED spells it. Names are compared across accents,
case, hyphens and spacing (``fold_name``), so the table need not repeat those variants.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .definitions import DEFAULT_COUNTRY
from .paths import country_symbology_dir, symbology_path
from .validate import fold_name

REGION_TABLE = "regions.csv"
REGION_TABLE_COLUMNS = (
    "acled_admin1",
    "printed_name",
    "order",
    "always_printed",
    "other_spellings",
)
SPELLING_SEPARATOR = ";"
YES = {"yes", "y", "true", "1", "oui", "x"}
NO = {"no", "n", "false", "0", "non", ""}


class RegionsError(Exception):
    """A region file or table the atlas cannot use: names the file (and row, column)."""


@dataclass(frozen=True)
class RegionName:
    """One row of a country's region table."""

    admin1: str  # as ACLED spells it
    printed_name: str
    order: int | None
    always_printed: bool
    other_spellings: tuple[str, ...]


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


def canonical_region(country: str, name: str, root: Path | None = None) -> str | None:
    """ACLED's spelling of the region ``name`` stands for in ``country``'s table (Timbuktu ->
    Tombouctou), None if the table does not list it."""
    row = _rows_by_spelling(country, root).get(fold_name(name))
    return row.admin1 if row is not None else None


def region_table(country: str = DEFAULT_COUNTRY, root: Path | None = None) -> list[RegionName]:
    """The rows of ``country``'s ``regions.csv`` (empty when it has none), in the file's order."""
    folder = country_symbology_dir(country, root)
    if folder is None or not (folder / REGION_TABLE).is_file():
        return []
    path = folder / REGION_TABLE
    return list(_read_table(path, path.stat().st_mtime_ns, _shown(path, root)))


def spellings_of_every_country(root: Path | None = None) -> dict[str, str]:
    """Folded other spellings -> folded ACLED name, from every country's table (Mali first):
    for matching names where the country is not known (a boundary file's own names)."""
    spellings: dict[str, str] = {}
    for country in _countries_with_folders(root):
        for row in region_table(country, root):
            for spelling in row.other_spellings:
                spellings.setdefault(fold_name(spelling), fold_name(row.admin1))
    return spellings


def printed_name_in_any_country(admin1: str, root: Path | None = None) -> str:
    """How ``admin1`` is printed by the first country table that lists it (Mali's first);
    ACLED's spelling otherwise. For callers that do not know the atlas's country."""
    for country in _countries_with_folders(root):
        row = _rows_by_spelling(country, root).get(fold_name(admin1))
        if row is not None:
            return row.printed_name
    return str(admin1)


def _countries_with_folders(root: Path | None) -> list[str]:
    """The countries of ``symbology/countries/``, the default country (Mali) first."""
    countries = Path(root or symbology_path()) / "countries"
    names = (
        [folder.name for folder in countries.iterdir() if folder.is_dir()]
        if countries.is_dir()
        else []
    )
    return sorted(names, key=lambda name: (fold_name(name) != fold_name(DEFAULT_COUNTRY), name))


def _rows_by_spelling(country: str, root: Path | None) -> dict[str, RegionName]:
    rows: dict[str, RegionName] = {}
    for row in region_table(country, root):
        rows.setdefault(fold_name(row.admin1), row)
    for row in region_table(country, root):
        for spelling in row.other_spellings:
            rows.setdefault(fold_name(spelling), row)
    return rows


def _shown(path: Path, root: Path | None) -> str:
    """The table as messages name it: relative to symbology/ (countries/Niger/regions.csv)."""
    try:
        return path.relative_to(Path(root or symbology_path())).as_posix()
    except ValueError:
        return str(path)


@functools.lru_cache(maxsize=64)
def _read_table(path: Path, modified_ns: int, shown: str) -> tuple[RegionName, ...]:
    """A table read once per version of the file (an edit is seen without restarting QGIS)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            lines = [
                (number, text)
                for number, text in enumerate(stream, 1)
                if not text.startswith("#") and text.strip()
            ]
    except (OSError, UnicodeDecodeError) as error:
        raise RegionsError(f"{shown}: cannot be read ({error})") from None
    reader = csv.DictReader(text for _, text in lines)
    fields = [name.strip() for name in reader.fieldnames or []]
    for column in ("acled_admin1",):
        if column not in fields:
            raise RegionsError(f"{shown}, row 1: column {column} missing")
    rows: list[RegionName] = []
    seen: dict[str, int] = {}  # folded name -> its row
    for (line, _), raw in zip(lines[1:], reader):
        row = {key.strip(): (value or "").strip() for key, value in raw.items() if key}
        admin1 = row.get("acled_admin1", "")
        if not admin1:
            if any(row.values()):
                raise RegionsError(f"{shown}, row {line}, column acled_admin1: empty")
            continue
        order_text = row.get("order", "")
        try:
            order = int(order_text) if order_text else None
        except ValueError:
            raise RegionsError(
                f"{shown}, row {line}, column order: '{order_text}' is not a whole number"
            ) from None
        always = row.get("always_printed", "").casefold()
        if always not in YES | NO:
            raise RegionsError(
                f"{shown}, row {line}, column always_printed: '{row['always_printed']}' "
                "is not yes or no"
            )
        spellings = tuple(
            spelling.strip()
            for spelling in row.get("other_spellings", "").split(SPELLING_SEPARATOR)
            if spelling.strip()
        )
        for column, name in [("acled_admin1", admin1)] + [
            ("other_spellings", spelling) for spelling in spellings
        ]:
            earlier = seen.get(fold_name(name))
            if earlier is not None and earlier != line:
                raise RegionsError(
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
            )
        )
    return tuple(rows)
