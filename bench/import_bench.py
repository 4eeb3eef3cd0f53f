"""Benchmark: import one month from a synthetic 1,000,000-row ACLED export (issue 3).

Generates an ACLED-like CSV (31 columns, 2014-2023, a dozen countries, notes of 150-450
characters with commas and quotes, ~620 MB for a million rows), then measures, each in its
own Python process so that the peak memory is that of the measured thing alone:

1. a bare ``pandas.read_csv`` of the whole file, C engine;
2. the same with ``engine="pyarrow"``;
3. QGIS's delimited-text provider loading the file and iterating the month's features;
4. GDAL's OGR CSV driver with an attribute filter on the month;
5. our ``import_month`` with pyarrow;
6. our ``import_month`` without pyarrow (the row-by-row fallback of the csv module).

It prints one table and PASS/FAIL lines for the acceptance targets: ours with pyarrow at
most 1.5x the fastest bare pandas read, at least 5x faster than the delimited-text provider,
peak memory below the file size, and the same month's rows and fatalities as pandas counts.

Usage::

    .venv/bin/python bench/import_bench.py [--rows 1000000] [--keep] [--skip-qgis]
        [--repeat N] [--csv EXISTING.csv] [--month 2021-02] [--country Mali]
        [--importer-root OTHER_CHECKOUT]

The generated file lives in a temporary folder that is deleted at the end (``--keep`` keeps
it and prints its path; ``--csv`` reuses one and never deletes it).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import importlib.util
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# The column list from the plugin's definitions, loaded by path: importing the package here
# would pin `mali_incidents` to this checkout and defeat --importer-root.
_spec = importlib.util.spec_from_file_location(
    "_acled_definitions", REPO_ROOT / "mali_incidents" / "definitions.py"
)
definitions = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(definitions)

SAMPLE_MONTH = REPO_ROOT / "resources" / "sample" / "acled_mali_2021-02.csv"

ACLED_COLUMNS = list(definitions.ACLED_COLUMNS)  # one list: mali_incidents/definitions.py
FIRST_DAY = dt.date(2014, 1, 1)
LAST_DAY = dt.date(2023, 12, 31)

# The measurements, in the order they run and are printed.
KINDS = {
    "pandas-c": "pandas.read_csv, C engine (whole file)",
    "pandas-pyarrow": "pandas.read_csv, pyarrow engine (whole file)",
    "qgis-delimitedtext": "QGIS delimited text + month filter",
    "ogr-csv": "OGR CSV driver + month filter",
    "ours-pyarrow": "ours: import_month, pyarrow",
    "ours-c": "ours: import_month, without pyarrow (row by row)",
}
BARE_PANDAS = ("pandas-c", "pandas-pyarrow")
OURS = ("ours-pyarrow", "ours-c")


# -- the synthetic export ------------------------------------------------------------------


@dataclass(frozen=True)
class Country:
    name: str
    iso3: str
    iso: int
    region: str
    bbox: tuple[float, float, float, float]  # lat min, lat max, lon min, lon max
    state: str  # its army as ACLED names it
    armed_groups: tuple[tuple[str, int], ...]  # (actor, inter code)
    towns: tuple[tuple[str, str, str, float, float], ...]  # location, admin1, admin2, lat, lon


# Mali's rows come from the sample month's places and actors (see _mali_places/_templates);
# its towns here are the ten regions' capitals, so every ACLED region of Mali is present.
COUNTRIES = (
    Country(
        "Mali",
        "MLI",
        466,
        "Western Africa",
        (10.2, 24.9, -12.2, 4.2),
        "Military Forces of Mali (2021-)",
        (),
        (
            ("Bamako", "Bamako", "Bamako", 12.6392, -8.0029),
            ("Kayes", "Kayes", "Kayes", 14.4469, -11.4445),
            ("Koulikoro", "Koulikoro", "Koulikoro", 12.8627, -7.5599),
            ("Sikasso", "Sikasso", "Sikasso", 11.3176, -5.6665),
            ("Segou", "Segou", "Segou", 13.4317, -6.2157),
            ("Mopti", "Mopti", "Mopti", 14.4843, -4.1830),
            ("Tombouctou", "Tombouctou", "Tombouctou", 16.7735, -3.0074),
            ("Gao", "Gao", "Gao", 16.2717, -0.0447),
            ("Kidal", "Kidal", "Kidal", 18.4411, 1.4078),
            ("Menaka", "Menaka", "Menaka", 15.9182, 2.4022),
        ),
    ),
    Country(
        "Burkina Faso",
        "BFA",
        854,
        "Western Africa",
        (9.5, 15.0, -5.4, 2.3),
        "Military Forces of Burkina Faso (2022-)",
        (
            ("JNIM: Group for Support of Islam and Muslims", 2),
            ("Islamic State (Sahel)", 2),
            ("VDP: Volunteers for the Defense of the Homeland", 3),
            ("Koglweogo Militia", 4),
        ),
        (
            ("Djibo", "Sahel", "Soum", 14.10, -1.63),
            ("Dori", "Sahel", "Seno", 14.03, -0.03),
            ("Kaya", "Centre-Nord", "Sanmatenga", 13.09, -1.08),
            ("Ouahigouya", "Nord", "Yatenga", 13.58, -2.42),
            ("Fada N'gourma", "Est", "Gourma", 12.06, 0.36),
            ("Ouagadougou", "Centre", "Kadiogo", 12.37, -1.52),
            ("Dedougou", "Boucle du Mouhoun", "Mouhoun", 12.46, -3.46),
        ),
    ),
    Country(
        "Niger",
        "NER",
        562,
        "Western Africa",
        (11.8, 23.4, 0.2, 15.9),
        "Military Forces of Niger (2021-2023)",
        (
            ("Islamic State (Sahel)", 2),
            ("JNIM: Group for Support of Islam and Muslims", 2),
            ("Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad", 2),
        ),
        (
            ("Niamey", "Niamey", "Niamey", 13.51, 2.11),
            ("Tillaberi", "Tillaberi", "Tillaberi", 14.21, 1.45),
            ("Ouallam", "Tillaberi", "Ouallam", 14.32, 2.09),
            ("Diffa", "Diffa", "Diffa", 13.32, 12.61),
            ("Tahoua", "Tahoua", "Tahoua", 14.89, 5.26),
            ("Agadez", "Agadez", "Tchirozerine", 16.97, 7.99),
        ),
    ),
    Country(
        "Nigeria",
        "NGA",
        566,
        "Western Africa",
        (4.3, 13.8, 2.7, 14.6),
        "Military Forces of Nigeria (2015-2023)",
        (
            ("Islamic State (West Africa)", 2),
            ("Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad", 2),
            ("Unidentified Armed Group (Nigeria)", 3),
            ("Fulani Ethnic Militia (Nigeria)", 4),
        ),
        (
            ("Maiduguri", "Borno", "Maiduguri", 11.85, 13.16),
            ("Gwoza", "Borno", "Gwoza", 11.08, 13.69),
            ("Gusau", "Zamfara", "Gusau", 12.16, 6.66),
            ("Kaduna", "Kaduna", "Kaduna North", 10.52, 7.44),
            ("Makurdi", "Benue", "Makurdi", 7.73, 8.54),
            ("Lagos", "Lagos", "Lagos Island", 6.45, 3.40),
            ("Jos", "Plateau", "Jos North", 9.90, 8.86),
        ),
    ),
    Country(
        "Cameroon",
        "CMR",
        120,
        "Middle Africa",
        (2.0, 12.9, 8.5, 16.1),
        "Military Forces of Cameroon (1982-)",
        (
            ("Ambazonian Separatists", 2),
            ("Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad", 2),
            ("Islamic State (West Africa)", 2),
        ),
        (
            ("Maroua", "Extreme-Nord", "Diamare", 10.59, 14.32),
            ("Kolofata", "Extreme-Nord", "Mayo-Sava", 11.17, 14.01),
            ("Bamenda", "Nord-Ouest", "Mezam", 5.96, 10.15),
            ("Buea", "Sud-Ouest", "Fako", 4.16, 9.24),
            ("Yaounde", "Centre", "Mfoundi", 3.87, 11.52),
        ),
    ),
    Country(
        "Chad",
        "TCD",
        148,
        "Middle Africa",
        (7.5, 23.4, 13.5, 24.0),
        "Military Forces of Chad (2021-)",
        (
            ("Boko Haram - Jamatu Ahli is-Sunna lid-Dawati wal-Jihad", 2),
            ("FACT: Front for Change and Concord in Chad", 2),
            ("Unidentified Armed Group (Chad)", 3),
        ),
        (
            ("N'Djamena", "N'Djamena", "N'Djamena", 12.11, 15.04),
            ("Bol", "Lac", "Mamdi", 13.46, 14.71),
            ("Abeche", "Ouaddai", "Ouara", 13.83, 20.83),
            ("Moundou", "Logone Occidental", "Lac Wey", 8.57, 16.08),
        ),
    ),
    Country(
        "Sudan",
        "SDN",
        729,
        "Northern Africa",
        (8.7, 22.2, 21.8, 38.6),
        "Military Forces of Sudan (2019-)",
        (
            ("RSF: Rapid Support Forces", 2),
            ("Janjaweed Militia", 3),
            ("SPLM-N: Sudan People's Liberation Movement-North", 2),
        ),
        (
            ("Khartoum", "Khartoum", "Khartoum", 15.50, 32.56),
            ("El Fasher", "North Darfur", "El Fasher", 13.63, 25.35),
            ("El Geneina", "West Darfur", "El Geneina", 13.45, 22.44),
            ("Kadugli", "South Kordofan", "Kadugli", 11.01, 29.72),
            ("Nyala", "South Darfur", "Nyala", 12.05, 24.88),
        ),
    ),
    Country(
        "Somalia",
        "SOM",
        706,
        "Eastern Africa",
        (-1.6, 11.9, 41.0, 51.4),
        "Military Forces of Somalia (2022-)",
        (
            ("Al Shabaab", 2),
            ("Clan Militia (Somalia)", 4),
            ("AMISOM: African Union Mission in Somalia (2007-2022)", 8),
        ),
        (
            ("Mogadishu", "Banadir", "Mogadishu", 2.04, 45.34),
            ("Afgooye", "Lower Shabelle", "Afgooye", 2.14, 45.12),
            ("Baidoa", "Bay", "Baidoa", 3.11, 43.65),
            ("Beledweyne", "Hiraan", "Belet Weyne", 4.74, 45.20),
            ("Kismayo", "Lower Juba", "Kismayo", -0.36, 42.55),
        ),
    ),
    Country(
        "Ethiopia",
        "ETH",
        231,
        "Eastern Africa",
        (3.4, 14.8, 33.0, 47.9),
        "Military Forces of Ethiopia (2018-)",
        (
            ("TPLF: Tigray People's Liberation Front", 2),
            ("OLF-Shane: Oromo Liberation Front-Shane", 2),
            ("Fano Militia", 3),
        ),
        (
            ("Addis Ababa", "Addis Ababa", "Region 14", 9.03, 38.74),
            ("Mekele", "Tigray", "Mekele", 13.50, 39.47),
            ("Gondar", "Amhara", "Central Gondar", 12.60, 37.47),
            ("Nekemte", "Oromia", "East Wollega", 9.09, 36.55),
            ("Dire Dawa", "Dire Dawa", "Dire Dawa", 9.60, 41.85),
        ),
    ),
    Country(
        "Democratic Republic of Congo",
        "COD",
        180,
        "Middle Africa",
        (-13.4, 5.3, 12.2, 31.3),
        "Military Forces of the Democratic Republic of Congo (2019-)",
        (
            ("M23: March 23 Movement", 2),
            ("ADF: Allied Democratic Forces", 2),
            ("CODECO: Cooperative for Development of Congo", 3),
            ("Mai-Mai Militia", 3),
        ),
        (
            ("Beni", "Nord-Kivu", "Beni", 0.49, 29.47),
            ("Goma", "Nord-Kivu", "Goma", -1.68, 29.22),
            ("Bunia", "Ituri", "Irumu", 1.56, 30.25),
            ("Bukavu", "Sud-Kivu", "Bukavu", -2.51, 28.86),
            ("Kinshasa", "Kinshasa", "Kinshasa", -4.32, 15.31),
        ),
    ),
    Country(
        "Mozambique",
        "MOZ",
        508,
        "Southern Africa",
        (-26.8, -10.5, 30.2, 40.8),
        "Military Forces of Mozambique (2015-2025)",
        (
            ("Islamic State (Mozambique)", 2),
            ("Ahlu Sunnah Wal Jamaah", 2),
            ("Military Forces of Rwanda (2000-)", 8),
        ),
        (
            ("Mocimboa da Praia", "Cabo Delgado", "Mocimboa da Praia", -11.35, 40.35),
            ("Palma", "Cabo Delgado", "Palma", -10.77, 40.47),
            ("Pemba", "Cabo Delgado", "Pemba", -12.97, 40.52),
            ("Maputo", "Maputo City", "KaMpfumo", -25.97, 32.57),
            ("Lichinga", "Niassa", "Lichinga", -13.31, 35.24),
        ),
    ),
    Country(
        "Libya",
        "LBY",
        434,
        "Northern Africa",
        (19.5, 33.1, 9.4, 25.1),
        "Military Forces of Libya (2014-) Libyan National Army",
        (
            ("Islamic State (Libya)", 2),
            ("Unidentified Armed Group (Libya)", 3),
            ("Misratah Communal Militia (Libya)", 4),
        ),
        (
            ("Tripoli", "Tripoli", "Tripoli", 32.89, 13.19),
            ("Benghazi", "Benghazi", "Benghazi", 32.12, 20.09),
            ("Misrata", "Misrata", "Misrata", 32.38, 15.09),
            ("Sabha", "Sabha", "Sabha", 27.04, 14.43),
            ("Sirte", "Sirte", "Sirte", 31.21, 16.59),
        ),
    ),
)

SOURCES = (
    ("Reuters; Agence France Presse", "International"),
    ("Agence France Presse; Radio France Internationale", "International"),
    ("Radio France Internationale; Twitter", "New media-International"),
    ("Local Source; Humanitarian Response", "Local partner-Other"),
    ("Twitter; Local Source; Whatsapp", "New media-Subnational"),
    ("Whatsapp; Facebook", "New media"),
    ("Al Jazeera; Reuters; BBC News", "International"),
)

# Follow-up sentences of the notes: commas and double quotes, as ACLED's notes have.
NOTE_SENTENCES = (
    "The attackers, who arrived on motorbikes, set fire to several houses and a market.",
    'A local official said: "We have not seen such violence here since 2012."',
    'According to a local source, the assailants "fired indiscriminately" before fleeing.',
    'Fatalities are unknown; a "heavy toll" was reported, but could not be confirmed.',
    'The army said that it had "neutralised" several assailants, seized weapons, '
    "and recovered two motorbikes.",
    "Several people were wounded, including two women and a child.",
    'Residents fled to the nearby town, where an NGO described the situation as "dire".',
    "Reports differ on the number of victims: between three and seven people were killed.",
    "The attack took place on market day, when the village was crowded.",
    'A spokesperson for the group claimed the attack in a statement, calling it "revenge".',
    "Livestock, food stocks, and mobile phones were looted.",
    "No casualties were reported.",
    'The governor declared a curfew "until further notice".',
    "Reinforcements were sent from the regional capital, but arrived after the assailants left.",
    'Witnesses said the gunmen shouted "Allahu Akbar" as they entered the village.',
    "The victims were buried the next day, according to relatives.",
    'Humanitarian workers suspended their activities, citing "an unacceptable level of risk".',
    "Two vehicles were destroyed.",
    "The road between the two towns has been closed since the incident.",
    'Local media, quoting a health worker, reported "dozens" of injured at the hospital.',
)
SUB_EVENTS = (
    # sub_event_type, disorder_type, event_type, weight
    ("Armed clash", "Political violence", "Battles", 5),
    ("Attack", "Political violence", "Violence against civilians", 4),
    ("Remote explosive/landmine/IED", "Political violence", "Explosions/Remote violence", 2),
    ("Air/drone strike", "Political violence", "Explosions/Remote violence", 1),
    (
        "Abduction/forced disappearance",
        "Political violence",
        "Violence against civilians",
        1,
    ),
    ("Peaceful protest", "Demonstrations", "Protests", 2),
    ("Mob violence", "Political violence; Demonstrations", "Riots", 1),
)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def csv_field(value: object) -> str:
    """A value as csv.writer would write it (quoted only when needed)."""
    text = str(value)
    if any(char in text for char in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's interaction code: the two inter codes, lower first (10x for a sole actor)."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def describe(sub_event: str, actor1: str, actor2: str) -> str:
    """The middle of a note's first sentence: who did what to whom."""
    return {
        "Armed clash": f"{actor1} clashed with {actor2}",
        "Attack": f"{actor1} attacked {actor2}",
        "Remote explosive/landmine/IED": f"an IED planted by {actor1} hit a convoy of {actor2}",
        "Air/drone strike": f"{actor1} conducted an airstrike against {actor2} positions",
        "Abduction/forced disappearance": f"{actor1} abducted several {actor2}",
        "Peaceful protest": "residents demonstrated against insecurity and rising prices",
        "Mob violence": f"a mob attacked {actor2} and burned tyres",
        "Shelling/artillery/missile attack": f"{actor1} fired mortar rounds at {actor2}",
        "Looting/property destruction": f"{actor1} looted and burned the property of {actor2}",
        "Arrests": f"{actor1} arrested several {actor2}",
    }.get(sub_event, f"{actor1} and {actor2} were involved in an incident")


