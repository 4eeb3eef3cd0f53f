"""Ready for QGIS 4 (Qt6): scripts/qt6_readiness.py finds nothing in the clone, and it does
find what would break there when it is planted in a copy."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def readiness():
    spec = importlib.util.spec_from_file_location(
        "qt6_readiness", REPO_ROOT / "scripts" / "qt6_readiness.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_clone_is_ready_for_qt6_and_qgis4(readiness):
    problems = readiness.check()
    assert problems == [], "\n".join(problems)


@pytest.fixture
def planted_copy(tmp_path: Path) -> Path:
    """A copy of the core package, to plant problems in."""
    copy = tmp_path / "mali_incidents"
    shutil.copytree(
        REPO_ROOT / "mali_incidents", copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    return copy


def _plant(copy: Path, line: str) -> Path:
    planted = copy / "export.py"
    planted.write_text(planted.read_text(encoding="utf-8") + f"\n\n{line}\n", encoding="utf-8")
    return planted


def _new_problems(readiness, copy: Path, planted: str) -> list[str]:
    """What the check finds once ``planted`` is added at the end of a file of the copy,
    beyond what it found before (the copy is checked against itself)."""
    before = set(readiness.check([copy]))
    _plant(copy, planted)
    return [problem for problem in readiness.check([copy]) if problem not in before]


@pytest.mark.parametrize(
    ("planted", "found"),
    [
        # Qt's own enum, unscoped: PyQt6 knows only Qt.AlignmentFlag.AlignLeft.
        (
            "from qgis.PyQt.QtCore import Qt\nALIGN = Qt.AlignLeft",
            "unscoped enum Qt.AlignLeft: write Qt.AlignmentFlag.AlignLeft",
        ),
        # A QGIS class's enum, unscoped.
        (
            "from qgis.core import QgsLayoutExporter\nDONE = QgsLayoutExporter.Success",
            "unscoped enum QgsLayoutExporter.Success: write QgsLayoutExporter.ExportResult.Success",
        ),
        # A value QGIS moved to Qgis (renamed), which 3.22 lacks: compat's business.
        (
            "from qgis.core import QgsWkbTypes\nPOLYGONS = QgsWkbTypes.PolygonGeometry",
            "unscoped enum QgsWkbTypes.PolygonGeometry",
        ),
        ("from qgis.PyQt.QtCore import QVariant\nKIND = QVariant.Int", "Qt6 has no QVariant"),
        ("from PyQt5.QtCore import Qt", "import Qt through qgis.PyQt"),
        ("import PyQt5.QtWidgets", "import Qt through qgis.PyQt"),
        ("def ask(dialog):\n    return dialog.exec_()", "exec_(): write exec()"),
    ],
)
def test_the_check_catches_what_qt6_breaks(readiness, planted_copy, planted, found):
    problems = _new_problems(readiness, planted_copy, planted)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{planted_copy / 'export.py'}:")
    assert found in problems[0]


def test_scoped_names_pass(readiness, planted_copy):
    planted = (
        "from qgis.PyQt.QtCore import Qt\nfrom qgis.core import QgsLayoutExporter\n"
        "ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop\n"
        "DONE = QgsLayoutExporter.ExportResult.Success\n"
        "def ask(dialog):\n    return dialog.exec()"
    )
    assert _new_problems(readiness, planted_copy, planted) == []


def test_metadata_must_allow_qgis_4(readiness, tmp_path):
    metadata = tmp_path / "metadata.txt"
    text = (REPO_ROOT / "metadata.txt").read_text(encoding="utf-8")
    assert readiness.check_metadata(REPO_ROOT / "metadata.txt") == []
    metadata.write_text(text.replace("qgisMaximumVersion=4.99\n", ""), encoding="utf-8")
    assert "qgisMaximumVersion=4.99" in readiness.check_metadata(metadata)[0]
