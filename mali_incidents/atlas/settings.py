"""What the analyst sets once for every atlas: credit, contact, extra sources, language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import QgsSettings

from ..definitions import (
    ATLAS_EXTRA_SOURCES,
    DEFAULT_CHANGE_CELL_KM,
    SETTINGS_CHANGE_CELL_KM,
    SETTINGS_CONTACT,
    SETTINGS_CREDIT,
    SETTINGS_EMPTY_REGIONS,
    SETTINGS_EXTRA_SOURCES,
    SETTINGS_REFERENCE_PATHS,
)
from ..i18n import current_language

# What may be done with the regions without incidents (AtlasSettings.empty_regions).
EMPTY_REGIONS_CHOICES = ("pages", "summary")


@dataclass
class AtlasSettings:
    """What the analyst sets once: the credit line, a contact and sources worth crediting."""

    credit: str = ""
    contact: str = ""
    # Credited on every page when the month's `source` column cites them (MENASTREAM …).
    extra_sources: tuple[str, ...] = ATLAS_EXTRA_SOURCES
    language: str = "en"
    # The day the analyst downloaded the data (YYYY-MM-DD), printed on every page; empty:
    # the latest update of the month's rows (ACLED's timestamp).
    downloaded: str = ""
    # Regions without incidents: "pages" (a map and a table each) or "summary" (one page).
    empty_regions: str = "pages"
    # The change map's hexagons, distance across in km (Atlas settings).
    change_cell_km: float = DEFAULT_CHANGE_CELL_KM
    # Files whose layers every map draws, in the project's Reference group (rivers, towns…).
    reference_paths: tuple[Path, ...] = ()

    @classmethod
    def from_qgis_settings(cls) -> AtlasSettings:
        """The plugin's settings (QgsSettings), as the settings dialog stores them."""
        settings = QgsSettings()
        extra = settings.value(SETTINGS_EXTRA_SOURCES, ",".join(ATLAS_EXTRA_SOURCES)) or ""
        empty_regions = str(settings.value(SETTINGS_EMPTY_REGIONS, "pages") or "pages")
        references = settings.value(SETTINGS_REFERENCE_PATHS, []) or []
        if isinstance(references, str):  # QSettings gives a list of one as a string
            references = [references]
        return cls(
            credit=str(settings.value(SETTINGS_CREDIT, "") or ""),
            contact=str(settings.value(SETTINGS_CONTACT, "") or ""),
            extra_sources=tuple(part.strip() for part in str(extra).split(",") if part.strip()),
            language=current_language(),
            empty_regions=empty_regions if empty_regions in EMPTY_REGIONS_CHOICES else "pages",
            reference_paths=tuple(Path(str(path)) for path in references if str(path).strip()),
            change_cell_km=_positive(
                settings.value(SETTINGS_CHANGE_CELL_KM, DEFAULT_CHANGE_CELL_KM),
                DEFAULT_CHANGE_CELL_KM,
            ),
        )


def _positive(value, default: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if number > 0 else default
