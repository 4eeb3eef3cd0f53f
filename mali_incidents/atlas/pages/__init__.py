"""The atlas's pages, one file each, named as the reader sees them.

Each page is made in two steps: ``make_<page>()`` makes it from its template in
``symbology/`` (layers, frames, decorations), ``fill_<page>()`` writes what depends on the
month (texts, tables). Next month only the fill step runs again, on the layouts the analyst
may have edited.
"""

from __future__ import annotations

from .changes import fill_change_map, fill_key_changes, make_change_map, make_key_changes
from .cover import fill_cover, make_cover
from .kit import PageKit, PageTexts
from .overview import fill_overview, fill_regional_overview, make_overview, make_regional_overview
from .region_map import fill_region_map, make_region_map
from .region_table import fill_region_table, make_region_table

__all__ = [
    "PageKit",
    "PageTexts",
    "fill_change_map",
    "fill_cover",
    "fill_key_changes",
    "fill_overview",
    "fill_region_map",
    "fill_region_table",
    "fill_regional_overview",
    "make_change_map",
    "make_cover",
    "make_key_changes",
    "make_overview",
    "make_region_map",
    "make_region_table",
    "make_regional_overview",
]
