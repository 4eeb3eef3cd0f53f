"""symbology/country_names.csv: the neighbouring countries' names in the atlas's language."""

from __future__ import annotations

import pytest

from mali_incidents.country_names import CountryNamesError, country_names
from mali_incidents.paths import symbology_path


def test_mali_neighbours_have_french_names():
    names = country_names("fr")
    assert names["DZA"] == "Algérie"
    assert names["MRT"] == "Mauritanie"
    assert names["CIV"] == "Côte d'Ivoire"
    assert names["GIN"] == "Guinée"
    assert names["SEN"] == "Sénégal"
    assert all(len(code) == 3 for code in names)


def test_english_keeps_the_world_map_names():
    assert country_names("en") == {}


def test_a_language_without_a_column_keeps_the_world_map_names():
    assert country_names("pt") == {}


def test_a_bad_code_is_one_line_naming_row_and_column(tmp_path):
    table = tmp_path / "country_names.csv"
    table.write_text("iso3,name_fr\n# a comment\nDZA,Algérie\nXX1,Nulle part\n", "utf-8")
    with pytest.raises(CountryNamesError) as error:
        country_names("fr", table)
    assert str(error.value) == f"{table}, row 4, column iso3: 'XX1' is not an ISO alpha-3 code"


def test_a_blank_line_does_not_shift_the_row_reported(tmp_path):
    table = tmp_path / "names.csv"
    table.write_text("iso3,name_fr\nDZA,Algérie\n\nXX1,Nulle part\n", encoding="utf-8")
    with pytest.raises(CountryNamesError, match="row 4, column iso3"):
        country_names("fr", table)


def test_the_table_ships_with_the_plugin():
    assert symbology_path("country_names.csv").is_file()
