"""The overview page (``symbology/atlas_overview.qpt``): the country's map with every incident, its
legend, and the table of fatalities by region.
"""

from __future__ import annotations

import json

import pandas as pd
from qgis.core import (
    QgsExpressionContextUtils,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutSize,
    QgsTextFormat,
)

from ...country_titles import CountryTitle
from ...definitions import TEMPLATE_OVERVIEW
from ...regions import Region
from ...trends import change_direction
from ..caveats import page_caveat
from ..legend_fit import fit_legend
from ..messages import AtlasError, tr
from ..variables import REGIONAL_OVERVIEW_VARIABLE
from .changes import region_change_rows
from .kit import PageKit, typed_item
from .overview_changes import fill_change_table
from .table_cells import LEFT, RIGHT, bold, cell, columns

# Where the overview's legend must end (mm): the footer's sources line starts at 199.5.
LEGEND_BOTTOM = 198.0
# The fatalities table lists this many regions at most, the deadliest, the others summed in
# one row before the total: every state of Nigeria (37) ran the table off the page and left
# no room for the legend. Ten: Mali's regions, every one listed as before.
MOST_REGIONS_LISTED = 10


def make_overview(kit: PageKit, regions: list[Region]) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_OVERVIEW)
    # Framed first: filling the page places the region names on the map as framed.
    kit.country_map(layout, "overview_map", "overview", kit.layers.incidents_unlabelled)
    fill_overview(kit, layout, regions)
    kit.legend(layout, "overview_legend", filter_by_map=False)
    fit_overview_legend(kit, layout)
    return layout


def fit_overview_legend(kit: PageKit, layout: QgsLayout) -> None:
    """The legend from where the table left it to the footer, its entries fitted in."""
    legend = typed_item(layout, "overview_legend", QgsLayoutItemLegend)
    if legend is None or not legend.model().rootGroup().children():
        return  # removed by the analyst, or not made yet (the first filling)
    size = legend.sizeWithUnits()
    room = LEGEND_BOTTOM - legend.positionWithUnits().y()
    legend.attemptResize(QgsLayoutSize(size.width(), room, size.units()))
    if not fit_legend(legend):
        kit.warnings.append(tr("The overview's legend is taller than its frame"))


def fill_overview(kit: PageKit, layout: QgsLayout, regions: list[Region]) -> None:
    kit.set_text(
        layout,
        "overview_title",
        tr("Security incidents {in_country}"),
        in_country=kit.texts.in_country,
    )
    kit.set_text(layout, "overview_month", kit.texts.month)
    kit.set_text(layout, "overview_table_title", tr("Fatalities by region"))
    kit.sources_and_credit(layout, page_caveat(None, regions))
    _fill_fatalities_table(kit, layout, regions)
    # This month's incidents: the region names go where they are clear of them.
    kit.name_regions(layout, "overview_map", kit.layers.incidents_unlabelled)
    fit_overview_legend(kit, layout)


def _fill_fatalities_table(kit: PageKit, layout: QgsLayout, regions: list[Region]) -> None:
    table = _fatalities_table(layout)
    body_format = table.contentTextFormat()
    # With the month's history: the month before and the change, for every region with
    # incidents in either month.
    change_rows = region_change_rows(kit, regions)
    if change_rows is not None:
        change_rows = _with_other_regions(change_rows)
        fill_change_table(kit, layout, table, change_rows, body_format, bold(body_format))
        return
    listed = _with_incidents(regions)
    rows = [_counts_row(region.name, [region], body_format) for region in listed]
    if len(listed) > MOST_REGIONS_LISTED:
        others = listed[MOST_REGIONS_LISTED - 1 :]
        rows = rows[: MOST_REGIONS_LISTED - 1]
        rows.append(_counts_row(_other_regions_name(len(others)), others, body_format))
    rows.append(_counts_row(tr("Total"), regions, bold(body_format)))
    _set_rows(table, rows, tr("Region"))


def _other_regions_name(count: int) -> str:
    return tr("Other regions ({count})").format(count=count)


def _with_other_regions(change_rows: list[dict]) -> list[dict]:
    """``region_change_rows`` (deadliest first, the total last) with the regions past the
    first ``MOST_REGIONS_LISTED - 1`` summed in one row; the month before's sum and the
    change unknown if the month before is."""
    regions, total = change_rows[:-1], change_rows[-1]
    if len(regions) <= MOST_REGIONS_LISTED:
        return change_rows
    others = regions[MOST_REGIONS_LISTED - 1 :]
    fatalities = sum(row["fatalities"] for row in others)
    previous = [row["previous_fatalities"] for row in others]
    known = not any(pd.isna(value) for value in previous)
    previous_sum = sum(int(value) for value in previous) if known else None
    change = fatalities - previous_sum if known else None
    other = {
        "region": _other_regions_name(len(others)),
        "incidents": sum(row["incidents"] for row in others),
        "fatalities": fatalities,
        "previous_fatalities": previous_sum,
        "change": change,
        "direction": change_direction(change),
    }
    return [*regions[: MOST_REGIONS_LISTED - 1], other, total]


