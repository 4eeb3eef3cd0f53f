"""French and English for the plugin and the atlas, switched by a setting, not by QGIS's locale.

Most users in Mali work in French while many keep QGIS itself in English, so the language is
the plugin's own setting. The translations live in a Qt Linguist file
(``resources/i18n/mali_incident_atlas_<lang>.ts``) that translators edit as usual; it is
read directly (no compiled .qm, no build step), and every ``tr()`` of the plugin goes through
Qt's ordinary ``QCoreApplication.translate``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .paths import resources_path

LANGUAGES = {"en": "English", "fr": "Français"}
SETTINGS_LANGUAGE = "mali_incident_atlas/language"


def current_language() -> str:
    language = str(QgsSettings().value(SETTINGS_LANGUAGE, "en") or "en")
    return language if language in LANGUAGES else "en"


@cache
def _messages(language: str) -> dict[str, str]:
    path = resources_path("i18n", f"mali_incident_atlas_{language}.ts")
    if not path.is_file():
        return {}
    messages = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        translation = message.findtext("translation")
        if source and translation and message.find("translation").get("type") != "unfinished":
            messages[source] = translation
    return messages


class TsTranslator(QTranslator):
    """A QTranslator answering from a .ts file, whatever the context of the message."""

    def __init__(self, language: str):
        super().__init__()
        self.language = language
        self.messages = _messages(language)

    def translate(self, context, source_text, disambiguation=None, n=-1):
        # None (not "") lets Qt fall back to the English source text.
        return self.messages.get(source_text)

    def isEmpty(self) -> bool:
        return not self.messages


_installed: TsTranslator | None = None


def install_language(language: str) -> None:
    """Make every later ``tr()`` answer in ``language`` ("en" removes the translation)."""
    global _installed
    application = QCoreApplication.instance()
    if _installed is not None:
        if application is not None:
            QCoreApplication.removeTranslator(_installed)
        _installed = None
    if language != "en" and application is not None:
        _installed = TsTranslator(language)
        QCoreApplication.installTranslator(_installed)


def installed_language() -> str:
    return _installed.language if _installed is not None else "en"


@contextmanager
def language_of(language: str) -> Iterator[None]:
    """Texts in ``language`` for the block (an atlas in French), then as they were."""
    before = installed_language()
    install_language(language)
    try:
        yield
    finally:
        install_language(before)


def translated(text: str, language: str) -> str:
    """``text`` in ``language`` without touching the installed translator."""
    return text if language == "en" else _messages(language).get(text, text)
