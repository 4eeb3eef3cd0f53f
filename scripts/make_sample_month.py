"""Build the plugin's sample month, resources/sample/acled_mali_2021-02.csv.

The sample is an ACLED-style export (the 31 columns of today's CSV download) holding the
58 incidents of the published February 2021 report on Mali. Its inputs live outside the
repository, in the sibling folder ``../shared``:

- ``seed/incidents_2021_02_from_seed.csv``: the report's rows (region, event_date,
  sub_event_type, location, notes, fatalities), taken over verbatim;
- ``data/seed_places.csv``: admin2, coordinates and geo_precision for every location.

What the notes imply (actors, civilian targeting, tags, sources) is coded by hand in
``CODING`` below, one entry per incident, keyed by (event date, location). Inter codes
are looked up from the actor names in ``ACTOR_INTER`` so one actor always gets one code.

Usage::

    python scripts/make_sample_month.py [--seed CSV] [--places CSV] [--output CSV]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import NamedTuple

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))
from mali_incidents import definitions  # noqa: E402 - needs the repository on the path

SHARED_DIR = REPO_ROOT.parent / "shared"
DEFAULT_SEED = SHARED_DIR / "seed" / "incidents_2021_02_from_seed.csv"
DEFAULT_PLACES = SHARED_DIR / "data" / "seed_places.csv"
DEFAULT_OUTPUT = REPO_ROOT / "resources" / "sample" / "acled_mali_2021-02.csv"

ACLED_COLUMNS = list(definitions.ACLED_COLUMNS)  # one list: mali_incidents/definitions.py

EVENT_TYPES = definitions.ACLED_EVENT_TYPES  # sub_event_type -> (disorder, event type)

# Actor names as ACLED writes them. Malian state forces carry the period of the regime in
# power: the transition that followed the August 2020 coup ran until the May 2021 coup,
# so February 2021 falls in "(2020-2021)".
MALI_PERIOD = "(2020-2021)"
FAMA = f"Military Forces of Mali {MALI_PERIOD}"
POLICE = f"Police Forces of Mali {MALI_PERIOD}"
GOVERNMENT = f"Government of Mali {MALI_PERIOD}"
FRANCE = "Military Forces of France"
MINUSMA = "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"
G5_SAHEL = "G5 Sahel Joint Force: Group of Five for the Sahel Joint Force (2017-)"
JNIM = "JNIM: Group for Support of Islam and Muslims"
KATIBA_MACINA = "Katiba Macina"
ANSAR_DINE = "Ansar Dine"
ANSAROUL_ISLAM = "Ansaroul Islam"
AQIM = "AQIM: Al Qaeda in the Islamic Maghreb"
ISGS = "Islamic State (Greater Sahara)"
JNIM_OR_ISGS = f"{JNIM} and/or {ISGS}"
DAN_NA_AMBASSAGOU = "Dan Na Ambassagou"
GANDA_IZO = "Ganda Izo"
MSA = "MSA: Movement for the Salvation of Azawad"
STUDENT_MILITIA = "AEEM Student Militia"
UNIDENTIFIED = "Unidentified Armed Group (Mali)"
DOZO = "Dozo Communal Militia (Mali)"
DOGON_MILITIA = "Dogon Ethnic Militia (Mali)"
CIVILIANS = "Civilians (Mali)"

# Associated actors (never carry an inter code of their own).
STUDENTS = "AEEM: Association of Pupils and Students of Mali; Students (Mali)"
DOGON = "Dogon Ethnic Group (Mali)"
BAMBARA = "Bambara Ethnic Group (Mali)"
TUAREG = "Tuareg Ethnic Group (Mali)"
HEALTH_WORKERS = "Health Workers (Mali)"
AID_WORKERS = "Aid Workers (Mali)"

# ACLED inter codes: 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity
# militias, 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces.
ACTOR_INTER = {
    FAMA: 1,
    POLICE: 1,
    JNIM: 2,
    KATIBA_MACINA: 2,
    ANSAR_DINE: 2,
    ANSAROUL_ISLAM: 2,
    AQIM: 2,
    ISGS: 2,
    JNIM_OR_ISGS: 2,
    DAN_NA_AMBASSAGOU: 3,
    GANDA_IZO: 3,
    MSA: 3,
    STUDENT_MILITIA: 3,
    UNIDENTIFIED: 3,
    DOZO: 4,
    DOGON_MILITIA: 4,
    CIVILIANS: 7,
    FRANCE: 8,
    MINUSMA: 8,
    G5_SAHEL: 8,
}

# Sources and their ACLED source_scale.
MENASTREAM = ("Menastream", "New media")
MENASTREAM_TWITTER = ("Menastream; Twitter", "New media")
MENASTREAM_TAMANI = ("Menastream; Studio Tamani", "New media-National")
MENASTREAM_ZALLAQA = ("Menastream; Al Zallaqa", "New media-Other")
MENASTREAM_FAMA = ("Menastream; FAMa", "New media-Other")
STUDIO_TAMANI = ("Studio Tamani", "National")
STUDIO_TAMANI_MALIWEB = ("Studio Tamani; Maliweb", "National")
FAMA_SOURCE = ("FAMa", "Other-National")
FAMA_TAMANI = ("FAMa; Studio Tamani", "Other-National")
FRENCH_MOD = ("Ministry of the Armed Forces of France", "Other")
FRENCH_MOD_AFP = ("AFP; Ministry of the Armed Forces of France", "Other-International")
MINUSMA_SOURCE = ("MINUSMA; Menastream", "Other-New media")
AFP_LE_MONDE = ("AFP; Le Monde", "International")
RFI_MENASTREAM = ("Menastream; RFI", "New media-International")
MSF_RFI = ("MSF; RFI", "Other-International")


class Coding(NamedTuple):
    """What a note implies, beyond the seed's own columns."""

    actor1: str
    actor2: str = ""
    source: tuple[str, str] = MENASTREAM
    assoc_actor_1: str = ""
    assoc_actor_2: str = ""
    admin3: str = ""
    tags: str = ""


