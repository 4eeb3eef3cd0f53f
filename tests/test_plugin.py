"""The plugin loads in QGIS through classFactory, adds its actions, and unload() removes them."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QToolBar

ACTION_TEXTS = {"Load incident month…", "Export atlas…"}


def _plugin_actions(main_window) -> set[str]:
    return {action.text() for action in main_window.findChildren(QAction)} & ACTION_TEXTS


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_plugin_adds_its_actions_and_unload_removes_them(qgis_iface, plugin_package):
    plugin = plugin_package.classFactory(qgis_iface)
    plugin.initGui()
    main_window = qgis_iface.mainWindow()

    assert _plugin_actions(main_window) == ACTION_TEXTS
    toolbar = main_window.findChild(QToolBar, "MaliIncidentAtlasToolbar")
    assert toolbar is not None
    assert {action.text() for action in toolbar.actions()} == ACTION_TEXTS
    assert not any(action.icon().isNull() for action in toolbar.actions())

    plugin.unload()
    _flush_deletions()

    assert _plugin_actions(main_window) == set()
    assert main_window.findChild(QToolBar, "MaliIncidentAtlasToolbar") is None


def test_plugin_registers_its_processing_provider_and_unload_removes_it(qgis_iface, plugin_package):
    from qgis.core import QgsApplication

    plugin = plugin_package.classFactory(qgis_iface)
    plugin.initGui()
    provider = QgsApplication.processingRegistry().providerById("mali_incidents")
    assert provider is not None
    assert {a.name() for a in provider.algorithms()} == {
        "import_incident_month",
        "build_incident_atlas_layouts",
        "export_incident_atlas_pdf",
    }
    plugin.unload()
    _flush_deletions()
    assert QgsApplication.processingRegistry().providerById("mali_incidents") is None


def test_menus_and_dialog_follow_the_language_setting(qgis_iface, plugin_package):
    from qgis.core import QgsSettings

    from mali_incidents.i18n import SETTINGS_LANGUAGE

    settings = QgsSettings()
    settings.setValue(SETTINGS_LANGUAGE, "fr")
    plugin = plugin_package.classFactory(qgis_iface)
    try:
        plugin.initGui()
        texts = {action.text() for action in plugin.actions}
        assert {"Charger un mois d'incidents…", "Exporter l'atlas…"} <= texts
        dialog = plugin_package.plugin.LoadMonthDialog()
        assert dialog.windowTitle() == "Charger un mois d'incidents"
    finally:
        plugin.unload()
        settings.remove(SETTINGS_LANGUAGE)
        _flush_deletions()


def test_toolbar_and_processing_provider_are_named_for_any_country(qgis_iface, plugin_package):
    """The toolbar, the Plugins menu and the Processing toolbox say "Incident Atlas (ACLED)"
    (in French "Atlas des incidents (ACLED)"), not Mali alone (issue 12)."""
    from qgis.core import QgsApplication, QgsSettings

    from mali_incidents.i18n import SETTINGS_LANGUAGE

    settings = QgsSettings()
    for language, title in (
        ("en", "Incident Atlas (ACLED)"),
        ("fr", "Atlas des incidents (ACLED)"),
    ):
        settings.setValue(SETTINGS_LANGUAGE, language)
        plugin = plugin_package.classFactory(qgis_iface)
        try:
            plugin.initGui()
            toolbar = qgis_iface.mainWindow().findChild(QToolBar, "MaliIncidentAtlasToolbar")
            assert toolbar.windowTitle() == title
            provider = QgsApplication.processingRegistry().providerById("mali_incidents")
            assert provider.name() == title
        finally:
            plugin.unload()
            settings.remove(SETTINGS_LANGUAGE)
            _flush_deletions()
