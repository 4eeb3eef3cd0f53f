"""Small hand-made ACLED exports for the trust tests: a non-Mali country (Niger), every text
column carrying what a hostile or careless export may hold."""

from __future__ import annotations

import csv
from pathlib import Path

from mali_incidents.definitions import ACLED_COLUMNS

MONTH = "2021-02"
COUNTRY = "Niger"
# Set in the test's environment: it must never reach a PDF.
SECRET_VARIABLE = "MALI_TRUST_SECRET"
SECRET_VALUE = "s3cr3t-9f1c"

# What QGIS would evaluate if it met it in a label, a filter or a legend.
HOSTILE_TEXTS = (
    "[% @qgis_version %]",
    f"[% env('{SECRET_VARIABLE}') %]",
    "[% eval('6*7') %]",
    "eval('6*7')",
    "pipe|bar",
    "O'Neil",
    'say "hi"',
)
# Free-text columns of an ACLED export (the atlas prints admin1, location, notes).
TEXT_COLUMNS = (
    "actor1",
    "assoc_actor_1",
    "actor2",
    "assoc_actor_2",
    "region",
    "admin2",
    "admin3",
    "location",
    "source",
    "source_scale",
    "notes",
    "tags",
)


def incident(number: int, admin1: str, location: str, **fields: str) -> dict[str, str]:
    """One row of Niger in February 2021 (Tillabéri's Ayorou unless told otherwise)."""
    row = {
        "event_id_cnty": f"NIG{number}",
        "event_date": f"2021-02-{10 + number % 15:02d}",
        "year": "2021",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Niger (2021-)",
        "assoc_actor_1": "",
        "inter1": "1",
        "actor2": "Islamic State (Greater Sahara)",
        "assoc_actor_2": "",
        "inter2": "2",
        "interaction": "12",
        "civilian_targeting": "",
        "iso": "562",
        "region": "Western Africa",
        "country": COUNTRY,
        "admin1": admin1,
        "admin2": "",
        "admin3": "",
        "location": location,
        "latitude": "14.7300",
        "longitude": "0.9200",
        "geo_precision": "1",
        "source": "Niger Diaspora",
        "source_scale": "National",
        "notes": f"On that day an incident took place at {location}.",
        "fatalities": "1",
        "tags": "",
        "timestamp": "1615299899",
    }
    row.update(fields)
    return row


def hostile_rows() -> list[dict[str, str]]:
    """Each hostile text in every text column, and regions whose names hold them.

    Ayorou (Tillaberi) and Gaya (Dosso) are the real regions; "Tillaberi|Dosso" is a region
    of its own whose one incident lies at Ayorou too (a filter joining names with "|" would
    give its page the other two)."""
    hostile = " ".join(HOSTILE_TEXTS)
    every_column = {column: hostile for column in TEXT_COLUMNS if column != "location"}
    return [
        incident(1, "Tillaberi", "Ayorou-A", sub_event_type="Air/drone strike", **every_column),
        incident(
            2,
            "Dosso",
            "Gaya-B",
            latitude="11.8800",
            longitude="3.4500",
            sub_event_type="Attack",
            **every_column,
        ),
        incident(3, "Tillaberi|Dosso", "Mixed-C", **every_column),
        *(
            incident(4 + number, text, f"{text} place", latitude="13.5100", longitude="2.1100")
            for number, text in enumerate(HOSTILE_TEXTS)
        ),
    ]


def write_export(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as file:
        writer = csv.DictWriter(file, fieldnames=list(ACLED_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path
