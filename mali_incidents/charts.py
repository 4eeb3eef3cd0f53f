"""The 12-month charts as geometry: bars, month names and figures, one chart beside the next.

A chart is drawn by QGIS as a small polygon layer (``charts``) in a layout map, styled by
``symbology/charts.qml`` (colours by actor group, label fonts), so it stays vector in the
PDF, its text stays text, and the analyst restyles it in QGIS like any layer. The same
works on QGIS 3.22, 3.40 and 3.44 (QGIS's own chart item is 3.44+ only).

This module only computes the shapes, in chart units (1 unit = 1 map unit of the chart
layer), from ``trends.monthly_series``: pure Python and pandas, no QGIS. Every chart
occupies its own box (``chart_box``); a layout map shows one chart by framing its box.

Each chart has two panels: incidents above, fatalities below, one bar a month, stacked by
actor group. A month no source covers is a grey "unknown" bar of the panel's full
height, never a zero. The total is written above each bar; the month's initials below.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from .definitions import FIELD_ACTOR_GROUP
from .key_changes import number_text
from .trends import History, monthly_series

# Chart units (think millimetres): the box of one chart and its panels.
CHART_WIDTH = 120.0
CHART_HEIGHT = 70.0
CHART_SPACING = 200.0  # between the left edges of consecutive charts' boxes
_LEFT = 4.0  # room for the panel's title above, and its scale
_PANEL_HEIGHT = 20.0
_PANEL_GAP = 18.0  # the month names and the fatalities panel's title
_BAR_SHARE = 0.7  # of a month's slot
_LABEL_SIZE = 0.01  # a label's own square: it carries text, not a shape

KIND_BAR = "bar"
KIND_UNKNOWN = "unknown"
KIND_BASELINE = "baseline"
KIND_TOTAL = "total"  # the figure above a bar
KIND_MONTH = "month"  # the month's name under the bars
KIND_TITLE = "title"  # the panel's name
KIND_CURRENT = "current"  # the month's own bar is outlined

CHART_FIELDS = ("chart", "kind", FIELD_ACTOR_GROUP, "month", "value", "text")

MONTH_ABBREVIATIONS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "fr": (
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ),
}


@dataclass(frozen=True)
class ChartShape:
    """One feature of the chart layer: a rectangle (x0, y0, x1, y1) and its attributes."""

    chart: str
    kind: str
    rectangle: tuple[float, float, float, float]
    actor_group: str = ""
    month: str = ""
    value: int | None = None
    text: str = ""

    def attributes(self) -> list:
        return [self.chart, self.kind, self.actor_group, self.month, self.value, self.text]


def chart_box(index: int) -> tuple[float, float, float, float]:
    """The box (x0, y0, x1, y1) of the ``index``-th chart: what its layout map frames."""
    left = index * CHART_SPACING
    return (left, 0.0, left + CHART_WIDTH, CHART_HEIGHT)


def month_abbreviation(month: str, language: str) -> str:
    names = MONTH_ABBREVIATIONS.get(language, MONTH_ABBREVIATIONS["en"])
    return names[int(month[5:7]) - 1]


def chart_shapes(
    history: History,
    chart: str,
    index: int,
    region: str | None = None,
    language: str = "en",
    titles: Callable[[str], str] = lambda measure: measure.capitalize(),
    month_names_every: int = 1,
) -> list[ChartShape]:
    """The shapes of one chart (the country's with ``region`` None) in box ``index``.

    ``titles`` gives each panel's name in the language ("incidents" -> "Incidents");
    ``month_names_every``: a small chart names every third month (counted back from the
    month itself), so that the names do not run into each other.
    """
    series = monthly_series(history, by=FIELD_ACTOR_GROUP, region=region)
    months = history.months
    left, bottom, _right, _top = chart_box(index)
    slot = (CHART_WIDTH - _LEFT) / len(months)
    bar = slot * _BAR_SHARE
    shapes: list[ChartShape] = []
    panels = (("incidents", bottom + _PANEL_HEIGHT + _PANEL_GAP), ("fatalities", bottom + 3.0))
    for measure, base in panels:
        values = series.pivot(index="month", columns=FIELD_ACTOR_GROUP, values=measure)
        values = values.reindex(months)
        totals = values.sum(axis=1, min_count=1)
        highest = max(int(totals.max()) if totals.notna().any() else 0, 1)
        scale = _PANEL_HEIGHT / highest
        shapes.append(
            label_shape(
                chart, KIND_TITLE, left + _LEFT, base + _PANEL_HEIGHT + 3.5, titles(measure)
            )
        )
        shapes.append(
            ChartShape(
                chart, KIND_BASELINE, (left + _LEFT - 1, base - 0.15, left + CHART_WIDTH, base)
            )
        )
        for position, month in enumerate(months):
            x0 = left + _LEFT + position * slot + (slot - bar) / 2
            centre = x0 + bar / 2
            if not history.is_known(month):
                shapes.append(
                    ChartShape(
                        chart, KIND_UNKNOWN, (x0, base, x0 + bar, base + _PANEL_HEIGHT), "", month
                    )
                )
                shapes.append(label_shape(chart, KIND_TOTAL, centre, base + 2.0, "?", month))
            else:
                top = base
                for group, value in values.loc[month].items():
                    if pd.isna(value) or value <= 0:
                        continue
                    height = float(value) * scale
                    shapes.append(
                        ChartShape(
                            chart,
                            KIND_BAR,
                            (x0, top, x0 + bar, top + height),
                            str(group),
                            month,
                            int(value),
                        )
                    )
                    top += height
                total = int(totals.loc[month]) if pd.notna(totals.loc[month]) else 0
                if month == history.month:
                    shapes.append(
                        ChartShape(
                            chart,
                            KIND_CURRENT,
                            (x0, base, x0 + bar, max(top, base + 0.3)),
                            "",
                            month,
                            total,
                        )
                    )
                shapes.append(
                    label_shape(
                        chart,
                        KIND_TOTAL,
                        centre,
                        top + 1.8,
                        number_text(total, language),
                        month,
                        total,
                    )
                )
            named = (len(months) - 1 - position) % max(month_names_every, 1) == 0
            if measure == "incidents" and named:
                shapes.append(
                    label_shape(
                        chart,
                        KIND_MONTH,
                        centre,
                        base - 3.0,
                        month_abbreviation(month, language),
                        month,
                    )
                )
    return shapes


def label_shape(
    chart: str, kind: str, x: float, y: float, text: str, month: str = "", value=None
) -> ChartShape:
    half = _LABEL_SIZE / 2
    return ChartShape(chart, kind, (x - half, y - half, x + half, y + half), "", month, value, text)