def _templates(country: Country, sample_rows: list[dict[str, str]]) -> list[dict]:
    """The country's kinds of event: the ACLED fields 5-15 plus tags and the note's lead."""
    templates = []
    if country.name == "Mali":
        # The sample month's real codings: actors, inter codes, tags as ACLED wrote them.
        for row in sample_rows:
            templates.append(
                {
                    "fields": [row[name] for name in ACLED_COLUMNS[4:15]],
                    "tags": row["tags"],
                    "lead": describe(row["sub_event_type"], row["actor1"], row["actor2"]),
                    "lethal": True,
                }
            )
        return templates
    civilians = f"Civilians ({country.name})"
    for sub_event, disorder, event_type, weight in SUB_EVENTS:
        for group, group_inter in country.armed_groups:
            if (
                sub_event in ("Peaceful protest", "Mob violence")
                and group != (country.armed_groups[0][0])
            ):
                continue  # one protest/riot template per country is enough
            actor1, inter1, actor2, inter2, tags, targeting = group, group_inter, "", 0, "", ""
            if sub_event in ("Armed clash", "Remote explosive/landmine/IED"):
                actor2, inter2 = country.state, 1
            elif sub_event in ("Attack", "Abduction/forced disappearance"):
                actor2, inter2, targeting = civilians, 7, "Civilian targeting"
            elif sub_event == "Air/drone strike":
                actor1, inter1, actor2, inter2 = country.state, 1, group, group_inter
            elif sub_event == "Peaceful protest":
                actor1, inter1, tags = f"Protesters ({country.name})", 6, "crowd size=no report"
            else:
                actor1, inter1, actor2, inter2 = f"Rioters ({country.name})", 5, civilians, 7
            fields = [disorder, event_type, sub_event, actor1, "", inter1, actor2, "", inter2]
            fields += [interaction(inter1, inter2), targeting]
            for _ in range(weight):
                templates.append(
                    {
                        "fields": fields,
                        "tags": tags,
                        "lead": describe(sub_event, actor1, actor2),
                        "lethal": sub_event != "Peaceful protest",
                    }
                )
    return templates


