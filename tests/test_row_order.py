"""The same month gives the same atlas whatever order its source gives its rows in (issue 11):
a PostGIS store returns them in the order they lie on disk, which upserts change, and QGIS 3.22
then printed a place's label a few points from where the GeoPackage's atlas printed it. Where
a label or a symbol goes must depend on the incidents, not on which one comes first."""

from __future__ import annotations

import difflib
import shutil
import subprocess
from pathlib import Path

from osgeo import gdal

from mali_incidents.atlas import make_atlas
from mali_incidents.definitions import INCIDENTS_LAYER
from mali_incidents.importer import import_month

MONTH = "2021-02"


def words_with_boxes(pdf: Path) -> list[str]:
    """Every page's words with their boxes (``pdftotext -bbox``), page by page."""
    text = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("<page ")[1:]


def with_rows_reversed(gpkg: Path, copy: Path) -> Path:
    """A copy of the month's GeoPackage whose incidents are the same rows (every field, the
    export's line numbers too) stored the other way round, so new feature ids as well."""
    shutil.copy(gpkg, copy)
    source = gdal.OpenEx(str(copy), gdal.OF_VECTOR | gdal.OF_UPDATE)
    incidents = source.GetLayerByName(INCIDENTS_LAYER)
    definition = incidents.GetLayerDefn()
    columns = [incidents.GetGeometryColumn()] + [
        definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())
    ]
    # Without the fid: the copy numbers its rows anew, in the new order.
    reversed_rows = source.ExecuteSQL(
        f"SELECT {', '.join(f'{chr(34)}{name}{chr(34)}' for name in columns)} "
        f'FROM "{INCIDENTS_LAYER}" ORDER BY fid DESC',
        dialect="SQLITE",
    )
    source.CopyLayer(reversed_rows, "reversed_rows")
    source.ReleaseResultSet(reversed_rows)
    names = [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())]
    incidents = None
    source.DeleteLayer(names.index(INCIDENTS_LAYER))
    source.CopyLayer(source.GetLayerByName("reversed_rows"), INCIDENTS_LAYER)
    names = [source.GetLayerByIndex(i).GetName() for i in range(source.GetLayerCount())]
    source.DeleteLayer(names.index("reversed_rows"))
    source = None
    return copy


def first_source_line(gpkg: Path) -> int:
    """The export line of the incident the GeoPackage gives first."""
    dataset = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(INCIDENTS_LAYER)
    feature = layer.GetNextFeature()
    line = feature.GetField("source_line")
    feature = layer = dataset = None
    return line


def test_the_same_month_in_two_row_orders_gives_the_same_atlas(qgis_app, tmp_path, sample_month):
    given = tmp_path / "given.gpkg"
    import_month([Path(sample_month)], MONTH, given)
    reversed_gpkg = with_rows_reversed(given, tmp_path / "reversed.gpkg")
    assert first_source_line(given) != first_source_line(reversed_gpkg)
    pdfs = []
    for gpkg in (given, reversed_gpkg):
        pdf = gpkg.with_suffix(".pdf")
        make_atlas(gpkg, MONTH, pdf)
        pdfs.append(pdf)
    pages_given, pages_reversed = (words_with_boxes(pdf) for pdf in pdfs)
    assert len(pages_given) == len(pages_reversed) == 25
    for number, (first, second) in enumerate(zip(pages_given, pages_reversed), start=1):
        differing = [
            line
            for line in difflib.unified_diff(first.splitlines(), second.splitlines(), n=0)
            if "<word" in line
        ]
        assert first == second, (number, differing[:8])
