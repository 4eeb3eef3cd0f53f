"""Names used across the plugin, in one place: ACLED columns, legend classes, layer names."""

from __future__ import annotations

PLUGIN_NAME = "Mali Incident Atlas"
MENU_NAME = "Mali incidents"
DEFAULT_COUNTRY = "Mali"

# Today's ACLED export, in the order ACLED writes it.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

# Columns an export must have for the atlas to be made from it; the rest are kept if present.
REQUIRED_COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "notes",
    "fatalities",
)

# The older export format (until 2023) had these and lacked disorder_type, civilian_targeting, tags.
OLD_FORMAT_ONLY_COLUMNS = ("data_id", "event_id_no_cnty", "iso3")

# ACLED's inter codes (1-8) as the export tool writes them in text form.
INTER_CODE_NAMES = {
    1: "State Forces",
    2: "Rebel Groups",
    3: "Political Militias",
    4: "Identity Militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other Forces",
}

# The report's legend: types of incident (marker shape), in legend order; Other stays in tables.
INCIDENT_TYPES = (
    "Armed clash",
    "Violence against civilians",
    "Airstrike",
    "Mortar or rocket attack",
    "Abduction",
    "IED or grenade",
    "Looting or property destruction",
    "Mob violence or violent demonstration",
    "Other",
)
INCIDENT_TYPE_OTHER = "Other"

# The report's legend: actors (marker colour), in legend order.
ACTOR_GROUPS = (
    "Security forces",
    "External forces",
    "Jihadist militants",
    "Militias",
    "Unidentified",
)
ACTOR_GROUP_UNIDENTIFIED = "Unidentified"

# Fields the import adds to ACLED's.
FIELD_INCIDENT_TYPE = "incident_type"
FIELD_ACTOR_GROUP = "actor_group"
FIELD_SOURCE_FILE = "source_file"
FIELD_SOURCE_LINE = "source_line"

INCIDENTS_LAYER = "incidents"
REJECTS_TABLE = "rejects"

# Mali's regions in the report's order, as ACLED writes admin1 -> as printed (with accents).
REGION_DISPLAY_NAMES = {
    "Bamako": "Bamako",
    "Gao": "Gao",
    "Kayes": "Kayes",
    "Kidal": "Kidal",
    "Koulikoro": "Koulikoro",
    "Menaka": "Ménaka",
    "Mopti": "Mopti",
    "Segou": "Ségou",
    "Sikasso": "Sikasso",
    "Tombouctou": "Tombouctou",
}

# Other spellings of a region's name met in boundary files and exports.
REGION_ALIASES = {
    "Timbuktu": "Tombouctou",
    "Koulikouro": "Koulikoro",
    "Bamako District": "Bamako",
    "District de Bamako": "Bamako",
}
