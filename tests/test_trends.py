"""History, changes and key-change sentences (issue 13), against numbers written by hand.

The hand-made export: four months of Mali (November 2020 - February 2021), 13 incidents in
four regions, written in ACLED's CSV format and run through the import's own validation and
classification. Every expected figure below is added up by hand from the table in
``HAND_INCIDENTS`` (the comments show the sums), not computed by the code under test.
"""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd
import pytest

from mali_incidents.classify import classify_incidents
from mali_incidents.definitions import ACLED_COLUMNS, FIELD_SOURCE_FILE, FIELD_SOURCE_LINE
from mali_incidents.key_changes import (
    RULE_COLUMNS,
    KeyChangeRulesError,
    date_text,
    key_changes,
    load_key_change_rules,
    month_name,
    months_text,
    number_text,
    region_change_line,
)
from mali_incidents.trends import (
    DIRECTION_DOWN,
    DIRECTION_SAME,
    DIRECTION_UNKNOWN,
    DIRECTION_UP,
    TOTAL_ROW,
    TrendsError,
    build_history,
    cell_changes,
    changes,
    covered_months,
    deadliest_incident,
    export_coverage,
    first_time_regions,
    history_from_tables,
    month_against_history,
    month_coverage,
    monthly_series,
)
from mali_incidents.validate import validate_rows

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE = REPO_ROOT / "resources" / "sample" / "acled_mali_2021-02.csv"

JNIM = ("JNIM: Group for Support of Islam and Muslims", "2")  # Jihadist militants
DAN_NA = ("Dan Na Ambassagou", "4")  # Militias
FAMA = ("Military Forces of Mali (2020-2021)", "1")  # Security forces
FRANCE = ("Military Forces of France (2017-)", "8")  # External forces
UNIDENTIFIED = ("Unidentified Armed Group (Mali)", "3")  # Unidentified

# id, date, admin1, admin2, location, sub_event_type, actor, fatalities, hexagon cell
HAND_INCIDENTS = [
    ("N1", "2020-11-05", "Mopti", "Douentza", "Boni", "Armed clash", JNIM, 4, "A"),
    (
        "N2",
        "2020-11-20",
        "Gao",
        "Ansongo",
        "Ansongo",
        "Remote explosive/landmine/IED",
        JNIM,
        2,
        "B",
    ),
    ("D1", "2020-12-03", "Mopti", "Bankass", "Bankass", "Attack", DAN_NA, 6, "A"),
    ("D2", "2020-12-15", "Segou", "Niono", "Niono", "Armed clash", FAMA, 1, "E"),
    ("J1", "2021-01-04", "Mopti", "Douentza", "Douentza", "Armed clash", JNIM, 3, "A"),
    ("J2", "2021-01-10", "Mopti", "Bankass", "Bankass", "Attack", DAN_NA, 5, "B"),
    ("J3", "2021-01-22", "Gao", "Ansongo", "Tessit", "Armed clash", JNIM, 10, "C"),
    ("F1", "2021-02-02", "Mopti", "Douentza", "Boni", "Armed clash", JNIM, 12, "A"),
    ("F2", "2021-02-09", "Mopti", "Douentza", "Dinangourou", "Attack", JNIM, 7, "A"),
    (
        "F3",
        "2021-02-14",
        "Mopti",
        "Douentza",
        "Hombori",
        "Remote explosive/landmine/IED",
        JNIM,
        0,
        "B",
    ),
    ("F4", "2021-02-20", "Segou", "Niono", "Niono", "Armed clash", FAMA, 9, "C"),
    ("F5", "2021-02-25", "Kidal", "Tessalit", "Tessalit", "Air/drone strike", FRANCE, 3, "D"),
    (
        "F6",
        "2021-02-27",
        "Gao",
        "Gao",
        "Gao",
        "Remote explosive/landmine/IED",
        UNIDENTIFIED,
        1,
        "A",
    ),
]
# Sums by hand (incidents / fatalities):
#   Nov 2020: Mopti 1/4, Gao 1/2                          total 2/6
#   Dec 2020: Mopti 1/6, Segou 1/1                        total 2/7
#   Jan 2021: Mopti 2/8, Gao 1/10                         total 3/18
#   Feb 2021: Mopti 3/19, Gao 1/1, Segou 1/9, Kidal 1/3   total 6/32