def _places(country: Country, sample_rows: list[dict[str, str]]) -> list[tuple]:
    """(location, admin1, admin2, admin3, lat, lon, geo_precision) the country's events use."""
    places = [(loc, a1, a2, a2, lat, lon, "1") for loc, a1, a2, lat, lon in country.towns]
    if country.name == "Mali":
        seen = set()
        for row in sample_rows:
            if row["location"] not in seen:
                seen.add(row["location"])
                places.append(
                    (
                        row["location"],
                        row["admin1"],
                        row["admin2"],
                        row["admin3"],
                        float(row["latitude"]),
                        float(row["longitude"]),
                        row["geo_precision"],
                    )
                )
    return places


def _note_tails(rng) -> tuple[list[str], object]:
    """Follow-up text of many lengths (already CSV-escaped), sorted by unescaped length."""
    import numpy as np

    tails = [""]
    for _ in range(8191):
        order = rng.permutation(len(NOTE_SENTENCES))
        target = rng.integers(20, 380)
        text = ""
        for position in order:
            if len(text) >= target:
                break
            text = f"{text} {NOTE_SENTENCES[position]}" if text else NOTE_SENTENCES[position]
        tails.append(text)
    # Each tail starts with the space that separates it from the lead sentence.
    tails = sorted((f" {tail}" if tail else "" for tail in tails), key=len)
    lengths = np.array([len(tail) for tail in tails])
    return [tail.replace('"', '""') for tail in tails], lengths


