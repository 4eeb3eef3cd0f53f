"""One place that knows where the plugin's files are (icons, QML styles, QPT templates).

Plain files found by path, no compiled ``resources.py``: users can open and edit them in QGIS.
"""

from __future__ import annotations

from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parent.parent


def resources_path(*parts: str) -> Path:
    """Path of a file under ``resources/`` (icons, the sample month)."""
    return PLUGIN_ROOT.joinpath("resources", *parts)


def symbology_path(*parts: str) -> Path:
    """Path of a file under ``symbology/`` (QML styles, QPT layouts, classification rules)."""
    return PLUGIN_ROOT.joinpath("symbology", *parts)