# A Niger row: another country in the same export, with its own months.
NIGER_ROW = ("NER1", "2020-06-10", "Tillaberi", "Ayorou", "Ayorou", "Armed clash", JNIM, 2, "Z")


def acled_row(incident: tuple, country: str = "Mali") -> dict:
    event_id, day, admin1, admin2, location, sub_event, (actor, inter), fatalities, _ = incident
    row = dict.fromkeys(ACLED_COLUMNS, "")
    row.update(
        event_id_cnty=event_id,
        event_date=day,
        year=day[:4],
        event_type="Battles",
        sub_event_type=sub_event,
        actor1=actor,
        inter1=inter,
        country=country,
        admin1=admin1,
        admin2=admin2,
        location=location,
        latitude="14.5",
        longitude="-3.5",
        notes=f"On {day}, an incident in {location}.",
        fatalities=str(fatalities),
    )
    return row


@pytest.fixture(scope="module")
def hand_export(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "acled_mali_2020-11_2021-02.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(acled_row(incident) for incident in HAND_INCIDENTS)
        writer.writerow(acled_row(NIGER_ROW, country="Niger"))
    return path


def export_rows(path: Path) -> pd.DataFrame:
    """The export's rows as text, as the import reads them."""
    rows = pd.read_csv(path, dtype=str, keep_default_na=False)
    rows[FIELD_SOURCE_FILE] = path.name
    rows[FIELD_SOURCE_LINE] = range(2, len(rows) + 2)
    return rows


def classified(rows: pd.DataFrame) -> pd.DataFrame:
    """Mali's incidents as the import types and classifies them."""
    mali = rows[rows["country"] == "Mali"].reset_index(drop=True)
    validated = validate_rows(mali, "Mali")
    assert validated.rejects.empty, validated.rejects.to_dict("records")
    return classify_incidents(validated.incidents)


@pytest.fixture(scope="module")
def hand(hand_export):
    """(incidents with their hexagon cell, months covered, history of February 2021)."""
    rows = export_rows(hand_export)
    incidents = classified(rows)
    incidents["cell_id"] = incidents["event_id_cnty"].map(
        {incident[0]: incident[-1] for incident in HAND_INCIDENTS}
    )
    months = covered_months(export_coverage(rows, hand_export.name), "Mali")
    history = build_history(
        incidents, "2021-02", months, regions=("Gao", "Kidal", "Mopti", "Segou")
    )
    return incidents, months, history


# -- what each source covers -----------------------------------------------------------------


def test_an_export_covers_each_country_from_its_first_to_its_last_month(hand_export):
    coverage = export_coverage(export_rows(hand_export), hand_export.name)
    spans = {(item.country, item.first_month, item.last_month) for item in coverage}
    assert spans == {("Mali", "2020-11", "2021-02"), ("Niger", "2020-06", "2020-06")}
    assert covered_months(coverage, " mali ") == {"2020-11", "2020-12", "2021-01", "2021-02"}
    # An earlier month's GeoPackage covers its month; two sources add up.
    both = [*coverage, month_coverage("incidents_mali_2020-09.gpkg", "Mali", "2020-09")]
    assert covered_months(both, "Mali") == {"2020-09", "2020-11", "2020-12", "2021-01", "2021-02"}


def test_dates_in_acled_text_forms_give_the_same_coverage():
    rows = pd.DataFrame(
        {"country": ["Mali", "Mali", "Mali"], "event_date": ["08 March 2020", "2020-05-31", "x"]}
    )
    [coverage] = export_coverage(rows, "old.csv")
    assert (coverage.first_month, coverage.last_month) == ("2020-03", "2020-05")
    assert coverage.months() == ["2020-03", "2020-04", "2020-05"]


# -- the monthly table -----------------------------------------------------------------------


def test_monthly_table_has_every_combination_zero_where_covered_and_unknown_where_not(hand):
    _, _, history = hand
    monthly = history.monthly
    assert list(monthly.columns) == [
        "month",
        "region",
        "incident_type",
        "actor_group",
        "incidents",
        "fatalities",
    ]
    # 2020-02 .. 2021-02 (the month and 12 before) x 4 regions x 9 types x 5 groups.
    assert history.months[0] == "2020-02" and history.months[-1] == "2021-02"
    assert len(monthly) == 13 * 4 * 9 * 5
    assert history.unknown_months == [f"2020-{number:02d}" for number in range(2, 11)]
    unknown = monthly[monthly["month"] < "2020-11"]
    assert unknown["incidents"].isna().all() and unknown["fatalities"].isna().all()
    known = monthly[monthly["month"] >= "2020-11"]
    assert known["incidents"].notna().all() and known["fatalities"].notna().all()
    # Gao in December 2020: covered, no incident: a written zero, not unknown.
    gao_december = known[(known["month"] == "2020-12") & (known["region"] == "Gao")]
    assert gao_december["incidents"].sum() == 0 and not gao_december["incidents"].isna().any()
    # February 2021, Mopti, armed clashes by jihadists: F1 (12 killed).
    cell = monthly[
        (monthly["month"] == "2021-02")
        & (monthly["region"] == "Mopti")
        & (monthly["incident_type"] == "Armed clash")
        & (monthly["actor_group"] == "Jihadist militants")
    ]
    assert cell[["incidents", "fatalities"]].values.tolist() == [[1, 12]]


def test_monthly_table_sums_equal_the_export_read_independently(hand, hand_export):
    _, _, history = hand
    expected: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    with hand_export.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            if row["country"] == "Mali":
                expected[(row["event_date"][:7], row["admin1"])][0] += 1
                expected[(row["event_date"][:7], row["admin1"])][1] += int(row["fatalities"])
    sums = history.monthly.groupby(["month", "region"])[["incidents", "fatalities"]].sum()
    known = sums[sums.index.get_level_values("month") >= "2020-11"]
    assert {
        key: values for key, values in zip(known.index, known.values.tolist()) if any(values)
    } == (dict(expected))


def test_history_from_its_stored_tables_gives_the_same_figures(hand, tmp_path):
    _, _, history = hand
    # As a GeoPackage gives them back: plain columns, nulls as NaN, months as text.
    stored = tmp_path / "monthly.csv"
    history.monthly.to_csv(stored, index=False)
    totals = tmp_path / "totals.csv"
    history.country_totals.to_csv(totals, index=False)
    again = history_from_tables("2021-02", pd.read_csv(stored), pd.read_csv(totals))
    assert again.unknown_months == history.unknown_months
    pd.testing.assert_frame_equal(changes(again, "region"), changes(history, "region"))
    assert month_against_history(again) == month_against_history(history)
    assert [change.text for change in key_changes(again, None)] == [
        change.text for change in key_changes(history, None)
    ]
    with pytest.raises(TrendsError, match="does not hold the months up to 2021-03"):
        history_from_tables("2021-03", pd.read_csv(stored), pd.read_csv(totals))


def test_history_months_setting_and_later_months_left_out(hand):
    incidents, months, _ = hand
    history = build_history(incidents, "2021-01", months, history_months=2)
    assert history.months == ["2020-11", "2020-12", "2021-01"]
    # February's incidents are after the month: not counted.
    assert history.monthly["incidents"].sum() == 2 + 2 + 3
    assert history.monthly["fatalities"].sum() == 6 + 7 + 18


def test_country_totals_and_series_by_actor_group(hand):
    _, _, history = hand
    totals = monthly_series(history, by=None)
    known = totals[totals["month"] >= "2020-11"]
    assert known[["incidents", "fatalities"]].values.tolist() == [[2, 6], [2, 7], [3, 18], [6, 32]]
    assert totals[totals["month"] < "2020-11"]["incidents"].isna().all()
    by_group = monthly_series(history, by="actor_group").set_index(["month", "actor_group"])
    # February: jihadists F1 F2 F3 (12+7+0), security F4 (9), external F5 (3), unidentified F6.
    assert by_group.loc[("2021-02", "Jihadist militants")].tolist() == [3, 19]
    assert by_group.loc[("2021-02", "Security forces")].tolist() == [1, 9]
    assert by_group.loc[("2021-02", "External forces")].tolist() == [1, 3]
    assert by_group.loc[("2021-02", "Unidentified")].tolist() == [1, 1]
    assert by_group.loc[("2021-02", "Militias")].tolist() == [0, 0]
    # January: militias J2 (5 killed).
    assert by_group.loc[("2021-01", "Militias")].tolist() == [1, 5]
    assert pd.isna(by_group.loc[("2020-10", "Militias"), "incidents"])
    mopti = monthly_series(history, by=None, region="Mopti").set_index("month")
    assert mopti.loc["2020-11":, "fatalities"].tolist() == [4, 6, 8, 19]


# -- changes ---------------------------------------------------------------------------------


def test_previous_month_and_change_for_every_region_with_incidents_in_either_month(hand):
    _, _, history = hand
    regions = changes(history, "region")
    expected = {
        # region: (incidents, previous, fatalities, previous, change, direction)
        "Mopti": (3, 2, 19, 8, 11, DIRECTION_UP),
        "Gao": (1, 1, 1, 10, -9, DIRECTION_DOWN),
        "Segou": (1, 0, 9, 0, 9, DIRECTION_UP),
        "Kidal": (1, 0, 3, 0, 3, DIRECTION_UP),
    }
    for region, (
        incidents,
        before,
        fatalities,
        fatalities_before,
        change,
        arrow,
    ) in expected.items():
        row = regions.loc[region]
        assert (row["incidents"], row["previous_incidents"]) == (incidents, before), region
        assert (row["fatalities"], row["previous_fatalities"]) == (fatalities, fatalities_before)
        assert row["fatalities_change"] == change and row["fatalities_direction"] == arrow
    assert regions.loc["Gao", "incidents_direction"] == DIRECTION_SAME
    assert regions.loc["Mopti", "fatalities_percent"] == pytest.approx(11 / 8 * 100)
    assert pd.isna(regions.loc["Segou", "fatalities_percent"])  # from 0: no percentage
    total = changes(history, None).loc[TOTAL_ROW]
    assert (total["incidents"], total["previous_incidents"], total["incidents_change"]) == (6, 3, 3)
    assert (total["fatalities"], total["previous_fatalities"], total["fatalities_change"]) == (
        32,
        18,
        14,
    )


def test_growth_by_actor_group_and_incident_type(hand):
    _, _, history = hand
    groups = changes(history, "actor_group")
    # Fatalities, February against January: jihadists 19 vs 13 (J1 3 + J3 10), militias 0 vs 5.
    assert groups.loc["Jihadist militants", ["fatalities", "previous_fatalities"]].tolist() == [
        19,
        13,
    ]
    assert groups.loc["Militias", "fatalities_change"] == -5
    assert groups.loc["Security forces", "incidents_change"] == 1
    types = changes(history, "incident_type")
    # Armed clashes: F1 12 + F4 9 = 21 against J1 3 + J3 10 = 13; IEDs: F3 + F6 against none.
    assert types.loc["Armed clash", ["fatalities", "previous_fatalities"]].tolist() == [21, 13]
    assert types.loc["IED or grenade", ["incidents", "previous_incidents"]].tolist() == [2, 0]
    assert types.loc["Airstrike", "incidents_change"] == 1


def test_regions_with_incidents_for_the_first_time(hand):
    incidents, months, history = hand
    # Kidal: none in January, December, November (3 known months), October unknown.
    # Segou: none in January, one in December.
    first = first_time_regions(history, 1)
    assert first.values.tolist() == [["Kidal", 1, 3, 3], ["Segou", 1, 9, 1]]
    assert first_time_regions(history, 3)["region"].tolist() == ["Kidal"]
    # Not "first in 4 months": October is unknown, Kidal may have had incidents then.
    assert first_time_regions(history, 4).empty
    # November unknown too: Kidal's quiet stretch stops at December.
    without_november = incidents[~incidents["event_id_cnty"].isin(["N1", "N2"])]
    shorter = build_history(without_november, "2021-02", months - {"2020-11"})
    assert first_time_regions(shorter, 1).set_index("region")["months_without"].to_dict() == {
        "Kidal": 2,
        "Segou": 1,
    }


def test_month_total_against_the_last_12_months(hand):
    _, _, history = hand
    # Fatalities per known month: 6, 7, 18, then 32 in February.
    fatalities = month_against_history(history, "fatalities")
    assert (fatalities.value, fatalities.rank, fatalities.months_ranked) == (32, 1, 4)
    assert fatalities.average == pytest.approx((6 + 7 + 18) / 3)
    assert fatalities.higher_month is None and fatalities.known_since == "2020-11"
    # Incidents: 2, 2, 3, 6; in January 3, against 2 and 2: highest since the start.
    january = build_history(hand[0], "2021-01", hand[1])
    incidents = month_against_history(january, "incidents")
    assert (incidents.value, incidents.rank, incidents.months_ranked) == (3, 1, 3)


def long_history_incidents(fatalities_by_month: dict[str, int]) -> pd.DataFrame:
    """One incident a month in Mopti with the given fatalities (a long, known history)."""
    return pd.DataFrame(
        {
            "event_date": [pd.Timestamp(f"{month}-15").date() for month in fatalities_by_month],
            "admin1": "Mopti",
            "incident_type": "Armed clash",
            "actor_group": "Jihadist militants",
            "fatalities": list(fatalities_by_month.values()),
        }
    )


def test_highest_since_looks_back_over_all_covered_history_not_only_the_window():
    months = [f"{year}-{number:02d}" for year in (2019, 2020) for number in range(1, 13)]
    months.append("2021-01")
    months.append("2021-02")
    fatalities = dict.fromkeys(months, 5)
    fatalities.update({"2019-06": 60, "2020-03": 40, "2021-02": 35})
    incidents = long_history_incidents(fatalities)
    for history_months in (12, 3):
        history = build_history(incidents, "2021-02", months, history_months=history_months)
        against = month_against_history(history, "fatalities")
        assert (against.higher_month, against.higher_value) == ("2020-03", 40)
        texts = [change.text for change in key_changes(history, None)]
        assert "Highest monthly fatalities since March 2020: 35 in February 2021." in texts
    # 45 beats March 2020's 40 but not June 2019's 60, which is outside the 12-month window.
    fatalities["2021-02"] = 45
    history = build_history(long_history_incidents(fatalities), "2021-02", months)
    assert month_against_history(history).higher_month == "2019-06"
    # 70 beats everything since the files begin (January 2019).
    fatalities["2021-02"] = 70
    history = build_history(long_history_incidents(fatalities), "2021-02", months)
    against = month_against_history(history)
    assert (against.higher_month, against.known_since, against.rank) == (None, "2019-01", 1)
    assert (
        "Highest monthly fatalities since January 2019, the start of the known history: "
        "70 in February 2021."
    ) in [change.text for change in key_changes(history, None)]


def test_an_unknown_month_ends_the_look_back():
    months = [f"2020-{number:02d}" for number in range(1, 13)] + ["2021-01", "2021-02"]
    fatalities = dict.fromkeys(months, 5)
    fatalities.update({"2020-02": 90, "2021-02": 30})
    del fatalities["2020-05"]
    covered = set(fatalities)
    history = build_history(long_history_incidents(fatalities), "2021-02", covered)
    against = month_against_history(history)
    # February 2020 had more, but May 2020 is unknown: only "since June 2020" is true.
    assert (against.higher_month, against.known_since) == (None, "2020-06")
    texts = [change.text for change in key_changes(history, None)]
    assert "No file given covers May 2020: those months are unknown, not zero." in texts
    assert not any("History before" in text for text in texts)


def test_deadliest_incident(hand):
    incidents, _, _ = hand
    deadliest = deadliest_incident(incidents, "2021-02")
    # F1: 12 killed in Boni (Douentza, Mopti) on 2 February 2021.
    assert (deadliest.event_id_cnty, deadliest.location, deadliest.region) == (
        "F1",
        "Boni",
        "Mopti",
    )
    assert (deadliest.fatalities, str(deadliest.event_date), deadliest.tied) == (
        12,
        "2021-02-02",
        0,
    )
    assert deadliest_incident(incidents, "2020-12").event_id_cnty == "D1"
    assert deadliest_incident(incidents, "2020-10") is None


# -- key-change sentences ---------------------------------------------------------------------


def test_key_changes_in_english_name_the_largest_rise_and_the_unknown_history(hand):
    incidents, _, history = hand
    texts = [
        change.text
        for change in key_changes(history, deadliest_incident(incidents, "2021-02"), language="en")
    ]
    assert texts == [
        "History before November 2020 is unknown: no file given covers it.",
        "February 2021: 6 incidents and 32 fatalities, rank 1 of the last 4 months for "
        "fatalities (monthly average 10).",
        # Rises of 5 or more, largest first: Mopti +11, Segou +9 (Kidal's +3 is too small).
        "Fatalities rose in Mopti: 19, up from 8 in January (+11).",
        "Fatalities rose in Ségou: 9, up from 0 in January (+9).",
        "Fatalities fell in Gao: 1, down from 10 in January (−9).",
        "Deadliest incident: 12 killed in Boni (Mopti) on 2 February 2021 "
        "(Armed clash, Jihadist militants).",
    ]


def rules_with(path: Path, rows: list[list[str]]) -> list:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow([*RULE_COLUMNS, "text_en", "text_fr"])
        writer.writerows(rows)
    return load_key_change_rules(path)


def test_thresholds_from_the_rules_file_choose_what_is_said(hand, tmp_path):
    _, _, history = hand
    rules = rules_with(
        tmp_path / "rules.csv",
        [
            ["first_time_region", "yes", "", "", "", "3", "", "{region} after {months}", "-"],
            ["region_rise", "yes", "fatalities", "3", "", "", "1", "top {region}", "-"],
            ["actor_group_rise", "yes", "fatalities", "5", "25", "", "", "{actor_group}", "-"],
            ["incident_type_rise", "yes", "fatalities", "5", "25", "", "", "{incident_type}", "-"],
            ["incident_type_rise", "no", "", "", "", "", "", "never", "-"],
            [
                "month_highest_known",
                "yes",
                "",
                "",
                "",
                "3",
                "",
                "known {known_since_month_name}",
                "-",
            ],
        ],
    )
    texts = [change.text for change in key_changes(history, None, rules)]
    assert texts == [
        "Kidal after 3",
        "top Mopti",
        # Fatalities: security forces 9 from 0, jihadists 19 from 13 (+6, 46 %);
        # external forces +3 is under 5; militias fell.
        "Security forces",
        "Jihadist militants",
        # Armed clashes 21 from 13 (+8, 62 %); attacks +2 and airstrikes +3 are under 5.
        "Armed clash",
        "known November 2020",
    ]


def test_key_changes_in_french(hand):
    from mali_incidents.i18n import translated

    incidents, _, history = hand
    texts = [
        change.text
        for change in key_changes(
            history,
            deadliest_incident(incidents, "2021-02"),
            language="fr",
            name_in_language=translated,
        )
    ]
    assert texts[0] == (
        "L'historique avant novembre 2020 est inconnu : aucun fichier fourni ne le couvre."
    )
    assert "Mopti : hausse des morts, 19 contre 8 en janvier (+11)." in texts
    assert texts[-1] == (
        "Incident le plus meurtrier : 12 morts à Boni (Mopti) le 2 février 2021 "
        "(Affrontement armé, Groupes jihadistes)."
    )
    assert region_change_line(history, "Gao", language="fr") == (
        "Morts : 1, en baisse (contre 10 en janvier)."
    )
    # French month names are lower case: a sentence that opens with one still opens with a
    # capital (the month's rank: "Février 2021 : …", not "février 2021 : …").
    assert all(text[0].isupper() for text in texts), texts
    assert any(text.startswith("Février 2021 : ") for text in texts), texts


def test_region_change_lines(hand):
    _, _, history = hand
    assert region_change_line(history, "Mopti") == "Fatalities 19, up from 8 in January."
    assert region_change_line(history, "Gao") == "Fatalities 1, down from 10 in January."
    december = build_history(hand[0], "2020-12", hand[1])
    # Gao: nothing in December, N2 killed 2 in November.
    assert region_change_line(december, "Gao") == "Fatalities 0, down from 2 in November."
    assert region_change_line(december, "Segou") == "Fatalities 1, up from 0 in November."
    november = build_history(hand[0], "2020-11", hand[1])
    assert region_change_line(november, "Mopti") == "Fatalities 4; October 2020 unknown."


def test_the_sample_month_alone_says_history_is_unknown_not_zero():
    rows = export_rows(SAMPLE)
    incidents = classified(rows)
    history = build_history(
        incidents, "2021-02", covered_months(export_coverage(rows, "s"), "Mali")
    )
    # Independently from the CSV: incidents and fatalities per region.
    expected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    with SAMPLE.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            expected[row["admin1"]][0] += 1
            expected[row["admin1"]][1] += int(row["fatalities"])
    regions = changes(history, "region")
    for region, (count, killed) in expected.items():
        assert regions.loc[region, ["incidents", "fatalities"]].tolist() == [count, killed]
        assert pd.isna(regions.loc[region, "previous_fatalities"])
        assert pd.isna(regions.loc[region, "fatalities_change"])
        assert regions.loc[region, "fatalities_direction"] == DIRECTION_UNKNOWN
    assert len(history.unknown_months) == 12
    assert history.monthly[history.monthly["month"] < "2021-02"]["incidents"].isna().all()
    texts = [
        change.text for change in key_changes(history, deadliest_incident(incidents, "2021-02"))
    ]
    assert texts[0] == "History before February 2021 is unknown: no file given covers it."
    assert not any(" up from " in text or " down from " in text for text in texts)
    assert region_change_line(history, "Mopti") == (
        f"Fatalities {expected['Mopti'][1]}; January 2021 unknown."
    )


# -- the change map ----------------------------------------------------------------------------


def test_hexagon_change_is_the_month_minus_the_mean_of_the_three_before(hand):
    incidents, months, _ = hand
    result = cell_changes(incidents, "2021-02", months)
    cells = result.cells.set_index("cell_id")
    # February: A F1 F2 F6, B F3, C F4, D F5.
    # Nov, Dec, Jan: A 1, 1, 1 | B 1, 0, 1 | C 0, 0, 1 | D 0, 0, 0 | E 0, 1, 0.
    assert cells["incidents"].to_dict() == {"A": 3, "B": 1, "C": 1, "D": 1, "E": 0}
    assert cells["previous_mean"].to_dict() == pytest.approx(
        {"A": 1, "B": 2 / 3, "C": 1 / 3, "D": 0, "E": 1 / 3}
    )
    assert cells["change"].to_dict() == pytest.approx(
        {"A": 2, "B": 1 / 3, "C": 2 / 3, "D": 1, "E": -1 / 3}
    )
    # The map's totals equal the months' counts: 6 in February, 2 + 2 + 3 before.
    assert cells["incidents"].sum() == 6
    assert cells["previous_mean"].sum() * 3 == pytest.approx(7)
    assert result.months_compared == ["2020-11", "2020-12", "2021-01"]


def test_hexagon_change_over_the_known_months_only(hand):
    incidents, months, _ = hand
    result = cell_changes(incidents, "2021-02", months - {"2020-11"})
    assert result.unknown_months == ["2020-11"]
    assert result.months_compared == ["2020-12", "2021-01"]
    cells = result.cells.set_index("cell_id")
    assert cells.loc["B", "previous_mean"] == pytest.approx(0.5)  # J2 only, over 2 months
    alone = cell_changes(incidents, "2020-11", {"2020-11"})
    assert alone.cells["change"].isna().all() and alone.unknown_months == [
        "2020-08",
        "2020-09",
        "2020-10",
    ]


# -- words, rules file, safety ----------------------------------------------------------------


def test_month_names_are_those_qgis_prints_in_the_atlas():
    from qgis.PyQt.QtCore import QDate, QLocale

    for language in ("en", "fr"):
        for number in range(1, 13):
            qgis_name = QLocale(language).toString(QDate(2021, number, 1), "MMMM yyyy")
            assert month_name(f"2021-{number:02d}", language) == qgis_name


def test_words_of_each_language():
    from datetime import date

    assert date_text(date(2021, 2, 1), "fr") == "1er février 2021"
    assert date_text(date(2021, 2, 1), "en") == "1 February 2021"
    assert number_text(1234, "en") == "1,234" and number_text(1234, "fr") == "1\u00a0234"
    assert number_text(pd.NA, "en") == ""
    assert (number_text(4.5, "en"), number_text(10.33, "en"), number_text(-2.5, "en")) == (
        "5",
        "10",
        "-3",
    )
    assert months_text(["2020-03", "2020-04", "2020-05", "2020-09"], "en") == (
        "March 2020 – May 2020, September 2020"
    )


def test_the_shipped_rules_file_reads_and_offers_both_languages():
    rules = load_key_change_rules()
    assert {rule.rule for rule in rules} >= {
        "unknown_history",
        "region_rise",
        "first_time_region",
        "month_highest_since",
        "actor_group_rise",
        "incident_type_rise",
        "deadliest_incident",
    }
    assert all(set(rule.templates) == {"en", "fr"} for rule in rules if rule.enabled)


@pytest.mark.parametrize(
    ("template", "problem"),
    [
        ("{regoin} rose", "{regoin} is not a placeholder of region_rise"),
        ("{region.__class__}", "{region.__class__} is not a placeholder"),
        ("{region!r}", "{region!r} is not a placeholder"),
        ("{change:>{fatalities}}", "is not a placeholder"),
        ("{region", "(write {{ and }} for a brace)"),
    ],
)
def test_a_bad_template_is_one_line_naming_row_and_column(tmp_path, template, problem):
    with pytest.raises(KeyChangeRulesError) as error:
        rules_with(
            tmp_path / "rules.csv", [["region_rise", "yes", "", "", "", "", "", "ok", template]]
        )
    message = str(error.value)
    assert message.startswith("rules.csv, row 2, column text_fr: ") and problem in message
    assert "\n" not in message


def test_bad_cells_name_their_column(tmp_path):
    for row, column in (
        (["region_grow", "yes", "", "", "", "", "", "x", "x"], "column rule"),
        (["region_rise", "maybe", "", "", "", "", "", "x", "x"], "column enabled"),
        (["region_rise", "yes", "deaths", "", "", "", "", "x", "x"], "column measure"),
        (["region_rise", "yes", "", "five", "", "", "", "x", "x"], "column minimum"),
        (["region_rise", "yes", "", "", "", "2.5", "", "x", "x"], "column months"),
        (["region_rise", "yes", "", "", "", "", "", "x", ""], "column text_fr"),
    ):
        with pytest.raises(KeyChangeRulesError, match=f"rules.csv, row 2, {column}: "):
            rules_with(tmp_path / "rules.csv", [row])


def test_a_rules_file_saved_in_another_encoding_is_one_line(tmp_path):
    path = tmp_path / "rules.csv"
    path.write_bytes(
        b"rule,enabled,measure,minimum,min_percent,months,limit,text_en,text_fr\n"
        b"region_rise,yes,,,,,,{region},{region} \xe9\n"
    )
    with pytest.raises(KeyChangeRulesError, match=r"^rules.csv: not UTF-8 text"):
        load_key_change_rules(path)


def test_values_from_the_data_are_never_read_as_templates(hand, tmp_path):
    incidents, months, _ = hand
    tricky = incidents.copy()
    tricky.loc[tricky["event_id_cnty"] == "F1", "location"] = "{fatalities} {__import__}"
    rules = rules_with(
        tmp_path / "rules.csv",
        [["deadliest_incident", "yes", "", "", "", "", "", "{location}: {fatalities}", "-"]],
    )
    history = build_history(tricky, "2021-02", months)
    [sentence] = key_changes(history, deadliest_incident(tricky, "2021-02"), rules)
    assert sentence.text == "{fatalities} {__import__}: 12"


def test_history_refuses_what_would_make_an_unknown_month_look_known(hand):
    incidents, months, _ = hand
    with pytest.raises(TrendsError, match="incidents dated in 2020-11, a month no source covers"):
        build_history(incidents, "2021-02", months - {"2020-11"})
    with pytest.raises(TrendsError, match="no source covers 2021-03"):
        build_history(incidents, "2021-03", months)
    with pytest.raises(TrendsError, match="not of the form YYYY-MM"):
        build_history(incidents, "February", months)
    without_region = incidents.copy()
    without_region.loc[3, "admin1"] = None
    with pytest.raises(TrendsError, match=r"^acled_mali_2020-11_2021-02.csv, row 5, column admin1"):
        build_history(without_region, "2021-02", months)


def test_trends_and_key_changes_import_no_qgis():
    code = (
        "import sys, mali_incidents.trends, mali_incidents.key_changes; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    )
    assert result.stdout.strip() == "[]"