def generate(path: Path, rows: int, seed: int = 20210228) -> dict:
    """Write the synthetic export; returns what the caller prints (rows per country etc.).

    Vectorised: every random choice is a numpy array drawn at once; the only per-row Python
    work is one f-string that joins pre-formatted, pre-quoted pieces.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    with SAMPLE_MONTH.open(encoding="utf-8", newline="") as stream:
        sample_rows = list(csv.DictReader(stream))

    # Per country: its templates and places, flattened into global tables with offsets.
    template_rows, place_rows, template_offset, place_offset = [], [], [], []
    for country in COUNTRIES:
        template_offset.append(len(template_rows))
        template_rows += _templates(country, sample_rows)
        place_offset.append(len(place_rows))
        place_rows += _places(country, sample_rows)
    template_count = np.diff([*template_offset, len(template_rows)])
    place_count = np.diff([*place_offset, len(place_rows)])

    template_mid = [",".join(csv_field(v) for v in t["fields"]) for t in template_rows]
    template_tags = [csv_field(t["tags"]) for t in template_rows]
    template_lead = [t["lead"] for t in template_rows]
    template_lethal = np.array([t["lethal"] for t in template_rows])
    country_mid = [f"{c.iso},{csv_field(c.region)},{csv_field(c.name)}" for c in COUNTRIES]
    place_mid = [",".join(csv_field(v) for v in (*p[1:4], p[0])) for p in place_rows]
    place_text = [f"{p[0]} ({p[2]}, {p[1]})" for p in place_rows]
    place_lat = np.array([p[4] for p in place_rows])
    place_lon = np.array([p[5] for p in place_rows])
    place_geo = [p[6] for p in place_rows]
    mali = np.array([c.name == "Mali" for c in COUNTRIES])
    bbox = np.array([c.bbox for c in COUNTRIES])

    days = (LAST_DAY - FIRST_DAY).days + 1
    calendar = [FIRST_DAY + dt.timedelta(days=n) for n in range(days)]
    day_iso = [d.isoformat() for d in calendar]
    day_year = [str(d.year) for d in calendar]
    day_text = [f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}" for d in calendar]
    day_epoch = np.array([int(dt.datetime(d.year, d.month, d.day).timestamp()) for d in calendar])

    # ACLED exports are ordered by date, newest first.
    day = np.sort(rng.integers(0, days, rows))[::-1]
    country = rng.integers(0, len(COUNTRIES), rows)
    template = np.array(template_offset)[country] + (
        rng.random(rows) * template_count[country]
    ).astype(int)
    place = np.array(place_offset)[country] + (rng.random(rows) * place_count[country]).astype(int)
    # Mali's points stay within ~2 km of a real place so they fall inside Mali's outline and
    # are really loaded; elsewhere anywhere within ~30 km, clipped to the country's box.
    jitter = np.where(mali[country], 0.02, 0.3)
    lat = np.clip(
        place_lat[place] + rng.uniform(-1, 1, rows) * jitter, bbox[country, 0], bbox[country, 1]
    )
    lon = np.clip(
        place_lon[place] + rng.uniform(-1, 1, rows) * jitter, bbox[country, 2], bbox[country, 3]
    )
    fatalities = np.where(
        template_lethal[template] & (rng.random(rows) < 0.6),
        np.minimum(rng.geometric(0.3, rows), 250),
        0,
    )
    time_precision = rng.choice(np.array(["1", "1", "1", "2", "3"]), rows)
    source = rng.integers(0, len(SOURCES), rows)
    source_mid = [f"{csv_field(name)},{csv_field(scale)}" for name, scale in SOURCES]
    timestamp = day_epoch[day] + rng.integers(2 * 86400, 20 * 86400, rows)
    event_number = rows - np.arange(rows)  # ids grow with time, as ACLED's do

    # Notes of 150-450 characters: lead sentence + the longest tail that fits a random target.
    tails, tail_length = _note_tails(rng)
    lead_length = (
        np.array([len(t) for t in day_text])[day]
        + np.array([len(t) for t in template_lead])[template]
        + np.array([len(t) for t in place_text])[place]
        + len("On , ")
        + len(" in .")
    )
    target = rng.integers(165, 451, rows)
    tail = np.searchsorted(tail_length, target - lead_length, side="right") - 1
    tail = np.clip(tail - rng.integers(0, 4, rows), 0, len(tails) - 1)
    # A long lead and a short target may leave no tail: take the shortest that reaches 150.
    short = lead_length + tail_length[tail] < 150
    tail[short] = np.searchsorted(tail_length, 150 - lead_length[short], side="left")
    note_length = lead_length + tail_length[tail]

    columns = (
        country,
        event_number,
        day,
        time_precision,
        template,
        place,
        lat,
        lon,
        place,
        source,
        tail,
        fatalities,
        timestamp,
    )
    iso3 = [c.iso3 for c in COUNTRIES]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(ACLED_COLUMNS) + "\n")
        step = 100_000
        for start in range(0, rows, step):
            chunk = zip(*(column[start : start + step].tolist() for column in columns))
            out.write(
                "".join(
                    f"{iso3[c]}{n},{day_iso[d]},{day_year[d]},{tp},{template_mid[t]},"
                    f"{country_mid[c]},{place_mid[p]},{la:.4f},{lo:.4f},{place_geo[g]},"
                    f"{source_mid[s]},"
                    f'"On {day_text[d]}, {template_lead[t]} in {place_text[p]}.{tails[k]}",'
                    f"{f},{template_tags[t]},{ts}\n"
                    for c, n, d, tp, t, p, la, lo, g, s, k, f, ts in chunk
                )
            )
    return {
        "rows_per_country": {c.name: int((country == i).sum()) for i, c in enumerate(COUNTRIES)},
        "note_length": (int(note_length.min()), int(note_length.mean()), int(note_length.max())),
    }


# -- the measurements, one per child process -------------------------------------------------


def _rss_mb() -> float:
    """Current resident memory of this process, MB."""
    with open("/proc/self/statm") as stream:
        return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_mb() -> float:
    """Peak resident memory of this process so far, MB.

    VmHWM belongs to this process's own address space. ru_maxrss does not do here: Linux
    carries it over from the parent through fork/vfork + exec, so every child would report at
    least the RSS the benchmark itself had after generating the file.
    """
    try:
        with open("/proc/self/status") as stream:
            for line in stream:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _month_range(month: str) -> tuple[str, str]:
    year, number = (int(part) for part in month.split("-"))
    following = f"{year + number // 12:04d}-{number % 12 + 1:02d}"
    return f"{month}-01", f"{following}-01"


def _pandas_counts(frame, month: str, country: str) -> tuple[int, int]:
    """Rows and fatalities of the country and month in a whole-file DataFrame."""
    import pandas as pd

    dates = frame["event_date"]
    if pd.api.types.is_datetime64_any_dtype(dates):  # the pyarrow engine parses ISO dates
        in_month = dates.dt.strftime("%Y-%m") == month
    else:
        in_month = dates.astype(str).str.startswith(month)
    chosen = in_month & (frame["country"] == country)
    return int(chosen.sum()), int(frame.loc[chosen, "fatalities"].sum())


def child(kind: str, args: argparse.Namespace) -> dict:
    """Run one measurement in this (fresh) process; returns seconds, memory and counts.

    Imports and QGIS start-up happen before the clock starts: the table compares reading
    and filtering, not how long each library takes to load.
    """
    path, month, country, workdir = args.csv, args.month, args.country, args.workdir
    result: dict = {"kind": kind, "notes": []}
    first, after = _month_range(month)
    if kind in BARE_PANDAS:
        import pandas as pd

        options = {}
        if kind == "pandas-pyarrow":
            importlib.import_module("pyarrow.csv")  # loaded before the clock, as for ours

            options["engine"] = "pyarrow"
        result["start_mb"] = _rss_mb()
        start = time.perf_counter()
        frame = pd.read_csv(path, **options)
        result["seconds"] = time.perf_counter() - start
        result["peak_mb"] = _peak_mb()  # before counting: the read's own peak
        result["count"], result["fatalities"] = _pandas_counts(frame, month, country)
    elif kind == "qgis-delimitedtext":
        from qgis.core import QgsApplication, QgsExpression, QgsFeatureRequest, QgsVectorLayer

        app = QgsApplication([], False)
        app.initQgis()
        date, country_column = (QgsExpression.quotedColumnRef(n) for n in ("event_date", "country"))
        expression = (
            f"{country_column} = {QgsExpression.quotedValue(country)} AND "
            # Compares as text or as a date: the provider detects event_date as a date.
            f"{date} >= {QgsExpression.quotedValue(first)} AND "
            f"{date} < {QgsExpression.quotedValue(after)}"
        )
        uri = (
            f"{path.as_uri()}?type=csv&delimiter=,&xField=longitude&yField=latitude"
            "&crs=EPSG:4326&spatialIndex=no&subsetIndex=no&watchFile=no"
        )
        result["start_mb"] = _rss_mb()
        start = time.perf_counter()
        layer = QgsVectorLayer(uri, "acled", "delimitedtext")
        if not layer.isValid():
            raise RuntimeError(f"delimited text provider cannot read {path}")
        count = fatalities = 0
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)):
            count += 1
            fatalities += int(feature["fatalities"])
        result["seconds"] = time.perf_counter() - start
        result["peak_mb"] = _peak_mb()
        result["count"], result["fatalities"] = count, fatalities
        del layer
        app.exitQgis()
    elif kind == "ogr-csv":
        from osgeo import ogr

        ogr.UseExceptions()
        result["start_mb"] = _rss_mb()
        start = time.perf_counter()
        dataset = ogr.Open(str(path))
        layer = dataset.GetLayer(0)
        quoted = "'" + country.replace("'", "''") + "'"
        # The CSV driver reads every field as text: ISO dates compare as strings.
        layer.SetAttributeFilter(
            f"country = {quoted} AND event_date >= '{first}' AND event_date < '{after}'"
        )
        count = fatalities = 0
        for feature in layer:
            count += 1
            fatalities += int(feature.GetField("fatalities"))
        result["seconds"] = time.perf_counter() - start
        result["peak_mb"] = _peak_mb()
        result["count"], result["fatalities"] = count, fatalities
        dataset = None
    elif kind in OURS:
        sys.path.insert(0, str(args.importer_root))
        from mali_incidents.importer import import_month

        use_pyarrow = kind == "ours-pyarrow"
        if use_pyarrow:
            importlib.import_module("pyarrow.csv")  # loaded before the clock, as for pandas
        out = workdir / f"{kind}.gpkg"
        out.unlink(missing_ok=True)
        result["start_mb"] = _rss_mb()
        start = time.perf_counter()
        imported = import_month([path], month, out, country=country, use_pyarrow=use_pyarrow)
        result["seconds"] = time.perf_counter() - start
        result["peak_mb"] = _peak_mb()
        result["count"], result["fatalities"] = imported.incidents, imported.fatalities
        result.update(
            rows_in=imported.rows_in,
            rows_read=imported.rows_read,
            rejected=imported.rejected,
            duplicates=imported.duplicates,
        )
    else:
        raise ValueError(f"unknown measurement {kind}")
    return result


def run_child(kind: str, path: Path, workdir: Path, args: argparse.Namespace) -> dict:
    """One measurement in a fresh interpreter, so its peak memory is its own."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--csv", str(path)]
    command += ["--month", args.month, "--country", args.country, "--workdir", str(workdir)]
    command += ["--importer-root", str(args.importer_root)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO_ROOT)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = "\n".join(done.stderr.strip().splitlines()[-6:])
        return {"kind": kind, "error": f"exit {done.returncode}: {tail}", "notes": []}
    return json.loads(lines[-1])


