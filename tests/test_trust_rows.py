"""Issue 9, the readers' half: every row accounted for, no traceback on a bad file, the same
results with and without pyarrow, French Excel re-saves and other encodings, fatalities to
check. Real bad files, written to tmp_path, read by the real importer and command line."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys

import pandas as pd
import pytest
from osgeo import ogr

from mali_incidents.acled import AcledInputError
from mali_incidents.importer import import_month

MONTH = "2021-02"


@pytest.fixture
def sample_rows(sample_month) -> pd.DataFrame:
    return pd.read_csv(sample_month, dtype=str, keep_default_na=False)


def write_csv(frame: pd.DataFrame, path, **options):
    frame.to_csv(path, index=False, **options)
    return path


def balanced(result) -> None:
    """The promise: every row read is loaded, rejected, a duplicate, of another country or
    of another month; the rejects table holds the rejected rows and the duplicates."""
    assert result.rows_in == result.incidents + result.rejected + result.duplicates
    assert result.rows_read == (
        result.incidents
        + result.rejected
        + result.duplicates
        + result.other_countries
        + result.other_months
    )
    assert len(result.rejects_frame) == result.rejected + result.duplicates


def reasons_by_line(result) -> dict[int, str]:
    rejects = result.rejects_frame
    return dict(zip(rejects["source_line"].astype(int), rejects["reason"]))


# -- case 6: rows no longer vanish -----------------------------------------------------------


def test_case6_every_row_is_loaded_rejected_or_counted_elsewhere(sample_rows, tmp_path, run_cli):
    rows = sample_rows.copy()
    rows.loc[0, "country"] = "Mal"  # spreadsheet row 2
    rows.loc[[1, 2, 3], "country"] = "MaIi"  # capital i for l, rows 3-5
    rows.loc[4, "country"] = "Mali\u00a0"  # a no-break space from a web page: Mali
    rows.loc[5, "country"] = " \u00a0Mali  "
    rows.loc[6, "country"] = ""  # row 8
    rows.loc[7, "country"] = "Niger"
    rows.loc[8, "admin1"] = "\u00a0Mopti "  # other text fields are normalised too
    rows.loc[8, "location"] = "Dogo\u00a0 Guillado"
    march = sample_rows.iloc[[10, 11]].copy()
    march["event_date"] = "2021-03-02"
    march.iloc[0, march.columns.get_loc("country")] = "MaIi"  # near miss of another month
    path = write_csv(pd.concat([rows, march]), tmp_path / "typed.csv")

    result = import_month([path], MONTH, tmp_path / "m.gpkg")
    balanced(result)
    assert (result.rows_read, result.incidents, result.rejected, result.duplicates) == (
        60,
        52,
        5,
        0,
    )
    assert (result.other_countries, result.other_months) == (1, 2)
    reasons = reasons_by_line(result)
    assert reasons[2] == "not Mali — did you mean Mali?"
    assert reasons[3] == reasons[4] == reasons[5] == "not Mali — did you mean Mali?"
    assert reasons[8] == "country empty"
    assert set(result.incidents_frame["country"]) == {"Mali"}
    loaded = result.incidents_frame.set_index("source_line")
    assert loaded.loc[10, "admin1"] == "Mopti"
    assert loaded.loc[10, "location"] == "Dogo Guillado"
    assert result.warnings[0].startswith("4 rows name 'MaIi' — did you mean Mali?")
    assert result.warnings[1].startswith("1 row names 'Mal' — did you mean Mali?")
    assert result.summary() == (
        "incidents=52 fatalities=125 rejected=5 duplicates=0 other_countries=1 "
        "other_months=2 rows_read=60 fatalities_flagged=0"
    )

    done = run_cli("import", path, "--month", MONTH, "--out", tmp_path / "cli.gpkg")
    assert done.returncode == 0, done.stderr
    # Issue 13: and how much of the history the file gave (history_known=...).
    assert done.stdout == f"{result.summary()} {result.history_summary()}\n"
    assert "warning: 4 rows name 'MaIi' — did you mean Mali?" in done.stderr
    assert "Traceback" not in done.stderr


def test_case6_a_file_of_near_misses_only_is_rejected_row_by_row_not_dropped(sample_rows, tmp_path):
    sample_rows["country"] = "MaIi"
    result = import_month(
        [write_csv(sample_rows, tmp_path / "all_maii.csv")], MONTH, tmp_path / "m.gpkg"
    )
    balanced(result)
    assert (result.incidents, result.rejected) == (0, 58)
    assert result.warnings[0].startswith("58 rows name 'MaIi' — did you mean Mali?")


def test_case6_many_near_miss_names_do_not_flood_the_warnings(sample_rows, tmp_path):
    names = ["Mal", "MaIi", "Malí", "Mali.", "Mali-", "Mail", "Mali?", "Mali!"]
    for row, name in enumerate(names):
        sample_rows.loc[row, "country"] = name
    result = import_month(
        [write_csv(sample_rows, tmp_path / "many.csv")], MONTH, tmp_path / "m.gpkg"
    )
    balanced(result)
    assert result.rejected == len(names)
    assert len(result.warnings) == 6
    assert result.warnings[-1].startswith("and 3 other names close to Mali (3 rows")


def test_case6_a_name_no_country_has_is_counted_and_named(sample_rows, tmp_path):
    sample_rows.loc[[0, 1, 2], "country"] = "Mlai"  # too far from Mali to guess
    sample_rows.loc[3, "country"] = "Atlantis"
    result = import_month(
        [write_csv(sample_rows, tmp_path / "unknown.csv")], MONTH, tmp_path / "m.gpkg"
    )
    balanced(result)
    assert (result.incidents, result.other_countries) == (54, 4)
    assert result.warnings == [
        "4 rows name a country ACLED does not use ('Mlai' 3, 'Atlantis' 1): counted as "
        "other countries"
    ]


# -- case 7: no traceback from the readers ---------------------------------------------------


def hostile_files(sample_rows, folder) -> dict:
    """Name -> (path, words the one line must say)."""
    cases = {}
    header = ",".join(sample_rows.columns)
    body = sample_rows.to_csv(index=False, header=False)
    twice = folder / "country_twice.csv"
    twice.write_text(header + ",country\n" + body.replace("\n", ",Niger\n"), encoding="utf-8")
    cases["duplicate column"] = (twice, ["country_twice.csv", "column country", "18, 32"])
    cased = folder / "country_cased.csv"
    cased.write_text(header.replace("admin1", "Country") + "\n" + body, encoding="utf-8")
    cases["duplicate column by case"] = (cased, ["country_cased.csv", "country", "2 times"])
    sheet = folder / "twice.xlsx"
    with pd.ExcelWriter(sheet) as writer:
        frame = sample_rows.copy()
        frame.columns = [name if name != "notes" else "fatalities" for name in frame.columns]
        frame.to_excel(writer, index=False)
    cases["duplicate column in XLSX"] = (sheet, ["twice.xlsx", "fatalities", "2 times"])
    records = sample_rows.to_dict(orient="records")
    nested = folder / "nested.json"
    nested.write_text('{"data": ' + "[" * 100_000 + "]" * 100_000 + "}")
    cases["deeply nested JSON"] = (nested, ["nested.json", "nested too deeply"])
    surrogate = folder / "surrogate.json"
    records_with_surrogate = [dict(record) for record in records]
    records_with_surrogate[3]["notes"] = "attack \ud800 reported"
    surrogate.write_text(json.dumps({"data": records_with_surrogate}), encoding="utf-8")
    cases["lone surrogate"] = (surrogate, ["surrogate.json", "record 4", "notes", "surrogate"])
    nul = folder / "nul.json"
    records_with_nul = [dict(record) for record in records]
    records_with_nul[6]["notes"] = "seven killed\u0000 (the rest of the note)"
    nul.write_text(json.dumps({"data": records_with_nul}), encoding="utf-8")
    cases["NUL in a JSON string"] = (nul, ["nul.json", "record 7", "notes", "NUL"])
    keys = folder / "keys.json"
    keys.write_text('{"data": [{"country": "Mali", "country": "Niger"}]}', encoding="utf-8")
    cases["duplicate JSON key"] = (keys, ["keys.json", "'country' twice"])
    cased_keys = folder / "cased_keys.json"
    cased_records = [{**record, "Country": "Niger"} for record in records]
    cased_keys.write_text(json.dumps({"data": cased_records}), encoding="utf-8")
    cases["JSON keys differing by case"] = (cased_keys, ["cased_keys.json", "country"])
    return cases


@pytest.mark.parametrize(
    "case",
    [
        "duplicate column",
        "duplicate column by case",
        "duplicate column in XLSX",
        "deeply nested JSON",
        "lone surrogate",
        "NUL in a JSON string",
        "duplicate JSON key",
        "JSON keys differing by case",
    ],
)
def test_case7_a_hostile_file_is_one_line_on_stderr_exit_2(sample_rows, tmp_path, run_cli, case):
    path, words = hostile_files(sample_rows, tmp_path)[case]
    gpkg = tmp_path / "out" / "m.gpkg"
    done = run_cli("import", path, "--month", MONTH, "--out", gpkg)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: ")
    assert "Traceback" not in done.stderr and "ERROR 1" not in done.stderr
    for word in words:
        assert word in done.stderr
    assert not gpkg.exists()  # no empty GeoPackage left behind
    with pytest.raises(AcledInputError):  # the GUI and Processing get the same sentence
        import_month([path], MONTH, gpkg)


def test_case7_a_file_name_with_a_line_break_stays_one_line(sample_rows, tmp_path, run_cli):
    path = write_csv(sample_rows.drop(columns=["admin1"]), tmp_path / "two\nlines.csv")
    done = run_cli("import", path, "--month", MONTH, "--out", tmp_path / "m.gpkg")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "two\\nlines.csv" in done.stderr


def test_case7_previous_month_untouched_when_the_file_is_refused(sample_rows, tmp_path):
    gpkg = tmp_path / "m.gpkg"
    import_month([write_csv(sample_rows, tmp_path / "good.csv")], MONTH, gpkg)
    before = gpkg.read_bytes()
    path, _ = hostile_files(sample_rows, tmp_path)["lone surrogate"]
    with pytest.raises(AcledInputError):
        import_month([path], MONTH, gpkg)
    assert gpkg.read_bytes() == before


# -- case 8: the same results with and without pyarrow ---------------------------------------


def ragged_files(sample_rows, folder) -> dict:
    """Files pyarrow used to refuse whole, or read differently from the row-by-row reader."""
    text = sample_rows.to_csv(index=False)
    lines = text.splitlines(keepends=True)
    cases = {}
    short = [*lines[:5], '"a","b"\n', *lines[5:]]  # spreadsheet row 6
    cases["short row"] = "".join(short)
    long = [*lines[:9], ",".join(["x"] * 40) + "\n", *lines[9:]]  # row 10
    cases["long row"] = "".join(long)
    extra = [*lines[:3], lines[3].rstrip("\n") + ",extra value\n", *lines[3:]]
    cases["a row with one value too many"] = "".join(extra)
    cases["blank lines"] = "".join([*lines[:4], "\n", "\n", *lines[4:], ",,,\n"])
    cases["quoted line breaks"] = text.replace("attacked", "attacked\r\n", 3)
    cases["unknown columns twice"] = "".join(
        [lines[0].rstrip("\n") + ",comment,comment\n"]
        + [line.rstrip("\n") + ",a,b\n" for line in lines[1:]]
    )
    return cases


def test_case8_same_result_with_and_without_pyarrow(sample_rows, tmp_path):
    import pyarrow  # noqa: F401 - make setup installs it: both ways must run here

    for name, text in ragged_files(sample_rows, tmp_path).items():
        path = tmp_path / f"{name.replace(' ', '_')}.csv"
        path.write_text(text, encoding="utf-8")
        results = {}
        for use_pyarrow in (True, False):
            result = import_month(
                [path], MONTH, tmp_path / f"{use_pyarrow}.gpkg", use_pyarrow=use_pyarrow
            )
            balanced(result)
            results[use_pyarrow] = (
                result.rows_read,
                result.incidents,
                result.rejected,
                reasons_by_line(result),
                sorted(result.incidents_frame["source_line"]),
                result.incidents_frame.sort_values("source_line")["notes"].tolist(),
            )
        assert results[True] == results[False], name
        if name == "short row":
            assert results[True][:3] == (59, 58, 1)
            assert results[True][3] == {6: "row has 2 values, the header 31 columns"}
        if name == "long row":
            assert results[True][3] == {10: "row has 40 values, the header 31 columns"}
        if name == "blank lines":  # blank lines are not rows, but the spreadsheet counts them
            assert results[True][:3] == (58, 58, 0)
            assert 7 in results[True][4] and 5 not in results[True][4]


def test_case8_duplicate_columns_refused_the_same_way(sample_rows, tmp_path):
    path, _ = hostile_files(sample_rows, tmp_path)["duplicate column"]
    messages = set()
    for use_pyarrow in (True, False):
        with pytest.raises(AcledInputError) as raised:
            import_month([path], MONTH, tmp_path / "m.gpkg", use_pyarrow=use_pyarrow)
        messages.add(str(raised.value))
    assert len(messages) == 1


# -- case 9: Excel, encodings, sheets, fatalities --------------------------------------------


def french_excel_resave(sample_rows, path):
    """What Excel in French writes when the analyst opens ACLED's CSV and saves it again."""
    frame = sample_rows.copy()
    frame["event_date"] = pd.to_datetime(frame["event_date"]).dt.strftime("%d/%m/%Y")
    for column in ("latitude", "longitude"):
        frame[column] = frame[column].str.replace(".", ",", regex=False)
    frame.to_csv(path, index=False, sep=";", encoding="cp1252", lineterminator="\r\n")
    return path


