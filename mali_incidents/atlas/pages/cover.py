"""The cover page (``symbology/atlas_cover.qpt``): title, month, credit, sources, contact and the
country's map.
"""

from __future__ import annotations

from qgis.core import QgsLayout, QgsLayoutItemMap

from ...definitions import TEMPLATE_COVER
from ..messages import tr
from .kit import COUNTRY_MAP_MARGIN, PageKit


def make_cover(kit: PageKit) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_COVER)
    fill_cover(kit, layout)
    cover_map = kit.item(layout, "cover_map", QgsLayoutItemMap)
    cover_map.setLayers(
        [kit.layers.incidents_unlabelled, *kit.reference_layers, kit.layers.countries]
    )
    cover_map.setKeepLayerSet(True)
    kit.frame(cover_map, kit.country_extent, kit.country_crs, COUNTRY_MAP_MARGIN)
    return layout


def fill_cover(kit: PageKit, layout: QgsLayout) -> None:
    settings = kit.texts.settings
    kit.set_text(
        layout,
        "cover_title",
        tr("Maps of security incidents {in_country}"),
        in_country=kit.texts.in_country,
    )
    kit.set_text(layout, "cover_month", kit.texts.month)
    kit.set_text(layout, "cover_credit", "{credit}", credit=settings.credit)
    kit.set_text(layout, "cover_sources", tr("Sourced from {sources}"), sources=kit.texts.sources)
    kit.set_text(
        layout,
        "cover_contact",
        tr("Contact: {contact}") if settings.contact else "",
        contact=settings.contact,
    )
