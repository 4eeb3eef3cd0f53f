"""QGIS loads the plugin through classFactory."""

from __future__ import annotations


def classFactory(iface):
    from .plugin import MaliIncidentAtlasPlugin

    return MaliIncidentAtlasPlugin(iface)