def test_case9_french_excel_resave_loads_58_of_58(sample_rows, sample_month, tmp_path):
    original = import_month([sample_month], MONTH, tmp_path / "original.gpkg")
    path = french_excel_resave(sample_rows, tmp_path / "acled_excel_fr.csv")
    assert b";" in path.read_bytes()[:400] and b"28/02/2021" in path.read_bytes()
    for use_pyarrow in (True, False):
        result = import_month([path], MONTH, tmp_path / "fr.gpkg", use_pyarrow=use_pyarrow)
        balanced(result)
        assert (result.incidents, result.rejected, result.fatalities) == (58, 0, 134)
        columns = ["event_id_cnty", "event_date", "latitude", "longitude", "notes"]
        pd.testing.assert_frame_equal(
            result.incidents_frame[columns], original.incidents_frame[columns]
        )


def test_case9_us_excel_dates_are_month_first_when_the_values_say_so(sample_rows, tmp_path):
    sample_rows["event_date"] = pd.to_datetime(sample_rows["event_date"]).dt.strftime("%-m/%-d/%Y")
    result = import_month([write_csv(sample_rows, tmp_path / "us.csv")], MONTH, tmp_path / "m.gpkg")
    assert (result.incidents, result.rejected) == (58, 0)
    assert str(result.incidents_frame["event_date"].max()) == "2021-02-28"


