"""Issue 9, the analyst's files: the import writes only GeoPackages and never an input, the
atlas never replaces its inputs or a project it did not make, and a write that fails (a full
disk, a second import at the same time, a folder that cannot be written) leaves the previous
file byte for byte as it was, with one line on stderr and exit 2.

Real subprocesses of the command line; the disk is filled with a file-size limit (the
process's RLIMIT_FSIZE, SIGXFSZ ignored so that writes fail instead of killing it).
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from osgeo import gdal
from qgis.core import QgsProject, QgsVectorLayer

from mali_incidents.outputs import folder_lock

MONTH = "2021-02"
REPO_ROOT = Path(__file__).resolve().parents[1]


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too) and its content's digest."""
    return {
        str(path.relative_to(folder)): digest(path) if path.is_file() else "folder"
        for path in sorted(folder.rglob("*"))
    }


def one_error_line(completed: subprocess.CompletedProcess) -> str:
    """The run failed as a user error: exit 2, one line on stderr, no traceback."""
    assert completed.returncode == 2, completed.stderr
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), completed.stderr
    assert "Traceback" not in completed.stderr
    return lines[0]


def run_limited(arguments, max_file_bytes: int | None = None, env=None, drop_root=False):
    """The command line in a subprocess whose files cannot grow past ``max_file_bytes``
    (writes fail with EFBIG, as on a full disk), optionally without root's right to write
    where permissions forbid it."""

    def limit() -> None:
        if max_file_bytes is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (max_file_bytes, max_file_bytes))
        if drop_root:
            drop_permission_override()

    return subprocess.Popen(
        [sys.executable, "-m", "mali_incidents", *map(str, arguments)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        preexec_fn=limit,
        env=env,
    )


def finish(process: subprocess.Popen, timeout: int = 300) -> subprocess.CompletedProcess:
    stdout, stderr = process.communicate(timeout=timeout)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


# Linux capabilities that let root write whatever the permissions say.
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_PR_CAPBSET_DROP = 24


def drop_permission_override() -> None:
    """Root (CI runs as root) without the capabilities that override file permissions: a
    read-only folder is read-only for the program started next (its capabilities come from
    the bounding set at exec)."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            os._exit(97)  # cannot drop it: the test says so below


@pytest.fixture
def previous_month(run_cli, sample_month, tmp_path) -> Path:
    """Last month's GeoPackage, with a layer of the analyst's own beside the incidents."""
    gpkg = tmp_path / "month.gpkg"
    completed = run_cli("import", sample_month, "--month", MONTH, "--out", gpkg)
    assert completed.returncode == 0, completed.stderr
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR | gdal.OF_UPDATE)
    own = dataset.CreateLayer("analyst_notes", None, 100)  # wkbNone
    from osgeo import ogr

    own.CreateField(ogr.FieldDefn("note", ogr.OFTString))
    feature = ogr.Feature(own.GetLayerDefn())
    feature.SetField("note", "keep me")
    own.CreateFeature(feature)
    feature = own = dataset = None
    return gpkg


# --- case 2: the import writes only GeoPackages -------------------------------------------


def _workbook(folder: Path) -> Path:
    path = folder / "book.xlsx"
    path.write_bytes(b"PK\x03\x04 an analyst's workbook")
    return path


def _sqlite_database(folder: Path) -> Path:
    path = folder / "database.gpkg"
    with sqlite3.connect(path) as database:
        database.execute("CREATE TABLE incidents (id INTEGER)")
        database.execute("INSERT INTO incidents VALUES (1)")
    return path


def _folder_of_csv(folder: Path) -> Path:
    path = folder / "exports"
    path.mkdir()
    (path / "other.csv").write_text("a,b\n1,2\n")
    return path


@pytest.mark.parametrize(
    "make_out, says",
    [
        pytest.param(lambda folder, export: export, "must end in .gpkg", id="the-input-csv"),
        pytest.param(lambda folder, export: _folder_of_csv(folder), "is a folder", id="folder"),
        pytest.param(lambda folder, export: _workbook(folder), "must end in .gpkg", id="xlsx"),
        pytest.param(
            lambda folder, export: _sqlite_database(folder), "not a GeoPackage", id="sqlite"
        ),
        pytest.param(
            lambda folder, export: export.rename(folder / "export.gpkg"),
            "is also an input",
            id="input-named-gpkg",
        ),
    ],
)
def test_import_refuses_any_output_but_a_geopackage(
    run_cli, sample_month, tmp_path, make_out, says
):
    export = tmp_path / "export.csv"
    export.write_bytes(sample_month.read_bytes())
    out = make_out(tmp_path, export)
    export = out if out.name == "export.gpkg" else export
    before = folder_state(tmp_path)
    completed = run_cli("import", export, "--month", MONTH, "--out", out)
    line = one_error_line(completed)
    assert says in line and out.name in line
    assert folder_state(tmp_path) == before  # nothing written, nothing left beside


def test_import_keeps_the_analysts_other_layers(run_cli, sample_month, previous_month):
    march = previous_month.parent / "march.csv"
    march.write_text(
        sample_month.read_text(encoding="utf-8").replace(",2021-02-", ",2021-03-"),
        encoding="utf-8",
    )
    completed = run_cli("import", march, "--month", "2021-03", "--out", previous_month)
    assert completed.returncode == 0, completed.stderr
    notes = QgsVectorLayer(f"{previous_month}|layername=analyst_notes", "notes", "ogr")
    assert [feature["note"] for feature in notes.getFeatures()] == ["keep me"]
    incidents = QgsVectorLayer(f"{previous_month}|layername=incidents", "incidents", "ogr")
    assert {feature["event_date"].toString("yyyy-MM") for feature in incidents.getFeatures()} == {
        "2021-03"
    }
    assert not [path for path in previous_month.parent.iterdir() if ".partial" in path.name]


# --- case 3: a failed write changes nothing -----------------------------------------------


def larger_month(sample_month: Path, folder: Path, times: int = 6) -> Path:
    """The sample month ``times`` over (new event ids): a GeoPackage larger than the sample's."""
    lines = sample_month.read_text(encoding="utf-8").splitlines(keepends=True)
    rows = [line.replace("MLI", f"MLI{copy}", 1) for copy in range(times) for line in lines[1:]]
    path = folder / "larger.csv"
    path.write_text(lines[0] + "".join(rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("room", ["not-for-the-copy", "for-the-copy-not-the-rows"])
def test_a_full_disk_leaves_the_previous_month_byte_for_byte(
    sample_month, previous_month, tmp_path_factory, room
):
    """The previous month, with the analyst's layer, is kept whole whether the disk fills up
    while it is copied or while the new month's rows are written into the copy."""
    export = larger_month(sample_month, tmp_path_factory.mktemp("export"))
    size = previous_month.stat().st_size
    limit = size // 2 if room == "not-for-the-copy" else size + 8 * 1024
    before = folder_state(previous_month.parent)
    completed = finish(
        run_limited(["import", export, "--month", MONTH, "--out", previous_month], limit)
    )
    line = one_error_line(completed)
    assert "was not written" in line and "unchanged" in line
    assert folder_state(previous_month.parent) == before


def test_a_full_disk_leaves_no_new_file(sample_month, tmp_path):
    out = tmp_path / "new.gpkg"
    completed = finish(
        run_limited(["import", sample_month, "--month", MONTH, "--out", out], 64 * 1024)
    )
    line = one_error_line(completed)
    assert "no file was made" in line
    assert list(tmp_path.iterdir()) == []


def test_two_imports_into_one_file_queue(sample_month, previous_month):
    """Started together, the second waits for the first: both succeed, one after the other,
    and the file is whole."""
    processes = [
        run_limited(["import", sample_month, "--month", MONTH, "--out", previous_month])
        for _ in range(2)
    ]
    for completed in map(finish, processes):
        assert completed.returncode == 0, completed.stderr
        assert completed.stdout.startswith("incidents=58 ")
    incidents = QgsVectorLayer(f"{previous_month}|layername=incidents", "incidents", "ogr")
    assert incidents.featureCount() == 58
    notes = QgsVectorLayer(f"{previous_month}|layername=analyst_notes", "notes", "ogr")
    assert notes.featureCount() == 1
    assert sorted(path.name for path in previous_month.parent.iterdir()) == ["month.gpkg"]


def test_an_import_that_cannot_wait_longer_fails_in_one_line(sample_month, previous_month):
    before = folder_state(previous_month.parent)
    environment = {**os.environ, "MALI_INCIDENTS_LOCK_WAIT": "1"}
    with folder_lock(previous_month):  # another import holding the folder
        completed = finish(
            run_limited(
                ["import", sample_month, "--month", MONTH, "--out", previous_month],
                env=environment,
            )
        )
    line = one_error_line(completed)
    assert "another import or atlas is writing into this folder" in line
    assert folder_state(previous_month.parent) == before


def test_a_read_only_folder_holding_a_writable_geopackage(sample_month, previous_month):
    """Decided: refused in one line. Written in place, the GeoPackage could be left half
    written; the temporary file beside it cannot be made."""
    folder = previous_month.parent
    previous_month.chmod(0o666)
    before = folder_state(folder)
    folder.chmod(0o555)
    try:
        completed = finish(
            run_limited(
                ["import", sample_month, "--month", MONTH, "--out", previous_month],
                drop_root=True,
            )
        )
    finally:
        folder.chmod(0o755)
    assert completed.returncode != 97, "cannot drop root's permission override here"
    line = one_error_line(completed)
    assert "cannot write in its folder" in line and str(previous_month) in line
    assert folder_state(folder) == before


# --- case 5: the atlas never overwrites its inputs ----------------------------------------


@pytest.mark.parametrize(
    "outputs, says",
    [
        pytest.param(["--out", "{export}"], "must end in .pdf", id="out-is-the-csv"),
        pytest.param(["--out", "{renamed}"], "is also an input", id="out-is-an-input-named-pdf"),
        pytest.param(
            ["--out", "atlas.pdf", "--project", "{export}"], "must end in .qgz", id="project-csv"
        ),
        pytest.param(
            ["--out", "atlas.qgz", "--project", "atlas.qgz"], "must end in .pdf", id="out-qgz"
        ),
        pytest.param(["--out", "same.pdf", "--project", "same.pdf"], "must end in .qgz", id="same"),
    ],
)
def test_atlas_refuses_outputs_that_are_inputs(run_cli, sample_month, tmp_path, outputs, says):
    export = tmp_path / "export.csv"
    export.write_bytes(sample_month.read_bytes())
    renamed = tmp_path / "export_as.pdf"
    renamed.write_bytes(sample_month.read_bytes())
    exports = [renamed if "{renamed}" in outputs else export]
    arguments = [
        value
        if value.startswith("--")
        else str(tmp_path / value.format(export=export.name, renamed=renamed.name))
        for value in outputs
    ]
    before = folder_state(tmp_path)
    completed = run_cli("atlas", *exports, "--month", MONTH, *arguments)
    line = one_error_line(completed)
    assert says in line
    assert folder_state(tmp_path) == before


def test_atlas_replaces_an_analysts_project_only_with_overwrite(
    run_cli, sample_month, tmp_path, qgis_app
):
    own = tmp_path / "analyst.qgz"
    project = QgsProject()
    project.setTitle("the analyst's own work")
    assert project.write(str(own))
    project.clear()
    before = folder_state(tmp_path)
    arguments = ["atlas", sample_month, "--month", MONTH, "--out", tmp_path / "atlas.pdf"]

    line = one_error_line(run_cli(*arguments, "--project", own))
    assert "did not make" in line and "--overwrite" in line
    assert folder_state(tmp_path) == before

    replaced = run_cli(*arguments, "--project", own, "--overwrite")
    assert replaced.returncode == 0, replaced.stderr
    # Now it is the plugin's: next month replaces it without asking.
    again = run_cli(*arguments, "--project", own)
    assert again.returncode == 0, again.stderr
    reopened = QgsProject()
    assert reopened.read(str(own))
    assert reopened.readEntry("mali_incidents", "month", "")[0] == MONTH
    reopened.clear()


def test_a_failed_atlas_leaves_the_previous_pdf_byte_for_byte(
    sample_month, tmp_path, tmp_path_factory
):
    # A QGIS profile of its own, made by the first run: QGIS writes its style database
    # (~1 MB) into a new profile, which the size limit would refuse first.
    profile = tmp_path_factory.mktemp("qgis_profile")
    environment = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(profile)}
    pdf = tmp_path / "atlas.pdf"
    # Without a history (issue 13): its tables and the change map's layers would make the
    # month's GeoPackage larger than the PDF, and the limit below would stop it first.
    no_history = ["--history-months", "0"]
    first = finish(
        run_limited(
            ["atlas", sample_month, "--month", MONTH, "--out", pdf, *no_history], env=environment
        )
    )
    assert first.returncode == 0, first.stderr
    before = folder_state(tmp_path)
    # Room for the month's GeoPackage and its journal (~85 % of the PDF, in a temporary
    # folder), not for the whole PDF.
    completed = finish(
        run_limited(
            [
                "atlas",
                sample_month,
                "--month",
                MONTH,
                "--out",
                pdf,
                "--language",
                "fr",
                *no_history,
            ],
            int(pdf.stat().st_size * 0.9),
            env=environment,
        )
    )
    line = one_error_line(completed)
    assert "atlas.pdf" in line and "not written completely" in line
    assert folder_state(tmp_path) == before


def test_a_read_only_geopackage_is_not_replaced(sample_month, previous_month):
    """Its folder would allow it; the file's own permissions say no."""
    before = folder_state(previous_month.parent)
    previous_month.chmod(0o444)
    completed = finish(
        run_limited(
            ["import", sample_month, "--month", MONTH, "--out", previous_month], drop_root=True
        )
    )
    assert completed.returncode != 97, "cannot drop root's permission override here"
    line = one_error_line(completed)
    assert "is read-only" in line
    previous_month.chmod(0o644)
    assert folder_state(previous_month.parent) == before


def test_a_full_disk_while_the_atlas_adds_its_layers_leaves_the_month_whole(
    run_cli, sample_month, tmp_path, tmp_path_factory
):
    """The atlas adds its region and country layers to a copy of the month's GeoPackage:
    with no room for them, the month is as the import left it."""
    profile = tmp_path_factory.mktemp("qgis_profile")
    environment = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(profile)}
    imported_alone = tmp_path_factory.mktemp("imported") / "month.gpkg"
    completed = run_cli("import", sample_month, "--month", MONTH, "--out", imported_alone)
    assert completed.returncode == 0, completed.stderr
    folder = tmp_path / "atlas"
    folder.mkdir()
    arguments = ["atlas", sample_month, "--month", MONTH, "--out", folder / "atlas.pdf"]
    # A QGIS profile made beforehand: a new one is larger than the limit.
    finish(run_limited([*arguments[:4], "--out", profile / "x.pdf"], env=environment))
    completed = finish(
        run_limited(
            [*arguments, "--project", folder / "atlas.qgz"],
            imported_alone.stat().st_size + 24 * 1024,
            env=environment,
        )
    )
    line = one_error_line(completed)
    gpkg = folder / "incidents_mali_2021-02.gpkg"
    assert str(gpkg) in line and "atlas_regions" in line  # QGIS said written: read back
    assert sorted(path.name for path in folder.iterdir()) == [gpkg.name]
    incidents = QgsVectorLayer(f"{gpkg}|layername=incidents", "incidents", "ogr")
    assert incidents.featureCount() == 58
    regions = QgsVectorLayer(f"{gpkg}|layername=atlas_regions", "regions", "ogr")
    assert not regions.isValid()
