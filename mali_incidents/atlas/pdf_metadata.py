"""What the atlas's PDF says about itself: its title and its author (pdfinfo, a viewer's
document properties, the XMP packet QGIS writes).

QGIS writes the project's metadata there, and a new project's author is the computer
account's name (``root``, ``jdoe``): an atlas handed to a ministry would name the analyst's
login. The author is the atlas's credit line instead, or nobody. The project remembers the
credit it wrote, so next month's credit replaces it; an author the analyst typed in Project
Properties > Metadata is theirs and stays (unless it is the account's name, which cannot be
told from QGIS's default).
"""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProject

from .project_entries import PROJECT_SCOPE

# The project's entry for the author this module wrote (the credit line of its last atlas).
WRITTEN_AUTHOR_KEY = "pdf_author"


def set_pdf_metadata(project: QgsProject, title: str, credit: str) -> None:
    metadata = project.metadata()
    metadata.setTitle(title)
    author = metadata.author().strip()
    written, _ = project.readEntry(PROJECT_SCOPE, WRITTEN_AUTHOR_KEY, "")
    account_names = {QgsApplication.userLoginName().strip(), QgsApplication.userFullName().strip()}
    if not author or author in account_names or author == written:
        # Nobody's choice: the account's name, nothing, or the credit of the last atlas.
        author = credit.strip()
        metadata.setAuthor(author)
        project.writeEntry(PROJECT_SCOPE, WRITTEN_AUTHOR_KEY, author)
    project.setMetadata(metadata)
