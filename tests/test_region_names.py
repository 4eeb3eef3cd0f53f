"""Printed region names and the report's order come from per-country tables (issue 12):
symbology/countries/<Country>/regions.csv, ACLED's spelling when a table does not list a region.
"""

from __future__ import annotations

import csv
import os
import shutil
import sys

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from mali_incidents.classify import RulesError
from mali_incidents.paths import world_map_path
from mali_incidents.region_names import (
    RegionsError,
    boundary_parts,
    region_table,
    spellings_of_every_country,
)
from mali_incidents.regions import (
    display_name,
    load_region_polygons,
    printed_region_name,
    region_key,
    region_order,
    regions_of_month,
)
from mali_incidents.validate import fold_name

BURKINA_FASO_REGIONS = [  # ACLED's admin1, alphabetical: the report's order
    "Boucle du Mouhoun",
    "Cascades",
    "Centre",
    "Centre-Est",
    "Centre-Nord",
    "Centre-Ouest",
    "Centre-Sud",
    "Est",
    "Hauts-Bassins",
    "Nord",
    "Plateau-Central",
    "Sahel",
    "Sud-Ouest",
]
NIGER_PRINTED = [
    "Agadez",
    "Diffa",
    "Dosso",
    "Maradi",
    "Niamey",
    "Tahoua",
    "Tillabéri",
    "Zinder",
]


def test_printed_names_have_their_accents_and_fall_back_to_acleds_spelling():
    assert printed_region_name("Niger", "Tillaberi") == "Tillabéri"
    assert printed_region_name("Niger", "TILLABERY") == "Tillabéri"  # another spelling
    assert printed_region_name("Mali", "Menaka") == "Ménaka"
    assert printed_region_name("Mali", "Segou") == "Ségou"
    assert printed_region_name("Mali", "Timbuktu") == "Tombouctou"
    assert printed_region_name("Burkina Faso", "Boucle du Mouhoun") == "Boucle du Mouhoun"
    assert printed_region_name("Nigeria", "Borno") == "Borno"
    # Not in any table: as ACLED spells it.
    assert printed_region_name("Niger", "Nouvelle Région") == "Nouvelle Région"
    assert printed_region_name("Chad", "Ouaddai") == "Ouaddai"
    # The country's name is matched across case and accents, as ACLED's is elsewhere.
    assert printed_region_name("NIGER", "Tillaberi") == "Tillabéri"


def test_display_name_keeps_working_without_a_country():
    """The atlas calls display_name(admin1): Mali's table first, then any table that knows it."""
    assert display_name("Menaka") == "Ménaka"
    assert display_name("Timbuktu") == "Tombouctou"
    assert display_name("Tillaberi") == "Tillabéri"
    assert display_name("Tillaberi", "Niger") == "Tillabéri"
    assert display_name("Somewhere") == "Somewhere"


def test_the_tables_list_every_region_of_mali_burkina_faso_niger_and_nigeria():
    assert [row.admin1 for row in region_table("Mali")] == [
        "Bamako",
        "Gao",
        "Kayes",
        "Kidal",
        "Koulikoro",
        "Menaka",
        "Mopti",
        "Segou",
        "Sikasso",
        "Tombouctou",
    ]
    assert sorted(row.admin1 for row in region_table("Burkina Faso")) == BURKINA_FASO_REGIONS
    assert sorted(row.printed_name for row in region_table("Niger")) == NIGER_PRINTED
    assert len(region_table("Nigeria")) == 37  # 36 states and the Federal Capital Territory
    assert region_table("Chad") == []  # no table: ACLED's names, alphabetical


def test_the_benchmark_generators_regions_are_spelled_as_the_tables_spell_them(import_bench):
    """The generator writes ACLED's admin1 spellings; each must be a row of its table."""
    for country in import_bench.COUNTRIES:
        listed = {row.admin1 for row in region_table(country.name)}
        if listed:
            assert {town[1] for town in country.towns} <= listed, country.name


