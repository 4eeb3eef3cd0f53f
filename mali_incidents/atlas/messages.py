"""The atlas's one kind of error and its messages' translation context ("Atlas").

Every file of the atlas translates through this ``tr``: the French file
(``resources/i18n/mali_incident_atlas_fr.ts``) knows the atlas's messages under one context.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication


def tr(message: str) -> str:
    return QCoreApplication.translate("Atlas", message)


class AtlasError(Exception):
    """The atlas cannot be made from this input; the message says why, in one line."""
