"""What a project remembers of its atlas: the entries written with it (report, month,
regions, country), and finding its report again from them, in a project or a project file.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from qgis.core import QgsLayout, QgsProject, QgsReport

# Where the plugin finds its own things again in a project (next month's refresh).
PROJECT_SCOPE = "mali_incidents"


def remember_atlas(project, report_name, month, regions_path, region_field, country) -> None:
    """What the project's atlas is and was made from, for next month and for a reset."""
    project.writeEntry(PROJECT_SCOPE, "report", report_name)
    project.writeEntry(PROJECT_SCOPE, "month", month)
    project.writeEntry(PROJECT_SCOPE, "regions_path", str(regions_path or ""))
    project.writeEntry(PROJECT_SCOPE, "region_field", region_field or "")
    project.writeEntry(PROJECT_SCOPE, "country", country)


def month_report(project: QgsProject) -> QgsReport | None:
    """The report this plugin made in ``project`` (whatever the analyst renamed around it)."""
    name, found = project.readEntry(PROJECT_SCOPE, "report", "")
    layout = project.layoutManager().layoutByName(name) if found and name else None
    return layout if isinstance(layout, QgsReport) else None


def is_atlas_project(project_path: Path) -> bool:
    """True when the project file (.qgz or .qgs) holds this plugin's project entries."""
    try:
        if zipfile.is_zipfile(project_path):
            with zipfile.ZipFile(project_path) as archive:
                names = [name for name in archive.namelist() if name.endswith(".qgs")]
                if not names:
                    return False
                document = ElementTree.fromstring(archive.read(names[0]))
        else:
            document = ElementTree.parse(project_path).getroot()
    except (OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return False
    return document.find(f"properties/{PROJECT_SCOPE}/report") is not None


def report_layouts(report: QgsReport) -> list[QgsLayout]:
    """The report's pages: its cover, then each section's layout."""
    layouts = [report.header()] + [section.body() for section in report.childSections()]
    return [layout for layout in layouts if layout is not None]
