"""The sample month resources/sample/acled_mali_2021-02.csv matches the February 2021 report."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from mali_incidents import definitions
from mali_incidents.definitions import ACLED_EVENT_TYPES as EVENT_TYPES

ACLED_COLUMNS = list(definitions.ACLED_COLUMNS)

# The report's "Fatalities by region" table; the regions it lists without one had none.
REPORT_FATALITIES = {
    "Mopti": 70,
    "Menaka": 29,
    "Tombouctou": 19,
    "Segou": 9,
    "Gao": 7,
    "Bamako": 0,
    "Kidal": 0,
    "Sikasso": 0,
}


@pytest.fixture(scope="module")
def month(sample_month: Path) -> pd.DataFrame:
    """The sample as text, blanks kept as "" (sample_month is its path, from conftest)."""
    return pd.read_csv(sample_month, dtype=str, keep_default_na=False, encoding="utf-8")


def test_sample_has_the_58_incidents_of_the_report(month: pd.DataFrame) -> None:
    assert len(month) == 58


def test_sample_has_the_31_acled_columns_in_order(month: pd.DataFrame) -> None:
    assert list(month.columns) == ACLED_COLUMNS


def test_sample_is_utf8_without_bom(sample_month: Path) -> None:
    assert not sample_month.read_bytes().startswith(b"\xef\xbb\xbf")


def test_fatalities_per_region_match_the_report(month: pd.DataFrame) -> None:
    fatalities = month["fatalities"].astype(int)
    per_region = fatalities.groupby(month["admin1"]).sum().to_dict()
    for region, expected in REPORT_FATALITIES.items():
        assert per_region.get(region, 0) == expected, region
    assert set(per_region) <= set(REPORT_FATALITIES)
    assert fatalities.sum() == 134


def test_rows_carry_the_report_verbatim(month: pd.DataFrame, shared_dir: Path) -> None:
    seed = pd.read_csv(
        shared_dir / "seed" / "incidents_2021_02_from_seed.csv", dtype=str, keep_default_na=False
    )
    seed_dates = pd.to_datetime(seed["event_date"], format="%d %B %Y").dt.strftime("%Y-%m-%d")
    columns = ["event_date", "sub_event_type", "location", "notes", "fatalities"]
    expected = seed.assign(event_date=seed_dates)[columns]
    key = columns[:3]
    assert month[columns].sort_values(key).values.tolist() == (
        expected.sort_values(key).values.tolist()
    )


def test_every_point_lies_in_its_own_region(month: pd.DataFrame, shared_dir: Path) -> None:
    ogr = pytest.importorskip("osgeo.ogr")
    shapely_wkb = pytest.importorskip("shapely.wkb")
    shapely_geometry = pytest.importorskip("shapely.geometry")

    source = ogr.Open(str(shared_dir / "data" / "mali_admin1_ocha.gpkg"))
    assert source is not None
    regions = {}
    for feature in source.GetLayerByName("mali_admin1"):
        geometry = feature.GetGeometryRef()
        regions[feature.GetField("admin1")] = shapely_wkb.loads(bytes(geometry.ExportToWkb()))

    outside = []
    for incident in month.itertuples(index=False):
        point = shapely_geometry.Point(float(incident.longitude), float(incident.latitude))
        region = regions.get(incident.admin1)
        if region is None or not region.contains(point):
            outside.append((incident.event_id_cnty, incident.location, incident.admin1))
    assert outside == []


def test_event_and_disorder_types_follow_sub_event_type(month: pd.DataFrame) -> None:
    assert set(month["sub_event_type"]) <= set(EVENT_TYPES)
    for incident in month.itertuples(index=False):
        expected = EVENT_TYPES[incident.sub_event_type]
        assert (incident.disorder_type, incident.event_type) == expected, incident.event_id_cnty


def test_inter_codes_and_interaction(month: pd.DataFrame) -> None:
    for incident in month.itertuples(index=False):
        inter1 = int(incident.inter1)
        inter2 = int(incident.inter2 or 0)
        assert 1 <= inter1 <= 8, incident.event_id_cnty
        if incident.actor2:
            assert 1 <= inter2 <= 8, incident.event_id_cnty
            low, high = sorted((inter1, inter2))
            assert int(incident.interaction) == low * 10 + high, incident.event_id_cnty
        else:
            assert inter2 == 0, incident.event_id_cnty
            assert int(incident.interaction) == inter1 * 10, incident.event_id_cnty


def test_violence_against_civilians_is_civilian_targeting(month: pd.DataFrame) -> None:
    against_civilians = month["event_type"] == "Violence against civilians"
    assert (month.loc[against_civilians, "civilian_targeting"] == "Civilian targeting").all()
    assert set(month["civilian_targeting"]) <= {"", "Civilian targeting"}


def test_event_ids_are_unique_acled_ids(month: pd.DataFrame) -> None:
    assert month["event_id_cnty"].is_unique
    assert month["event_id_cnty"].str.fullmatch(r"MLI\d+").all()


def test_constant_columns(month: pd.DataFrame) -> None:
    assert set(month["country"]) == {"Mali"}
    assert set(month["iso"]) == {"466"}
    assert set(month["region"]) == {"Western Africa"}
    assert set(month["year"]) == {"2021"}
    assert month["event_date"].str.fullmatch(r"2021-02-\d\d").all()
    assert set(month["time_precision"]) <= {"1", "2", "3"}
    assert set(month["geo_precision"]) <= {"1", "2", "3"}
    assert month["timestamp"].str.fullmatch(r"\d{10}").all()
