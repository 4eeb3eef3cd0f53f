"""An ACLED export spanning several months, made from the sample month by shifting its dates.

December 2020 holds every third row of the sample, January 2021 every second one (with one
incident moved to Kayes, a region quiet in February) and February 2021 the sample itself.
Months before December are in no file: a history asked for further back is unknown there.
Each copy gets its own event ids, so no row is a duplicate of another.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

SAMPLE_MONTH = "2021-02"
# month -> (which sample rows, by position, go into it; fatalities multiplied by)
SHIFTED_MONTHS = {
    "2020-12": (lambda position: position % 3 == 0, 1),
    "2021-01": (lambda position: position % 2 == 0, 2),
    "2021-02": (lambda position: True, 1),
}
KAYES_IN_JANUARY = "Kayes"


def write_history_export(sample: Path, target: Path) -> Path:
    with Path(sample).open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        columns = reader.fieldnames
        rows = list(reader)
    with Path(target).open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        # Newest first, as ACLED writes its exports.
        for month, (chosen, factor) in sorted(SHIFTED_MONTHS.items(), reverse=True):
            moved_to_kayes = False
            for position, row in enumerate(rows):
                if not chosen(position):
                    continue
                copy = dict(row)
                if month != SAMPLE_MONTH:
                    copy["event_id_cnty"] = f"{row['event_id_cnty']}-{month}"
                    copy["event_date"] = month + row["event_date"][7:]
                    copy["year"] = month[:4]
                    copy["fatalities"] = str(int(row["fatalities"]) * factor)
                if month == "2021-01" and not moved_to_kayes and row["admin1"] == "Bamako":
                    copy["admin1"], copy["admin2"] = KAYES_IN_JANUARY, "Kayes"
                    moved_to_kayes = True
                writer.writerow(copy)
    return Path(target)


def sums_by_month_and_region(export: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """(month, admin1) -> (incidents, fatalities), added up from the CSV with csv alone."""
    sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with Path(export).open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            key = (row["event_date"][:7], row["admin1"])
            sums[key][0] += 1
            sums[key][1] += int(row["fatalities"])
    return {key: (value[0], value[1]) for key, value in sums.items()}
