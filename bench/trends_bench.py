"""How much does a 12-month history cost? A 2,000-incident month with 12 months before it.

Writes one synthetic ACLED export of Mali spanning 13 months (by default 2,000 incidents in
February 2021 and 1,000-2,000 in each of the 12 months before, copied from the sample's
rows of each region, with their own ids, days and fatalities), then measures in the same
run, best of ``--repeat``:

- the baseline: ``import_month`` of February 2021 from that export without its history
  (``history_months=0``: read, select, validate, classify, write the GeoPackage);
- the history's extra input: the other 12 months' rows validated and classified as the
  import does the month's (what an import with ``--history-months 12`` adds before the
  figures; the reading of the file is shared with the month's and not counted again);
- the figures: ``trends.build_history`` (the ``monthly`` table), every region's change,
  the country's series by actor group, first-time regions, the month against its history,
  the deadliest incident, the change values of a grid's cells, and the key-change text in
  English and French with every region's change line.

It prints the seconds and each as a share of the baseline import; with ``--atlas`` also
the month's atlas (build and PDF export, QGIS started before the clock), and end to end
(import + atlas) with ``--history-months 0`` against 12, alternated ``--repeat`` times, the
median CPU seconds of each: the issue's target is that a 12-month history adds at most
20 % to the atlas time.

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/trends_bench.py [--incidents 2000]
        [--repeat 3] [--atlas]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_MONTH = REPO_ROOT / "resources" / "sample" / "acled_mali_2021-02.csv"
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

MONTH = "2021-02"
HISTORY_MONTHS = 12
# Where incidents fall, as atlas_bench's synthetic month (several hundred in Mopti); each
# earlier month shifts the weights a little so regions rise and fall from month to month.
REGION_WEIGHTS = {
    "Mopti": 0.40,
    "Gao": 0.14,
    "Segou": 0.12,
    "Tombouctou": 0.10,
    "Menaka": 0.10,
    "Kidal": 0.05,
    "Sikasso": 0.05,
    "Bamako": 0.04,
}
# ~0.5 degree squares stand in for the hexagons (the grid's geometry is not trends' job).
CELL_DEGREES = 0.5


def write_history_export(csv_path: Path, incidents: int, seed: int = 13) -> dict[str, int]:
    """The export: ``incidents`` in MONTH, 1,000-2,000 in each of the 12 months before."""
    from mali_incidents.trends import months_between, shift_month

    rng = random.Random(seed)
    with SAMPLE_MONTH.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        columns = reader.fieldnames
        by_region: dict[str, list[dict]] = {}
        for row in reader:
            by_region.setdefault(row["admin1"], []).append(row)
    counts = {}
    number = 0
    with csv_path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=columns)
        writer.writeheader()
        # Newest first, as ACLED writes its exports.
        for month in reversed(months_between(shift_month(MONTH, -HISTORY_MONTHS), MONTH)):
            count = incidents if month == MONTH else rng.randint(1000, 2000)
            counts[month] = count
            regions = list(REGION_WEIGHTS)
            weights = [weight * rng.uniform(0.5, 1.5) for weight in REGION_WEIGHTS.values()]
            year, month_number = int(month[:4]), int(month[5:])
            for _ in range(count):
                number += 1
                row = dict(rng.choice(by_region[rng.choices(regions, weights)[0]]))
                day = date(year, month_number, rng.randint(1, 28))
                row["event_id_cnty"] = f"HIS{number:06d}"
                row["event_date"] = day.isoformat()
                row["year"] = str(year)
                row["fatalities"] = str(rng.choice([0, 0, 0, 1, 2, 3, 5, 12]))
                writer.writerow(row)
    return counts


def best_of(repeat: int, measure: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = measure()
        best = min(best, time.perf_counter() - started)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--atlas", action="store_true", help="also time the month's atlas")
    arguments = parser.parse_args(argv)
    if not arguments.atlas:
        return measure(arguments)
    from mali_incidents.qgis_session import qgis_session

    # One QGIS for every atlas: started again in one process, it crashes on exit.
    with qgis_session():
        return measure(arguments)


def measure(arguments: argparse.Namespace) -> int:
    import pandas as pd

    from mali_incidents.classify import ClassificationRules, classify_incidents
    from mali_incidents.definitions import FIELD_SOURCE_FILE, FIELD_SOURCE_LINE
    from mali_incidents.i18n import translated
    from mali_incidents.importer import country_outline, import_month
    from mali_incidents.key_changes import key_changes, load_key_change_rules, region_change_line
    from mali_incidents.trends import (
        build_history,
        cell_changes,
        changes,
        covered_months,
        deadliest_incident,
        export_coverage,
        first_time_regions,
        month_against_history,
        monthly_series,
    )
    from mali_incidents.validate import validate_rows

    with tempfile.TemporaryDirectory(prefix="trends_bench_") as folder:
        work = Path(folder)
        export = work / "acled_mali_history.csv"
        counts = write_history_export(export, arguments.incidents)
        print(
            f"export: {sum(counts.values()):,} incidents over {len(counts)} months, "
            f"{counts[MONTH]:,} in {MONTH} ({export.stat().st_size / 2**20:.1f} MB)"
        )

        def import_the_month():
            # Without its history: the import as it was before issue 13.
            return import_month(
                [export], MONTH, work / f"import_{time.monotonic_ns()}.gpkg", history_months=0
            )

        import_seconds, imported = best_of(arguments.repeat, import_the_month)

        rows = pd.read_csv(export, dtype=str, keep_default_na=False)
        rows[FIELD_SOURCE_FILE] = export.name
        rows[FIELD_SOURCE_LINE] = range(2, len(rows) + 2)
        earlier_rows = rows[~rows["event_date"].str.startswith(MONTH)].reset_index(drop=True)
        rules = ClassificationRules.from_folder()
        outline = country_outline("Mali")

        def classify_the_history():
            validated = validate_rows(earlier_rows, "Mali", outline)
            return classify_incidents(validated.incidents, rules)

        history_input_seconds, earlier = best_of(arguments.repeat, classify_the_history)
        month_incidents = imported.incidents_frame
        incidents = pd.concat([earlier, month_incidents], ignore_index=True)
        incidents["cell_id"] = [
            f"{round(lat / CELL_DEGREES)}:{round(lon / CELL_DEGREES)}"
            for lat, lon in zip(incidents["latitude"], incidents["longitude"])
        ]
        months = covered_months(export_coverage(rows, export.name), "Mali")
        key_change_rules = load_key_change_rules()

        def figures():
            history = build_history(incidents, MONTH, months, HISTORY_MONTHS)
            changes(history, "region")
            changes(history, None)
            changes(history, "actor_group")
            changes(history, "incident_type")
            monthly_series(history, "actor_group")
            first_time_regions(history, 6)
            month_against_history(history)
            deadliest = deadliest_incident(month_incidents)
            cell_changes(incidents, MONTH, months)
            text = {}
            for language in ("en", "fr"):
                text[language] = [
                    change.text
                    for change in key_changes(
                        history, deadliest, key_change_rules, language, translated
                    )
                ]
                for region in dict.fromkeys(history.monthly["region"]):
                    region_change_line(history, region, key_change_rules, language)
            return history, text

        figures_seconds, (history, text) = best_of(arguments.repeat, figures)
        atlas_seconds = None
        end_to_end = {}
        if arguments.atlas:
            atlas_seconds = time_atlas(imported.gpkg_path, work)
            # The whole thing as the analyst runs it, the same export: without a history
            # (--history-months 0: the Key changes and change map pages say it is unknown) and
            # with 12 months (the monthly tables, charts, change lines, the change map's
            # earlier months). Alternated (so a change of the machine's load hits both), each
            # timed in CPU seconds of this process (every thread: QGIS renders in threads)
            # and wall seconds; the medians are reported.
            for _ in range(arguments.repeat):
                for months in (0, HISTORY_MONTHS):
                    end_to_end.setdefault(months, []).append(
                        time_import_and_atlas(export, work, months)
                    )

    print(f"monthly table: {len(history.monthly):,} rows; key changes (en):")
    for sentence in text["en"]:
        print(f"  {sentence}")
    print()
    print(f"{'what':<58} {'seconds':>8} {'vs import':>10}")
    for label, seconds in (
        (f"import of {MONTH} ({imported.incidents:,} incidents), the baseline", import_seconds),
        ("history input: 12 months validated and classified", history_input_seconds),
        ("figures and key-change text (trends, key_changes)", figures_seconds),
        ("history total", history_input_seconds + figures_seconds),
    ):
        print(f"{label:<58} {seconds:8.2f} {seconds / import_seconds:9.0%}")
    if atlas_seconds is not None:
        history_seconds = history_input_seconds + figures_seconds
        print(
            f"atlas of {MONTH} (build + PDF): {atlas_seconds:.2f} s; the history's input and "
            f"figures are {history_seconds / atlas_seconds:.0%} of it (figures alone "
            f"{figures_seconds / atlas_seconds:.0%})"
        )
        print()
        runs = len(end_to_end[0])
        print(f"end to end, same export, median of {runs} runs each (CPU s / wall s)")
        print(f"{'':<24} {'import CPU':>10} {'atlas CPU':>10} {'atlas wall':>10}")
        medians = {}
        for months, timings in sorted(end_to_end.items()):
            medians[months] = [statistics.median(column) for column in zip(*timings)]
            import_cpu, atlas_cpu, _, atlas_wall = medians[months]
            label = f"--history-months {months}"
            print(f"{label:<24} {import_cpu:10.2f} {atlas_cpu:10.2f} {atlas_wall:10.2f}")
        base, with_history = medians[0], medians[HISTORY_MONTHS]
        print(
            f"a {HISTORY_MONTHS}-month history adds {with_history[1] / base[1] - 1:+.0%} to the "
            f"atlas's CPU time ({with_history[3] / base[3] - 1:+.0%} wall) and "
            f"{(with_history[0] + with_history[1]) / (base[0] + base[1]) - 1:+.0%} to import + "
            f"atlas CPU (target: at most +20 % to the atlas)"
        )
    return 0


def time_import_and_atlas(
    export: Path, work: Path, history_months: int
) -> tuple[float, float, float, float]:
    """CPU seconds to import the month (with ``history_months``) and to make its atlas, then
    the same in wall seconds; each in a folder of its own (no other month's GeoPackage beside
    it), QGIS started before the clocks."""
    from mali_incidents.atlas import AtlasSettings, make_atlas
    from mali_incidents.importer import import_month
    from mali_incidents.qgis_session import qgis_session

    folder = work / f"end_to_end_{history_months}_{time.monotonic_ns()}"
    folder.mkdir()
    gpkg = folder / "incidents.gpkg"
    with qgis_session():
        cpu, wall = time.process_time(), time.perf_counter()
        import_month([export], MONTH, gpkg, history_months=history_months)
        imported_cpu, imported_wall = time.process_time(), time.perf_counter()
        make_atlas(gpkg, MONTH, folder / "atlas.pdf", settings=AtlasSettings(credit="Bench"))
        return (
            imported_cpu - cpu,
            time.process_time() - imported_cpu,
            imported_wall - wall,
            time.perf_counter() - imported_wall,
        )


def time_atlas(gpkg: Path, work: Path) -> float:
    """Seconds to build and export the month's atlas, QGIS already running."""
    from mali_incidents.atlas import AtlasSettings, make_atlas
    from mali_incidents.qgis_session import qgis_session

    with qgis_session():
        started = time.perf_counter()
        make_atlas(gpkg, MONTH, work / "atlas.pdf", settings=AtlasSettings(credit="Bench"))
        return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
