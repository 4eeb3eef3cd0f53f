"""What an analyst meets in desktop QGIS before any work is done: the dialogs' room and hints,
the message bar in the chosen language, and no question whose answer cannot matter."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox

from mali_incidents.i18n import SETTINGS_LANGUAGE


@pytest.fixture
def french(plugin_package):
    settings = QgsSettings()
    settings.setValue(SETTINGS_LANGUAGE, "fr")
    yield
    settings.remove(SETTINGS_LANGUAGE)


def test_reset_without_an_atlas_says_so_without_asking_to_lose_edits(plugin):
    questions = []

    def answer_no():  # had a question been asked, record it and close it
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            questions.append(dialog.text())
            dialog.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(500, answer_no)
    plugin.reset_layouts()
    QApplication.processEvents()

    assert questions == []
    assert [item.text() for item in plugin.iface.messageBar().items()] == [
        "Load an incident month first: there are no atlas pages to reset."
    ]


def test_the_message_bar_names_the_plugin_in_the_menus_language(
    french, qgis_iface, qgis_new_project, plugin_package, monkeypatch
):
    bar = QgsMessageBar()
    monkeypatch.setattr(qgis_iface, "messageBar", lambda: bar)
    plugin = plugin_package.classFactory(qgis_iface)
    plugin.initGui()
    try:
        plugin.export_atlas()  # no atlas yet: one warning
        (item,) = bar.items()
        assert item.title() == "Atlas des incidents (ACLED)"
        assert item.text().startswith("Chargez d'abord un mois d'incidents")
    finally:
        plugin.unload()


def test_settings_dialog_leaves_room_for_the_reference_files(plugin_package):
    dialog = plugin_package.plugin.AtlasSettingsDialog()
    dialog.show()
    QApplication.processEvents()
    try:
        assert dialog.width() >= 640
        assert dialog.reference_paths.width() >= 350
        assert dialog.credit.placeholderText()
        assert dialog.contact.placeholderText()
        assert dialog.change_cell_km.toolTip()
    finally:
        dialog.close()


def test_an_empty_geopackage_field_says_where_the_month_goes(plugin_package, sample_month):
    QgsSettings().remove("mali_incident_atlas/dialog")
    dialog = plugin_package.plugin.LoadMonthDialog()
    try:
        assert dialog.month.lineEdit().placeholderText() == "YYYY-MM"
        assert dialog.gpkg_path.lineEdit().placeholderText() == "Beside the first export file"

        dialog.exports.setFilePath(str(sample_month))
        QApplication.processEvents()

        assert dialog.month.currentText() == "2021-02"
        hint = dialog.gpkg_path.lineEdit().placeholderText()
        chosen = dialog.choice()["gpkg_path"]
        assert chosen.parent == sample_month.parent
        assert hint == f"Beside the first export: {chosen.name}"
    finally:
        dialog.close()


def test_ok_without_files_or_with_a_wrong_month_is_explained_before_any_import(
    plugin_package, sample_month, tmp_path
):
    """Accepted, these went to the import, which failed with a Python error's text
    ("expected str, bytes or os.PathLike object, not NoneType")."""
    QgsSettings().remove("mali_incident_atlas/dialog")
    dialog = plugin_package.plugin.LoadMonthDialog()
    try:
        dialog.source_files.setChecked(True)
        assert dialog.problem() == "Choose the month's ACLED export files."

        dialog.exports.setFilePath(str(tmp_path / "gone.csv"))
        assert dialog.problem() == f"{tmp_path / 'gone.csv'} is not a file."

        dialog.exports.setFilePath(str(sample_month))
        dialog.month.setEditText("Feb 2021")
        assert dialog.problem() == "Give the month as YYYY-MM, e.g. 2021-02."

        dialog.month.setEditText("2021-02")
        assert dialog.problem() == ""
    finally:
        dialog.close()


def test_choosing_french_in_the_settings_relabels_the_menus_at_once(plugin):
    """Before, the dialogs turned French and the menu and toolbar stayed English until QGIS
    restarted."""
    from qgis.PyQt.QtWidgets import QToolBar

    def choose_french():
        dialog = QApplication.activeModalWidget()
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.accept()

    QTimer.singleShot(200, choose_french)
    try:
        plugin.edit_settings()
        assert [action.text() for action in plugin.actions][:2] == [
            "Charger un mois d'incidents…",
            "Exporter l'atlas…",
        ]
        toolbar = plugin.iface.mainWindow().findChild(QToolBar, "MaliIncidentAtlasToolbar")
        assert toolbar.windowTitle() == "Atlas des incidents (ACLED)"
    finally:
        QgsSettings().remove(SETTINGS_LANGUAGE)