# One entry per seed row, keyed by (event_date, location); grouped by region as in the
# report. Katiba Macina, Ansar Dine, Ansaroul Islam and AQIM written "(JNIM)" in a note
# are coded as the katiba with JNIM associated; plain "JNIM militants" as JNIM alone.
CODING = {
    # Bamako
    ("2021-02-08", "Bamako"): Coding(
        STUDENT_MILITIA,
        STUDENT_MILITIA,
        STUDIO_TAMANI_MALIWEB,
        assoc_actor_1=STUDENTS,
        assoc_actor_2=STUDENTS,
    ),
    # Gao
    ("2021-02-27", "Fitili"): Coding(ISGS, CIVILIANS, MENASTREAM_TWITTER),
    ("2021-02-27", "Aguef Daou"): Coding(ISGS, CIVILIANS, MENASTREAM_TWITTER),
    ("2021-02-22", "Fafa"): Coding(FAMA, CIVILIANS, STUDIO_TAMANI),
    ("2021-02-12", "Fafa"): Coding(FRANCE, ISGS, FRENCH_MOD_AFP),
    ("2021-02-11", "Herba"): Coding(
        UNIDENTIFIED, CIVILIANS, MENASTREAM_TAMANI, assoc_actor_2=HEALTH_WORKERS
    ),
    ("2021-02-09", "Gao"): Coding(UNIDENTIFIED, CIVILIANS, MENASTREAM_TAMANI, admin3="Gao"),
    ("2021-02-09", "Temera"): Coding(UNIDENTIFIED, GANDA_IZO, MENASTREAM, admin3="Temera"),
    ("2021-02-03", "Tassiga"): Coding(UNIDENTIFIED, CIVILIANS, MENASTREAM),
    # Kidal
    ("2021-02-21", "Kidal"): Coding(
        UNIDENTIFIED, CIVILIANS, RFI_MENASTREAM, assoc_actor_2=TUAREG, admin3="Kidal"
    ),
    ("2021-02-09", "Anefis"): Coding(
        ANSAR_DINE, CIVILIANS, MENASTREAM, assoc_actor_1=JNIM, admin3="Anefif"
    ),
    # Menaka
    ("2021-02-26", "Taranguit"): Coding(FRANCE, ISGS, FRENCH_MOD),
    ("2021-02-25", "Menaka"): Coding(JNIM, FRANCE, MENASTREAM_ZALLAQA, admin3="Menaka"),
    ("2021-02-21", "Adar N'Taklit"): Coding(FRANCE, ISGS, FRENCH_MOD),
    ("2021-02-14", "Inekar Ouest"): Coding(
        ISGS, MSA, MENASTREAM_TWITTER, assoc_actor_2=FAMA, admin3="Inekar"
    ),
    # Mopti
    ("2021-02-28", "Simeyekanda"): Coding(
        KATIBA_MACINA, CIVILIANS, MENASTREAM, assoc_actor_1=JNIM, assoc_actor_2=DOGON
    ),
    ("2021-02-28", "Diamnati"): Coding(
        KATIBA_MACINA, DAN_NA_AMBASSAGOU, MENASTREAM, assoc_actor_1=JNIM
    ),
    ("2021-02-28", "Dogo Guillado"): Coding(
        KATIBA_MACINA,
        DAN_NA_AMBASSAGOU,
        MENASTREAM_TAMANI,
        assoc_actor_1=JNIM,
        assoc_actor_2=DOGON_MILITIA,
    ),
    # Gunmen "interchangeably described as Dogon militiamen and Katiba Macina".
    ("2021-02-27", "Kono"): Coding(UNIDENTIFIED, CIVILIANS, MENASTREAM, assoc_actor_2=DOGON),
    ("2021-02-27", "Berdossou"): Coding(
        DAN_NA_AMBASSAGOU, CIVILIANS, MENASTREAM, assoc_actor_2=DOGON
    ),
    ("2021-02-25", "Bandiagara"): Coding(
        KATIBA_MACINA, FAMA, MENASTREAM_ZALLAQA, assoc_actor_1=JNIM, admin3="Bandiagara"
    ),
    ("2021-02-23", "Kouroumoussana"): Coding(
        KATIBA_MACINA,
        CIVILIANS,
        MSF_RFI,
        assoc_actor_1=JNIM,
        assoc_actor_2=f"{HEALTH_WORKERS}; {AID_WORKERS}",
    ),
    ("2021-02-23", "Sambere"): Coding(KATIBA_MACINA, FAMA, FAMA_SOURCE, assoc_actor_1=JNIM),
    ("2021-02-21", "Diona"): Coding(KATIBA_MACINA, MINUSMA, MINUSMA_SOURCE, assoc_actor_1=JNIM),
    ("2021-02-21", "Kiri"): Coding(KATIBA_MACINA, FAMA, MENASTREAM, assoc_actor_1=JNIM),
    ("2021-02-18", "Fiko"): Coding(KATIBA_MACINA, CIVILIANS, MENASTREAM, assoc_actor_1=JNIM),
    ("2021-02-18", "Parou"): Coding(
        KATIBA_MACINA, CIVILIANS, MENASTREAM_TAMANI, assoc_actor_1=JNIM
    ),
    ("2021-02-18", "Tile"): Coding(
        KATIBA_MACINA, DAN_NA_AMBASSAGOU, MENASTREAM, assoc_actor_1=JNIM
    ),
    ("2021-02-18", "Diallassagou"): Coding(
        KATIBA_MACINA, FAMA, MENASTREAM, assoc_actor_1=JNIM, admin3="Diallassagou"
    ),
    ("2021-02-18", "Kouna"): Coding(
        KATIBA_MACINA, DAN_NA_AMBASSAGOU, MENASTREAM, assoc_actor_1=JNIM
    ),
    ("2021-02-17", "Bagourou"): Coding(
        KATIBA_MACINA, CIVILIANS, MENASTREAM_TAMANI, assoc_actor_1=JNIM, assoc_actor_2=DOGON
    ),
    ("2021-02-17", "Yabatalou"): Coding(
        KATIBA_MACINA, CIVILIANS, MENASTREAM_TAMANI, assoc_actor_1=JNIM, assoc_actor_2=DOGON
    ),
    ("2021-02-16", "Sambere"): Coding(UNIDENTIFIED, CIVILIANS, MENASTREAM),
    # Soldiers shot a Dan Na Ambassagou member who refused to be disarmed: coded as an
    # attack on a non-combatant, the militia named only in the note.
    ("2021-02-16", "Guidiowel"): Coding(FAMA, CIVILIANS, MENASTREAM, assoc_actor_2=DOGON),
    ("2021-02-14", "Dioura"): Coding(KATIBA_MACINA, FAMA, MENASTREAM_FAMA, assoc_actor_1=JNIM),
    ("2021-02-11", "Dianwely"): Coding(
        KATIBA_MACINA, CIVILIANS, MENASTREAM, assoc_actor_1=JNIM, admin3="Diallassagou"
    ),
    ("2021-02-10", "Kerena"): Coding(JNIM, MINUSMA, MINUSMA_SOURCE, tags="suicide bomb"),
    ("2021-02-09", "Diangassagou"): Coding(
        KATIBA_MACINA, CIVILIANS, MENASTREAM, assoc_actor_1=JNIM, assoc_actor_2=DOGON
    ),
    ("2021-02-05", "Boulikessi"): Coding(
        JNIM, G5_SAHEL, MENASTREAM, assoc_actor_2=FAMA, admin3="Mondoro"
    ),
    ("2021-02-05", "Mondoro"): Coding(JNIM, FAMA, FAMA_SOURCE, admin3="Mondoro"),
    ("2021-02-04", "Mbaradou"): Coding(
        KATIBA_MACINA, CIVILIANS, MENASTREAM, assoc_actor_1=JNIM, tags="local administrators"
    ),
    ("2021-02-03", "Boni"): Coding(JNIM, FAMA, FAMA_TAMANI, assoc_actor_2=FRANCE, admin3="Haire"),
    ("2021-02-01", "Yawa"): Coding(
        DAN_NA_AMBASSAGOU, CIVILIANS, MENASTREAM_TAMANI, assoc_actor_2=DOGON
    ),
    # Segou
    ("2021-02-27", "Saye"): Coding(KATIBA_MACINA, FAMA, FAMA_SOURCE, assoc_actor_1=JNIM),
    ("2021-02-26", "Djene Coura K21"): Coding(KATIBA_MACINA, DOZO, MENASTREAM, assoc_actor_1=JNIM),
    ("2021-02-22", "Dogofryba"): Coding(
        KATIBA_MACINA, DOZO, MENASTREAM, assoc_actor_1=JNIM, admin3="Dogofry"
    ),
    ("2021-02-20", "Banamba K01"): Coding(KATIBA_MACINA, DOZO, MENASTREAM, assoc_actor_1=JNIM),
    ("2021-02-12", "Dogofri"): Coding(
        KATIBA_MACINA, DOZO, MENASTREAM_TAMANI, assoc_actor_1=JNIM, admin3="Dogofry"
    ),
    ("2021-02-12", "Ke-Macina"): Coding(
        KATIBA_MACINA, FAMA, FAMA_SOURCE, assoc_actor_1=JNIM, admin3="Macina"
    ),
    ("2021-02-04", "Farabougou"): Coding(
        KATIBA_MACINA,
        CIVILIANS,
        MENASTREAM_TAMANI,
        assoc_actor_1=JNIM,
        assoc_actor_2=BAMBARA,
        admin3="Dogofry",
    ),
    ("2021-02-01", "Farabougou"): Coding(
        KATIBA_MACINA,
        CIVILIANS,
        MENASTREAM,
        assoc_actor_1=JNIM,
        assoc_actor_2=BAMBARA,
        admin3="Dogofry",
    ),
    # Sikasso
    ("2021-02-08", "Kolondieba"): Coding(
        KATIBA_MACINA, POLICE, STUDIO_TAMANI_MALIWEB, assoc_actor_1=JNIM, admin3="Kolondieba"
    ),
    # Tombouctou
    ("2021-02-24", "NDaki"): Coding(FRANCE, JNIM_OR_ISGS, FRENCH_MOD),
    ("2021-02-14", "Nebkit"): Coding(UNIDENTIFIED, CIVILIANS, MENASTREAM),
    ("2021-02-13", "Gossi"): Coding(JNIM, FAMA, MENASTREAM, admin3="Gossi"),
    ("2021-02-06", "Ber"): Coding(
        AQIM, CIVILIANS, MENASTREAM_TAMANI, assoc_actor_1=JNIM, admin3="Ber"
    ),
    ("2021-02-05", "Daka Fifo"): Coding(
        UNIDENTIFIED,
        CIVILIANS,
        MENASTREAM,
        assoc_actor_2=GOVERNMENT,
        tags="local administrators",
    ),
    ("2021-02-01", "NDaki"): Coding(FRANCE, ANSAROUL_ISLAM, AFP_LE_MONDE, assoc_actor_2=JNIM),
}

