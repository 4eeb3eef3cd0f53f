"""The team's incident store (issue 15), against a real PostgreSQL 15 + PostGIS 3 cluster
started for the session (conftest.py: postgis_cluster), one fresh database per test."""

from __future__ import annotations

import csv
import itertools
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from mali_incidents.store import (
    STORE_SCHEMA,
    StoreError,
    connect,
    import_to_store,
    migrate,
    month_history,
    month_layer_uri,
    month_subset,
)

REPO_ROOT = Path(__file__).resolve().parents[1]
OWNER = "atlas_owner"  # owns the database; its first import creates the store
ANALYST = "alice"  # member of analysts: imports
READER = "bob"  # member of readers: loads months and prints, never imports
REVISED_EXTRA_FATALITIES = 100

# The README's grants, run by the owner after the first import.
GRANTS = f"""
GRANT USAGE ON SCHEMA {STORE_SCHEMA} TO readers, analysts;
GRANT SELECT ON ALL TABLES IN SCHEMA {STORE_SCHEMA} TO readers;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA {STORE_SCHEMA} TO analysts;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {STORE_SCHEMA} TO analysts;
"""

_databases = itertools.count(1)


@pytest.fixture(scope="session")
def team_roles(postgis_cluster):
    postgis_cluster.sql(
        f"CREATE ROLE {OWNER} LOGIN; CREATE ROLE analysts NOLOGIN; CREATE ROLE readers NOLOGIN;"
        f" CREATE ROLE {ANALYST} LOGIN IN ROLE analysts;"
        f" CREATE ROLE {READER} LOGIN IN ROLE readers;"
    )
    return postgis_cluster


@pytest.fixture
def store(team_roles):
    """A new, empty database with PostGIS, owned by the team's owner role."""
    name = f"store_{next(_databases)}"
    team_roles.sql(f"CREATE DATABASE {name} TEMPLATE team_store OWNER {OWNER}", database="postgres")

    class Store:
        cluster = team_roles
        database = name

        def uri(self, user: str = OWNER) -> str:
            return team_roles.uri(user, name)

        def sql(self, statements: str, user: str = OWNER) -> str:
            return team_roles.sql(statements, user=user, database=name)

    return Store()


def cli(*arguments, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mali_incidents", *map(str, arguments)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=timeout,
    )


