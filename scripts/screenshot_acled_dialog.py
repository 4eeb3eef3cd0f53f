"""Render the Load incident month dialog with "From ACLED (my account)" chosen, offscreen, as
docs/images/load_month_from_acled.png (the README's picture).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_acled_dialog.py

A temporary QGIS profile and authentication database hold an example account (its password
is a placeholder); nothing of the user's own QGIS profile is read or written.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "docs" / "images" / "load_month_from_acled.png"


def main() -> None:
    scratch = Path(tempfile.mkdtemp(prefix="acled_dialog_"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QGIS_AUTH_DB_DIR_PATH"] = str(scratch)
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    application = QgsApplication([], True, str(scratch / "profiles"))
    application.initQgis()
    manager = QgsApplication.authManager()
    manager.setMasterPassword("screenshot-only", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("ACLED (analyst@example.org)")
    config.setConfig("username", "analyst@example.org")
    config.setConfig("password", "placeholder")
    _, config = manager.storeAuthenticationConfig(config)

    spec = importlib.util.spec_from_file_location(
        "mali_incident_atlas", REPO / "__init__.py", submodule_search_locations=[str(REPO)]
    )
    package = importlib.util.module_from_spec(spec)
    sys.modules["mali_incident_atlas"] = package
    spec.loader.exec_module(package)
    import mali_incident_atlas.plugin  # noqa: F401 (the dialog)

    dialog = package.plugin.LoadMonthDialog()
    dialog.source_acled.setChecked(True)
    dialog.auth_config.setConfigId(config.id())
    dialog.month.setEditText("2021-02")
    dialog.gpkg_path.setFilePath("/home/analyst/atlas/incidents_mali_2021-02.gpkg")
    dialog.resize(820, dialog.sizeHint().height())  # the configuration's whole name
    dialog.show()
    application.processEvents()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not dialog.grab().save(str(OUT)):
        raise SystemExit(f"could not write {OUT}")
    print(OUT)
    dialog.close()
    application.exitQgis()


if __name__ == "__main__":
    main()