def _fatalities_table(layout: QgsLayout) -> QgsLayoutItemManualTable:
    frame = layout.itemById("overview_fatalities")
    table = frame.multiFrame() if frame is not None else None
    if not isinstance(table, QgsLayoutItemManualTable):
        raise AtlasError(tr("The overview template lacks its fatalities table"))
    return table


def _with_incidents(regions: list[Region]) -> list[Region]:
    """Every region with incidents, deadliest first: a region with incidents and no deaths
    is listed too (0), and the incidents column says how much happened there."""
    return sorted(
        (region for region in regions if region.incidents > 0 or region.fatalities > 0),
        key=lambda region: (-region.fatalities, -region.incidents, region.name),
    )


def _counts_row(name: str, regions: list[Region], text_format: QgsTextFormat) -> list:
    """A name, then the incidents and fatalities of ``regions`` (one region or a sum)."""
    return [
        cell(name, text_format),
        cell(str(sum(region.incidents for region in regions)), text_format, RIGHT),
        cell(str(sum(region.fatalities for region in regions)), text_format, RIGHT),
    ]


def _set_rows(table: QgsLayoutItemManualTable, rows: list, first_heading: str) -> None:
    table.setHeaders(
        columns([(first_heading, LEFT), (tr("Incidents"), RIGHT), (tr("Fatalities"), RIGHT)])
    )
    table.setIncludeTableHeader(True)
    table.setTableContents(rows)
    table.setColumnWidths([36.0, 18.0, 18.0])
    table.refresh()


def make_regional_overview(
    kit: PageKit, chapters: list[tuple[CountryTitle, list[Region]]]
) -> QgsLayout:
    """The first page of an atlas of several countries: all of them on one map, with their
    borders, and their fatalities by country, then by region (the overview's template)."""
    layout = kit.from_template(TEMPLATE_OVERVIEW)
    kit.country_map(layout, "overview_map", "overview", kit.layers.incidents_unlabelled)
    fill_regional_overview(kit, layout, chapters)
    # The table of every country's regions needs the legend's room; each country's own
    # overview, a page later, has the legend.
    legend = layout.itemById("overview_legend")
    if legend is not None:
        layout.removeLayoutItem(legend)
        table_frame = layout.itemById("overview_fatalities")
        if table_frame is not None:
            top = table_frame.positionWithUnits().y()
            bottom = legend.positionWithUnits().y() + legend.sizeWithUnits().height()
            table_frame.attemptResize(
                QgsLayoutSize(table_frame.sizeWithUnits().width(), bottom - top)
            )
    # Several countries' names are longer than one country's: the title takes the page's
    # width (nothing stands to the right of it).
    title = kit.item(layout, "overview_title", QgsLayoutItemLabel)
    page_width = layout.pageCollection().page(0).pageSize().width()
    left = title.positionWithUnits().x()
    title.attemptResize(QgsLayoutSize(page_width - 2 * left, title.sizeWithUnits().height()))
    return layout


def fill_regional_overview(
    kit: PageKit, layout: QgsLayout, chapters: list[tuple[CountryTitle, list[Region]]]
) -> None:
    # Which countries the page is about, for next month's refill.
    QgsExpressionContextUtils.setLayoutVariable(
        layout,
        REGIONAL_OVERVIEW_VARIABLE,
        json.dumps([country.acled_country for country, _ in chapters], ensure_ascii=False),
    )
    kit.set_text(
        layout,
        "overview_title",
        tr("Security incidents {in_country}"),
        in_country=kit.texts.in_country,
    )
    kit.set_text(layout, "overview_month", kit.texts.month)
    kit.set_text(layout, "overview_table_title", tr("Fatalities by country and region"))
    every_region = [region for _, regions in chapters for region in regions]
    kit.sources_and_credit(layout, page_caveat(None, every_region))
    table = _fatalities_table(layout)
    body_format = table.contentTextFormat()
    total_format = bold(body_format)
    rows = []
    for country, regions in chapters:
        rows.append(_counts_row(country.name, regions, total_format))
        rows += [
            _counts_row(f"    {region.name}", [region], body_format)
            for region in _with_incidents(regions)
        ]
    rows.append(_counts_row(tr("Total"), every_region, total_format))
    _set_rows(table, rows, tr("Country, region"))
    kit.name_regions(layout, "overview_map", kit.layers.incidents_unlabelled)
