"""The missing-boundary caveat, printed on the pages it concerns (not only in the console).

A region the boundary file has no polygon for (Ménaka in QGIS's world map, which still counts
it in Gao) has its map framed on its incidents and no outline of its own; the region whose
polygon still covers it shows those incidents inside its boundary. The overview, the missing
region's map and the covering region's map each say so at their foot.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import QgsGeometry

from ..regions import Region
from .messages import tr


def _without_polygon(regions: Sequence[Region]) -> list[Region]:
    """Regions with incidents and no polygon, in a country whose other regions have theirs
    (a country the boundary file has no regions of at all gets one warning instead)."""
    outlined = {region.country for region in regions if region.geometry is not None}
    return [
        region
        for region in regions
        if region.geometry is None and region.incidents and region.country in outlined
    ]


def covering_region(missing: Region, regions: Sequence[Region]) -> Region | None:
    """The region whose polygon holds the middle of the incidents of ``missing`` (a region
    without a polygon of its own); None if it has a polygon or none holds it."""
    if missing.geometry is not None:
        return None
    centre = QgsGeometry.fromPointXY(missing.extent.center())
    for region in regions:
        if region.country != missing.country:  # an atlas of several: its own country's
            continue
        if region.geometry is not None and region.geometry.intersects(centre):
            return region
    return None


def page_caveat(page_region: Region | None, regions: Sequence[Region]) -> str:
    """The caveat for the overview (``page_region`` None) or a region's map; "" if none."""
    lines = []
    for missing in _without_polygon(regions):
        covering = covering_region(missing, regions)
        if page_region is None or page_region is missing:
            lines.append(
                tr(
                    "Caveat: the boundary file has no area for {region}; its incidents are "
                    "drawn, its outline is not."
                ).format(region=missing.name)
            )
        elif covering is not None and page_region is covering:
            lines.append(
                tr(
                    "Caveat: the boundary drawn for {region} still includes {other}; "
                    "{other}'s incidents are drawn faded and listed on its own pages."
                ).format(region=covering.name, other=missing.name)
            )
    return " ".join(lines)
