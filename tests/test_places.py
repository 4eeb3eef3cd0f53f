"""add_place_fields: incidents that share a point, counted and named once at import."""

from __future__ import annotations

import pandas as pd

from mali_incidents.places import (
    FIELD_PLACE_FIRST,
    FIELD_PLACE_INCIDENTS,
    FIELD_PLACE_NAMES,
    add_place_fields,
)


def _incidents(rows: list[tuple[str, float | None, float | None]], index=None) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "location": [row[0] for row in rows],
            "longitude": [row[1] for row in rows],
            "latitude": [row[2] for row in rows],
            "fatalities": range(len(rows)),
        },
        index=index,
    )


def test_incidents_at_one_point_share_count_and_names_and_one_is_first():
    incidents = _incidents(
        [
            ("Tile", -3.6216, 14.4477),
            ("Boni", -1.97, 15.07),
            ("Parou", -3.6216, 14.4477),
            ("Fiko", -3.6216, 14.4477),
            ("Boni", -1.97, 15.07),
            ("Kidal", 1.41, 18.44),
            ("Tile", -3.6216, 14.4477),
        ]
    )
    placed = add_place_fields(incidents)

    assert placed[FIELD_PLACE_INCIDENTS].tolist() == [4, 2, 4, 4, 2, 1, 4]
    # Distinct names, sorted, as the style's array_distinct(array_agg(...)) gave them.
    assert placed[FIELD_PLACE_NAMES].tolist() == [
        "Fiko, Parou, Tile",
        "Boni",
        "Fiko, Parou, Tile",
        "Fiko, Parou, Tile",
        "Boni",
        "Kidal",
        "Fiko, Parou, Tile",
    ]
    # The first row of each place (the lowest fid once written) carries the label.
    assert placed[FIELD_PLACE_FIRST].tolist() == [1, 1, 0, 0, 0, 1, 0]
    assert placed[FIELD_PLACE_INCIDENTS].dtype == "int64"
    assert placed[FIELD_PLACE_FIRST].dtype == "int64"


def test_input_is_left_alone_and_index_and_columns_are_kept():
    incidents = _incidents([("Gao", -0.04, 16.27), ("Gao", -0.04, 16.27)], index=[7, 3])
    before = incidents.copy()
    placed = add_place_fields(incidents)

    pd.testing.assert_frame_equal(incidents, before)
    assert list(placed.index) == [7, 3]
    assert list(placed.columns[: len(before.columns)]) == list(before.columns)
    assert placed.loc[7, FIELD_PLACE_FIRST] == 1
    assert placed.loc[3, FIELD_PLACE_FIRST] == 0


def test_points_are_compared_rounded_and_names_sorted_across_accents_and_case():
    incidents = _incidents(
        [
            ("Sevare", -4.1, 14.5),
            ("Ségou", -4.1 + 1e-9, 14.5),  # float noise: the same point
            ("sofara", -4.1, 14.5 - 1e-9),
            ("Sévaré", -4.1001, 14.5),  # 10 m away: another place
        ]
    )
    placed = add_place_fields(incidents)

    assert placed[FIELD_PLACE_INCIDENTS].tolist() == [3, 3, 3, 1]
    assert placed[FIELD_PLACE_NAMES].iloc[0] == "Ségou, Sevare, sofara"
    assert placed[FIELD_PLACE_FIRST].tolist() == [1, 0, 0, 1]


def test_rows_without_a_point_are_each_their_own_place():
    incidents = _incidents(
        [("Nowhere", None, None), ("Nowhere", None, None), ("Gao", -0.04, 16.27)]
    )
    placed = add_place_fields(incidents)

    assert placed[FIELD_PLACE_INCIDENTS].tolist() == [1, 1, 1]
    assert placed[FIELD_PLACE_FIRST].tolist() == [1, 1, 1]
    assert placed[FIELD_PLACE_NAMES].tolist() == ["Nowhere", "Nowhere", "Gao"]


def test_empty_month_gets_the_columns():
    placed = add_place_fields(_incidents([]))

    assert placed.empty
    assert {FIELD_PLACE_INCIDENTS, FIELD_PLACE_NAMES, FIELD_PLACE_FIRST} <= set(placed.columns)
