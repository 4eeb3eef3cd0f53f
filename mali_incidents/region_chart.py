"""The month by region chart as geometry: what the Key changes page shows of a month with no
earlier month known (the 12-month charts would show nothing but unknowns).

It is drawn like the 12-month charts (``charts.py``): shapes of the ``charts`` layer, styled
by ``symbology/charts.qml`` (same colours by actor group; the region names, the bars' totals
and the caption have label rules of their own), framed by the page's chart map. Pure Python
and pandas, no QGIS.

One row a region (its name on the left), two panels side by side: incidents, then
fatalities, each bar stacked by actor group in the trend charts' order, its total written at
its end. Regions are ordered by fatalities, then incidents, then name; regions without an
incident are left out and the caption names them, as it names those with the fewest
fatalities when a country has more regions than rows can be read.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from .charts import (
    CHART_HEIGHT,
    CHART_WIDTH,
    KIND_BAR,
    KIND_BASELINE,
    KIND_TITLE,
    ChartShape,
    chart_box,
    label_shape,
)
from .definitions import FIELD_ACTOR_GROUP
from .key_changes import number_text

KIND_REGION = "region"  # a region's name, right-aligned before its bars
KIND_REGION_TOTAL = "region_total"  # a bar's total, after its end
KIND_NOTE = "note"  # the caption under the panels

# Chart units, in the same box as a 12-month chart (CHART_WIDTH x CHART_HEIGHT), so the page's
# chart map frames either at the same scale.
# The region names' column: 24 units, wider for long names (Federal Capital Territory),
# by their characters at about 1.45 units each in charts.qml's 7 pt "region" font.
_NAMES_WIDTH = 24.0
_NAMES_WIDTH_MOST = 36.0
_NAME_CHARACTER_WIDTH = 1.45
_TOTAL_ROOM = 9.0  # after a panel's longest bar, for its total
_PANEL_GAP = 3.0
_TOP = 7.0  # the panels' titles above the rows
_ROW_HEIGHT_MAX = 7.0  # a month of one or two regions: rows no taller than this
_ROW_HEIGHT_MIN = 3.4  # a region's name (7 pt in charts.qml) stays clear of the next one's
# The caption is cut into lines here, one label each (QGIS 3.22 places a label its style
# wraps elsewhere than 3.40 does): lines of _CAPTION_CHARS characters at most (about the
# chart's width in charts.qml's "note" font), _CAPTION_LINE apart.
_CAPTION_CHARS = 95
_CAPTION_LINE = 3.0
# Rows the chart keeps room for however long its caption (the deadliest regions).
_FEWEST_ROWS = 3
_CAPTION_MARGIN = 2.0  # between the rows and the caption
_MOST_CAPTION_LINES = int(
    (CHART_HEIGHT - _TOP - _FEWEST_ROWS * _ROW_HEIGHT_MIN - _CAPTION_MARGIN) // _CAPTION_LINE
)
_BAR_SHARE = 0.62  # of a row's height
MEASURES = ("incidents", "fatalities")


@dataclass(frozen=True)
class RegionRow:
    """One region's bars: its printed name and, by actor group, its incidents and fatalities."""

    name: str
    incidents: dict[str, int] = field(default_factory=dict)
    fatalities: dict[str, int] = field(default_factory=dict)

    def total(self, measure: str) -> int:
        return sum(getattr(self, measure).values())


def region_rows(incidents: pd.DataFrame) -> list[RegionRow]:
    """The month's regions with incidents, most fatalities first (then most incidents, then
    by name). ``incidents`` has a ``region`` column (the printed name; None: no region),
    ``actor_group`` and ``fatalities``."""
    known = incidents[incidents["region"].notna()]
    rows = []
    for name, of_region in known.groupby("region", sort=False):
        by_group = of_region.groupby(FIELD_ACTOR_GROUP, dropna=False)["fatalities"]
        counts, deaths = by_group.size(), by_group.sum()
        rows.append(
            RegionRow(
                str(name),
                {_group(group): int(count) for group, count in counts.items()},
                {_group(group): int(value) for group, value in deaths.items() if value > 0},
            )
        )
    rows.sort(key=lambda row: (-row.total("fatalities"), -row.total("incidents"), row.name))
    return rows


