"""Shared fixtures. pytest-qgis starts QGIS (headless, offscreen) for the whole session."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# No example database in the clone: tests write only to temporary folders.
settings.register_profile("no_database", database=None)
settings.load_profile("no_database")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The core is imported as a top-level package too (as the command line runs it).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

REPO_ROOT = Path(__file__).resolve().parents[1]
# The plugin's folder name once installed; the clone's own folder may be called anything.
PLUGIN_PACKAGE = "mali_incident_atlas"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only reference data beside the clone (never copied into the repository)."""
    path = REPO_ROOT.parent / "shared"
    if not path.is_dir():
        pytest.fail(f"reference data not found: {path} (a checkout of ../shared beside the repo)")
    return path


@pytest.fixture(scope="session")
def sample_month(repo_root: Path) -> Path:
    return repo_root / "resources" / "sample" / "acled_mali_2021-02.csv"


@pytest.fixture(scope="session")
def run_cli():
    """Run ``python -m mali_incidents ARGUMENTS…`` from the repository, as a user would."""

    def run(*arguments, timeout: int = 300) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "mali_incidents", *map(str, arguments)],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            timeout=timeout,
        )

    return run


def load_script(relative: str):
    """A script of the clone (``bench/…``, ``scripts/…``) imported as a module, as tests use
    the benchmark's generator and the readiness check without installing them."""
    path = REPO_ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@pytest.fixture(scope="session")
def import_bench():
    """bench/import_bench.py: the synthetic ACLED export's generator, countries and actors."""
    return load_script("bench/import_bench.py")


@pytest.fixture(scope="session")
def atlas_bench():
    """bench/atlas_bench.py: the synthetic month's generator of the atlas benchmark."""
    return load_script("bench/atlas_bench.py")


@pytest.fixture(scope="session")
def plugin_package():
    """The repository imported as the installed plugin package, as QGIS imports it."""
    if PLUGIN_PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            PLUGIN_PACKAGE,
            REPO_ROOT / "__init__.py",
            submodule_search_locations=[str(REPO_ROOT)],
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules[PLUGIN_PACKAGE] = module
        spec.loader.exec_module(module)
    return sys.modules[PLUGIN_PACKAGE]


@pytest.fixture(scope="session")
def postgis_cluster():
    """A throw-away PostgreSQL + PostGIS cluster on 127.0.0.1 (tests/postgis_cluster.py),
    stopped at the end. Missing PostgreSQL fails the tests, with what to install."""
    from postgis_cluster import start_cluster, stop_cluster

    try:
        cluster = start_cluster()
    except (RuntimeError, OSError, subprocess.SubprocessError) as error:
        detail = getattr(error, "stderr", b"") or b""
        if isinstance(detail, bytes):
            detail = detail.decode(errors="replace")
        pytest.fail(f"cannot start a PostgreSQL + PostGIS cluster: {error} {detail}".strip())
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def acled(sample_month):
    """A stand-in for ACLED's API on 127.0.0.1 (tests/acled_test_server.py), for this test."""
    from acled_test_server import sample_server

    server = sample_server(sample_month)
    yield server
    server.stop()


@pytest.fixture
def acled_auth_config(qgis_app):
    """A QGIS authentication configuration (Basic) holding the test's ACLED account, as an
    analyst makes one in QGIS's options; the master password unlocks QGIS's database."""
    from acled_test_server import EMAIL, PASSWORD
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    assert ".qgis-settings" in manager.authenticationDatabasePath()  # pytest-qgis's scratch
    assert manager.setMasterPassword("master-of-the-test", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("ACLED")
    config.setConfig("username", EMAIL)
    config.setConfig("password", PASSWORD)
    stored, config = manager.storeAuthenticationConfig(config)
    assert stored
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


@pytest.fixture
def plugin(qgis_iface, qgis_new_project, plugin_package, monkeypatch):
    """The plugin loaded into pytest-qgis's QGIS as QGIS loads it, with a real message bar
    (pytest-qgis's stand-in has no widgets) to read what the analyst is told."""
    from qgis.core import QgsProject
    from qgis.gui import QgsMessageBar

    bar = QgsMessageBar()
    monkeypatch.setattr(qgis_iface, "messageBar", lambda: bar)
    loaded = plugin_package.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    QgsProject.instance().layoutManager().clear()
    QgsProject.instance().clear()
