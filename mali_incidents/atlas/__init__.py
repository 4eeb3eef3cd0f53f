"""The month's atlas (moved from ``atlas.py``; split into its parts next)."""

from __future__ import annotations

from ..paths import user_symbology_dir
from .report import (
    AtlasError,
    AtlasLayouts,
    AtlasResult,
    AtlasSettings,
    build_layouts,
    check_atlas_outputs,
    is_atlas_project,
    make_atlas,
    month_group_name,
    month_label,
    month_report,
    refresh_layouts,
    report_name,
    reset_layouts,
    save_as_defaults,
    save_project,
    translate_legend,
)

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
    "user_symbology_dir",
]
