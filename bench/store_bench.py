"""Benchmark: the synthetic 1,000,000-row ACLED export into the team store (issue 15).

Generates the export of bench/import_bench.py (31 columns, 2014-2023, twelve countries,
~600 MB), starts a throw-away PostgreSQL + PostGIS cluster (tests/postgis_cluster.py: a
temporary folder, a free port of 127.0.0.1, stopped at the end) and measures, in the same
run (1. and 2. each into a fresh database, 3. and 4. into 2.'s store):

1. ``ogr2ogr`` of the CSV into PostGIS (GDAL's PostgreSQL driver, COPY, typed columns,
   point geometry, spatial index), keeping the country's rows (``-where``): the baseline;
2. ours: ``python -m mali_incidents import CSV --month all --country C --out postgresql://…``
   (read, validate, classify, place fields, COPY: straight into the table as the store
   lacks these incidents, audit);
3. ours again, the same file into the same store: every row unchanged (a file of that name
   was imported before, so it is hashed: recognised by its SHA-256, not read again);
4. ours again with the same rows in other bytes (a line break added, another name): every
   row read and compared with the store's keys and timestamps in SQL, all unchanged.

Both sides read the whole file and store the same country's rows (every month). It prints
the times and PASS/FAIL lines for the targets: ours at least 3x faster than ogr2ogr, the
re-import (3.) at least 5x faster than the first import. ``--whole-file`` also times ogr2ogr of
every row (all countries), for scale.

Usage::

    .venv/bin/python bench/store_bench.py [--rows 1000000] [--csv EXISTING.csv]
        [--country Mali] [--whole-file] [--keep]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "tests"))  # the tests' throw-away cluster
sys.path.insert(0, str(REPO_ROOT / "bench"))

from import_bench import generate  # noqa: E402
from postgis_cluster import start_cluster, stop_cluster  # noqa: E402

TARGET_VS_OGR2OGR = 3.0
TARGET_REIMPORT = 5.0


def timed(command: list[str], env: dict | None = None) -> tuple[float, str]:
    start = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO_ROOT)
    seconds = time.perf_counter() - start
    if completed.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{completed.stderr.strip()[-2000:]}")
    return seconds, completed.stdout.strip()


def ogr2ogr(cluster, database: str, csv_path: Path, where: str | None) -> float:
    command = [
        "ogr2ogr",
        "-f",
        "PostgreSQL",
        f"PG:host=127.0.0.1 port={cluster.port} dbname={database} user=store_admin",
        str(csv_path),
        "-nln",
        "ogr_incidents",
        "-a_srs",
        "EPSG:4326",
        "-oo",
        "X_POSSIBLE_NAMES=longitude",
        "-oo",
        "Y_POSSIBLE_NAMES=latitude",
        "-oo",
        "KEEP_GEOM_COLUMNS=YES",
        "-oo",
        "AUTODETECT_TYPE=YES",
        "-lco",
        "GEOMETRY_NAME=geom",
        "-gt",
        "100000",
        "--config",
        "PG_USE_COPY",
        "YES",
    ]
    if where:
        command += ["-where", where]
    seconds, _ = timed(command)
    return seconds


def new_database(cluster, name: str) -> str:
    cluster.sql(f"CREATE DATABASE {name} TEMPLATE team_store", database="postgres")
    return name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--csv", type=Path, help="measure this file instead of generating one")
    parser.add_argument("--country", default="Mali")
    parser.add_argument("--whole-file", action="store_true", help="also ogr2ogr every row")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args(argv)
    if "'" in args.country:
        raise SystemExit("--country: a name without quotes, please")

    workdir = Path(tempfile.mkdtemp(prefix="store_bench_"))
    path = args.csv.resolve() if args.csv else workdir / f"acled_synthetic_{args.rows}.csv"
    cluster = None
    try:
        if not args.csv:
            start = time.perf_counter()
            facts = generate(path, args.rows)
            print(
                f"generated {path.name} in {time.perf_counter() - start:.1f} s: {args.rows:,} rows"
            )
            print("rows per country:", facts["rows_per_country"])
        file_mb = path.stat().st_size / 2**20
        with path.open("rb") as stream:  # in the page cache for every measurement alike
            while stream.read(1 << 24):
                pass
        print(f"load before: {os.getloadavg()[0]:.2f} (1-minute average, {os.cpu_count()} CPUs)")
        cluster = start_cluster()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        results = {}

        database = new_database(cluster, "bench_ogr2ogr")
        results["ogr2ogr"] = ogr2ogr(cluster, database, path, f"country = '{args.country}'")
        ogr_rows = cluster.sql("SELECT count(*) FROM ogr_incidents", database=database)
        print(f"ogr2ogr, {args.country}'s rows: {results['ogr2ogr']:.1f} s ({ogr_rows} rows)")

        database = new_database(cluster, "bench_store")
        uri = cluster.uri(database=database)
        ours = [sys.executable, "-m", "mali_incidents", "import", str(path), "--month", "all"]
        ours += ["--country", args.country, "--out", uri]
        results["first"], first_line = timed(ours, env)
        print(f"ours, first import: {results['first']:.1f} s ({first_line})")
        results["again"], again_line = timed(ours, env)
        print(f"ours, same file again: {results['again']:.1f} s ({again_line})")
        # The same rows in other bytes (a line break added): not recognised as the same file,
        # so every row is compared with the store (and found unchanged).
        other_bytes = workdir / f"other_bytes_{path.name}"
        shutil.copyfile(path, other_bytes)
        with other_bytes.open("ab") as stream:
            stream.write(b"\n")
        compared = [*ours[:4], str(other_bytes), *ours[5:]]
        results["compared"], compared_line = timed(compared, env)
        other_bytes.unlink()
        print(f"ours, the same rows in other bytes: {results['compared']:.1f} s ({compared_line})")
        stored = cluster.sql("SELECT count(*) FROM incident_store.incidents", database=database)

        if args.whole_file:
            database = new_database(cluster, "bench_ogr2ogr_all")
            results["ogr2ogr_all"] = ogr2ogr(cluster, database, path, None)
            print(f"ogr2ogr, every row: {results['ogr2ogr_all']:.1f} s")
        print(f"load after: {os.getloadavg()[0]:.2f}")

        print()
        print(f"file: {file_mb:.0f} MB; {args.country}: ogr2ogr {ogr_rows} rows, store {stored}")
        print("| what | seconds | ratio |")
        print("|---|---:|---:|")
        vs_ogr = results["ogr2ogr"] / results["first"]
        reimport = results["first"] / results["again"]
        print(
            f"| ogr2ogr into PostGIS ({args.country}'s rows) | {results['ogr2ogr']:.1f} | 1.00x |"
        )
        print(f"| ours: first import (upsert) | {results['first']:.1f} | {vs_ogr:.2f}x faster |")
        print(
            f"| ours: the same file again (all unchanged) | {results['again']:.1f} | "
            f"{reimport:.2f}x faster than the first |"
        )
        print(
            f"| ours: the same rows in other bytes (keys compared with the store, all unchanged) | "
            f"{results['compared']:.1f} | {results['first'] / results['compared']:.2f}x faster "
            "than the first |"
        )
        if "ogr2ogr_all" in results:
            print(f"| ogr2ogr into PostGIS (every row) | {results['ogr2ogr_all']:.1f} | |")
        ok = vs_ogr >= TARGET_VS_OGR2OGR and reimport >= TARGET_REIMPORT
        print(
            f"{'PASS' if vs_ogr >= TARGET_VS_OGR2OGR else 'FAIL'}: first import "
            f"{vs_ogr:.2f}x faster than ogr2ogr (target {TARGET_VS_OGR2OGR:.0f}x)"
        )
        print(
            f"{'PASS' if reimport >= TARGET_REIMPORT else 'FAIL'}: re-import "
            f"{reimport:.2f}x faster than the first (target {TARGET_REIMPORT:.0f}x)"
        )
    finally:
        if cluster is not None:
            stop_cluster(cluster)
        if args.keep and not args.csv and path.is_file():
            kept = Path(tempfile.gettempdir()) / path.name
            shutil.move(str(path), kept)
            print(f"kept {kept}")
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