def test_case9_encoding_decided_on_the_whole_file(sample_rows, tmp_path):
    # Over a MiB of plain ASCII rows of another country first, then one cp1252 byte.
    niger = pd.concat([sample_rows] * 200, ignore_index=True)
    niger["country"] = "Niger"
    rows = pd.concat([niger, sample_rows], ignore_index=True)
    rows.loc[len(rows) - 1, "notes"] = "Attaque près de Ségou"
    path = write_csv(rows, tmp_path / "late_cp1252.csv", encoding="cp1252")
    assert path.stat().st_size > (1 << 20) and path.read_bytes().find(b"\xe8") > (1 << 20)
    for use_pyarrow in (True, False):
        result = import_month([path], MONTH, tmp_path / "m.gpkg", use_pyarrow=use_pyarrow)
        balanced(result)
        assert (result.incidents, result.other_countries) == (58, len(niger))
        assert "Attaque près de Ségou" in set(result.incidents_frame["notes"])


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_case9_utf16_with_a_byte_order_mark_is_read(sample_rows, tmp_path, encoding):
    sample_rows.loc[0, "notes"] = "Attaque à Ménaka – « rapporté »"
    path = tmp_path / "unicode_text.txt"
    text = sample_rows.to_csv(index=False, sep="\t")
    bom = codecs.BOM_UTF16_BE if encoding == "utf-16-be" else b""
    path.write_bytes(bom + text.encode(encoding))
    result = import_month([path], MONTH, tmp_path / "m.gpkg")
    assert (result.incidents, result.rejected) == (58, 0)
    assert "Attaque à Ménaka – « rapporté »" in set(result.incidents_frame["notes"])


