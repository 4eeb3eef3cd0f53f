"""The three Processing algorithms, through processing.run and headless qgis_process, give the
same atlas as the command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile

import pytest
from qgis.core import QgsApplication, QgsProject


def pdf_pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE).group(1))


@pytest.fixture
def provider(qgis_processing, plugin_package):
    from mali_incident_atlas.mali_incidents.processing_provider import MaliIncidentsProvider

    registered = MaliIncidentsProvider()
    assert QgsApplication.processingRegistry().addProvider(registered)
    yield registered
    QgsApplication.processingRegistry().removeProvider(registered)


@pytest.fixture(scope="module")
def cli_pages(run_cli, sample_month, tmp_path_factory):
    pdf = tmp_path_factory.mktemp("cli") / "atlas.pdf"
    done = run_cli("atlas", sample_month, "--month", "2021-02", "--out", pdf)
    assert done.returncode == 0, done.stderr
    pages = int(re.search(r"pages=(\d+)", done.stdout).group(1))
    assert pages == pdf_pages(pdf)
    return pages


def test_the_three_algorithms_through_processing_run(
    provider, qgis_new_project, sample_month, tmp_path, cli_pages
):
    import processing

    gpkg = tmp_path / "month.gpkg"
    imported = processing.run(
        "mali_incidents:import_incident_month",
        {
            "EXPORTS": [str(sample_month)],
            "MONTH": "2021-02",
            "COUNTRY": "Mali",
            "OUTPUT": str(gpkg),
        },
    )
    assert (imported["INCIDENTS"], imported["FATALITIES"], imported["REJECTED"]) == (58, 134, 0)

    built = processing.run(
        "mali_incidents:build_incident_atlas_layouts",
        {"INCIDENTS": str(gpkg), "MONTH": "2021-02", "PROJECT": str(tmp_path / "atlas.qgz")},
    )
    assert built["REPORT"] == "Incident atlas — February 2021"
    assert QgsProject.instance().layoutManager().layoutByName(built["REPORT"]) is not None
    assert (tmp_path / "atlas.qgz").is_file()
    # Run again (next month, or twice by mistake): the project's atlas is re-pointed, not
    # doubled.
    layer_count = len(QgsProject.instance().mapLayers())
    processing.run(
        "mali_incidents:build_incident_atlas_layouts",
        {"INCIDENTS": str(gpkg), "MONTH": "2021-02"},
    )
    assert len(QgsProject.instance().mapLayers()) == layer_count
    assert len(QgsProject.instance().layoutManager().layouts()) == 1

    exported = processing.run(
        "mali_incidents:export_incident_atlas_pdf",
        {"EXPORTS": [str(sample_month)], "MONTH": "2021-02", "OUTPUT": str(tmp_path / "a.pdf")},
    )
    assert exported["PAGES"] == pdf_pages(tmp_path / "a.pdf") == cli_pages
    QgsProject.instance().layoutManager().clear()


def test_bad_input_is_a_processing_error_not_a_traceback(provider, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    export = tmp_path / "not_acled.csv"
    export.write_text("name,value\nx,1\n")
    with pytest.raises(QgsProcessingException, match=r"not_acled\.csv.*missing"):
        processing.run(
            "mali_incidents:import_incident_month",
            {"EXPORTS": [str(export)], "MONTH": "2021-02", "OUTPUT": str(tmp_path / "m.gpkg")},
        )


def test_qgis_process_runs_the_packaged_plugin_headless(
    repo_root, sample_month, tmp_path, cli_pages
):
    """The README's command, on the zip `make package` builds, in a profile of its own."""
    plugins = tmp_path / "plugins"
    zip_path = tmp_path / "plugin.zip"
    subprocess.run(
        [sys.executable, str(repo_root / "scripts" / "package.py"), str(zip_path)],
        check=True,
        capture_output=True,
    )
    zipfile.ZipFile(zip_path).extractall(plugins)
    environment = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(plugins),
        QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "profile"),
    )
    enable = subprocess.run(
        ["/usr/bin/qgis_process.bin", "plugins", "enable", "mali_incident_atlas"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert enable.returncode == 0, enable.stderr
    pdf = tmp_path / "atlas.pdf"
    run = subprocess.run(
        [
            "/usr/bin/qgis_process.bin",
            "run",
            "mali_incidents:export_incident_atlas_pdf",
            "--",
            f"EXPORTS={sample_month}",
            "MONTH=2021-02",
            f"OUTPUT={pdf}",
        ],
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert re.search(rf"PAGES:\s+{cli_pages}\b", run.stdout)
    assert pdf_pages(pdf) == cli_pages


def test_import_from_acled_through_processing(
    provider, acled, acled_auth_config, tmp_path, qgis_new_project
):
    import processing
    from qgis.core import QgsProcessingException

    parameters = {
        "FROM_ACLED": True,
        "ACLED_AUTH": acled_auth_config,
        "ACLED_URL": acled.url,
        "MONTH": "2021-02",
        "COUNTRY": "Mali",
        "OUTPUT": str(tmp_path / "month.gpkg"),
    }
    imported = processing.run("mali_incidents:import_incident_month", parameters)
    assert (imported["INCIDENTS"], imported["FATALITIES"], imported["REJECTED"]) == (58, 134, 0)

    acled.accounts["analyst@example.org"].api_access = False
    with pytest.raises(QgsProcessingException, match=r"has no API access yet \(403"):
        processing.run("mali_incidents:import_incident_month", parameters)
