"""The layout and project variables the atlas writes, and which the templates and styles read.

A value from a file or a setting (a region's name, the credit line) reaches a page through a
variable, never pasted into an expression: ``[% … %]`` in a label evaluates the label's text,
not a variable's value.
"""

from __future__ import annotations

import json

from qgis.core import QgsExpressionContextUtils, QgsLayout

from ..definitions import REGION_VARIABLE
from ..regions import Region

# Layout variables holding the texts of a page's labels that come from files and settings.
TEXT_VARIABLE_PREFIX = "mali_text_"
# Layout variable: the names the page's region goes by in the month's admin1 (JSON array).
REGION_NAMES_VARIABLE = f"{REGION_VARIABLE}_names"

# Layout variable of a region's map: the region whose polygon the page does not name (regions.qml)
# because the page's region, which has no polygon of its own, lies inside it (Ménaka in the
# world map's Gao): "GAO" printed over Ménaka's incidents would name them wrongly.
UNNAMED_REGION_VARIABLE = f"{REGION_VARIABLE}_unnamed"

# Map item variable: where each region's name is printed on that map, clear of the month's
# incidents (region_name_spots.py; JSON object admin1 -> [x, y] in the regions layer's
# coordinates), which regions.qml's data-defined label position reads.
REGION_NAME_SPOTS_VARIABLE = "mali_region_name_spots"

# Project variable holding the atlas's country (ISO 3166 alpha-3), read by countries.qml.
COUNTRY_ISO3_VARIABLE = "mali_country_iso3"

# An atlas of several countries: the field of atlas_regions naming a region's country, and
# the layout variable naming the country of a chapter's page (the regions layer draws only
# that country's regions there; the cover and the regional overview have none: all drawn).
REGION_COUNTRY_FIELD = "country"
CHAPTER_VARIABLE = "mali_chapter_country"
ONLY_THE_CHAPTER_REGIONS = (
    f'@{CHAPTER_VARIABLE} IS NULL OR "{REGION_COUNTRY_FIELD}" = @{CHAPTER_VARIABLE}'
)
# ACLED's country column, its case and spaces forgiven as the import forgives them.
ONLY_THE_CHAPTER_INCIDENTS = (
    f'@{CHAPTER_VARIABLE} IS NULL OR lower(trim("country")) = lower(trim(@{CHAPTER_VARIABLE}))'
)

# Layout variable of an atlas of several countries' first page: their names (JSON array).
REGIONAL_OVERVIEW_VARIABLE = "mali_overview_countries"

# True for an incident of the page's region (the layout variables a region page sets). Without
# a region variable (cover, overview, canvas) it is false, not NULL.
ON_PAGE_REGION = f'coalesce(array_contains(from_json(@{REGION_NAMES_VARIABLE}), "admin1"), false)'


def set_region_variables(layout: QgsLayout, region: Region) -> None:
    """What a region's pages read: the region, and the names it goes by this month."""
    # Which region the page is about, for next month's refill (refresh_layouts).
    QgsExpressionContextUtils.setLayoutVariable(layout, f"{REGION_VARIABLE}_page", region.admin1)
    # Without its own polygon the region lies inside another (Ménaka in Natural Earth's
    # Gao): fading "the others" would fade the region itself, so nothing is faded.
    QgsExpressionContextUtils.setLayoutVariable(
        layout, REGION_VARIABLE, region.admin1 if region.geometry is not None else None
    )
    # A JSON array, read with from_json(): a name may hold any character (a "|" too),
    # and a list variable does not survive the project file.
    names = sorted(region.spellings or {region.admin1})
    QgsExpressionContextUtils.setLayoutVariable(
        layout, REGION_NAMES_VARIABLE, json.dumps(names, ensure_ascii=False)
    )
    # Projects of earlier versions read the names joined with "|" (their legend filters,
    # place labels and styles): a name holding "|" is left out, never matching another.
    legacy = "|" + "|".join(name for name in names if "|" not in name) + "|"
    QgsExpressionContextUtils.setLayoutVariable(layout, f"{REGION_VARIABLE}_spellings", legacy)
