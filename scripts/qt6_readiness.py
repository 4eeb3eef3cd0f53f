"""Is the code ready for QGIS 4 (Qt6, PyQt6)? Lists what would break there, one line each.

    .venv/bin/python scripts/qt6_readiness.py [FILE_OR_FOLDER …]   (default: the whole clone)

What PyQt6 and QGIS 4 remove, checked on every Python file of the plugin, tests, benchmarks
and scripts:

- Qt imported other than through ``qgis.PyQt`` (QGIS 4 maps ``qgis.PyQt`` to PyQt6; a direct
  ``PyQt5`` import would load a second Qt).
- An enum value reached without its enum's name (``Qt.AlignLeft``, ``QDialog.Accepted``,
  ``QgsWkbTypes.PolygonGeometry``): PyQt6 and QGIS 4 know only the scoped names
  (``Qt.AlignmentFlag.AlignLeft``). Names are resolved by importing them from the QGIS this
  runs with, so the check knows which attribute is an enum value and what its enum is called;
  values QGIS has moved to ``Qgis`` (``QgsWkbTypes.PolygonGeometry`` is
  ``Qgis.GeometryType.Polygon`` since 3.30, a name 3.22 lacks) come from
  ``mali_incidents/compat.py``, the one place that knows versions.
- ``QVariant`` types (``QVariant.Int``): Qt6 has none; field types come from compat.py.
- ``exec_()``: gone in PyQt6, ``exec()`` works on both.
- ``metadata.txt`` without ``qgisMaximumVersion=4.99`` (QGIS 4 would refuse the plugin).

Exit status 1 if anything is found.
"""

from __future__ import annotations

import ast
import enum
import importlib
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# Folders whose Python files are checked; the rest (venv, matrix roots, outputs) are not ours.
CHECKED = ("__init__.py", "plugin.py", "mali_incidents", "tests", "bench", "scripts")
# The one file allowed to name what only one QGIS or Qt version has.
COMPAT_FILE = "compat.py"
QT_MODULES = ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip")
# Where names used in the code come from: only these modules are resolved.
RESOLVED_MODULES = ("qgis.core", "qgis.gui", "qgis.analysis", "qgis.PyQt")
METADATA_MAXIMUM = "qgisMaximumVersion=4.99"


def python_files(paths: list[Path]) -> list[Path]:
    files = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.suffix == ".py":
            files.append(path)
    return files


def _is_enum_value(value: object) -> bool:
    if isinstance(value, enum.Enum):
        return True
    # PyQt5 / sip enums: their type's type is sip's enumtype.
    return type(type(value)).__name__ == "enumtype"


def _is_enum_type(value: object) -> bool:
    return isinstance(value, type) and (
        issubclass(value, enum.Enum) or type(value).__name__ == "enumtype"
    )


def _imported_names(tree: ast.Module) -> dict[str, str]:
    """Local name -> dotted origin, for names imported from QGIS or qgis.PyQt."""
    names = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and (node.module or "").startswith(RESOLVED_MODULES)
        ):
            for alias in node.names:
                names[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return names


def _resolve(dotted: str) -> object:
    """The object a dotted name ``qgis.core.QgsWkbTypes`` names, or None."""
    module_name, _, attribute = dotted.rpartition(".")
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        try:
            return importlib.import_module(dotted)
        except ImportError:
            return None
    return getattr(module, attribute, None)


def _chain(node: ast.Attribute) -> list[str] | None:
    """``Qt.AlignmentFlag.AlignLeft`` -> ["Qt", "AlignmentFlag", "AlignLeft"]."""
    parts = []
    current: ast.expr = node
    while isinstance(current, ast.Attribute):
        parts.append(current.attr)
        current = current.value
    if not isinstance(current, ast.Name):
        return None
    parts.append(current.id)
    return parts[::-1]


def check_source(source: str, filename: str) -> list[str]:
    """Problems of one file's source, each "file:line: what (write instead)"."""
    problems = []
    tree = ast.parse(source, filename)
    in_compat = Path(filename).name == COMPAT_FILE
    imported = _imported_names(tree)
    resolved: dict[str, object] = {}
    seen_chains: set[tuple[int, str]] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in QT_MODULES:
                    problems.append(
                        f"{filename}:{node.lineno}: import {alias.name}: import Qt through "
                        "qgis.PyQt"
                    )
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in QT_MODULES:
                problems.append(
                    f"{filename}:{node.lineno}: from {node.module} import …: import Qt "
                    "through qgis.PyQt"
                )
        elif isinstance(node, ast.Attribute):
            if node.attr == "exec_":
                problems.append(f"{filename}:{node.lineno}: exec_(): write exec()")
                continue
            parts = _chain(node)
            if not parts or parts[0] not in imported:
                continue
            dotted = ".".join(parts)
            if (node.lineno, dotted) in seen_chains:
                continue
            seen_chains.add((node.lineno, dotted))
            if parts[0] == "QVariant" and len(parts) > 1 and not in_compat:
                problems.append(
                    f"{filename}:{node.lineno}: {parts[0]}.{parts[1]}: Qt6 has no QVariant "
                    "types; take the field type from mali_incidents/compat.py"
                )
                continue
            if parts[0] not in resolved:
                resolved[parts[0]] = _resolve(imported[parts[0]])
            owner = resolved[parts[0]]
            for index, attribute in enumerate(parts[1:], start=1):
                if owner is None:
                    break
                value = getattr(owner, attribute, None)
                if (
                    value is not None
                    and _is_enum_value(value)
                    and not _is_enum_type(owner)
                    and not _is_enum_value(owner)
                ):
                    written = ".".join(parts[: index + 1])
                    enum_type = type(value)
                    member = getattr(value, "name", None) or attribute
                    home = ".".join(parts[:index])
                    if getattr(_resolve("qgis.core.Qgis"), enum_type.__name__, None) is enum_type:
                        # QGIS moved it to Qgis (QgsWkbTypes.PolygonGeometry is
                        # Qgis.GeometryType.Polygon since 3.30); QGIS 4 keeps only that name.
                        home = "Qgis"
                    instead = f"{home}.{enum_type.__name__}.{member}"
                    if home != ".".join(parts[:index]) or member != attribute:
                        instead += " (a name QGIS 3.22 lacks: through mali_incidents/compat.py)"
                    problems.append(
                        f"{filename}:{node.lineno}: unscoped enum {written}: write {instead}"
                    )
                    break
                owner = value
    return sorted(set(problems), key=lambda line: (line.split(":")[0], int(line.split(":")[1])))


def check_metadata(metadata: Path) -> list[str]:
    lines = [line.strip().replace(" ", "") for line in metadata.read_text().splitlines()]
    if METADATA_MAXIMUM not in lines:
        return [f"{metadata}: no {METADATA_MAXIMUM} (QGIS 4 would not load the plugin)"]
    return []


def check(paths: list[Path] | None = None, metadata: Path | None = None) -> list[str]:
    """Every problem of the given files and folders (default: the clone's own)."""
    if paths is None:
        paths = [REPO_ROOT / name for name in CHECKED]
        metadata = metadata or REPO_ROOT / "metadata.txt"
    problems = []
    for file in python_files(paths):
        problems += check_source(file.read_text(encoding="utf-8"), str(file))
    if metadata is not None:
        problems += check_metadata(metadata)
    return problems


def main(argv: list[str]) -> int:
    problems = check([Path(argument) for argument in argv] or None)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) for Qt6 / QGIS 4", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