def measure(kind: str, path: Path, workdir: Path, args: argparse.Namespace, repeat: int) -> dict:
    """Best of ``repeat`` runs (others' tests share the machine: the minimum is the signal)."""
    runs = [run_child(kind, path, workdir, args) for _ in range(repeat)]
    good = [run for run in runs if "error" not in run]
    if not good:
        return runs[0]
    best = min(good, key=lambda run: run["seconds"])
    best["runs"] = [round(run["seconds"], 2) for run in good]
    return best


# -- the report -------------------------------------------------------------------------------


def report(results: dict[str, dict], file_mb: float, rows: int) -> bool:
    """Print the table and the PASS/FAIL lines; True if every target is met."""
    bare = [results[k]["seconds"] for k in BARE_PANDAS if "seconds" in results.get(k, {})]
    fastest = min(bare) if bare else None
    qgis = results.get("qgis-delimitedtext", {}).get("seconds")
    header = f"{'what':<46} {'seconds':>8} {'peak MB':>8} {'start MB':>8} {'x pandas':>9}"
    print()
    print(header + f" {'vs QGIS DT':>10}")
    print("-" * (len(header) + 11))
    for kind, label in KINDS.items():
        run = results.get(kind)
        if run is None:
            print(f"{label:<46} {'skipped':>8}")
            continue
        if "error" in run:
            print(f"{label:<46} {'ERROR':>8}  {run['error']}")
            continue
        ratio = f"{run['seconds'] / fastest:.2f}x" if fastest else "-"
        speedup = f"{qgis / run['seconds']:.1f}x" if qgis and kind in OURS else ""
        print(
            f"{label:<46} {run['seconds']:>8.2f} {run['peak_mb']:>8.0f} {run['start_mb']:>8.0f}"
            f" {ratio:>9} {speedup:>10}"
        )
    print()
    print(f"file: {file_mb:.0f} MB, {rows:,} rows; MB = 2^20 bytes; peak = the process's VmHWM")
    print("(interpreter + libraries included; start MB = its RSS when the clock started)")
    for run in results.values():
        for note in run.get("notes", []):
            print(f"note: {note}")
        if len(run.get("runs", [])) > 1:
            print(f"note: {KINDS[run['kind']]}: runs {run['runs']} s, best shown")
    print()

    ok = True

    def verdict(passed: bool | None, text: str) -> None:
        nonlocal ok
        ok = ok and passed is not False
        print(f"{'SKIP' if passed is None else 'PASS' if passed else 'FAIL'}  {text}")

    ours = results.get("ours-pyarrow", {})
    if "seconds" in ours and fastest:
        ratio = ours["seconds"] / fastest
        verdict(ratio <= 1.5, f"ours (pyarrow) {ratio:.2f}x the fastest bare pandas read (<= 1.5x)")
    else:
        verdict(False, "ours (pyarrow) or bare pandas did not run")
    if qgis and "seconds" in ours:
        speedup = qgis / ours["seconds"]
        verdict(speedup >= 5, f"ours (pyarrow) {speedup:.1f}x faster than delimited text (>= 5x)")
    else:
        verdict(None, "speed-up against the delimited-text provider (not measured)")
    for kind in OURS:
        run = results.get(kind, {})
        if "peak_mb" in run:
            verdict(
                run["peak_mb"] < file_mb,
                f"{KINDS[kind]}: peak {run['peak_mb']:.0f} MB < file {file_mb:.0f} MB",
            )
        else:
            verdict(False, f"{KINDS[kind]} did not run")

    reference = results.get("pandas-c") or {}
    if "count" in reference:
        expected = (reference["count"], reference["fatalities"])
        for kind, run in results.items():
            if kind == "pandas-c" or "count" not in run:
                continue
            got = (run["count"], run["fatalities"])
            text = f"{KINDS[kind]}: {got[0]} rows, {got[1]} fatalities"
            if kind in OURS:
                text += f" (rows in {run['rows_in']}, rejected {run['rejected']})"
                good = got == expected and run["rows_in"] == expected[0] and run["rejected"] == 0
                good = good and run["rows_read"] == rows
            else:
                good = got == expected
            verdict(good, f"{text}; pandas: {expected[0]} rows, {expected[1]} fatalities")
    else:
        verdict(False, "no pandas reference count")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows of the synthetic file")
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    parser.add_argument(
        "--skip-qgis", action="store_true", help="skip the (slow) delimited-text provider"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement, best kept")
    parser.add_argument("--csv", type=Path, help="measure this file instead of generating one")
    parser.add_argument("--month", default="2021-02")
    parser.add_argument("--country", default="Mali")
    parser.add_argument(
        "--importer-root",
        type=Path,
        default=REPO_ROOT,
        help="checkout whose mali_incidents is measured as ours (default: this one); "
        "e.g. a scratch copy with a proposed change, to compare in the same conditions",
    )
    parser.add_argument("--child", choices=list(KINDS), help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        print(json.dumps(child(args.child, args)))
        return 0

    workdir = Path(tempfile.mkdtemp(prefix="import_bench_"))
    path = workdir / f"acled_synthetic_{args.rows}.csv"
    try:
        if args.csv:
            path = args.csv.resolve()
            with path.open("rb") as stream:
                rows = sum(block.count(b"\n") for block in iter(lambda: stream.read(1 << 24), b""))
            rows -= 1  # the header (the synthetic notes hold no line breaks)
        else:
            rows = args.rows
            start = time.perf_counter()
            facts = generate(path, rows)
            print(
                f"generated {path} in {time.perf_counter() - start:.1f} s: {rows:,} rows, "
                f"notes {'/'.join(map(str, facts['note_length']))} chars (min/mean/max)"
            )
            print(
                "rows per country:",
                ", ".join(f"{k} {v}" for k, v in facts["rows_per_country"].items()),
            )
        file_mb = path.stat().st_size / 2**20
        # Read once so every measurement finds the file in the page cache alike.
        with path.open("rb") as stream:
            while stream.read(1 << 24):
                pass
        results = {}
        for kind in KINDS:
            if kind == "qgis-delimitedtext" and args.skip_qgis:
                continue
            # The delimited-text provider takes a minute or more: one run is plenty.
            repeat = 1 if kind == "qgis-delimitedtext" else max(1, args.repeat)
            print(f"measuring {KINDS[kind]} ...", flush=True)
            results[kind] = measure(kind, path, workdir, args, repeat)
        if args.importer_root.resolve() != REPO_ROOT:
            print(f"ours = mali_incidents from {args.importer_root}")
        ok = report(results, file_mb, rows)
    finally:
        if args.keep and not args.csv and path.is_file():
            kept = Path(tempfile.gettempdir()) / path.name
            shutil.move(str(path), kept)
            print(f"kept {kept}")
        shutil.rmtree(workdir, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
