"""The analyst's loop in QGIS: the dialog, the import task, the month's group and report, the
next month keeping edits, cancelling, and exporting the atlas."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pandas as pd
from acled_test_server import PASSWORD
from qgis.core import QgsApplication, QgsProject, QgsSettings, QgsTask
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QPushButton

from mali_incidents.atlas import month_report


def messages(plugin) -> list[str]:
    return [item.text() for item in plugin.iface.messageBar().items()]


def wait_for(task: QgsTask, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
        assert time.monotonic() < deadline, "the task did not finish"
        QCoreApplication.processEvents()
        time.sleep(0.01)
    for _ in range(20):  # finished() runs on the main thread after the status changes
        QCoreApplication.processEvents()


def fill_dialog(plugin_package, export, gpkg):
    dialog = plugin_package.plugin.LoadMonthDialog()
    # The dialog remembers the last source: an earlier test may have left "From ACLED" chosen.
    dialog.source_files.setChecked(True)
    dialog.exports.setFilePath(str(export))  # the months of the file are offered
    dialog.gpkg_path.setFilePath(str(gpkg))
    return dialog


def march_export(sample_month, folder):
    rows = pd.read_csv(sample_month, dtype=str, keep_default_na=False).iloc[:30].copy()
    rows["event_date"] = rows["event_date"].str.replace("2021-02-", "2021-03-", regex=False)
    rows["event_id_cnty"] = "MLI6" + rows["event_id_cnty"].str[4:]
    path = folder / "acled_mali_2021-03.csv"
    rows.to_csv(path, index=False)
    return path


def incidents_layer():
    return next(
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.customProperty("mali_incidents/role") == "incidents"
    )


def test_load_a_month_then_the_next_keeping_edits(plugin, plugin_package, sample_month, tmp_path):
    dialog = fill_dialog(plugin_package, sample_month, tmp_path / "february.gpkg")
    assert dialog.month.currentText() == "2021-02"  # the latest month in the file
    wait_for(plugin.start_import(dialog.choice()))

    project = QgsProject.instance()
    group = project.layerTreeRoot().findGroup("Incidents — February 2021")
    assert group is not None
    roles = {node.layer().customProperty("mali_incidents/role") for node in group.findLayers()}
    assert {"incidents", "regions", "countries"} <= roles
    assert "regions_faded" not in roles  # the regions layer fades the other regions itself
    layer = incidents_layer()
    assert layer.featureCount() == 58
    assert layer.renderer().type() == "pointDisplacement"
    report = month_report(project)
    assert report is not None and report.name() == "Incident atlas — February 2021"
    assert any("58 incidents, 134 fatalities, 0 rows rejected" in m for m in messages(plugin))
    # QGIS's own boundaries have no Ménaka: the analyst reads it in the message bar too.
    assert any("Ménaka has no polygon" in m for m in messages(plugin)), messages(plugin)

    # The analyst's edits: a symbol colour and a page item.
    type_rule = layer.renderer().embeddedRenderer().rootRule().children()[0].children()[0]
    type_rule.symbol().symbolLayer(0).setStrokeColor(QColor("#ff00ff"))
    title = report.header().itemById("cover_title")
    title.attemptResize(type(title.sizeWithUnits())(150.0, 40.0))

    dialog = fill_dialog(
        plugin_package, march_export(sample_month, tmp_path), tmp_path / "march.gpkg"
    )
    assert dialog.month.currentText() == "2021-03"
    wait_for(plugin.start_import(dialog.choice()))

    assert incidents_layer() is layer and layer.featureCount() == 30
    assert month_report(project) is report and report.name() == "Incident atlas — March 2021"
    assert project.layerTreeRoot().findGroup("Incidents — March 2021") is not None
    same_rule = layer.renderer().embeddedRenderer().rootRule().children()[0].children()[0]
    assert same_rule.symbol().symbolLayer(0).strokeColor().name() == "#ff00ff"
    assert report.header().itemById("cover_title").sizeWithUnits().width() == 150.0


def test_rejected_rows_are_counted_with_a_button(plugin, plugin_package, sample_month, tmp_path):
    rows = pd.read_csv(sample_month, dtype=str, keep_default_na=False)
    rows.loc[3, "fatalities"] = "many"
    export = tmp_path / "with_bad_row.csv"
    rows.to_csv(export, index=False)
    wait_for(plugin.start_import(fill_dialog(plugin_package, export, tmp_path / "m.gpkg").choice()))
    items = plugin.iface.messageBar().items()
    assert any("57 incidents" in item.text() and "1 rows rejected" in item.text() for item in items)
    assert any(
        button.text() == "Show rejected rows"
        for item in items
        for button in item.findChildren(QPushButton)
    )


def test_a_bad_file_is_one_sentence_in_the_message_bar(plugin, plugin_package, tmp_path):
    export = tmp_path / "not_acled.csv"
    export.write_text("name,value\nx,1\n")
    choice = fill_dialog(plugin_package, export, tmp_path / "m.gpkg").choice()
    choice["month"] = "2021-02"
    wait_for(plugin.start_import(choice))
    assert QgsProject.instance().mapLayers() == {}
    (text,) = messages(plugin)
    assert "not_acled.csv" in text and "missing" in text and "\n" not in text


def test_cancelling_the_import_leaves_the_project_unchanged(
    plugin, plugin_package, sample_month, tmp_path
):
    before = set(QgsProject.instance().mapLayers())
    task = plugin.start_import(
        fill_dialog(plugin_package, sample_month, tmp_path / "m.gpkg").choice()
    )
    task.cancel()
    wait_for(task)
    assert set(QgsProject.instance().mapLayers()) == before
    assert month_report(QgsProject.instance()) is None
    assert any("cancelled" in m for m in messages(plugin))


def test_export_atlas_writes_the_pdf_and_offers_to_open_it(
    plugin, plugin_package, sample_month, tmp_path
):
    wait_for(
        plugin.start_import(fill_dialog(plugin_package, sample_month, tmp_path / "m.gpkg").choice())
    )
    pdf = plugin.export_report(month_report(QgsProject.instance()), tmp_path / "atlas.pdf")
    assert pdf is not None and pdf.is_file()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    # 24 pages (issue 11's contents page) and issue 13's Key changes and change map.
    # As the CLI makes it: 25 pages, no change map (the sample month alone, no earlier month).
    assert re.search(r"^Pages:\s+25$", info.stdout, re.MULTILINE)
    assert any("Atlas exported" in m for m in messages(plugin))
    deadline = time.monotonic() + 10  # the proxy task ends once its finalize() is processed
    while QgsApplication.taskManager().countActiveTasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    assert QgsApplication.taskManager().countActiveTasks() == 0


def test_export_shows_its_progress_and_cancel_keeps_the_previous_pdf(
    plugin, plugin_package, sample_month, tmp_path
):
    """The export holds QGIS's main thread: a progress dialog keeps QGIS drawn and its
    Cancel stops the export, leaving the PDF already at that place as it was."""
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QProgressDialog

    wait_for(
        plugin.start_import(fill_dialog(plugin_package, sample_month, tmp_path / "m.gpkg").choice())
    )
    pdf_path = tmp_path / "atlas.pdf"
    pdf_path.write_bytes(b"last month's PDF")
    seen = []

    def cancel_the_export():  # runs at the export's first progress, while it runs
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                seen.append(widget.labelText())
                widget.findChild(QPushButton).click()  # the dialog's Cancel

    QTimer.singleShot(0, cancel_the_export)
    assert plugin.export_report(month_report(QgsProject.instance()), pdf_path) is None

    assert seen == ["Exporting Incident atlas — February 2021…"]
    assert pdf_path.read_bytes() == b"last month's PDF"
    assert messages(plugin)[0] == f"Export cancelled; {pdf_path} is as it was."
    assert not any(
        isinstance(widget, QProgressDialog) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )


def test_reference_layers_and_summary_page_chosen_in_the_settings_dialog(
    plugin, plugin_package, sample_month, shared_dir, tmp_path
):
    """Issue 11: the Reference group and the one-page summary of quiet regions are set in
    the plugin's settings dialog, remembered, and the next month's atlas has them."""
    from qgis.gui import QgsFileWidget

    from mali_incidents.definitions import SETTINGS_EMPTY_REGIONS, SETTINGS_REFERENCE_PATHS

    basemap = shared_dir / "data" / "mali_basemap_ne.gpkg"
    dialog = plugin_package.plugin.AtlasSettingsDialog()
    dialog.reference_paths.setFilePath(f'"{basemap}"')
    dialog.empty_regions.setCurrentIndex(dialog.empty_regions.findData("summary"))
    dialog.save()
    try:
        remembered = plugin_package.plugin.AtlasSettingsDialog()
        assert QgsFileWidget.splitFilePaths(remembered.reference_paths.filePath()) == [str(basemap)]
        assert remembered.empty_regions.currentData() == "summary"
        wait_for(
            plugin.start_import(
                fill_dialog(plugin_package, sample_month, tmp_path / "m.gpkg").choice()
            )
        )
        group = QgsProject.instance().layerTreeRoot().findGroup("Reference")
        assert group is not None and len(group.findLayers()) == 3
        pdf = plugin.export_report(month_report(QgsProject.instance()), tmp_path / "atlas.pdf")
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        # Kayes and Koulikoro on one summary page; issue 13's Key changes (no change map: the
        # sample month alone has no earlier month to compare with).
        assert text.count("\f") == 22
        assert "Regions without recorded incidents" in text
        assert "Goundam" in text  # a town of the reference file, named on Mopti's map
    finally:
        QgsSettings().remove(SETTINGS_EMPTY_REGIONS)
        QgsSettings().remove(SETTINGS_REFERENCE_PATHS)


def test_dialog_offers_only_the_chosen_boundaries(plugin, plugin_package, shared_dir, tmp_path):
    dialog = plugin_package.plugin.LoadMonthDialog()
    dialog.regions_default.setChecked(True)
    assert not dialog.regions_layer.isEnabled() and not dialog.regions_path.isEnabled()
    assert not dialog.region_field.isEnabled()
    assert dialog.choice()["regions_path"] is None

    ocha = shared_dir / "data" / "mali_admin1_ocha.gpkg"
    dialog.regions_file.setChecked(True)
    dialog.regions_path.setFilePath(str(ocha))
    assert dialog.regions_path.isEnabled() and dialog.region_field.isEnabled()
    dialog.region_field.setField("admin1")
    choice = dialog.choice()
    assert (choice["regions_path"], choice["region_field"]) == (ocha, "admin1")


def test_a_month_from_acled_through_the_dialog(
    plugin, plugin_package, acled, acled_auth_config, tmp_path
):
    dialog = plugin_package.plugin.LoadMonthDialog()
    dialog.regions_default.setChecked(True)
    dialog.source_acled.setChecked(True)
    assert not dialog.exports.isEnabled() and dialog.auth_config.isEnabled()
    assert dialog.regions_default.isChecked()  # two separate choices
    assert not dialog.source_files.isChecked()
    assert "authentication configuration" in dialog.problem()
    dialog.auth_config.setConfigId(acled_auth_config)
    dialog.gpkg_path.setFilePath("")
    assert "GeoPackage" in dialog.problem()
    dialog.gpkg_path.setFilePath(str(tmp_path / "mali.gpkg"))
    assert dialog.problem() == ""
    assert dialog.month.count() == 24  # recent months, the last whole one proposed
    dialog.month.setEditText("2021-02")
    choice = dialog.choice()
    assert (choice["source"], choice["auth_id"], choice["exports"]) == (
        "acled",
        acled_auth_config,
        [],
    )
    choice["acled_url"] = acled.url  # as a mirror's address set in QGIS's settings
    choice["page_limit"] = 20  # three pages for 58 events
    acled.token_calls = 2  # the token runs out during the download

    logged: list[str] = []
    QgsApplication.messageLog().messageReceived.connect(lambda text, *_: logged.append(text))
    task = plugin.start_import(choice)
    progress: list[float] = []
    task.progressChanged.connect(progress.append)
    wait_for(task)

    assert incidents_layer().featureCount() == 58
    assert any(
        "58 incidents, 134 fatalities, 0 rows rejected" in m
        and "First download of Mali 2021-02 from ACLED." in m
        for m in messages(plugin)
    ), messages(plugin)
    assert len({value for value in progress if 0 < value < 50}) >= 3  # one step a page
    assert acled.grants("refresh_token") >= 1
    assert (tmp_path / "acled_cache" / "acled_mali.sqlite").is_file()

    # ACLED revises and deletes; the next run of the month says so and shows the revision.
    february = sorted(i for i in acled.events if i.startswith("MLI1"))
    for event_id in february[:3]:
        acled.revise(event_id, fatalities="0")
    acled.delete(february[3])
    wait_for(plugin.start_import(choice))
    assert incidents_layer().featureCount() == 57
    assert any(
        "3 events revised, 1 deleted since your last download." in m for m in messages(plugin)
    )
    # The password is in QGIS's authentication database only.
    dialog.remember()
    settings = QgsSettings()
    settings.sync()
    seen = [*messages(plugin), *logged, Path(settings.fileName()).read_text(errors="replace")]
    seen += [path.read_bytes().decode("latin-1") for path in tmp_path.rglob("*") if path.is_file()]
    assert not any(PASSWORD in text for text in seen)


def test_acled_errors_and_cancel_in_the_dialog(
    plugin, plugin_package, acled, acled_auth_config, tmp_path
):
    choice = {
        "source": "acled",
        "auth_id": acled_auth_config,
        "acled_url": acled.url,
        "exports": [],
        "country": "Mali",
        "month": "2021-02",
        "gpkg_path": tmp_path / "mali.gpkg",
        "regions_path": None,
        "region_field": None,
    }
    acled.accounts["analyst@example.org"].api_access = False
    wait_for(plugin.start_import(choice))
    (text,) = messages(plugin)
    assert "has no API access yet (403" in text and "\n" not in text
    assert QgsProject.instance().mapLayers() == {}

    acled.accounts["analyst@example.org"].api_access = True
    task = plugin.start_import(choice)
    task.cancel()
    wait_for(task)
    assert QgsProject.instance().mapLayers() == {}
    assert any("cancelled" in m for m in messages(plugin))

    assert plugin.start_import({**choice, "auth_id": "nosuchid"}) is None
    assert any("'nosuchid' not found" in m for m in messages(plugin))


def test_history_from_the_project_and_the_settings(plugin, plugin_package, sample_month, tmp_path):
    """Atlas settings' history length reaches the import; an earlier month the project shows
    (its GeoPackage in another folder) is history for the next (issue 13)."""
    import sqlite3

    from mali_incidents.definitions import SETTINGS_CHANGE_CELL_KM, SETTINGS_HISTORY_MONTHS

    settings = plugin_package.plugin.AtlasSettingsDialog()
    settings.history_months.setValue(2)
    settings.change_cell_km.setValue(40.0)
    settings.save()
    try:
        assert QgsSettings().value(SETTINGS_HISTORY_MONTHS, type=int) == 2
        assert QgsSettings().value(SETTINGS_CHANGE_CELL_KM, type=float) == 40.0
        (tmp_path / "feb").mkdir()
        (tmp_path / "mar").mkdir()
        february = tmp_path / "feb" / "february.gpkg"
        wait_for(plugin.start_import(fill_dialog(plugin_package, sample_month, february).choice()))
        dialog = fill_dialog(
            plugin_package, march_export(sample_month, tmp_path), tmp_path / "mar" / "march.gpkg"
        )
        task = plugin.start_import(dialog.choice())
        wait_for(task)
        assert task.result.history_geopackages == [february]
        with sqlite3.connect(tmp_path / "mar" / "march.gpkg") as database:
            months = database.execute(
                "SELECT month, SUM(incidents), COUNT(incidents) FROM monthly GROUP BY month"
            ).fetchall()
        # Two months before March: January unknown (NULL), February from the project.
        assert months == [
            ("2021-01", None, 0),
            ("2021-02", 58, months[1][2]),
            ("2021-03", 30, months[2][2]),
        ]
    finally:
        QgsSettings().remove(SETTINGS_HISTORY_MONTHS)
        QgsSettings().remove(SETTINGS_CHANGE_CELL_KM)
