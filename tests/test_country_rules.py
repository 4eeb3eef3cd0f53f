"""Actor groups per country: the shared rules in symbology/ plus a country's own (issue 12).

The expected groups are written here by hand, as an analyst of each theatre would give them,
for every actor of bench/import_bench.py's twelve countries: they are not derived from the
rule files, so a rule that drifts fails here.
"""

from __future__ import annotations

import csv
import shutil

import pytest

from mali_incidents.classify import ClassificationRules, RulesError
from mali_incidents.importer import import_month

SECURITY = "Security forces"
EXTERNAL = "External forces"
JIHADIST = "Jihadist militants"
MILITIAS = "Militias"
# Civilians, protesters and rioters are no armed actor: the legend has no class for them and
# draws them as Unidentified (they are never the colour of an attack in practice).
UNIDENTIFIED = "Unidentified"


def _non_state(country: str) -> dict[str, str]:
    return {
        f"Civilians ({country})": UNIDENTIFIED,
        f"Protesters ({country})": UNIDENTIFIED,
        f"Rioters ({country})": UNIDENTIFIED,
    }


EXPECTED_GROUPS = {
    "Mali": {  # the sample month's actors, as ACLED codes them
        "Military Forces of Mali (2020-2021)": SECURITY,
        "Police Forces of Mali (2020-2021)": SECURITY,
        "Military Forces of France": EXTERNAL,
        "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali": (
            EXTERNAL
        ),
        "G5 Sahel Joint Force: Group of Five for the Sahel Joint Force (2017-)": EXTERNAL,
        "JNIM: Group for Support of Islam and Muslims": JIHADIST,
        "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)": (
            JIHADIST
        ),
        "Katiba Macina": JIHADIST,
        "Ansar Dine": JIHADIST,
        "Ansaroul Islam": JIHADIST,
        "AQIM: Al Qaeda in the Islamic Maghreb": JIHADIST,
        "Islamic State (Greater Sahara)": JIHADIST,
        "Dan Na Ambassagou": MILITIAS,
        "Dozo Communal Militia (Mali)": MILITIAS,
        "Ganda Izo": MILITIAS,
        "MSA: Movement for the Salvation of Azawad": MILITIAS,
        "AEEM Student Militia": MILITIAS,
        "Unidentified Armed Group (Mali)": UNIDENTIFIED,
        "Civilians (Mali)": UNIDENTIFIED,
    },
    "Burkina Faso": {
        "Military Forces of Burkina Faso (2022-)": SECURITY,
        "JNIM: Group for Support of Islam and Muslims": JIHADIST,
        "Islamic State (Sahel)": JIHADIST,
        "VDP: Volunteers for the Defense of the Homeland": MILITIAS,
        "Koglweogo Militia": MILITIAS,
        **_non_state("Burkina Faso"),
    },
    "Niger": {
        "Military Forces of Niger (2021-2023)": SECURITY,
        "Islamic State (Sahel)": JIHADIST,
        "JNIM: Group for Support of Islam and Muslims": JIHADIST,
        "Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad": JIHADIST,
        **_non_state("Niger"),
    },
    "Nigeria": {
        "Military Forces of Nigeria (2015-2023)": SECURITY,
        "Islamic State (West Africa)": JIHADIST,
        "Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad": JIHADIST,
        "Unidentified Armed Group (Nigeria)": UNIDENTIFIED,
        "Fulani Ethnic Militia (Nigeria)": MILITIAS,
        **_non_state("Nigeria"),
    },
    "Cameroon": {
        "Military Forces of Cameroon (1982-)": SECURITY,
        "Ambazonian Separatists": MILITIAS,  # rebels, not jihadists
        "Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad": JIHADIST,
        "Islamic State (West Africa)": JIHADIST,
        **_non_state("Cameroon"),
    },
    "Chad": {
        "Military Forces of Chad (2021-)": SECURITY,  # in Mali's data: External forces
        "Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad": JIHADIST,
        "FACT: Front for Change and Concord in Chad": MILITIAS,  # rebels, not jihadists
        "Unidentified Armed Group (Chad)": UNIDENTIFIED,
        **_non_state("Chad"),
    },
    "Sudan": {
        "Military Forces of Sudan (2019-)": SECURITY,
        "RSF: Rapid Support Forces": MILITIAS,  # paramilitary at war with the army
        "Janjaweed Militia": MILITIAS,
        "SPLM-N: Sudan People's Liberation Movement-North": MILITIAS,
        **_non_state("Sudan"),
    },
    "Somalia": {
        "Military Forces of Somalia (2022-)": SECURITY,
        "Al Shabaab": JIHADIST,
        "Clan Militia (Somalia)": MILITIAS,
        "AMISOM: African Union Mission in Somalia (2007-2022)": EXTERNAL,
        **_non_state("Somalia"),
    },
    "Ethiopia": {
        "Military Forces of Ethiopia (2018-)": SECURITY,
        "TPLF: Tigray People's Liberation Front": MILITIAS,
        "OLF-Shane: Oromo Liberation Front-Shane": MILITIAS,
        "Fano Militia": MILITIAS,
        **_non_state("Ethiopia"),
    },
    "Democratic Republic of Congo": {
        "Military Forces of the Democratic Republic of Congo (2019-)": SECURITY,
        "M23: March 23 Movement": MILITIAS,
        "ADF: Allied Democratic Forces": JIHADIST,  # the Islamic State's Central Africa Province
        "CODECO: Cooperative for Development of Congo": MILITIAS,
        "Mai-Mai Militia": MILITIAS,
        **_non_state("Democratic Republic of Congo"),
    },
    "Mozambique": {
        "Military Forces of Mozambique (2015-2025)": SECURITY,
        "Islamic State (Mozambique)": JIHADIST,
        "Ahlu Sunnah Wal Jamaah": JIHADIST,
        "Military Forces of Rwanda (2000-)": EXTERNAL,
        **_non_state("Mozambique"),
    },
    "Libya": {
        "Military Forces of Libya (2014-) Libyan National Army": SECURITY,
        "Islamic State (Libya)": JIHADIST,
        "Unidentified Armed Group (Libya)": UNIDENTIFIED,
        "Misratah Communal Militia (Libya)": MILITIAS,
        **_non_state("Libya"),
    },
}


