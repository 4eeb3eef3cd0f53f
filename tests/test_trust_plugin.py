"""Issue 9 in QGIS: the errors about the analyst's files are the command line's sentence, one
line in the message bar, and the files are left as they were."""

from __future__ import annotations

import hashlib
import os
import sys

from qgis.core import QgsProject
from test_plugin_month import fill_dialog, messages, wait_for

from mali_incidents.atlas import month_report
from mali_incidents.outputs import folder_lock

MONTH = "2021-02"


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli_sentence(completed) -> str:
    assert completed.returncode == 2, completed.stderr
    (line,) = completed.stderr.splitlines()
    return line.removeprefix("error: ")


def test_an_input_as_output_is_the_same_sentence_as_on_the_command_line(
    plugin, plugin_package, run_cli, sample_month, tmp_path
):
    export = tmp_path / "export.csv"
    export.write_bytes(sample_month.read_bytes())
    before = digest(export)
    cli = cli_sentence(run_cli("import", export, "--month", MONTH, "--out", export))
    choice = fill_dialog(plugin_package, export, export).choice()
    choice["month"] = MONTH
    wait_for(plugin.start_import(choice))
    assert messages(plugin) == [cli]
    assert digest(export) == before
    assert QgsProject.instance().mapLayers() == {}


def test_a_busy_geopackage_is_the_same_sentence_as_on_the_command_line(
    plugin, plugin_package, run_cli, sample_month, tmp_path, monkeypatch
):
    gpkg = tmp_path / "month.gpkg"
    monkeypatch.setenv("MALI_INCIDENTS_LOCK_WAIT", "1")
    # The plugin's own copy of the core (imported under the plugin's package name).
    outputs = sys.modules[f"{plugin_package.__name__}.mali_incidents.outputs"]
    monkeypatch.setattr(outputs, "LOCK_WAIT_SECONDS", 1.0)
    with folder_lock(gpkg):  # another import writing into the folder
        cli = cli_sentence(run_cli("import", sample_month, "--month", MONTH, "--out", gpkg))
        wait_for(plugin.start_import(fill_dialog(plugin_package, sample_month, gpkg).choice()))
    assert messages(plugin) == [cli]
    assert "another import or atlas is writing" in cli
    assert not gpkg.exists() and os.listdir(tmp_path) == []


def test_the_pdf_never_replaces_a_file_the_project_reads(
    plugin, plugin_package, sample_month, tmp_path
):
    gpkg = tmp_path / "m.gpkg"
    wait_for(plugin.start_import(fill_dialog(plugin_package, sample_month, gpkg).choice()))
    before = digest(gpkg)
    report = month_report(QgsProject.instance())
    assert plugin.export_report(report, gpkg) is None
    (text,) = [message for message in messages(plugin) if "m.gpkg" in message]
    assert "must end in .pdf" in text and "\n" not in text
    assert digest(gpkg) == before
    renamed = tmp_path / "m.pdf"
    os.link(gpkg, renamed)  # the same file under a PDF's name
    assert plugin.export_report(report, renamed) is None
    assert any("is also an input" in message for message in messages(plugin))
    assert digest(gpkg) == before
