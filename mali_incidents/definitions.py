"""Names used across the plugin, in one place: ACLED columns, legend classes, layer names."""

from __future__ import annotations

# What QGIS shows (plugin manager, menu, toolbar, message bar): any ACLED country, Mali the
# default one. The Python package keeps its name, mali_incidents.
PLUGIN_NAME = "Incident Atlas (ACLED)"
MENU_NAME = "Incident Atlas (ACLED)"
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

# ACLED's codebook: sub_event_type -> (disorder_type, event_type), for the sub-event types
# the sample month uses (scripts/make_sample_month.py writes them, its test checks them).
ACLED_EVENT_TYPES = {
    "Armed clash": ("Political violence", "Battles"),
    "Attack": ("Political violence", "Violence against civilians"),
    "Abduction/forced disappearance": ("Political violence", "Violence against civilians"),
    "Air/drone strike": ("Political violence", "Explosions/Remote violence"),
    "Shelling/artillery/missile attack": ("Political violence", "Explosions/Remote violence"),
    "Remote explosive/landmine/IED": ("Political violence", "Explosions/Remote violence"),
    "Looting/property destruction": ("Strategic developments", "Strategic developments"),
    "Arrests": ("Strategic developments", "Strategic developments"),
}

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
# Why an incident's fatalities deserve a second look ("" if they do not): written as 1e3, or
# more than symbology/plausibility.csv's implausible_fatalities in one event.
FIELD_FATALITIES_FLAG = "fatalities_flag"
# Between reading and validation only: why a row could not be split into the header's columns.
FIELD_READ_PROBLEM = "read_problem"

INCIDENTS_LAYER = "incidents"
REJECTS_TABLE = "rejects"
# The month's history (trends.History): month x region x incident type x actor group, and
# the country's totals per month; null counts are months no source covers.
MONTHLY_TABLE = "monthly"
MONTHLY_COUNTRY_TABLE = "monthly_country"
# The incidents of the months the change map compares the month with: month, latitude,
# longitude.
HISTORY_POINTS_TABLE = "history_points"

# How regions are printed, their order and other spellings are per-country tables a user
# edits: symbology/countries/<Country>/regions.csv (read by region_names.py).


def __getattr__(name: str):
    """Mali's region names under their former names, read from Mali's table: code written
    before the per-country tables imports them from here (Python 3.7+ module __getattr__)."""
    if name in ("REGION_DISPLAY_NAMES", "REGION_ALIASES"):
        from .region_names import region_table

        rows = region_table(DEFAULT_COUNTRY)
        if name == "REGION_ALIASES":
            return {spelling: row.admin1 for row in rows for spelling in row.other_spellings}
        from .region_names import region_order

        printed = {row.admin1: row.printed_name for row in rows}
        return {admin1: printed[admin1] for admin1 in region_order(DEFAULT_COUNTRY, printed)}
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- Atlas (issue 4) ---------------------------------------------------------------------
# Fields that name admin-1 regions in the boundary files analysts have (OCHA COD-AB,
# geoBoundaries, GADM, Natural Earth), tried in this order when --region-field is not given.
REGION_FIELD_CANDIDATES = (
    "admin1",
    "ADM1_FR",
    "ADM1_EN",
    "admin1Name_fr",
    "admin1Name",
    "shapeName",
    "NAME_1",
    "region",
    "name",
)

# Layers of QGIS's own world_map.gpkg (package qgis-common).
WORLD_MAP_REGIONS_LAYER = "states_provinces"
WORLD_MAP_COUNTRIES_LAYER = "countries"

# The region polygons the atlas draws, written beside the incidents in the month's GeoPackage.
REGIONS_LAYER = "atlas_regions"
# Custom property naming what a month layer is for (incidents, regions…): next month's
# refresh finds the layers by it.
LAYER_ROLE_PROPERTY = "mali_incidents/role"
# The neighbouring countries around them, cut from world_map.gpkg (see atlas/month_layers.py).
COUNTRIES_LAYER = "atlas_countries"
# What changed (issue 13): the 12-month charts and the change map's hexagons.
CHARTS_LAYER = "atlas_charts"
CHANGE_CELLS_LAYER = "atlas_change_cells"

# Print layout templates and styles in symbology/.
TEMPLATE_COVER = "atlas_cover.qpt"
TEMPLATE_OVERVIEW = "atlas_overview.qpt"
TEMPLATE_REGION_MAP = "atlas_region_map.qpt"
TEMPLATE_REGION_TABLE = "atlas_region_table.qpt"
TEMPLATE_KEY_CHANGES = "atlas_key_changes.qpt"
TEMPLATE_CHANGE_MAP = "atlas_change_map.qpt"
STYLE_CHARTS = "charts.qml"
STYLE_CHANGE_CELLS = "change_cells.qml"
STYLE_INCIDENTS = "incidents.qml"
STYLE_REGIONS = "regions.qml"
STYLE_COUNTRIES = "countries.qml"

# Layout variable holding the region a page is about; regions.qml fades the others.
REGION_VARIABLE = "mali_region"

# Sources always credited (the data is ACLED's) and, by default, those credited when the
# month's `source` column cites them.
ATLAS_BASE_SOURCE = "ACLED"
ATLAS_EXTRA_SOURCES = ("MENASTREAM",)

# Where the plugin keeps the analyst's credit line and contact (QgsSettings keys).
SETTINGS_CREDIT = "mali_incident_atlas/credit"
SETTINGS_CONTACT = "mali_incident_atlas/contact"
SETTINGS_EXTRA_SOURCES = "mali_incident_atlas/extra_sources"
# The months before the month an import keeps in its ``monthly`` table (--history-months).
SETTINGS_HISTORY_MONTHS = "mali_incident_atlas/history_months"
# The change map's hexagons: distance across, in kilometres.
SETTINGS_CHANGE_CELL_KM = "mali_incident_atlas/change_cell_km"
DEFAULT_CHANGE_CELL_KM = 25.0
# The settings dialog's atlas choices, remembered for the next atlas (GUI, Processing, CLI).
SETTINGS_EMPTY_REGIONS = "mali_incident_atlas/empty_regions"
SETTINGS_REFERENCE_PATHS = "mali_incident_atlas/reference_paths"
