"""The atlas as files: the month's report exported as one PDF and, if asked, saved with its
layers as a QGIS project; the outputs checked against the inputs first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsProject

from ..definitions import DEFAULT_COUNTRY
from ..outputs import OutputError, check_output
from .messages import AtlasError, tr
from .pages.contents import contents_entries
from .project import save_project
from .project_entries import is_atlas_project
from .report import build_layouts
from .settings import AtlasSettings


@dataclass
class AtlasResult:
    pages: int
    pdf_path: Path
    warnings: list[str] = field(default_factory=list)
    project_path: Path | None = None
    report_name: str = ""


def make_atlas(
    incidents_gpkg: Path,
    month: str,
    pdf_path: Path,
    *,
    regions_path: Path | None = None,
    region_field: str | None = None,
    project_path: Path | None = None,
    settings: AtlasSettings | None = None,
    country: str | Sequence[str] = DEFAULT_COUNTRY,
    progress: Callable[[float], None] | None = None,
    inputs: Iterable[Path] = (),
    overwrite_project: bool = False,
    reference_paths: Iterable[Path] = (),
    incidents_source: str | None = None,
    store_history=None,
) -> AtlasResult:
    """Build the month's report from the imported GeoPackage and export it as one PDF.

    With ``project_path`` the layers and the report are also saved as a QGIS project,
    ready to open and edit; a project file this plugin did not make is replaced only with
    ``overwrite_project``. Neither output may be one of ``inputs`` (the exports), the
    GeoPackage or the region polygons. With ``incidents_source`` (a PostGIS data source of
    the team store, see store.month_layer_uri) the incidents are read from there and the
    GeoPackage only receives the region and country polygons the atlas draws, and
    ``store_history`` (``store.StoreHistory``) is what changed. Raises
    ``AtlasError`` for input it cannot use.
    """
    from ..export import ExportError, export_pdf
    from ..pdf_outline import can_add_outline

    check_atlas_outputs(
        pdf_path,
        project_path,
        [*inputs, incidents_gpkg, file_of(regions_path), *reference_paths],
        overwrite_project=overwrite_project,
    )
    report = progress or (lambda percent: None)
    report(0)
    project = QgsProject()
    try:
        built = build_layouts(
            incidents_gpkg,
            month,
            project,
            regions_path=regions_path,
            region_field=region_field,
            settings=settings,
            country=country,
            reference_paths=reference_paths,
            incidents_source=incidents_source,
            store_history=store_history,
        )
        report(15)
        if not can_add_outline():
            built.warnings.append(
                tr("pypdf is not installed: the PDF has no bookmarks, its contents page stands in")
            )
        try:
            export_pdf(
                built.report,
                Path(pdf_path),
                progress=lambda percent: report(15 + 0.85 * percent),
                outline=contents_entries(built.section_layouts),
            )
        except ExportError as error:
            raise AtlasError(str(error)) from error
        saved = None
        if project_path is not None:
            saved = save_project(project, Path(project_path))
        return AtlasResult(
            pages=built.page_count(),
            pdf_path=Path(pdf_path),
            warnings=built.warnings,
            project_path=saved,
            report_name=built.report.name(),
        )
    finally:
        # Layouts hold layer references: drop them before the layers go.
        project.layoutManager().clear()
        project.clear()


def check_atlas_outputs(
    pdf_path: Path,
    project_path: Path | None,
    inputs: Iterable[Path | None],
    *,
    overwrite_project: bool = False,
) -> None:
    """Refuse outputs that would overwrite an input, each other, or the analyst's own project.

    A project counts as this plugin's when it carries the plugin's project entries
    (``mali_incidents/report``, written with every atlas, see ``remember_atlas``).
    """
    sources = [file_of(path) for path in inputs if path is not None]
    try:
        check_output(Path(pdf_path), sources, "--out", (".pdf",))
        if project_path is None:
            return
        check_output(Path(project_path), [*sources, Path(pdf_path)], "--project", (".qgz", ".qgs"))
    except OutputError as error:
        raise AtlasError(str(error)) from error
    project_path = Path(project_path)
    if project_path.exists() and not overwrite_project and not is_atlas_project(project_path):
        raise AtlasError(
            tr(
                "{path} is a project this plugin did not make: it is replaced only with "
                "--overwrite (or choose another file)"
            ).format(path=project_path)
        )


def file_of(source: Path | None) -> Path | None:
    """The file of a layer source ("regions.gpkg|layername=…")."""
    return Path(str(source).split("|")[0]) if source is not None else None