def _caption_lines(caption: str) -> list[str]:
    return textwrap.wrap(caption, _CAPTION_CHARS, break_long_words=False) or [""]


def _caption_height(lines: list[str]) -> float:
    return _CAPTION_LINE * len(lines) + _CAPTION_MARGIN


def _group(group) -> str:
    return "" if group is None or pd.isna(group) else str(group)


def region_chart_shapes(
    rows: list[RegionRow],
    chart: str,
    index: int,
    titles: dict[str, str],
    caption_for: Callable[[list[RegionRow]], str],
    language: str = "en",
) -> list[ChartShape]:
    """The shapes of the month by region chart in box ``index``: ``titles`` names each panel
    ("incidents" -> "Incidents"); ``caption_for(left_out)`` is the caption under the rows,
    given the rows too many to be read in the box (the fewest fatalities: a country of many
    regions), which it names instead."""
    left, _bottom, _right, top = chart_box(index)
    longest = max((len(row.name) for row in rows), default=0)
    names_width = min(max(_NAMES_WIDTH, _NAME_CHARACTER_WIDTH * longest + 2.0), _NAMES_WIDTH_MOST)
    panel = (CHART_WIDTH - names_width - _PANEL_GAP - 2 * _TOTAL_ROOM) / 2
    starts = {
        "incidents": left + names_width,
        "fatalities": left + names_width + panel + _TOTAL_ROOM + _PANEL_GAP,
    }
    if not rows:  # a month without incidents: the caption alone, no empty panels
        lines = _caption_lines(caption_for([]))[:_MOST_CAPTION_LINES]
        return [
            label_shape(chart, KIND_NOTE, left + 1.0, top - _TOP - number * _CAPTION_LINE, line)
            for number, line in enumerate(lines)
        ]
    drawn = rows
    while True:  # each round draws fewer rows, for a caption naming more of them
        lines = _caption_lines(caption_for(rows[len(drawn) :]))
        if len(lines) > _MOST_CAPTION_LINES:
            # A caption naming scores of regions (Uganda's districts) would leave no room
            # for the rows: it ends where room for the fewest rows begins.
            lines = lines[:_MOST_CAPTION_LINES]
            lines[-1] = lines[-1].rstrip(" ,;.") + " …"
        room = CHART_HEIGHT - _TOP - _caption_height(lines)
        fits = max(int(room // _ROW_HEIGHT_MIN), 1)
        if len(drawn) <= fits:
            break
        drawn = rows[:fits]
    rows = drawn
    rows_top = top - _TOP
    row_height = min(room / max(len(rows), 1), _ROW_HEIGHT_MAX)
    bar = row_height * _BAR_SHARE
    rows_bottom = rows_top - row_height * len(rows)
    # Right under the rows, however few: a month of one region is not read as cut short.
    first = rows_bottom - 1.8 - _CAPTION_LINE / 2  # clear of the axes
    shapes = [
        label_shape(chart, KIND_NOTE, left + 1.0, first - number * _CAPTION_LINE, line)
        for number, line in enumerate(lines)
    ]
    for measure, start in starts.items():
        highest = max([row.total(measure) for row in rows] + [1])
        scale = panel / highest
        shapes.append(label_shape(chart, KIND_TITLE, start, top - _TOP / 2, titles[measure]))
        shapes.append(
            ChartShape(chart, KIND_BASELINE, (start - 0.15, rows_bottom, start, rows_top))
        )
        for position, row in enumerate(rows):
            centre = rows_top - (position + 0.5) * row_height
            y0, y1 = centre - bar / 2, centre + bar / 2
            end = start
            for group, value in sorted(getattr(row, measure).items()):
                if value <= 0:
                    continue
                width = value * scale
                shapes.append(
                    ChartShape(chart, KIND_BAR, (end, y0, end + width, y1), group, "", value)
                )
                end += width
            total = row.total(measure)
            shapes.append(
                label_shape(
                    chart,
                    KIND_REGION_TOTAL,
                    end + 0.8,
                    centre,
                    number_text(total, language),
                    "",
                    total,
                )
            )
            if measure == "incidents":
                shapes.append(label_shape(chart, KIND_REGION, start - 1.2, centre, row.name))
    return shapes
