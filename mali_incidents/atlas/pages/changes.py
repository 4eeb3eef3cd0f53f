"""What changed since last month, on the pages: the Key changes page
(``symbology/atlas_key_changes.qpt``), the change map page (``symbology/atlas_change_map.qpt``),
and the change parts of the overview and region pages (their charts and change lines).

Every figure is ``trends.py``'s and every sentence ``key_changes.py``'s (rules in
``symbology/key_changes.csv``); here they only reach the layouts, through layout variables
(a value from the data is never part of an expression QGIS evaluates).
"""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeUtils,
    QgsLayout,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLegendRenderer,
    QgsLegendStyle,
)

from ...definitions import TEMPLATE_CHANGE_MAP, TEMPLATE_KEY_CHANGES
from ...i18n import translated
from ...key_changes import (
    KeyChangeRulesError,
    capitalised,
    has_earlier_month,
    key_changes,
    month_name,
    months_text,
    number_text,
    region_change_line,
)
from ...regions import Region, display_name
from ...trends import DIRECTION_UNKNOWN, TrendsError, changes, deadliest_incident, shift_month
from ..messages import AtlasError, tr
from ..trend_layers import (
    CHART_CRS,
    COUNTRY_CHART,
    MONTH_BY_REGION_CHART,
    change_totals,
    chart_extent,
)
from .kit import PageKit, typed_item

# Legend rows of the charts' style shown on the Key changes page: the actor groups, "other
# actors" and the unknown month (not the axis or the month's outline).
CHART_LEGEND_ROWS = 7


def _language(kit: PageKit) -> str:
    return kit.texts.settings.language


def history_of(kit: PageKit):
    return kit.trends.history if kit.trends is not None else None


def earlier_month_known(kit: PageKit) -> bool:
    """Whether the month's history knows any month before it: without one, a chart of the
    months or a change has nothing to show but unknowns."""
    history = history_of(kit)
    return history is not None and has_earlier_month(history)


def change_map_compares(kit: PageKit) -> bool:
    """Whether the change map has earlier months to compare the month's places with: without
    any, it is left out of the atlas (a map of unknowns says nothing)."""
    cells = kit.trends.cells if kit.trends is not None else None
    return cells is not None and bool(cells.months_compared)


# The Key changes' own sentences that say a month is unknown: with no earlier month known at
# all, one sentence says so and what to do (``no_earlier_month_sentence``).
UNKNOWN_MONTH_RULES = ("unknown_history", "missing_months")


# -- key changes ---------------------------------------------------------------------------


def key_change_sentences(kit: PageKit) -> list[str]:
    """The Key changes text, one sentence a line, in the atlas's language."""
    history = history_of(kit)
    if history is None:
        return [
            tr(
                "The history of earlier months is unknown: the month's GeoPackage holds "
                "none (import the month with a history)."
            )
        ]
    try:
        deadliest = deadliest_incident(kit.trends.incidents, kit.trends.month)
        sentences = key_changes(
            history, deadliest, language=_language(kit), name_in_language=translated
        )
    except (KeyChangeRulesError, TrendsError) as error:
        raise AtlasError(str(error)) from error
    if earlier_month_known(kit):
        return [sentence.text for sentence in sentences]
    # What the month itself holds first (the month_* rules speak only now), then why nothing
    # is compared and how to compare: the page briefs before it explains.
    return [sentence.text for sentence in sentences if sentence.rule not in UNKNOWN_MONTH_RULES] + [
        no_earlier_month_sentence(kit)
    ]


def no_earlier_month_sentence(kit: PageKit) -> str:
    return tr(
        "No month before {month} is known, so there is nothing to compare it with: the "
        "12-month charts and the change map are left out. To compare, import the month from "
        "exports that also cover the months before (--history-months, 12 by default; in "
        "QGIS, History (months)), or keep the earlier months' GeoPackages in its folder."
    ).format(month=kit.texts.month)