def test_mali_keeps_its_report_order_and_other_countries_are_alphabetical_by_printed_name():
    assert region_order("Mali", ["Tombouctou", "Menaka", "Bamako", "Segou", "Mopti"]) == [
        "Bamako",
        "Menaka",
        "Mopti",
        "Segou",
        "Tombouctou",
    ]
    assert region_order("Burkina Faso", reversed(BURKINA_FASO_REGIONS)) == BURKINA_FASO_REGIONS
    niger = [row.admin1 for row in region_table("Niger")]
    assert [printed_region_name("Niger", name) for name in region_order("Niger", niger)] == (
        NIGER_PRINTED
    )
    # A region the table lacks follows the listed ones when the table gives an order.
    assert region_order("Mali", ["Tombouctou-Nord", "Kayes", "Bamako"]) == [
        "Bamako",
        "Kayes",
        "Tombouctou-Nord",
    ]


def test_mali_names_and_spellings_are_those_the_report_always_had():
    """The constants code imported from definitions.py, now read from Mali's table."""
    from mali_incidents.definitions import REGION_ALIASES, REGION_DISPLAY_NAMES

    assert list(REGION_DISPLAY_NAMES.items()) == [
        ("Bamako", "Bamako"),
        ("Gao", "Gao"),
        ("Kayes", "Kayes"),
        ("Kidal", "Kidal"),
        ("Koulikoro", "Koulikoro"),
        ("Menaka", "Ménaka"),
        ("Mopti", "Mopti"),
        ("Segou", "Ségou"),
        ("Sikasso", "Sikasso"),
        ("Tombouctou", "Tombouctou"),
    ]
    assert REGION_ALIASES == {
        "Timbuktu": "Tombouctou",
        "Koulikouro": "Koulikoro",
        "Bamako District": "Bamako",
        "District de Bamako": "Bamako",
    }
    assert region_key("Timbuktu") == region_key("TOMBOUCTOU")


def test_no_spelling_names_two_regions_across_the_tables():
    """region_key resolves spellings without knowing the country: they must not clash."""
    spellings = spellings_of_every_country()
    assert spellings["timbuktu"] == "tombouctou"
    assert spellings["tillabery"] == "tillaberi"
    assert spellings["nassarawa"] == "nasarawa"
    for spelling, region in spellings.items():
        assert spelling not in {key for key in spellings.values() if key != region}, (
            f"{spelling} is another region's name"
        )


def _symbology_copy(repo_root, tmp_path):
    folder = tmp_path / "symbology"
    shutil.copytree(repo_root / "symbology", folder)
    return folder


def test_an_edited_table_changes_names_and_order_without_restarting(repo_root, tmp_path):
    root = _symbology_copy(repo_root, tmp_path)
    table = root / "countries" / "Niger" / "regions.csv"
    text = table.read_text(encoding="utf-8")
    table.write_text(
        text.replace("Tillaberi,Tillabéri,,", "Tillaberi,Région de Tillabéri,1,").replace(
            "Zinder,Zinder,,", "Zinder,Zinder,2,"
        ),
        encoding="utf-8",
    )
    names = ["Agadez", "Zinder", "Diffa", "Tillaberi"]
    assert printed_region_name("Niger", "Tillaberi", root) == "Région de Tillabéri"
    assert region_order("Niger", names, root) == ["Tillaberi", "Zinder", "Agadez", "Diffa"]

    (root / "countries" / "Chad").mkdir()
    (root / "countries" / "Chad" / "regions.csv").write_text(
        "acled_admin1,printed_name\nOuaddai,Ouaddaï\nN'Djamena,\n", encoding="utf-8"
    )
    assert printed_region_name("Chad", "Ouaddai", root) == "Ouaddaï"
    assert printed_region_name("Chad", "N'Djamena", root) == "N'Djamena"  # empty: ACLED's

    stat = table.stat()
    table.write_text(text.replace("Tillaberi,Tillabéri", "Tillaberi,Tillabéry"), encoding="utf-8")
    os.utime(table, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # a later save
    assert printed_region_name("Niger", "Tillaberi", root) == "Tillabéry"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            "acled_admin1,printed_name,order\nAgadez,Agadez,first\n",
            "countries/Niger/regions.csv, row 2, column order: 'first' is not a whole number",
        ),
        (
            "acled_admin1,printed_name,order,always_printed\nAgadez,Agadez,,maybe\n",
            "countries/Niger/regions.csv, row 2, column always_printed: 'maybe' is not yes or no",
        ),
        (
            "acled_admin1,printed_name,order,always_printed,other_spellings\n"
            "Agadez,Agadez,,,\nDiffa,Diffa,,,AGADEZ\n",
            "countries/Niger/regions.csv, row 3, column other_spellings: 'AGADEZ' is already "
            "a name of row 2's region",
        ),
        (
            "region,printed_name\nAgadez,Agadez\n",
            "countries/Niger/regions.csv, row 1: column acled_admin1 missing",
        ),
        (
            "acled_admin1,printed name\nAgadez,Agadez\n",
            "countries/Niger/regions.csv, row 1: column printed name is not one of acled_admin1, "
            "printed_name",
        ),
    ],
)
def test_a_bad_table_is_named_with_its_row_and_column(repo_root, tmp_path, table, message):
    root = _symbology_copy(repo_root, tmp_path)
    (root / "countries" / "Niger" / "regions.csv").write_text(table, encoding="utf-8")
    with pytest.raises(RegionsError) as raised:
        printed_region_name("Niger", "Agadez", root)
    assert message in str(raised.value)
    # The import reads Mali's table: a broken one is one line there too, as a rule file is.
    assert isinstance(raised.value, RulesError)


