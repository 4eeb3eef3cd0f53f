"""The spreadsheet tables in symbology/ all report a bad cell by the line an editor shows."""

from __future__ import annotations

import shutil

import pytest

from mali_incidents.classify import ClassificationRules, RulesError
from mali_incidents.paths import symbology_path
from mali_incidents.table_file import read_table_file


def test_rows_keep_their_line_numbers_across_comments_blank_lines_and_quoted_newlines(tmp_path):
    path = tmp_path / "table.csv"
    path.write_bytes(
        "\ufeff# a comment an analyst wrote\n"
        "name , note\n"
        "\n"
        'Gao,"two\nlines"\n'
        "# another comment\n"
        "Ménaka,one line\n".encode()
    )
    table = read_table_file(path, "table.csv", ValueError)
    assert table.columns == ["name", "note"]
    assert table.header_line == 2
    assert [(line, row["name"]) for line, row in table.rows] == [(5, "Gao"), (7, "Ménaka")]


def test_a_table_saved_in_latin_1_is_one_line_naming_the_file(tmp_path):
    path = tmp_path / "regions.csv"
    path.write_bytes("acled_admin1\nSégou\n".encode("latin-1"))
    with pytest.raises(ValueError, match=r"^regions\.csv: not UTF-8 text \(save it"):
        read_table_file(path, "regions.csv", ValueError)


def test_a_rule_file_with_a_blank_line_names_the_right_row(tmp_path):
    # Before the tables shared one reader, a blank line shifted every later row number by one.
    folder = tmp_path / "symbology"
    shutil.copytree(symbology_path(), folder)
    rules = folder / "actor_groups.csv"
    text = rules.read_text(encoding="utf-8").rstrip("\n") + "\n"
    bad_line = text.count("\n") + 2
    rules.write_text(text + "\nFAMa,Nowhere\n", encoding="utf-8")
    with pytest.raises(RulesError, match=rf"^actor_groups\.csv, row {bad_line}: 'Nowhere' is not"):
        ClassificationRules.from_folder(folder)