def make_key_changes(kit: PageKit) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_KEY_CHANGES)
    chart = typed_item(layout, "key_changes_chart", QgsLayoutItemMap)
    if chart is not None and kit.trend_layers is not None:
        chart.setLayers([kit.trend_layers.charts])
        chart.setKeepLayerSet(True)
    fill_key_changes(kit, layout)
    legend = typed_item(layout, "key_changes_legend", QgsLayoutItemLegend)
    if legend is not None and kit.trend_layers is not None:
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        node = root.addLayer(kit.trend_layers.charts)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        from qgis.core import QgsMapLayerLegendUtils

        QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(CHART_LEGEND_ROWS)))
        legend.model().refreshLayerLegend(node)
        legend.setTitle("")
        if chart is not None:
            legend.setLinkedMap(chart)
            # Only the actor groups the chart shows (and "unknown" when a month is).
            legend.setLegendFilterByMapEnabled(True)
        legend.updateLegend()
    return layout


def fill_key_changes(kit: PageKit, layout: QgsLayout) -> None:
    kit.set_text(layout, "key_changes_title", tr("Key changes"))
    kit.set_text(layout, "key_changes_month", kit.texts.month)
    kit.sources_and_credit(layout)
    text = "\n\n".join(f"• {sentence}" for sentence in key_change_sentences(kit))
    kit.set_text(layout, "key_changes_text", "{sentences}", sentences=text)
    history = history_of(kit)
    if earlier_month_known(kit):
        chart_title = tr("Incidents and fatalities by actor group, last {count} months")
        kit.set_text(
            layout, "key_changes_chart_title", chart_title.format(count=len(history.months))
        )
        _frame_chart(kit, layout, "key_changes_chart", COUNTRY_CHART)
    else:
        # No month to compare with: the half of the page the 12 months would fill shows the
        # month itself, region by region (next month, with a history, the 12 months again).
        month = capitalised(kit.texts.month)  # it begins the title
        kit.set_text(layout, "key_changes_chart_title", tr("{month} by region"), month=month)
        _frame_chart(kit, layout, "key_changes_chart", MONTH_BY_REGION_CHART, always=True)
    # No chart to show (no chart layer: an atlas of several countries; the analyst removed
    # the map): its title and legend go with it. A month without incidents keeps the month
    # by region's caption, which says so.
    chart = typed_item(layout, "key_changes_chart", QgsLayoutItemMap)
    shown = chart is not None and chart.isVisible()
    for item_id in ("key_changes_chart_title", "key_changes_legend"):
        item = layout.itemById(item_id)
        if item is not None:
            item.setVisibility(shown)


def _frame_chart(
    kit: PageKit, layout: QgsLayout, item_id: str, chart: str, always: bool = False
) -> None:
    """The map shows ``chart``'s box; hidden when there is no such chart or, for a chart of
    12 months (not ``always``), no earlier month is known (its bars would all be unknowns)."""
    item = typed_item(layout, item_id, QgsLayoutItemMap)
    if item is None:
        return  # the analyst removed it, or a template from before the charts
    extent = (
        chart_extent(kit.trend_layers.charts, chart)
        if kit.trend_layers is not None and (always or earlier_month_known(kit))
        else None
    )
    item.setVisibility(extent is not None)
    if extent is None:
        return
    if kit.trend_layers.charts not in item.layers():
        item.setLayers([kit.trend_layers.charts])
        item.setKeepLayerSet(True)
    item.setCrs(QgsCoordinateReferenceSystem(CHART_CRS))
    item.zoomToExtent(extent)


# -- the region pages ----------------------------------------------------------------------


def region_change_text(kit: PageKit, region: Region) -> str:
    if kit.trends is None:
        return ""  # an atlas of several countries: no history is read
    history = history_of(kit)
    if history is None:
        return tr("History unknown")
    try:
        return region_change_line(history, region.admin1, language=_language(kit))
    except (KeyChangeRulesError, TrendsError) as error:
        raise AtlasError(str(error)) from error


def fill_region_changes(kit: PageKit, layout: QgsLayout, region: Region) -> None:
    """The region map page's chart and change line (when its template has them)."""
    if typed_item(layout, "region_change_line", QgsLayoutItemLabel) is not None:
        kit.set_text(
            layout, "region_change_line", "{change}", change=region_change_text(kit, region)
        )
    _frame_chart(kit, layout, "region_chart", region.admin1)


# -- the overview's table ------------------------------------------------------------------