def _month_layer(incidents: list[tuple[str, int, float, float]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=admin1:string&field=fatalities:integer", "month", "memory"
    )
    features = []
    for admin1, fatalities, latitude, longitude in incidents:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([admin1, fatalities])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(longitude, latitude)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_a_niger_month_has_its_regions_printed_with_accents_in_alphabetical_order(qgis_app):
    month = _month_layer(
        [
            ("Tillaberi", 3, 14.21, 1.45),
            ("Tillaberi", 2, 14.32, 2.09),
            ("Diffa", 7, 13.32, 12.61),
        ]
    )
    regions, _warnings = regions_of_month(month, load_region_polygons(country="Niger"), "Niger")
    # Every region of Niger's table gets its pages (always_printed), in the report's order.
    assert [region.name for region in regions] == NIGER_PRINTED
    by_name = {region.name: region for region in regions}
    assert (by_name["Tillabéri"].incidents, by_name["Tillabéri"].fatalities) == (2, 5)
    assert by_name["Tillabéri"].admin1 == "Tillaberi"  # tables filter on the data's spelling
    assert (by_name["Diffa"].incidents, by_name["Diffa"].fatalities) == (1, 7)
    assert by_name["Zinder"].incidents == 0
    # Natural Earth spells it Tillabéri: matched across accents, so it frames the map.
    assert by_name["Tillabéri"].framed_by == "polygon"


def test_burkina_fasos_regions_are_made_of_the_world_maps_provinces(qgis_app):
    """QGIS's world map has Burkina Faso's 45 provinces, not its 13 regions: the table names
    each region's provinces (boundary_parts), so every region gets its own outline, made of
    all its provinces, and no warning; no province is left out or counted twice."""
    month = _month_layer([("Sahel", 3, 14.10, -1.63), ("Sahel", 1, 14.03, -0.03)])
    polygons = load_region_polygons(country="Burkina Faso")
    regions, warnings = regions_of_month(month, polygons, "Burkina Faso")
    assert [region.admin1 for region in regions] == BURKINA_FASO_REGIONS
    assert [region.framed_by for region in regions] == ["polygon"] * 13
    assert not [warning for warning in warnings if "polygon" in warning]
    provinces = QgsVectorLayer(f"{world_map_path()}|layername=states_provinces", "p", "ogr")
    provinces.setSubsetString("\"adm0_a3\" = 'BFA'")
    area = {feature["name"]: feature.geometry().area() for feature in provinces.getFeatures()}
    assert len(area) == 45
    sahel = next(region for region in regions if region.admin1 == "Sahel")
    in_sahel = ("Oudalan", "Séno", "Soum", "Yagha")
    assert sahel.geometry.area() == pytest.approx(sum(area[name] for name in in_sahel), rel=1e-6)
    # Djibo (Soum) and Dori (Séno) fall in Sahel's outline, Ouagadougou (Kadiogo) does not.
    assert sahel.geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(-1.63, 14.10)))
    assert sahel.geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(-0.03, 14.03)))
    assert not sahel.geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(-1.52, 12.37)))
    assert sum(region.geometry.area() for region in regions) == pytest.approx(
        sum(area.values()), rel=1e-6
    )


