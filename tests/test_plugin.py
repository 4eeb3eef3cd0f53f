"""The plugin loads in QGIS through classFactory, adds its actions, and unload() removes them."""

from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QToolBar

ACTION_TEXTS = {"Load incident month…", "Export atlas…"}


def _plugin_actions(main_window) -> set[str]:
    return {action.text() for action in main_window.findChildren(QAction)} & ACTION_TEXTS


def _flush_deletions() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


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


def test_placeholder_actions_say_what_is_coming(qgis_iface, plugin_package):
    plugin = plugin_package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        for action in plugin.actions:
            action.trigger()
        messages = qgis_iface.messageBar().messages
        texts = " ".join(str(m) for level in messages.values() for m in level)
        assert "Loading a month" in texts
        assert "Exporting the atlas" in texts
    finally:
        plugin.unload()
        _flush_deletions()