def region_change_rows(kit: PageKit, regions: list[Region]) -> list[dict] | None:
    """The overview's rows: every region with incidents this month or the month before,
    most fatalities first; None without a history."""
    history = history_of(kit)
    if history is None:
        return None
    by_region = changes(history, "region")
    names = {region.admin1: region.name for region in regions}
    rows = []
    for admin1, row in by_region.iterrows():
        previous = row["previous_incidents"]
        if row["incidents"] <= 0 and (previous is None or _unknown(previous) or previous <= 0):
            continue
        rows.append(
            {
                "region": names.get(admin1) or display_name(str(admin1)),
                "incidents": int(row["incidents"]),
                "fatalities": int(row["fatalities"]),
                "previous_fatalities": row["previous_fatalities"],
                "change": row["fatalities_change"],
                "direction": row["fatalities_direction"],
            }
        )
    rows.sort(key=lambda row: (-row["fatalities"], -row["incidents"], row["region"]))
    total = changes(history, None).iloc[0]
    rows.append(
        {
            "region": None,
            "incidents": int(total["incidents"]),
            "fatalities": int(total["fatalities"]),
            "previous_fatalities": total["previous_fatalities"],
            "change": total["fatalities_change"],
            "direction": total["fatalities_direction"],
        }
    )
    return rows


def _unknown(value) -> bool:
    return value is None or bool(pd.isna(value))


def change_text(direction: str, change, language: str) -> str:
    """'▲ 29', '▼ 3', '= 0'; '?' when the month before is unknown."""
    if direction == DIRECTION_UNKNOWN or _unknown(change):
        return "?"
    return f"{direction} {number_text(abs(int(change)), language)}"


def previous_heading(kit: PageKit) -> str:
    history = history_of(kit)
    month = shift_month(kit.trends.month, -1) if kit.trends is not None else ""
    if history is None or not month:
        return tr("Before")
    return month_name(month, _language(kit), with_year=False).capitalize()


# -- the change map ------------------------------------------------------------------------


def make_change_map(kit: PageKit) -> QgsLayout:
    layout = kit.from_template(TEMPLATE_CHANGE_MAP)
    # The change cells over the analyst's reference layers, as on every map of places.
    cells = kit.trend_layers.change_cells if kit.trend_layers is not None else None
    kit.country_map(layout, "change_map", "change_map", cells)
    legend = kit.item(layout, "change_map_legend", QgsLayoutItemLegend)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    if kit.trend_layers is not None:
        node = root.addLayer(kit.trend_layers.change_cells)
        QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Style.Hidden)
        QgsLayerTreeUtils.setLegendFilterByExpression(node, "", False)
    legend.updateLegend()
    fill_change_map(kit, layout)
    return layout


def fill_change_map(kit: PageKit, layout: QgsLayout) -> None:
    language = _language(kit)
    legend = typed_item(layout, "change_map_legend", QgsLayoutItemLegend)
    if legend is not None:
        legend.setTitle(tr("Change in incidents"))
    kit.set_text(layout, "change_map_title", tr("Where violence moved"))
    kit.set_text(layout, "change_map_month", kit.texts.month)
    kit.set_text(layout, "change_map_note_title", tr("Against the 3 months before"))
    kit.sources_and_credit(layout)
    totals = change_totals(kit.trends) if kit.trends is not None else None
    cell_km = kit.trends.cell_km if kit.trends is not None else 0
    lines = [
        tr("This month: {count} incidents.").format(
            count=number_text(totals["incidents"] if totals else 0, language)
        )
    ]
    if totals and totals["months"]:
        counts = kit.trends.month_counts
        lines.append(
            tr("Months compared: {months}.").format(
                months=", ".join(
                    f"{month_name(month, language)} {number_text(counts.get(month, 0), language)}"
                    for month in totals["months"]
                )
            )
        )
        lines.append(
            tr("Their mean: {mean} incidents a month.").format(
                mean=f"{totals['previous_mean']:.1f}"
                if language == "en"
                else f"{totals['previous_mean']:.1f}".replace(".", ",")
            )
        )
    else:
        lines.append(tr("The months before are unknown: no file given covers them."))
    if totals and totals.get("unknown"):
        lines.append(
            tr("Unknown, left out: {months}.").format(
                months=months_text(totals["unknown"], language)
            )
        )
    lines.append(
        tr("Each hexagon is {size} km across.").format(size=number_text(cell_km, language))
    )
    kit.set_text(layout, "change_map_note", "{note}", note="\n".join(lines))
