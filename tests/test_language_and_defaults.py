"""French and English; the analyst's own default pages and styles; resetting to the templates."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import unicodedata
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsExpressionContextUtils, QgsProject
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QColor

from mali_incidents import atlas, paths
from mali_incidents.atlas import (
    AtlasSettings,
    build_layouts,
    month_report,
    reset_layouts,
    save_as_defaults,
)
from mali_incidents.atlas.place_labels import lay_out_labels, placed_fids
from mali_incidents.i18n import language_of
from mali_incidents.importer import import_month


def test_every_message_has_a_french_translation(repo_root):
    translations = ET.parse(repo_root / "resources/i18n/mali_incident_atlas_fr.ts").getroot()
    french = {m.findtext("source") for m in translations.iter("message")}
    sources = [repo_root / "plugin.py", *(repo_root / "mali_incidents").rglob("*.py")]
    untranslated = []
    for source in sources:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "tr"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value not in french
            ):
                untranslated.append(f"{source.name}:{node.lineno} {node.args[0].value!r}")
    assert untranslated == []


def test_translation_follows_the_setting_and_falls_back_to_english(qgis_app):
    with language_of("fr"):
        assert QCoreApplication.translate("Atlas", "Legend") == "Légende"
        assert (
            QCoreApplication.translate("Atlas", "Not a message of ours") == "Not a message of ours"
        )
    assert QCoreApplication.translate("Atlas", "Legend") == "Legend"


def test_atlas_in_french(run_cli, sample_month, tmp_path):
    pdf = tmp_path / "atlas_fr.pdf"
    done = run_cli("atlas", sample_month, "--month", "2021-02", "--out", pdf, "--language", "fr")
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # DejaVu's ﬀ, ﬁ ligatures
    for french in (
        "Cartes des incidents sécuritaires au Mali",
        "février 2021",
        "Nombre de morts par région",
        "Carte des incidents sécuritaires : Mopti, février 2021",
        "Incidents sécuritaires recensés : Kayes, février 2021",
        "Aucun incident recensé ce mois-ci",
        "Affrontement armé",  # the legend
        "Groupes jihadistes",
        "Frappe aérienne/de drone",  # an ACLED sub-event type in a table
        "28 février 2021",
    ):
        assert french in flat, french
    assert "Armed clash" not in flat


@pytest.fixture
def own_defaults(tmp_path, monkeypatch):
    folder = tmp_path / "my_defaults"
    monkeypatch.setattr(paths, "user_symbology_dir", lambda: folder)
    monkeypatch.setattr(atlas, "user_symbology_dir", lambda: folder)
    return folder


@pytest.fixture
def month_gpkg(qgis_app, sample_month, tmp_path):
    gpkg = tmp_path / "february.gpkg"
    import_month([sample_month], "2021-02", gpkg)
    return gpkg


def _cover_title(report):
    return report.header().itemById("cover_title")


def _type_rule_stroke(project):
    layer = next(
        layer
        for layer in project.mapLayers().values()
        if layer.customProperty("mali_incidents/role") == "incidents"
    )
    rule = layer.renderer().embeddedRenderer().rootRule().children()[0].children()[0]
    return rule.symbol().symbolLayer(0)


def test_saved_defaults_are_what_new_projects_start_from(own_defaults, month_gpkg):
    settings = AtlasSettings()
    first = QgsProject()
    built = build_layouts(month_gpkg, "2021-02", first, settings=settings)
    title = _cover_title(built.report)
    title.attemptResize(type(title.sizeWithUnits())(151.0, 37.0))
    _type_rule_stroke(first).setStrokeColor(QColor("#ff00ff"))

    saved = save_as_defaults(first)
    assert {path.name for path in saved} == {
        "atlas_cover.qpt",
        "atlas_overview.qpt",
        "atlas_region_map.qpt",
        "atlas_region_table.qpt",
        "incidents.qml",
    }
    assert all(path.parent == own_defaults for path in saved)

    second = QgsProject()
    again = build_layouts(month_gpkg, "2021-02", second, settings=settings)
    assert _cover_title(again.report).sizeWithUnits().width() == 151.0
    assert _type_rule_stroke(second).strokeColor().name() == "#ff00ff"
    for project in (first, second):
        project.layoutManager().clear()
        project.clear()


def test_reset_rebuilds_the_pages_and_keeps_the_layer_styles(own_defaults, month_gpkg):
    project = QgsProject()
    built = build_layouts(month_gpkg, "2021-02", project, settings=AtlasSettings())
    template_width = _cover_title(built.report).sizeWithUnits().width()
    _cover_title(built.report).attemptResize(
        type(_cover_title(built.report).sizeWithUnits())(99.0, 30.0)
    )
    _type_rule_stroke(project).setStrokeColor(QColor("#ff00ff"))

    reset = reset_layouts(project, AtlasSettings())

    assert month_report(project) is reset.report
    assert _cover_title(reset.report).sizeWithUnits().width() == template_width
    assert _type_rule_stroke(project).strokeColor().name() == "#ff00ff"
    assert len(project.layoutManager().layouts()) == 1
    assert project.layerTreeRoot().findGroup("Incidents — February 2021") is not None
    project.layoutManager().clear()
    project.clear()


def test_reset_keeps_the_region_boundaries_the_atlas_was_made_with(
    own_defaults, month_gpkg, shared_dir
):
    """With the analyst's OCHA boundaries, Ménaka has a polygon; a reset must not fall back to
    QGIS's built-in regions, which lack it."""
    ocha = shared_dir / "data" / "mali_admin1_ocha.gpkg"
    project = QgsProject()
    built = build_layouts(
        month_gpkg, "2021-02", project, regions_path=ocha, settings=AtlasSettings()
    )
    assert not [warning for warning in built.warnings if "Ménaka" in warning]

    reset = reset_layouts(project, AtlasSettings())

    assert not [warning for warning in reset.warnings if "Ménaka" in warning]
    menaka = next(region for region in reset.regions if region.admin1 == "Menaka")
    assert menaka.geometry is not None
    project.layoutManager().clear()
    project.clear()


