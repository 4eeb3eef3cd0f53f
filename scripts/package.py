"""Write the plugin zip that QGIS's "Install from ZIP" takes: only the plugin's own files."""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

PLUGIN_FOLDER = "mali_incident_atlas"
REPO_ROOT = Path(__file__).resolve().parent.parent
# What a user's QGIS needs; tests, benchmarks, scripts and the venv stay out.
PLUGIN_FILES = ("metadata.txt", "__init__.py", "plugin.py", "README.md", "LICENSE")
PLUGIN_FOLDERS = ("mali_incidents", "resources", "symbology")
SKIPPED_NAMES = {"__pycache__", ".DS_Store"}


def plugin_files() -> list[Path]:
    files = [REPO_ROOT / name for name in PLUGIN_FILES if (REPO_ROOT / name).exists()]
    for folder in PLUGIN_FOLDERS:
        for path in sorted((REPO_ROOT / folder).rglob("*")):
            parts = set(path.relative_to(REPO_ROOT).parts)
            if path.is_file() and path.suffix != ".pyc" and not SKIPPED_NAMES & parts:
                files.append(path)
    return files


def write_package(zip_path: Path) -> Path:
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in plugin_files():
            archive.write(path, f"{PLUGIN_FOLDER}/{path.relative_to(REPO_ROOT).as_posix()}")
    return zip_path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO_ROOT / "dist" / f"{PLUGIN_FOLDER}.zip"
    print(write_package(target))
