"""metadata.txt has every field plugins.qgis.org requires, with usable values."""

from __future__ import annotations

import ast
import configparser
import re

REQUIRED_FIELDS = (
    "name",
    "qgisMinimumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "license",
    "tags",
    "category",
    "icon",
)


def _metadata(repo_root) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep qgisMinimumVersion's case
    parser.read(repo_root / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def test_every_required_field_is_there_and_filled(repo_root):
    metadata = _metadata(repo_root)
    missing = [field for field in REQUIRED_FIELDS if not metadata.get(field, "").strip()]
    assert missing == []


def test_field_values_are_usable(repo_root):
    metadata = _metadata(repo_root)
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert re.fullmatch(r"\d+\.\d+\.\d+", metadata["version"])
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", metadata["email"])
    for field in ("repository", "tracker", "homepage"):
        assert metadata[field].startswith("https://"), field
    assert (repo_root / metadata["icon"]).is_file()
    assert metadata["category"] in {"Raster", "Vector", "Database", "Web", "Mesh"}
    # QGIS 4 (and Qt6 builds of QGIS 3) load only plugins that say they support Qt6: the
    # maximum version alone lets the plugin manager list it but not load it.
    assert metadata["qgisMaximumVersion"] == "4.99"
    assert metadata["supportsQt6"] == "True"


def test_the_plugin_is_named_for_any_acled_country_not_mali_alone(repo_root):
    """What QGIS shows (plugin manager, menu, toolbar, Processing toolbox) names no country;
    the Python package keeps its name and Mali stays the default country."""
    import xml.etree.ElementTree as ET

    from mali_incidents.definitions import DEFAULT_COUNTRY, MENU_NAME, PLUGIN_NAME

    assert _metadata(repo_root)["name"] == "Incident Atlas (ACLED)"
    assert PLUGIN_NAME == MENU_NAME == "Incident Atlas (ACLED)"
    assert DEFAULT_COUNTRY == "Mali"
    translations = ET.parse(repo_root / "resources/i18n/mali_incident_atlas_fr.ts").getroot()
    french = {m.findtext("source"): m.findtext("translation") for m in translations.iter("message")}
    # plugin.py and the Processing provider translate the menu's name (tr(MENU_NAME)).
    assert french[MENU_NAME] == "Atlas des incidents (ACLED)"
    assert "Mali incidents" not in french


def test_core_package_has_no_gui(repo_root):
    """The core must run headless: no widgets, no iface, no qgis.gui (the CLI and Processing)."""
    offenders = []
    for path in (repo_root / "mali_incidents").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                imported = [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                imported = [alias.name for alias in node.names]
            elif isinstance(node, (ast.Name, ast.arg, ast.Attribute)):
                name = getattr(node, "id", None) or getattr(node, "arg", None) or node.attr
                imported = ["iface"] if name == "iface" else []
            else:
                continue
            if any(re.search(r"qgis\.gui|QtWidgets|^iface$", name or "") for name in imported):
                offenders.append(f"{path.relative_to(repo_root)}:{node.lineno}")
    assert offenders == []
