"""Where does the atlas's PDF export spend its CPU? Per page kind, per map layer, per table.

Measured on this machine, in one process, with text as text and as outlines (QGIS's default,
the benchmark's baseline). Each section's layout is exported on its own (so the figures add
up to a little more than the report's one export: each PDF has its own start and fonts):

- CPU seconds per page kind (cover, contents, overview, region maps, region tables);
- the first export of a built atlas against a second one of the same layouts: what the
  first pays once (QGIS filters each region map's legend by what its map shows then, and
  keeps the result);
- each region table: rows, pages and CPU seconds (QGIS measures every row of a table again
  for each page it prints, so a long table costs more per page than a short one).

Usage::

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/atlas_profile.py [--incidents 2000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The item whose presence tells a section's page kind.
PAGE_KINDS = (
    ("cover_title", "cover"),
    ("overview_title", "overview"),
    ("region_map_title", "region map"),
    ("region_table_title", "region table"),
)


def page_kind(layout) -> str:
    from mali_incidents.atlas.pages.contents import is_contents
    from mali_incidents.atlas.table_chunks import is_continued_table

    if is_contents(layout):
        return "contents"
    if is_continued_table(layout):
        return "region table"
    for item_id, kind in PAGE_KINDS:
        if layout.itemById(item_id) is not None:
            return kind
    return "other (summary)"


def _build(gpkg: Path):
    from qgis.core import QgsProject

    from mali_incidents.atlas import AtlasSettings, build_layouts

    project = QgsProject()
    built = build_layouts(gpkg, "2021-02", project, settings=AtlasSettings(credit="Bench"))
    return project, built


def _export_cpu(layout, pdf: Path, text_as_outlines: bool) -> float:
    from qgis.core import QgsLayoutExporter

    from mali_incidents.export import pdf_settings

    started = time.process_time()
    QgsLayoutExporter(layout).exportToPdf(str(pdf), pdf_settings(text_as_outlines))
    return time.process_time() - started


def profile_month(label: str, gpkg: Path, work: Path) -> None:
    from mali_incidents.atlas.table_chunks import is_continued_table
    from mali_incidents.export import export_pdf

    for text_as_outlines in (False, True):
        mode = "outlines (QGIS default)" if text_as_outlines else "text (atlas)"
        started = time.process_time()
        project, built = _build(gpkg)
        build_cpu = time.process_time() - started
        by_kind: Counter[str] = Counter()
        pages: Counter[str] = Counter()
        tables = []
        for layout in built.section_layouts:
            kind = page_kind(layout)
            cpu = _export_cpu(layout, work / "page.pdf", text_as_outlines)
            by_kind[kind] += cpu
            pages[kind] += layout.pageCollection().pageCount()
            if kind == "region table":
                rows = len(layout.multiFrames()[0].tableContents())
                page_count = layout.pageCollection().pageCount()
                if is_continued_table(layout):  # a long table's later pages: with its first
                    first_rows, first_pages, first_cpu = tables.pop()
                    rows, page_count, cpu = (
                        first_rows + rows,
                        first_pages + page_count,
                        first_cpu + cpu,
                    )
                tables.append((rows, page_count, cpu))
        project.layoutManager().clear()
        project.clear()
        print(
            f"{label}, {mode}: build {build_cpu:.2f} CPU s; CPU seconds per page kind "
            "(each section exported alone)"
        )
        for kind, cpu in by_kind.most_common():
            per_page = cpu / pages[kind]
            print(f"  {kind:<28} {pages[kind]:>4} pages {cpu:>7.2f} s {per_page:>7.3f} s/page")
        if not text_as_outlines:
            print(
                f"{label}, {mode}: region tables, their later tables counted in "
                "(rows, pages, CPU s, s/page)"
            )
            for rows, page_count, cpu in sorted(tables, reverse=True):
                print(
                    f"  {rows:>5} rows {page_count:>4} pages {cpu:>7.2f} s {cpu / page_count:>7.3f}"
                )
        project, built = _build(gpkg)
        first_and_second = []
        for _ in range(2):
            started = time.process_time()
            export_pdf(built.report, work / "report.pdf", text_as_outlines=text_as_outlines)
            first_and_second.append(time.process_time() - started)
        project.layoutManager().clear()
        project.clear()
        print(
            f"{label}, {mode}: the report's first export {first_and_second[0]:.2f} CPU s, "
            f"a second one of the same layouts {first_and_second[1]:.2f} CPU s"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=2000)
    arguments = parser.parse_args()
    sys.path.insert(0, str(REPO_ROOT / "bench"))
    from atlas_bench import SAMPLE_MONTH, write_synthetic_month

    from mali_incidents.importer import import_month
    from mali_incidents.qgis_session import start_qgis, stop_qgis

    application = start_qgis()
    with tempfile.TemporaryDirectory(prefix="atlas_profile_") as folder:
        work = Path(folder)
        synthetic = write_synthetic_month(work / "synthetic.csv", arguments.incidents)
        for label, export_csv in (
            ("sample", SAMPLE_MONTH),
            (f"synthetic {arguments.incidents}", synthetic),
        ):
            gpkg = work / f"{label.replace(' ', '_')}.gpkg"
            import_month([export_csv], "2021-02", gpkg)
            profile_month(label, gpkg, work)
    stop_qgis(application)
    return 0


if __name__ == "__main__":
    sys.exit(main())