def test_burkina_fasos_provinces_are_no_other_countrys_names():
    """Comoé is a province of Burkina Faso's Cascades and a district of Côte d'Ivoire: the
    provinces make Burkina Faso's outlines only, they are not spellings of its regions
    wherever the country is not known."""
    assert boundary_parts("Burkina Faso")[fold_name("Comoé")] == fold_name("Cascades")
    assert boundary_parts("Côte d'Ivoire") == {}
    assert region_key("Comoe") == "comoe"
    assert display_name("Comoe") == "Comoe"
    assert display_name("Comoe", "Cote d'Ivoire") == "Comoe"


def test_a_country_without_a_table_prints_the_data_s_regions_alphabetically(qgis_app):
    month = _month_layer([("Ouaddai", 1, 13.83, 20.83), ("Lac", 4, 13.46, 14.71)])
    regions, _warnings = regions_of_month(month, load_region_polygons(country="Chad"), "Chad")
    assert [(region.name, region.fatalities) for region in regions] == [
        ("Lac", 4),
        ("Ouaddai", 1),
    ]


def test_the_region_tables_open_as_plain_csv(repo_root):
    """A spreadsheet opens them: UTF-8, one header, the documented columns."""
    for table in sorted((repo_root / "symbology" / "countries").glob("*/regions.csv")):
        with table.open(encoding="utf-8", newline="") as stream:
            rows = list(csv.reader(stream))
        assert rows[0] == [
            "acled_admin1",
            "printed_name",
            "order",
            "always_printed",
            "other_spellings",
            "boundary_parts",
        ], table
        assert all(len(row) == 6 for row in rows), table


def test_a_broken_mali_table_stops_the_import_with_one_line(repo_root, sample_month, tmp_path):
    """The import reads Mali's table (its closed list of regions): a broken one is one line
    naming the file, row and column, exit status 2, never a traceback."""
    import subprocess

    checkout = tmp_path / "checkout"  # a copy, so the repository's own table stays intact
    for folder in ("mali_incidents", "symbology"):
        shutil.copytree(repo_root / folder, checkout / folder)
    table = checkout / "symbology" / "countries" / "Mali" / "regions.csv"
    table.write_text(
        table.read_text(encoding="utf-8").replace("Gao,Gao,2,", "Gao,Gao,second,"),
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "mali_incidents", "import", str(sample_month)]
    done = subprocess.run(
        [*command, "--month", "2021-02", "--out", str(tmp_path / "month.gpkg")],
        capture_output=True,
        text=True,
        cwd=checkout,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines()[-1] == (
        "error: countries/Mali/regions.csv, row 3, column order: 'second' is not a whole number"
    )
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "month.gpkg").exists()


def test_nigerias_states_get_pages_only_when_they_have_incidents(qgis_app):
    """Nigeria's table lists 37 states, not always printed: a month's atlas has the states
    of its incidents, two spellings of one state (Nassarawa, Nasarawa) counted as one."""
    month = _month_layer(
        [
            ("Borno", 4, 11.85, 13.16),
            ("Nasarawa", 1, 8.5, 8.2),
            ("Nassarawa", 2, 8.6, 8.3),
        ]
    )
    polygons = load_region_polygons(country="Nigeria")
    regions, _warnings = regions_of_month(month, polygons, "Nigeria")
    assert [(region.name, region.incidents, region.fatalities) for region in regions] == [
        ("Borno", 1, 4),
        ("Nasarawa", 2, 3),
    ]
    assert [region.framed_by for region in regions] == ["polygon", "polygon"]