def _bench_actors(import_bench, sample_month) -> dict[str, set[tuple[str, int]]]:
    """(actor, inter code) of every actor1 and actor2 the generator writes, per country."""
    with sample_month.open(encoding="utf-8", newline="") as stream:
        sample_rows = list(csv.DictReader(stream))
    actors: dict[str, set[tuple[str, int]]] = {}
    for country in import_bench.COUNTRIES:
        found = actors.setdefault(country.name, set())
        for template in import_bench._templates(country, sample_rows):
            # ACLED's fields 5-15: disorder, event type, sub-event, actor1, assoc 1, inter1,
            # actor2, assoc 2, inter2, interaction, civilian targeting.
            fields = template["fields"]
            for actor, inter in ((fields[3], fields[5]), (fields[6], fields[8])):
                if str(actor).strip():
                    found.add((str(actor), int(inter)))
    return actors


def test_the_expected_table_covers_the_benchmark_generators_twelve_countries(
    import_bench, sample_month
):
    actors = _bench_actors(import_bench, sample_month)
    assert len(actors) == 12
    assert {country: {actor for actor, _inter in found} for country, found in actors.items()} == {
        country: set(groups) for country, groups in EXPECTED_GROUPS.items()
    }


def test_every_benchmark_actor_gets_the_group_an_analyst_would_give_it(import_bench, sample_month):
    wrong = []
    for country, found in _bench_actors(import_bench, sample_month).items():
        rules = ClassificationRules.from_folder(country=country)
        for actor, inter in sorted(found):
            group = rules.actor_group(actor, inter)
            if group != EXPECTED_GROUPS[country][actor]:
                wrong.append(f"{country}: {actor} (inter {inter}) -> {group}")
    assert wrong == []


def test_an_army_is_security_forces_at_home_and_external_forces_next_door():
    mali = ClassificationRules.from_folder(country="Mali")
    burkina = ClassificationRules.from_folder(country="Burkina Faso")
    niger = ClassificationRules.from_folder(country="Niger")
    assert burkina.actor_group("Military Forces of Burkina Faso (2022-)", 1) == SECURITY
    assert mali.actor_group("Military Forces of Burkina Faso (2022-)", 8) == EXTERNAL
    assert niger.actor_group("Military Forces of Niger (2023-)", 1) == SECURITY
    assert niger.actor_group("Military Forces of Nigeria (2015-2023)", 8) == EXTERNAL
    assert mali.actor_group("Military Forces of Niger (2023-)", 8) == EXTERNAL
    assert burkina.actor_group("Police Forces of Burkina Faso (2022-) Gendarmerie", 1) == SECURITY
    assert niger.actor_group("Military Forces of Niger (2021-2023) National Guard", 1) == SECURITY


def test_militias_and_jihadists_named_in_country_files():
    burkina = ClassificationRules.from_folder(country="Burkina Faso")
    nigeria = ClassificationRules.from_folder(country="Nigeria")
    # VDP are militias even when coded with the army's inter code.
    assert burkina.actor_group("VDP: Volunteers for the Defense of the Homeland", 1) == MILITIAS
    assert burkina.actor_group("Koglweogo Militia", 4) == MILITIAS
    assert nigeria.actor_group("CJTF: Civilian Joint Task Force", 3) == MILITIAS
    assert nigeria.actor_group("Amotekun Corps", 1) == MILITIAS
    assert nigeria.actor_group("Islamic State (West Africa) - Lake Chad Faction", 2) == JIHADIST
    assert nigeria.actor_group("Ansaru: Jama'atu Ansarul Muslimina fi Biladis Sudan", 2) == JIHADIST


