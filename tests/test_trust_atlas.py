"""Issue 9, what the atlas prints: values from files are printed as they are, never evaluated
by QGIS (labels, page and legend filters), and a row taller than a page goes on over the next
rows instead of leaving the region's table out.

A small hand-made export of Niger (not Mali: Mali's region names are looked up, Niger's are
printed as the export spells them); real command line, real PDF read with pdftotext.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from hostile_exports import (
    COUNTRY,
    HOSTILE_TEXTS,
    MONTH,
    SECRET_VALUE,
    SECRET_VARIABLE,
    hostile_rows,
    incident,
    write_export,
)
from qgis.core import Qgis


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def page_titled(pages: list[str], title: str) -> str:
    (page,) = [page for page in pages if page.lstrip().startswith(title)]
    return page


def one_line(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def hostile_atlas(tmp_path_factory, run_cli):
    """The atlas of an export with hostile texts in every text column and region name."""
    folder = tmp_path_factory.mktemp("hostile")
    export = write_export(folder / "niger_hostile.csv", hostile_rows())
    pdf, project = folder / "atlas.pdf", folder / "atlas.qgz"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SECRET_VARIABLE, SECRET_VALUE)  # what [% env(…) %] would print
        completed = run_cli(
            "atlas", export, "--month", MONTH, "--country", COUNTRY,
            "--out", pdf, "--project", project,
            "--credit", f"Credit {HOSTILE_TEXTS[1]}", "--contact", f"Contact {HOSTILE_TEXTS[0]}",
        )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    return folder, pdf, completed


def test_texts_from_the_export_are_printed_as_they_are(hostile_atlas):
    _, pdf, _ = hostile_atlas
    pages = pdf_pages(pdf)
    text = one_line("\n".join(pages))
    assert SECRET_VALUE not in text
    assert Qgis.version() not in text and Qgis.version().split("-")[0] not in text
    for hostile in HOSTILE_TEXTS:
        # The region's own pages, titled with its name as the export spells it.
        assert f"Map of security incidents in {hostile}, " in text
        assert f"Recorded security incidents in {hostile}, " in text
        # Its place in the table, and the notes of the others (every text column holds them).
        assert f"{hostile} place" in text
    assert " ".join(HOSTILE_TEXTS) in text
    # The analyst's own lines go the same way.
    assert f"CREDIT: Credit {HOSTILE_TEXTS[1]}" in text
    assert f"Contact: Contact {HOSTILE_TEXTS[0]}" in text


def test_nothing_else_happens(hostile_atlas):
    """No file beside the ones asked for (no SQLite written by an expression, no temporary
    file left), nothing on stderr but the atlas's warnings."""
    folder, _, completed = hostile_atlas
    assert sorted(path.name for path in folder.iterdir()) == [
        "atlas.pdf",
        "atlas.qgz",
        "incidents_niger_2021-02.gpkg",
        "niger_hostile.csv",
    ]
    assert all(line.startswith("warning: ") for line in completed.stderr.splitlines())


def test_a_region_named_with_a_bar_lists_only_its_own_incidents(hostile_atlas):
    """ "Tillaberi|Dosso" is one region: its table and legend are not Tillabéri's and Dosso's."""
    _, pdf, _ = hostile_atlas
    pages = pdf_pages(pdf)
    table = page_titled(pages, "Recorded security incidents in Tillaberi|Dosso,")
    assert "Mixed-C" in table
    assert "Ayorou-A" not in table and "Gaya-B" not in table
    # Its map shows Ayorou's airstrike (same place) faded; its legend lists its own clash.
    legend = page_titled(pages, "Map of security incidents in Tillaberi|Dosso,")
    assert "Armed clash" in legend
    assert "Airstrike" not in legend and "Violence against civilians" not in legend
    assert "Ayorou-A" in page_titled(pages, "Recorded security incidents in Tillabéri,")
    assert "Gaya-B" in page_titled(pages, "Recorded security incidents in Dosso,")


# --- case 4: a row taller than a page --------------------------------------------------------


def test_a_note_longer_than_a_page_goes_on_over_the_next_rows(run_cli, tmp_path):
    words = [f"w{number:05d}" for number in range(3000)]
    note = " ".join(words)[:20_000]
    words = note.split()
    assert len(note) == 20_000
    rows = [incident(number, "Tillaberi", f"Place-{number}") for number in range(1, 9)]
    rows.insert(4, incident(20, "Tillaberi", "Long-place", notes=note))
    export = write_export(tmp_path / "niger_long_note.csv", rows)
    pdf = tmp_path / "atlas.pdf"
    completed = run_cli(
        "atlas", export, "--month", MONTH, "--country", COUNTRY, "--out", pdf
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert "warning: Tillabéri: 1 incident(s) too long for one page continue" in completed.stderr
    pages = pdf_pages(pdf)
    # The region's table is the atlas's last section: its first page is titled, the pages
    # the table continues on follow.
    first = next(
        index for index, page in enumerate(pages) if "Recorded security incidents in" in page
    )
    tables = [page for page in pages[first:] if page.strip()]
    assert len(tables) >= 2  # the note alone fills more than a page
    printed = "\n".join(tables).split()
    # Every word, in order (the note ends in a word cut short: "w").
    assert [word for word in printed if re.fullmatch(r"w\d*", word)] == words
    for number in range(1, 9):
        assert f"Place-{number}" in printed
    assert "Long-place" in printed
    assert "(continued)" in "\n".join(tables)