def test_a_region_map_template_from_before_the_list_of_unnamed_places_still_works(
    own_defaults, month_gpkg
):
    """Issue 11, item 3: an analyst's saved region map without the list of places whose names
    find no room still makes the atlas: those places keep their numbers on the map (which
    tie them to the table's rows), and the atlas's warnings say which pages have them."""
    template = paths.symbology_path("atlas_region_map.qpt").read_text(encoding="utf-8")
    item = re.search(
        r' <LayoutItem [^>]*id="region_map_unnamed_places".*?</LayoutItem>\n', template, re.S
    )
    assert item is not None
    uuid = re.search(r' uuid="([^"]+)"', item.group(0)).group(1)
    older = template.replace(item.group(0), "").replace(f'   <item uuid="{uuid}"/>\n', "")
    assert "region_map_unnamed_places" not in older and uuid not in older
    own_defaults.mkdir(parents=True)
    (own_defaults / "atlas_region_map.qpt").write_text(older, encoding="utf-8")

    project = QgsProject()
    built = build_layouts(month_gpkg, "2021-02", project, settings=AtlasSettings())
    assert [warning for warning in built.warnings if warning.startswith("Mopti: ")], built.warnings
    incidents = next(
        layer
        for layer in project.mapLayers().values()
        if layer.customProperty("mali_incidents/role") == "incidents"
    )
    for section in built.report.childSections():
        layout = section.body()
        map_item = layout.itemById("region_map") if layout is not None else None
        if map_item is None:
            continue
        assert layout.itemById("region_map_unnamed_places") is None
        numbers = json.loads(
            QgsExpressionContextUtils.layoutScope(layout).variable("mali_place_numbers")
        )
        placed = placed_fids(lay_out_labels(map_item), incidents)
        assert {int(fid) for fid in numbers} <= placed
    project.layoutManager().clear()
    project.clear()