def test_rebel_groups_are_jihadists_only_where_the_country_says_so():
    """ACLED's inter 2 (Rebel Groups): jihadist in Mali, Burkina Faso and Niger; elsewhere a
    rebel group no rule names is drawn with the militias."""
    for country in ("Mali", "Burkina Faso", "Niger"):
        rules = ClassificationRules.from_folder(country=country)
        assert rules.actor_group("A Rebel Group Never Seen", 2) == JIHADIST, country
    for country in ("Nigeria", "Sudan", "Mozambique", "Democratic Republic of Congo", "Chad"):
        rules = ClassificationRules.from_folder(country=country)
        assert rules.actor_group("A Rebel Group Never Seen", 2) == MILITIAS, country


def test_the_default_rules_are_malis_and_a_country_without_a_folder_gets_the_shared_ones():
    default = ClassificationRules.from_folder()
    assert default == ClassificationRules.from_folder(country="Mali")
    # Accents, case and hyphens of the country's name are forgiven.
    assert ClassificationRules.from_folder(country="burkina-faso") == (
        ClassificationRules.from_folder(country="Burkina Faso")
    )
    shared = ClassificationRules.from_folder(country="Cameroon")
    assert shared.actor_group("Military Forces of Cameroon (1982-)", 1) == SECURITY
    assert shared.actor_group("Military Forces of Chad (2021-)", 8) == EXTERNAL


def test_a_country_file_is_read_before_the_shared_rules(repo_root, tmp_path):
    folder = tmp_path / "symbology"
    shutil.copytree(repo_root / "symbology", folder)
    (folder / "countries" / "Chad").mkdir()
    (folder / "countries" / "Chad" / "actor_groups.csv").write_text(
        "pattern,actor_group,why\nboko haram,Militias,only to test the order\n", encoding="utf-8"
    )
    (folder / "countries" / "Chad" / "actor_groups_by_inter.csv").write_text(
        "inter,actor_group,why\n2,Jihadist militants,Chad's rebels in this test\n",
        encoding="utf-8",
    )
    rules = ClassificationRules.from_folder(folder, country="Chad")
    assert rules.actor_group("Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad", 2) == (
        MILITIAS
    )
    assert rules.actor_group("FACT: Front for Change and Concord in Chad", 2) == JIHADIST
    assert rules.actor_group("Unknown rioters", 5) == UNIDENTIFIED  # shared code kept


@pytest.mark.parametrize(
    ("file_name", "text", "message"),
    [
        (
            "actor_groups.csv",
            "pattern,actor_group,why\nmilitary forces of chad,Army,\n",
            "countries/Chad/actor_groups.csv, row 2: 'Army' is not one of",
        ),
        (
            "actor_groups.csv",
            "pattern,actor_group,why\n# a comment\n(unclosed,Militias,\n",
            "countries/Chad/actor_groups.csv, row 3, column pattern:",
        ),
        (
            "actor_groups_by_inter.csv",
            "inter,actor_group,why\ntwo,Militias,\n",
            "countries/Chad/actor_groups_by_inter.csv, row 2, column inter: 'two' is not a number",
        ),
        (
            "actor_groups_by_inter.csv",
            "code,actor_group\n2,Militias\n",
            "countries/Chad/actor_groups_by_inter.csv, row 1: column inter missing",
        ),
    ],
)
def test_a_bad_country_file_is_named_with_its_row_and_column(
    repo_root, tmp_path, file_name, text, message
):
    folder = tmp_path / "symbology"
    shutil.copytree(repo_root / "symbology", folder)
    (folder / "countries" / "Chad").mkdir()
    (folder / "countries" / "Chad" / file_name).write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as raised:
        ClassificationRules.from_folder(folder, country="Chad")
    assert message in str(raised.value)


def test_the_import_classifies_with_the_chosen_countrys_rules(import_bench, tmp_path):
    """import_month passes its country to the rules: Burkina Faso's army is its security
    forces there (Mali's rules would make it an external force)."""
    import pandas as pd

    export = tmp_path / "export.csv"
    import_bench.generate(export, 20_000)
    rows = pd.read_csv(export, usecols=["event_date", "country", "actor1"])
    for country, army in (
        ("Burkina Faso", "Military Forces of Burkina Faso (2022-)"),
        ("Niger", "Military Forces of Niger (2021-2023)"),
        ("Sudan", "Military Forces of Sudan (2019-)"),
    ):
        # A month in which the army strikes (actor1), so that its group is tested too.
        month = rows[(rows["country"] == country) & (rows["actor1"] == army)]["event_date"]
        month = month.iloc[0][:7]
        result = import_month([export], month, tmp_path / f"{country}.gpkg", country=country)
        incidents = result.incidents_frame
        assert army in set(incidents["actor1"]), country
        expected = incidents["actor1"].map(EXPECTED_GROUPS[country])
        assert list(incidents["actor_group"]) == list(expected), country