FIRST_EVENT_NUMBER = 5123  # event_id_cnty of the month's earliest incident: MLI5123
RELEASE_HOUR_UTC = 14  # ACLED's weekly release (Tuesdays) gives each row its timestamp


def strip_accents(text: str) -> str:
    """'Ménaka' -> 'Menaka', as ACLED writes admin names."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def interaction_code(inter1: int, inter2: int) -> int:
    """ACLED interaction: both inter codes, smaller first; inter1 * 10 with no actor2."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def release_timestamp(event_date: dt.date, event_number: int) -> int:
    """Unix time of the weekly release (a Tuesday, at least 4 days later) carrying the event."""
    release = event_date + dt.timedelta(days=4)
    release += dt.timedelta(days=(1 - release.weekday()) % 7)
    moment = dt.datetime(
        release.year, release.month, release.day, RELEASE_HOUR_UTC, tzinfo=dt.timezone.utc
    )
    return int(moment.timestamp()) + (event_number * 97) % 1800


def read_seed(seed_csv: Path) -> pd.DataFrame:
    seed = pd.read_csv(seed_csv, dtype={"notes": str, "location": str})
    seed["event_date"] = pd.to_datetime(seed["event_date"], format="%d %B %Y").dt.date
    seed["admin1"] = seed["region"].map(strip_accents)
    return seed


