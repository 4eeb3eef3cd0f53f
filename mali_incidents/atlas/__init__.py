"""The month's printed atlas, one file per thing a reader can point at.

- ``report.py``: the month's ``QgsReport`` (cover, overview, a map and a table per region)
- ``pages/``: one file per page kind (``cover``, ``overview``, ``region_map``,
  ``region_table``) and ``kit.py``, what they are all made with
- ``tables.py``: cell wrapping and rows continued over pages
- ``table_chunks.py``: a long table printed as tables of a few pages (the export's cost)
- ``month_layers.py``: the GeoPackage layers the atlas writes (regions, countries)
- ``project_layers.py``: those layers in the project, styled and grouped under the month
- ``project.py``: a month in a project: saved, refreshed, reset, saved as defaults
- ``project_entries.py``, ``variables.py``: what the project and the layouts remember
- ``make.py``: the PDF (and project) from the month's GeoPackage, outputs checked first
- ``settings.py``, ``messages.py``: the analyst's settings; the atlas's error and ``tr``

The CLI, Processing and ``plugin.py`` import what they use from here.
"""

from __future__ import annotations

from ..paths import user_symbology_dir
from .make import AtlasResult, check_atlas_outputs, make_atlas
from .messages import AtlasError
from .project import refresh_layouts, reset_layouts, save_as_defaults, save_project
from .project_entries import is_atlas_project, month_report
from .project_layers import month_group_name, translate_legend
from .report import AtlasLayouts, build_layouts, month_label, report_name
from .settings import AtlasSettings

__all__ = [
    "AtlasError",
    "AtlasLayouts",
    "AtlasResult",
    "AtlasSettings",
    "build_layouts",
    "check_atlas_outputs",
    "is_atlas_project",
    "make_atlas",
    "month_group_name",
    "month_label",
    "month_report",
    "refresh_layouts",
    "report_name",
    "reset_layouts",
    "save_as_defaults",
    "save_project",
    "translate_legend",
    # The folder save_as_defaults writes to (tests point it at a temporary one).
    "user_symbology_dir",
]