def test_case9_every_sheet_with_acled_columns_is_read_and_the_others_named(sample_rows, tmp_path):
    path = tmp_path / "book.xlsx"
    additions = sample_rows.iloc[:3].copy()
    additions["event_id_cnty"] = ["ANALYST1", "ANALYST2", "ANALYST3"]
    with pd.ExcelWriter(path) as writer:
        sample_rows.iloc[3:].to_excel(writer, sheet_name="ACLED", index=False)
        pd.DataFrame({"region": ["Mopti"], "total": [70]}).to_excel(
            writer, sheet_name="Pivot", index=False
        )
        additions.to_excel(writer, sheet_name="Additions", index=False)
    result = import_month([path], MONTH, tmp_path / "m.gpkg")
    balanced(result)
    assert (result.rows_read, result.incidents) == (58, 58)
    assert set(result.incidents_frame["source_file"]) == {
        "book.xlsx [ACLED]",
        "book.xlsx [Additions]",
    }
    assert result.warnings == [
        "book.xlsx: sheet 'Pivot' not read (no ACLED columns); read: 'ACLED', 'Additions'"
    ]


def test_case9_exponents_and_implausible_fatalities_are_flagged(sample_rows, tmp_path):
    sample_rows.loc[0, "fatalities"] = "1e3"  # row 2
    sample_rows.loc[1, "fatalities"] = "1500"  # row 3
    sample_rows.loc[2, "fatalities"] = "4.0"  # row 4
    gpkg = tmp_path / "m.gpkg"
    result = import_month([write_csv(sample_rows, tmp_path / "e.csv")], MONTH, gpkg)
    assert (result.incidents, result.rejected, result.fatalities_flagged) == (58, 0, 3)
    assert "fatalities_flagged=3" in result.summary()
    assert "3 incidents loaded with fatalities to check" in result.warnings[-1]
    assert "e.csv row 2 (written as 1e3)" in result.warnings[-1]
    dataset = ogr.Open(str(gpkg))
    flags = {
        feature["source_line"]: feature["fatalities_flag"]
        for feature in dataset.GetLayerByName("incidents")
    }
    dataset = None
    assert flags[2] == "written as 1e3"  # 1000, not more: flagged for its form
    assert flags[3] == "more than 1,000 in one event"
    assert flags[4] == "written as 4.0"
    assert {flags[line] for line in range(5, 60)} == {""}