def attach_places(seed: pd.DataFrame, places_csv: Path) -> pd.DataFrame:
    places = pd.read_csv(places_csv)
    if places.duplicated(["location", "admin1"]).any():
        raise ValueError(f"{places_csv}: a location appears twice in one admin1")
    located = seed.merge(
        places[["location", "admin1", "admin2", "latitude", "longitude", "geo_precision"]],
        on=["location", "admin1"],
        how="left",
        validate="many_to_one",
    )
    missing = located[located["latitude"].isna()]
    if not missing.empty:
        raise ValueError(f"no coordinates for: {sorted(set(missing['location']))}")
    return located


def coding_for(seed: pd.DataFrame) -> list[Coding]:
    keys = [(date.isoformat(), location) for date, location in zip(seed.event_date, seed.location)]
    unknown = [key for key in keys if key not in CODING]
    unused = sorted(set(CODING) - set(keys))
    if unknown or unused or len(set(keys)) != len(keys):
        raise ValueError(f"coding table out of step with seed: {unknown=} {unused=}")
    return [CODING[key] for key in keys]


def build_month(seed_csv: Path, places_csv: Path) -> pd.DataFrame:
    incidents = attach_places(read_seed(seed_csv), places_csv)
    incidents["coding"] = coding_for(incidents)

    # ACLED numbers events as they are entered: oldest first, with gaps left by other
    # countries' months. The export lists the newest first.
    incidents = incidents.sort_values(["event_date", "admin1", "location"], kind="stable")
    gaps = random.Random(202102)
    numbers, number = [], FIRST_EVENT_NUMBER
    for _ in range(len(incidents)):
        numbers.append(number)
        number += gaps.randint(1, 4)
    incidents["event_number"] = numbers

    rows = []
    for incident in incidents.itertuples(index=False):
        coding: Coding = incident.coding
        disorder_type, event_type = EVENT_TYPES[incident.sub_event_type]
        inter1 = ACTOR_INTER[coding.actor1]
        inter2 = ACTOR_INTER[coding.actor2] if coding.actor2 else 0
        hits_civilians = event_type == "Violence against civilians" or (
            event_type == "Explosions/Remote violence" and coding.actor2 == CIVILIANS
        )
        rows.append(
            {
                "event_id_cnty": f"MLI{incident.event_number}",
                "event_date": incident.event_date.isoformat(),
                "year": incident.event_date.year,
                "time_precision": 2 if re.match(r"Around\b", incident.notes) else 1,
                "disorder_type": disorder_type,
                "event_type": event_type,
                "sub_event_type": incident.sub_event_type,
                "actor1": coding.actor1,
                "assoc_actor_1": coding.assoc_actor_1,
                "inter1": inter1,
                "actor2": coding.actor2,
                "assoc_actor_2": coding.assoc_actor_2,
                "inter2": inter2,
                "interaction": interaction_code(inter1, inter2),
                "civilian_targeting": "Civilian targeting" if hits_civilians else "",
                "iso": 466,
                "region": "Western Africa",
                "country": "Mali",
                "admin1": incident.admin1,
                "admin2": incident.admin2,
                "admin3": coding.admin3,
                "location": incident.location,
                "latitude": incident.latitude,
                "longitude": incident.longitude,
                "geo_precision": int(incident.geo_precision),
                "source": coding.source[0],
                "source_scale": coding.source[1],
                "notes": incident.notes,
                "fatalities": int(incident.fatalities),
                "tags": coding.tags,
                "timestamp": release_timestamp(incident.event_date, incident.event_number),
            }
        )
    month = pd.DataFrame(rows, columns=ACLED_COLUMNS)
    return month.iloc[::-1].reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED, help="report rows CSV")
    parser.add_argument("--places", type=Path, default=DEFAULT_PLACES, help="seed_places.csv")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="CSV to write")
    args = parser.parse_args(argv)

    month = build_month(args.seed, args.places)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    month.to_csv(args.output, index=False, encoding="utf-8")
    print(f"wrote {len(month)} incidents, {month['fatalities'].sum()} fatalities: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
