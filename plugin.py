"""GUI glue: the toolbar, the menu and their actions. The work is done in ``mali_incidents``."""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .mali_incidents.definitions import MENU_NAME, PLUGIN_NAME
from .mali_incidents.paths import resources_path


def tr(text: str) -> str:
    return QCoreApplication.translate("MaliIncidentAtlas", text)


class MaliIncidentAtlasPlugin:
    """Adds the "Mali incidents" toolbar and menu; unload() takes every one of them away."""

    def __init__(self, iface):
        self.iface = iface
        self.toolbar = None
        self.actions: list[QAction] = []

    def initGui(self) -> None:
        self.toolbar = self.iface.addToolBar(tr(MENU_NAME))
        self.toolbar.setObjectName("MaliIncidentAtlasToolbar")
        icon = QIcon(str(resources_path("icon.svg")))
        self._add_action(icon, tr("Load incident month…"), self.load_incident_month)
        self._add_action(icon, tr("Export atlas…"), self.export_atlas)

    def _add_action(self, icon: QIcon, text: str, callback) -> QAction:
        action = QAction(icon, text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self.toolbar.addAction(action)
        self.iface.addPluginToMenu(tr(MENU_NAME), action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        for action in self.actions:
            self.iface.removePluginMenu(tr(MENU_NAME), action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None

    def load_incident_month(self) -> None:
        self.iface.messageBar().pushMessage(
            PLUGIN_NAME,
            tr("Loading a month of ACLED exports is coming in the next version."),
            level=Qgis.Info,
            duration=5,
        )

    def export_atlas(self) -> None:
        self.iface.messageBar().pushMessage(
            PLUGIN_NAME,
            tr("Exporting the atlas to PDF is coming in the next version."),
            level=Qgis.Info,
            duration=5,
        )