def read_rows(path: Path) -> tuple[list[str], list[dict]]:
    with path.open(encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        return list(reader.fieldnames), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def revised_copy(sample: Path, folder: Path, timestamp_step: int = 1000) -> tuple[Path, list]:
    """The sample with 5 Mopti rows revised by ACLED: newer timestamp, more fatalities."""
    header, rows = read_rows(sample)
    revised = [row for row in rows if row["admin1"] == "Mopti"][:5]
    for row in revised:
        row["timestamp"] = str(int(row["timestamp"]) + timestamp_step)
        row["fatalities"] = str(int(row["fatalities"]) + REVISED_EXTRA_FATALITIES)
    name = "revised" if timestamp_step > 0 else "older"
    return write_rows(folder / f"acled_mali_2021-02_{name}.csv", header, rows), revised


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def store_snapshot(store) -> str:
    """Every row of the store's tables, as text (to compare before and after)."""
    return store.sql(
        f"SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM {STORE_SCHEMA}.incidents t;"
        f" SELECT count(*) FROM {STORE_SCHEMA}.imports; SELECT count(*) FROM {STORE_SCHEMA}.rejects"
    )


# -- schema -------------------------------------------------------------------------------------


def test_the_schema_is_created_once_and_rerunning_is_a_no_op(store):
    connection = connect(store.uri())
    try:
        assert migrate(connection) == 1
        assert migrate(connection) == 1
    finally:
        connection.close()
    assert store.sql(f"SELECT version FROM {STORE_SCHEMA}.schema_version") == "1"
    tables = store.sql(
        "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables"
        f" WHERE table_schema = '{STORE_SCHEMA}'"
    )
    assert tables == "imports,incidents,month_incidents,rejects,schema_version"


def incidents_catalog(store) -> list[str]:
    """The incidents table's indexes and constraints as the catalog defines them."""
    return store.sql(
        "SELECT pg_get_indexdef(indexrelid) FROM pg_index"
        f" WHERE indrelid = '{STORE_SCHEMA}.incidents'::regclass"
        " UNION ALL SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
        # PostgreSQL 18 (Debian sid) lists NOT NULL as constraints too ('n'): columns' own,
        # which no import sets aside.
        f" WHERE conrelid = '{STORE_SCHEMA}.incidents'::regclass AND contype <> 'n' ORDER BY 1"
    ).splitlines()


def test_a_first_import_into_an_empty_store_builds_its_indexes_after_the_copy(
    store, sample_month, tmp_path
):
    """The owner's first import sets the keys, indexes and foreign key aside during its COPY
    and makes them again: the same as the schema's, also when the import fails half-way.
    An analyst (who may not drop indexes) imports into an empty store the usual way."""
    connection = connect(store.uri())
    try:
        migrate(connection)
    finally:
        connection.close()
    schema_catalog = incidents_catalog(store)
    assert len(schema_catalog) == 8  # 4 indexes; primary key, unique, foreign key, check
    store.sql(
        f"ALTER TABLE {STORE_SCHEMA}.incidents ADD CONSTRAINT fatalities_under_10"
        " CHECK (fatalities < 10)"
    )
    failed = cli("import", sample_month, "--month", "2021-02", "--out", store.uri())
    assert failed.returncode == 2 and "fatalities_under_10" in failed.stderr
    store.sql(f"ALTER TABLE {STORE_SCHEMA}.incidents DROP CONSTRAINT fatalities_under_10")
    assert incidents_catalog(store) == schema_catalog
    assert store.sql(f"SELECT count(*) FROM {STORE_SCHEMA}.imports") == "0"

    first = import_to_store([sample_month], store.uri(), "2021-02", "Mali")
    assert (first.inserted, first.rejected) == (58, 0)
    assert incidents_catalog(store) == schema_catalog
    owners_rows = store.sql(
        f"SELECT md5(string_agg(event_id_cnty || fatalities || place_names || place_first"
        f" || ST_AsText(geom), '|' ORDER BY incident_id)) FROM {STORE_SCHEMA}.incidents"
    )
    # The keys hold: the same incident cannot go in twice.
    duplicate = cli("import", sample_month, "--month", "2021-02", "--out", store.uri())
    assert "unchanged=58" in duplicate.stdout, duplicate.stderr

    store.sql(f"TRUNCATE {STORE_SCHEMA}.incidents, {STORE_SCHEMA}.rejects, {STORE_SCHEMA}.imports")
    store.sql(GRANTS)
    by_analyst = import_to_store([sample_month], store.uri(ANALYST), "2021-02", "Mali")
    assert (by_analyst.inserted, by_analyst.rejected) == (58, 0)
    assert incidents_catalog(store) == schema_catalog
    assert owners_rows == store.sql(
        f"SELECT md5(string_agg(event_id_cnty || fatalities || place_names || place_first"
        f" || ST_AsText(geom), '|' ORDER BY incident_id)) FROM {STORE_SCHEMA}.incidents"
    )


# -- acceptance: twice, revised, atlas ------------------------------------------------------------


def test_sample_twice_then_a_revised_copy_updates_five_and_the_atlas_shows_them(
    store, sample_month, tmp_path
):
    first = cli("import", sample_month, "--month", "2021-02", "--out", store.uri())
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == (
        "incidents=58 inserted=58 updated=0 unchanged=0 rejected=0 duplicates=0"
    )
    second = cli("import", sample_month, "--month", "2021-02", "--out", store.uri())
    assert second.returncode == 0, second.stderr
    assert "inserted=0 updated=0 unchanged=58" in second.stdout
    assert store.sql(f"SELECT count(*), sum(fatalities) FROM {STORE_SCHEMA}.incidents") == "58|134"
    # The same bytes were recognised (not read again); the same rows in other bytes are
    # compared row by row, with the same answer.
    assert (
        store.sql(f"SELECT same_as_import FROM {STORE_SCHEMA}.imports WHERE import_id = 2") == "1"
    )
    other_bytes = tmp_path / "acled_mali_2021-02_copy.csv"
    other_bytes.write_bytes(sample_month.read_bytes() + b"\n")
    compared = import_to_store([other_bytes], store.uri(), "2021-02", "Mali")
    assert (compared.inserted, compared.updated, compared.unchanged) == (0, 0, 58)
    store.sql(f"DELETE FROM {STORE_SCHEMA}.imports WHERE import_id = 3")

    revised_path, _ = revised_copy(sample_month, tmp_path)
    third = cli("import", revised_path, "--month", "2021-02", "--out", store.uri())
    assert third.returncode == 0, third.stderr
    assert "inserted=0 updated=5 unchanged=53" in third.stdout
    new_total = 134 + 5 * REVISED_EXTRA_FATALITIES
    assert store.sql(f"SELECT count(*), sum(fatalities) FROM {STORE_SCHEMA}.incidents") == (
        f"58|{new_total}"
    )
    # An older copy (timestamps before the store's) changes nothing.
    older_path, _ = revised_copy(sample_month, tmp_path, timestamp_step=-1000)
    older = cli("import", older_path, "--month", "2021-02", "--out", store.uri())
    assert "inserted=0 updated=0 unchanged=58" in older.stdout, older.stderr
    assert store.sql(f"SELECT sum(fatalities) FROM {STORE_SCHEMA}.incidents") == str(new_total)

    # The audit: who, which file, what changed.
    audit = store.sql(
        "SELECT imported_by, source_files, inserted, updated, unchanged, rejected"
        f" FROM {STORE_SCHEMA}.imports ORDER BY import_id"
    ).splitlines()
    assert audit == [
        f"{OWNER}|acled_mali_2021-02.csv|58|0|0|0",
        f"{OWNER}|acled_mali_2021-02.csv|0|0|58|0",
        f"{OWNER}|{revised_path.name}|0|5|53|0",
        f"{OWNER}|{older_path.name}|0|0|58|0",
    ]

    # What changed, from the store (trends.py's history of the month).
    changed = month_history(store.uri(), "2021-02", "Mali")
    february = changed.country_totals.set_index("month").loc["2021-02"]
    assert (int(february["incidents"]), int(february["fatalities"])) == (58, new_total)
    history = cli("history", "--from", store.uri())
    assert history.returncode == 0, history.stderr
    newest = history.stdout.splitlines()[0]
    assert f"{OWNER} {older_path.name} (Mali, 2021-02): inserted=0 updated=0 unchanged=58" in newest

    pdf = tmp_path / "atlas_store.pdf"
    atlas = cli("atlas", "--from", store.uri(), "--month", "2021-02", "--out", pdf)
    assert atlas.returncode == 0, atlas.stderr
    # 25 pages: the store knows February only, nothing to compare it with (no change map).
    assert f"incidents=58 fatalities={new_total} pages=25" in atlas.stdout
    overview = " ".join(pdf_pages(pdf)[3].split())  # after the contents and the Key changes
    assert re.search(rf"Mopti \d+ {70 + 5 * REVISED_EXTRA_FATALITIES}\b", overview)  # 70 before
    assert re.search(rf"Total 58 {new_total}\b", overview)


def test_a_reimport_looked_at_by_its_keys_counts_as_reading_it_in_full(
    store, sample_month, tmp_path
):
    """A re-import first reads only the key columns: when the store has every row at its
    timestamp or a newer one, nothing else is read. Its counts are those of reading the
    files in full (use_pyarrow=False also skips the look at the keys), whatever the file."""
    from mali_incidents.store.compare import known_rows

    assert import_to_store([sample_month], store.uri(), "2021-02", "Mali").inserted == 58
    header, rows = read_rows(sample_month)
    iso = rows[5]["event_date"]
    variants = {
        "other_bytes": (sample_month.read_bytes() + b"\n", 58),
        "older": (revised_copy(sample_month, tmp_path, timestamp_step=-1000)[0].read_bytes(), 58),
        "spaces": ({0: {"event_id_cnty": f" {rows[0]['event_id_cnty']}\u00a0"}}, 58),
        "other_month": ({1: {"event_date": "2021-03-01", "event_id_cnty": "NEW1"}}, 57),
        "near_miss": ({2: {"country": "MaIi"}}, None),
        "no_id": ({3: {"event_id_cnty": ""}}, None),
        "new_row": ({4: {"event_id_cnty": "NEW2"}}, None),
        "excel_date": ({5: {"event_date": f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"}}, None),
        "duplicate": ({"repeat": 0}, None),
        "blank_line": ({"blank": 30}, None),
    }
    for name, (change, known) in variants.items():
        if isinstance(change, bytes):
            content = change
        else:
            changed = [dict(row) for row in rows]
            for position, values in change.items():
                if position == "repeat":
                    changed.append(dict(rows[values]))
                elif position != "blank":
                    changed[position].update(values)
            write_rows(tmp_path / "changed.csv", header, changed)
            content = (tmp_path / "changed.csv").read_bytes()
            if "blank" in change:
                lines = content.split(b"\r\n")
                content = b"\r\n".join([*lines[: change["blank"]], b"", *lines[change["blank"] :]])
        quick, full = tmp_path / f"{name}_quick.csv", tmp_path / f"{name}_full.csv"
        quick.write_bytes(content)
        full.write_bytes(content)
        connection = connect(store.uri())
        try:
            assert known_rows(connection, [quick], "2021-02", "Mali") == known, name
        finally:
            connection.close()
        counts = []
        for path, use_pyarrow in ((quick, None), (full, False)):
            result = import_to_store(
                [path], store.uri(), "2021-02", "Mali", use_pyarrow=use_pyarrow
            )
            counts.append(f"rows_in={result.rows_in} {result.summary()}")
            store.sql(f"DELETE FROM {STORE_SCHEMA}.incidents WHERE event_id_cnty LIKE 'NEW%'")
        assert counts[0] == counts[1], name


def test_the_atlas_from_the_store_equals_the_atlas_from_the_geopackage(
    store, sample_month, tmp_path
):
    imported = cli("import", sample_month, "--month", "2021-02", "--out", store.uri())
    assert imported.returncode == 0, imported.stderr
    from_store = tmp_path / "store.pdf"
    from_gpkg = tmp_path / "gpkg.pdf"
    store_run = cli(
        "atlas",
        "--from",
        store.uri(),
        "--month",
        "2021-02",
        "--out",
        from_store,
        "--project",
        tmp_path / "store" / "atlas.qgz",
    )
    assert store_run.returncode == 0, store_run.stderr
    gpkg_run = cli("atlas", sample_month, "--month", "2021-02", "--out", from_gpkg)
    assert gpkg_run.returncode == 0, gpkg_run.stderr
    store_pages, gpkg_pages = pdf_pages(from_store), pdf_pages(from_gpkg)
    # 25 pages (no change map: no earlier month) and the text after the last.
    assert len(store_pages) == len(gpkg_pages) == 26

    # What changed (issue 13) comes from the store's history: with only February in it, as
    # unknown as the export's (the sample alone) — every page the same.
    for number, (page_from_store, page_from_gpkg) in enumerate(
        zip(store_pages, gpkg_pages), start=1
    ):
        # Strictly: every word where the GeoPackage's atlas prints it (-layout text), labels
        # placed whatever order the store gives its rows in (test_row_order.py).
        assert page_from_store == page_from_gpkg, f"page {number} differs"
    # The saved project reads the store (PostGIS, filtered), with no password in it.
    with zipfile.ZipFile(tmp_path / "store" / "atlas.qgz") as archive:
        (project_name,) = [name for name in archive.namelist() if name.endswith(".qgs")]
        project = archive.read(project_name).decode("utf-8")
    assert 'table="incident_store"."month_incidents"' in project
    assert "password" not in project.casefold()


def test_the_store_history_gives_the_atlas_what_changed_as_the_export_does(store, tmp_path):
    """Issue 13 from the store: three months imported (every month of the export), the
    February atlas printed from the store says what changed exactly as the atlas printed from
    the export (its history read from the export's other months)."""
    from history_exports import sums_by_month_and_region, write_history_export

    sample = Path(__file__).resolve().parents[1] / "resources" / "sample" / "acled_mali_2021-02.csv"
    export = write_history_export(sample, tmp_path / "mali_2020-12_2021-02.csv")
    imported = cli("import", export, "--month", "all", "--out", store.uri())
    assert imported.returncode == 0, imported.stderr
    from_store, from_export = tmp_path / "store.pdf", tmp_path / "export.pdf"
    store_run = cli("atlas", "--from", store.uri(), "--month", "2021-02", "--out", from_store)
    assert store_run.returncode == 0, store_run.stderr
    export_run = cli("atlas", export, "--month", "2021-02", "--out", from_export)
    assert export_run.returncode == 0, export_run.stderr
    store_pages, export_pages = pdf_pages(from_store), pdf_pages(from_export)
    assert len(store_pages) == len(export_pages)
    for number, (page_from_store, page_from_export) in enumerate(
        zip(store_pages, export_pages), start=1
    ):
        assert page_from_store == page_from_export, f"page {number} differs"
    # And January's figures are the export's sums (not unknown, not zero).
    overview = next(page for page in store_pages if page.startswith("Security incidents in Mali"))
    sums = sums_by_month_and_region(export)
    january = sum(fatalities for (month, _), (_, fatalities) in sums.items() if month == "2021-01")
    assert january > 0
    assert re.search(rf"Total\s+58\s+134\s+{january}\s", overview), overview


# -- several analysts ----------------------------------------------------------------------------


def test_two_concurrent_imports_of_overlapping_files_lose_no_row_and_duplicate_none(
    store, sample_month, tmp_path
):
    migrate_first = cli("import", sample_month, "--month", "2021-02", "--out", store.uri())
    assert migrate_first.returncode == 0, migrate_first.stderr
    store.sql(f"TRUNCATE {STORE_SCHEMA}.incidents, {STORE_SCHEMA}.rejects, {STORE_SCHEMA}.imports")
    store.sql(GRANTS)
    header, rows = read_rows(sample_month)
    first_part = write_rows(tmp_path / "first_40.csv", header, rows[:40])
    second_part = write_rows(tmp_path / "last_38.csv", header, rows[20:])
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "mali_incidents",
                "import",
                str(part),
                "--month",
                "2021-02",
                "--out",
                store.uri(ANALYST),
            ],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for part in (first_part, second_part)
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (_, stderr) in zip(runs, outputs):
        assert run.returncode == 0, stderr
    counts = [dict(item.split("=") for item in stdout.split()) for stdout, _ in outputs]
    assert sum(int(count["inserted"]) for count in counts) == 58
    assert sum(int(count["unchanged"]) for count in counts) == 20  # the 20 rows both have
    assert (
        store.sql(f"SELECT count(*), count(DISTINCT event_id_cnty) FROM {STORE_SCHEMA}.incidents")
        == "58|58"
    )
    # Each place counted once, whichever import brought its incidents.
    assert store.sql(
        f"SELECT sum(place_first), count(*) FILTER (WHERE place_incidents IS NULL)"
        f" FROM {STORE_SCHEMA}.incidents"
    ) == store.sql(
        f"SELECT count(DISTINCT (round(longitude::numeric, 6), round(latitude::numeric, 6))), 0"
        f" FROM {STORE_SCHEMA}.incidents"
    )


def test_an_import_that_fails_half_way_leaves_the_store_as_it_was(store, sample_month, tmp_path):
    assert cli("import", sample_month, "--month", "2021-02", "--out", store.uri()).returncode == 0
    revised_path, _ = revised_copy(sample_month, tmp_path)
    header, rows = read_rows(revised_path)
    rows[0]["event_date"] = "not a date"  # a reject, written before the incidents
    revised_path = write_rows(revised_path, header, rows)
    # The database refuses the revised rows half-way through the import's transaction: the
    # audit row and the reject are written by then.
    store.sql(
        f"ALTER TABLE {STORE_SCHEMA}.incidents ADD CONSTRAINT fatalities_under_100"
        " CHECK (fatalities < 100)"
    )
    before = store_snapshot(store)
    failed = cli("import", revised_path, "--month", "2021-02", "--out", store.uri())
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "Traceback" not in failed.stderr
    assert "nothing was changed" in failed.stderr and "fatalities_under_100" in failed.stderr
    assert store_snapshot(store) == before


def test_an_import_killed_half_way_leaves_the_store_as_it_was(store, sample_month, tmp_path):
    import signal
    import time

    assert cli("import", sample_month, "--month", "2021-02", "--out", store.uri()).returncode == 0
    revised_path, _ = revised_copy(sample_month, tmp_path)
    before = store_snapshot(store)
    # Another session holds the incidents still (SHARE: reading goes on, writing waits), so
    # the import stops half-way: its audit row written, its rows not yet.
    holder = connect(store.uri())
    holder.cursor().execute(f"LOCK TABLE {STORE_SCHEMA}.incidents IN SHARE MODE")
    run = subprocess.Popen(
        [sys.executable, "-m", "mali_incidents", "import", str(revised_path), "--month",
         "2021-02", "--out", store.uri()],
        cwd=REPO_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        waiting = (
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mali_incidents'"
            " AND wait_event_type = 'Lock'"
        )
        deadline = time.monotonic() + 120
        while store.sql(waiting) != "1":
            assert run.poll() is None and time.monotonic() < deadline, "the import never waited"
            time.sleep(0.1)
        assert (
            store.sql(  # half-way: the import's audit row is in its transaction
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
            )
            == "1"
        )
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
    finally:
        holder.rollback()
        holder.close()
    gone = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'mali_incidents'"
    deadline = time.monotonic() + 60
    while store.sql(gone) != "0":
        assert time.monotonic() < deadline, "the killed import's transaction never ended"
        time.sleep(0.1)
    assert store_snapshot(store) == before


# -- roles ---------------------------------------------------------------------------------------


def test_a_read_only_role_loads_months_and_prints_but_cannot_import(
    store, sample_month, tmp_path, qgis_app
):
    assert cli("import", sample_month, "--month", "2021-02", "--out", store.uri()).returncode == 0
    store.sql(GRANTS)
    before = store_snapshot(store)

    refused = cli("import", sample_month, "--month", "2021-02", "--out", store.uri(READER))
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: ") and refused.stderr.count("\n") == 1
    assert f"role '{READER}' cannot import" in refused.stderr
    assert store_snapshot(store) == before

    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(month_layer_uri(store.uri(READER), "2021-02", "Mali"), "m", "postgres")
    assert layer.isValid(), layer.dataProvider().error().summary()
    assert layer.featureCount() == 58
    assert sum(feature["fatalities"] for feature in layer.getFeatures()) == 134

    pdf = tmp_path / "reader.pdf"
    printed = cli("atlas", "--from", store.uri(READER), "--month", "2021-02", "--out", pdf)
    assert printed.returncode == 0, printed.stderr
    assert "pages=25" in printed.stdout  # no change map: no earlier month

    # An analyst (write rights) may import.
    analyst = cli("import", sample_month, "--month", "2021-02", "--out", store.uri(ANALYST))
    assert analyst.returncode == 0, analyst.stderr
    assert "unchanged=58" in analyst.stdout


# -- layers, rejects -----------------------------------------------------------------------------


def test_month_layers_filter_with_quoted_values(store, sample_month, qgis_app):
    assert month_subset("2021-02", "Côte d'Ivoire") == (
        "\"country\" = 'Côte d''Ivoire' AND \"month\" = '2021-02'"
    )
    with pytest.raises(StoreError):
        month_subset("2021-02", "Mali\\' OR true --")
    with pytest.raises(StoreError):
        month_subset("2021-02' OR '1'='1", "Mali")
    import_to_store([sample_month], store.uri(), "2021-02", "Mali")

    from qgis.core import QgsVectorLayer

    from mali_incidents.layers import apply_style
    from mali_incidents.paths import symbology_path

    other = QgsVectorLayer(
        month_layer_uri(store.uri(), "2021-02", "Mali' OR 'a' = 'a"), "other", "postgres"
    )
    assert other.isValid() and other.featureCount() == 0
    mali = QgsVectorLayer(month_layer_uri(store.uri(), "2021-02", "Mali"), "mali", "postgres")
    assert mali.featureCount() == 58
    assert apply_style(mali, symbology_path("incidents.qml")) == ""
    assert "password" not in mali.source().casefold()


def test_rejects_are_kept_with_their_file_and_reason(store, sample_month, tmp_path, qgis_app):
    header, rows = read_rows(sample_month)
    rows[3]["latitude"] = "north"
    rows[7]["event_id_cnty"] = ""
    rows.append(dict(rows[10]))  # the same event twice
    path = write_rows(tmp_path / "with_rejects.csv", header, rows)
    result = import_to_store([path], store.uri(), "2021-02", "Mali")
    assert (result.inserted, result.rejected, result.duplicates) == (56, 3, 1)
    assert result.rows_in == result.incidents + result.rejected == 59
    kept = store.sql(
        f'SELECT source_file, source_line, "column", reason FROM {STORE_SCHEMA}.rejects'
        " ORDER BY source_line"
    ).splitlines()
    assert kept[0] == "with_rejects.csv|5|latitude|not a coordinate"
    assert kept[1].startswith("with_rejects.csv|9|event_id_cnty|event_id_cnty is empty")
    assert kept[2].startswith("with_rejects.csv|60|event_id_cnty|duplicate of event_id_cnty")
    from qgis.core import QgsVectorLayer

    from mali_incidents.store import rejects_layer_uri

    layer = QgsVectorLayer(rejects_layer_uri(store.uri(), result.import_id), "r", "postgres")
    assert layer.isValid() and layer.featureCount() == 3
    assert sorted(feature["source_line"] for feature in layer.getFeatures()) == [5, 9, 60]
    again = import_to_store([path], store.uri(), "2021-02", "Mali")
    assert (again.unchanged, again.rejected, again.duplicates) == (56, 3, 1)
    assert store.sql(
        f"SELECT import_id, count(*) FROM {STORE_SCHEMA}.rejects GROUP BY 1 ORDER BY 1"
    ).splitlines() == [f"{result.import_id}|3", f"{again.import_id}|3"]


def test_an_unreachable_store_is_one_line_without_the_password(sample_month):
    failed = cli(
        "import",
        sample_month,
        "--month",
        "2021-02",
        "--out",
        "postgresql://someone:secret@127.0.0.1:1/nowhere",
    )
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and "secret" not in failed.stderr
    assert "cannot connect" in failed.stderr


# -- QGIS: a saved connection with an authentication configuration ---------------------------------


def save_connection(store, name: str, secret: str) -> str:
    """A PostGIS connection saved in QGIS whose credentials are in an authentication
    configuration (the cluster trusts 127.0.0.1, so the password is never checked)."""
    from qgis.core import (
        QgsApplication,
        QgsAuthMethodConfig,
        QgsDataSourceUri,
        QgsProviderRegistry,
    )

    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("master-of-the-test", True)  # as conftest's
    config = QgsAuthMethodConfig("Basic")
    config.setName(name)
    config.setConfig("username", ANALYST)
    config.setConfig("password", secret)
    assert manager.storeAuthenticationConfig(config)[0]
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(store.cluster.port), store.database, "", "")
    uri.setAuthConfigId(config.id())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), name)
    return config.id()


def test_the_dialog_imports_into_a_saved_connection_and_keeps_no_password(
    plugin, plugin_package, store, sample_month, tmp_path
):
    import time

    from qgis.core import QgsProject, QgsTask
    from qgis.PyQt.QtCore import QCoreApplication

    assert cli("import", sample_month, "--month", "2021-02", "--out", store.uri()).returncode == 0
    store.sql(f"TRUNCATE {STORE_SCHEMA}.incidents, {STORE_SCHEMA}.rejects, {STORE_SCHEMA}.imports")
    store.sql(GRANTS)
    secret = "a-password-that-must-not-be-written"
    authcfg = save_connection(store, "team store", secret)

    dialog = plugin_package.plugin.LoadMonthDialog()
    dialog.source_files.setChecked(True)  # not the ACLED API an earlier test may have chosen
    dialog.exports.setFilePath(str(sample_month))
    dialog.gpkg_path.setFilePath(str(tmp_path / "february.gpkg"))
    dialog.store.setCurrentIndex(dialog.store.findData("team store"))
    task = plugin.start_import(dialog.choice())
    assert task is not None, [item.text() for item in plugin.iface.messageBar().items()]
    deadline = time.monotonic() + 300
    while task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
        assert time.monotonic() < deadline, "the import did not finish"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        QCoreApplication.processEvents()
    told = [item.text() for item in plugin.iface.messageBar().items()]
    assert any("58 incidents in the store (58 new" in text for text in told), told
    assert store.sql(f"SELECT imported_by FROM {STORE_SCHEMA}.imports") == ANALYST

    project = QgsProject.instance()
    incidents = next(
        layer
        for layer in project.mapLayers().values()
        if layer.customProperty("mali_incidents/role") == "incidents"
    )
    assert incidents.providerType() == "postgres"
    assert incidents.featureCount() == 58
    assert f"authcfg={authcfg}" in incidents.source()
    project_path = tmp_path / "team.qgs"
    assert project.write(str(project_path))
    assert secret not in project_path.read_text(encoding="utf-8")

    # Without export files, the month is loaded from the store (as a reader would).
    plugin.show_month({**dialog.choice(), "exports": []})
    assert incidents.featureCount() == 58
    # What changed comes from the store's history (issue 13): it knows February only.
    from mali_incidents.atlas.project_entries import month_report

    bodies = [section.body() for section in month_report(project).childSections()]
    key_changes = next(body for body in bodies if body and body.itemById("key_changes_text"))
    text = key_changes.itemById("key_changes_text").currentText()
    assert "No month before February 2021 is known" in text, text


def test_an_atlas_from_the_store_that_cannot_be_made_is_one_line(store, sample_month, tmp_path):
    assert cli("import", sample_month, "--month", "2021-02", "--out", store.uri()).returncode == 0
    missing = tmp_path / "no_such_regions.gpkg"
    failed = cli(
        "atlas", "--from", store.uri(), "--month", "2021-02", "--regions", missing,
        "--out", tmp_path / "atlas.pdf",
    )  # fmt: skip
    # Exit status 2 and one line (a PostGIS layer outliving QGIS once crashed the process).
    assert failed.returncode == 2, failed.stderr
    assert failed.stderr.strip().splitlines()[-1] == f"error: Region file not found: {missing}"
    none = cli("atlas", "--from", store.uri(), "--month", "2021-03", "--out", tmp_path / "x.pdf")
    assert none.returncode == 2
    assert "the store has no incident of Mali in 2021-03" in none.stderr
    assert not (tmp_path / "atlas.pdf").exists() and not (tmp_path / "x.pdf").exists()


def test_every_month_of_the_files_goes_into_the_store(store, sample_month, tmp_path):
    header, rows = read_rows(sample_month)
    march = [dict(row) for row in rows[:10]]
    for row in march:
        row["event_date"] = row["event_date"].replace("2021-02-", "2021-03-")
        row["event_id_cnty"] = "MLI7" + row["event_id_cnty"][4:]
    path = write_rows(tmp_path / "two_months.csv", header, rows + march)
    imported = cli("import", path, "--month", "all", "--out", store.uri())
    assert imported.returncode == 0, imported.stderr
    assert "incidents=68 inserted=68" in imported.stdout
    assert store.sql(
        f"SELECT month, count(*), sum(place_first) > 0 FROM {STORE_SCHEMA}.incidents"
        " GROUP BY month ORDER BY month"
    ).splitlines() == ["2021-02|58|t", "2021-03|10|t"]
    assert store.sql(f"SELECT month IS NULL FROM {STORE_SCHEMA}.imports") == "t"
