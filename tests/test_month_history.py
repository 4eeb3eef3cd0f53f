"""The import keeps the month's history (issue 13): the ``monthly`` tables of its GeoPackage.

Expected figures are added up from the CSV with the csv module (tests/history_exports.py),
not by the code under test.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from history_exports import sums_by_month_and_region, write_history_export

from mali_incidents.importer import import_month
from mali_incidents.layers import read_history
from mali_incidents.trends import changes, months_between


def monthly_sums(gpkg: Path) -> dict[str, dict[str, tuple]]:
    """month -> region -> (incidents, fatalities) as the GeoPackage's table holds them."""
    with contextlib.closing(sqlite3.connect(gpkg)) as database:
        rows = database.execute(
            "SELECT month, region, SUM(incidents), SUM(fatalities), COUNT(incidents) "
            "FROM monthly GROUP BY month, region"
        ).fetchall()
    sums: dict[str, dict[str, tuple]] = {}
    for month, region, incidents, fatalities, known in rows:
        sums.setdefault(month, {})[region] = (incidents, fatalities) if known else None
    return sums


@pytest.fixture
def three_months(sample_month, tmp_path) -> Path:
    return write_history_export(sample_month, tmp_path / "mali_2020-12_2021-02.csv")


def test_monthly_table_holds_the_exports_months_and_unknown_before(three_months, tmp_path):
    gpkg = tmp_path / "month" / "incidents_2021-02.gpkg"
    result = import_month([three_months], "2021-02", gpkg)
    expected = sums_by_month_and_region(three_months)
    table = monthly_sums(gpkg)
    assert sorted(table) == months_between("2020-02", "2021-02")
    for month in ("2020-12", "2021-01", "2021-02"):
        for region, figures in table[month].items():
            assert figures == expected.get((month, region), (0, 0)), (month, region)
    # Nothing covers the months before December: unknown (null), never zero.
    for month in months_between("2020-02", "2020-11"):
        assert set(table[month].values()) == {None}, month
    assert result.history_summary() == "history_known=2/12"
    # The atlas reads the same history back from the GeoPackage.
    history = read_history(gpkg, "2021-02")
    region_changes = changes(history, "region")
    # Menaka had no incident in January: a known zero, not unknown.
    assert region_changes.at["Menaka", "previous_fatalities"] == 0
    assert region_changes.at["Menaka", "fatalities"] == expected[("2021-02", "Menaka")][1]
    assert region_changes.at["Kayes", "incidents_change"] == -1
    assert history.unknown_months == months_between("2020-02", "2020-11")


def test_the_sample_month_alone_has_an_unknown_history(sample_month, tmp_path):
    gpkg = tmp_path / "incidents.gpkg"
    result = import_month([sample_month], "2021-02", gpkg, history_months=3)
    table = monthly_sums(gpkg)
    assert sorted(table) == ["2020-11", "2020-12", "2021-01", "2021-02"]
    for month in ("2020-11", "2020-12", "2021-01"):
        assert set(table[month].values()) == {None}
    assert table["2021-02"]["Mopti"] == (28, 70)
    assert result.history_summary() == "history_known=0/3"
    region_changes = changes(read_history(gpkg, "2021-02"), "region")
    assert region_changes["previous_fatalities"].isna().all()


def test_earlier_month_geopackages_in_the_folder_are_history(three_months, sample_month, tmp_path):
    january = tmp_path / "incidents_2021-01.gpkg"
    import_month([three_months], "2021-01", january, history_months=0)
    # An unrelated GeoPackage in the folder is not a source.
    (tmp_path / "notes.gpkg").write_bytes(b"not a geopackage")
    february = tmp_path / "incidents_2021-02.gpkg"
    result = import_month([sample_month], "2021-02", february, history_months=2)
    assert result.history_geopackages == [january]
    expected = sums_by_month_and_region(three_months)
    table = monthly_sums(february)
    for region, figures in table["2021-01"].items():
        assert figures == expected.get(("2021-01", region), (0, 0)), region
    assert set(table["2020-12"].values()) == {None}


def test_an_export_covering_a_month_wins_over_its_geopackage(three_months, tmp_path):
    january = tmp_path / "incidents_2021-01.gpkg"
    import_month([three_months], "2021-01", january, history_months=0)
    february = tmp_path / "incidents_2021-02.gpkg"
    result = import_month([three_months], "2021-02", february, history_months=2)
    assert result.history_geopackages == []
    expected = sums_by_month_and_region(three_months)
    assert monthly_sums(february)["2021-01"]["Mopti"] == expected[("2021-01", "Mopti")]


def test_history_months_on_the_command_line(run_cli, three_months, tmp_path):
    gpkg = tmp_path / "out.gpkg"
    done = run_cli(
        "import", three_months, "--month", "2021-02", "--out", gpkg, "--history-months", "1"
    )
    assert done.returncode == 0, done.stderr
    assert "history_known=1/1" in done.stdout
    assert sorted(monthly_sums(gpkg)) == ["2021-01", "2021-02"]
    done = run_cli(
        "import", three_months, "--month", "2021-02", "--out", gpkg, "--history-months", "-2"
    )
    assert done.returncode == 2
    assert "--history-months" in done.stderr and "Traceback" not in done.stderr
    done = run_cli(
        "import", three_months, "--month", "2021-02", "--out", gpkg, "--history-months", "0"
    )
    assert done.returncode == 0, done.stderr
    with contextlib.closing(sqlite3.connect(gpkg)) as database:
        tables = {row[0] for row in database.execute("SELECT name FROM sqlite_master")}
    assert "monthly" not in tables  # an older history of the file is not left behind