def test_case9_the_threshold_is_a_file_a_spreadsheet_opens(repo_root):
    from mali_incidents.validate import implausible_fatalities

    text = (repo_root / "symbology" / "plausibility.csv").read_text(encoding="utf-8")
    assert "implausible_fatalities,1000," in text
    assert implausible_fatalities() == 1000


def test_case7_gdal_messages_folded_into_the_one_line(sample_month, tmp_path, run_cli):
    not_a_geopackage = tmp_path / "month.gpkg"
    not_a_geopackage.write_text("my notes, not a GeoPackage\n")
    done = run_cli("import", sample_month, "--month", MONTH, "--out", not_a_geopackage)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("error: ")
    assert "ERROR" not in done.stderr and "Traceback" not in done.stderr
    assert "month.gpkg" in done.stderr
    assert not_a_geopackage.read_text() == "my notes, not a GeoPackage\n"


def test_case7_gdal_own_messages_are_kept_and_folded_not_printed(repo_root):
    # GDAL prints "ERROR 4: …" on stderr by itself; the command line keeps its messages
    # and folds the last error into its one line (a real GDAL call, in a process of its own).
    code = (
        "from osgeo import gdal\n"
        # GDAL's own return codes, said explicitly: GDAL 3.9+ (Debian sid) warns otherwise.
        "gdal.DontUseExceptions()\n"
        "from mali_incidents.__main__ import GdalMessages\n"
        "with GdalMessages() as messages:\n"
        "    gdal.Open('/nonexistent/month.tif')\n"
        "    gdal.Error(gdal.CE_Warning, 1, 'a warning of GDAL')\n"
        "print(messages.folded_into('error: month.tif cannot be read'))\n"
        "print(messages.warnings)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=repo_root, timeout=60
    )
    assert done.stderr == ""
    assert done.stdout.splitlines() == [
        "error: month.tif cannot be read (GDAL: /nonexistent/month.tif: No such file or directory)",
        "['a warning of GDAL']",
    ]
