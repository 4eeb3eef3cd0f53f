"""What the atlas's PDF says about itself: its title and its author (pdfinfo, a viewer's
document properties, the XMP packet QGIS writes).

QGIS writes the project's metadata there, and a new project's author is the computer
account's name (``root``, ``jdoe``): an atlas handed to a ministry would name the analyst's
login. The author is the atlas's credit line instead, or nothing; an author the analyst
typed in Project Properties > Metadata is theirs and stays.
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProject


def set_pdf_metadata(project: QgsProject, title: str, credit: str) -> None:
    metadata = project.metadata()
    metadata.setTitle(title)
    author = metadata.author().strip()
    account_names = {QgsApplication.userLoginName().strip(), QgsApplication.userFullName().strip()}
    if credit.strip() and (not author or author in account_names):
        metadata.setAuthor(credit.strip())
    elif author in account_names:
        metadata.setAuthor("")
    project.setMetadata(metadata)
