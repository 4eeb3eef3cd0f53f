"""`make package` writes a zip that QGIS can install: the plugin folder and nothing else."""

from __future__ import annotations

import subprocess
import sys
import zipfile


def test_package_holds_only_the_plugin(repo_root, tmp_path):
    zip_path = tmp_path / "plugin.zip"
    subprocess.run(
        [sys.executable, str(repo_root / "scripts" / "package.py"), str(zip_path)],
        check=True,
        capture_output=True,
    )
    names = zipfile.ZipFile(zip_path).namelist()
    top_folders = {name.split("/")[0] for name in names}
    assert top_folders == {"mali_incident_atlas"}
    for needed in ("metadata.txt", "__init__.py", "plugin.py", "resources/icon.svg"):
        assert f"mali_incident_atlas/{needed}" in names
    assert "mali_incident_atlas/mali_incidents/definitions.py" in names
    assert "mali_incident_atlas/resources/sample/acled_mali_2021-02.csv" in names
    for name in names:
        parts = name.split("/")
        assert not {"tests", ".venv", "bench", "scripts", "__pycache__", ".git"} & set(parts), name
        assert not name.endswith((".gpkg", ".pyc")) or "/resources/" in name, name
