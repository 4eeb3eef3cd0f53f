"""Random corruptions of the sample month never break the promise: no row vanishes, no crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mali_incidents.acled import AcledInputError
from mali_incidents.importer import import_month

CORRUPTIBLE_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "sub_event_type",
    "actor1",
    "inter1",
    "inter2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "notes",
]
BAD_VALUES = st.one_of(
    st.just(""),
    st.text(max_size=12),
    st.sampled_from(
        [
            "NaN",
            "-1",
            "1e9",
            "2.5",
            "null",
            "31 February 2021",
            "2021-02-30",
            "999",
            "-999.5",
            "Ségou",
            "MALI",
            '"',
            ",",
            ";",
            "\n",
            "0x1F",
        ]
    ),
    st.integers(-10_000, 10_000).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
CORRUPTION = st.tuples(st.integers(0, 57), st.sampled_from(CORRUPTIBLE_COLUMNS), BAD_VALUES)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    corruptions=st.lists(CORRUPTION, min_size=1, max_size=25),
    duplicated=st.lists(st.integers(0, 57), max_size=4),
)
@example(corruptions=[(0, "event_id_cnty", "0\r")], duplicated=[])  # a bare carriage return
def test_rows_in_equal_loaded_plus_rejected(sample_month, corruptions, duplicated):
    rows = pd.read_csv(sample_month, dtype=str, keep_default_na=False)
    for row, column, value in corruptions:
        rows.loc[row, column] = value
    rows = pd.concat([rows, rows.iloc[duplicated]], ignore_index=True)
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "corrupted.csv"
        # CRLF line ends, as a spreadsheet writes them: the csv module then quotes a cell
        # holding a bare "\r" (with "\n" alone it writes it bare, a line break to any
        # reader, and the file has one row more than the frame: 59 read, not 58).
        rows.to_csv(export, index=False, lineterminator="\r\n")
        try:
            result = import_month([export], "2021-02", Path(folder) / "m.gpkg")
        except AcledInputError as error:
            # Only a whole-file problem may stop an import: here, nothing of Mali in the month.
            assert "\n" not in str(error) and "corrupted.csv" in str(error)
            return
        # Every row read, not only the country's: rows naming no country or a near miss of it
        # ("MaIi") are rejected, not filtered out before counting.
        assert result.rows_in == result.incidents + result.rejected + result.duplicates
        assert (
            result.rows_read
            == len(rows)
            == (result.rows_in + result.other_countries + result.other_months)
        )
        assert len(result.rejects_frame) == result.rejected + result.duplicates
        assert result.incidents_frame["fatalities"].ge(0).all()
