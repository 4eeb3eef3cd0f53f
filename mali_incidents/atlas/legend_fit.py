"""A legend kept inside its frame: when a page's legend lists more than its frame holds, its
spacing and then its text are made a little smaller, step by step, until it fits. A legend of one
column that does not fit even at its smallest (a region with every type of incident, every
actor and every fatality class) is given a second column, its labels broken to the
columns' width, and made smaller again from its design until it fits.

Why: QGIS draws a legend taller than its frame cut off at the frame's edge, and the frame
cannot grow (the page's footer is under it). The legend as the template (or the analyst, in
the composer) designed it is kept on the item: each filling starts again from that design,
so a month with a shorter legend prints it at its full size.
"""

from __future__ import annotations

import json

from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsTextRenderer,
)

from ..compat import legend_text_format, legend_text_size, set_legend_text_size
from .project_layers import LEGEND_LINE_BREAK as LINE_BREAK

# Where a legend's layer node keeps, by entry, the label of two lines an entry printed on
# one had (JSON): a later filling, with larger text, may need it again.
WRAPPED_LABELS_PROPERTY = "mali_incidents/legend_wrapped"
# QGIS's own "column break before this item" of a legend's node, and where the legend keeps
# the index of the heading the fitting put its break before.
COLUMN_BREAK_PROPERTY = "legend/column-break"
OWN_COLUMN_BREAK_PROPERTY = "mali_incidents/legend_column_break"
# Where the legend keeps its design and what the last fitting made of it (JSON).
LEGEND_DESIGN_PROPERTY = "mali_incidents/legend_design"
# The steps, tried in turn until the legend fits: the share of its spacing kept, the points
# taken off its text, and whether its title ("Legend") is printed. The gaps go first, then
# the text, half a point at a time, then the title (its bold headings say what it is).
STEPS = (
    (1.0, 0.0, True),
    (0.8, 0.0, True),
    (0.6, 0.0, True),
    (0.6, 0.5, True),
    (0.6, 0.5, False),
    (0.5, 1.0, False),
    (0.4, 1.5, False),
)
SMALLEST_TEXT = 6.5
# In a legend with an entry of two lines, the gap above each entry (mm) stays wider than the
# gap between the lines of one (a label's last line hangs below its entry by the font's
# descent, which QGIS does not count), or the second line reads with the next entry.
TWO_LINE_ENTRY_GAP = 1.1
# The widest symbol of the incidents' legend (mm, the "20 or more" circle): the column left
# of the labels is as wide.
WIDEST_SYMBOL = 7.0

_SPACINGS = (
    (QgsLegendStyle.Style.Symbol, QgsLegendStyle.Side.Top),
    (QgsLegendStyle.Style.Group, QgsLegendStyle.Side.Top),
    (QgsLegendStyle.Style.Title, QgsLegendStyle.Side.Bottom),
)
_TEXTS = (QgsLegendStyle.Style.SymbolLabel, QgsLegendStyle.Style.Group)


def _key(style, side=None) -> str:
    return f"{int(style)}" if side is None else f"{int(style)}:{int(side)}"


def _current(legend: QgsLayoutItemLegend) -> dict:
    return {
        "title": legend.title(),
        "columns": legend.columnCount(),
        "equal_columns": legend.equalColumnWidth(),
        "split_layer": legend.splitLayer(),
        "spacing": {
            _key(style, side): legend.style(style).margin(side) for style, side in _SPACINGS
        },
        "text": {_key(style): legend_text_size(legend, style) for style in _TEXTS},
    }


def _design(legend: QgsLayoutItemLegend) -> dict:
    """The legend's design: as kept by the last fitting, unless the analyst changed the
    legend since (then what it is now)."""
    current = _current(legend)
    try:
        kept = json.loads(str(legend.customProperty(LEGEND_DESIGN_PROPERTY) or ""))
    except ValueError:
        kept = None
    if not isinstance(kept, dict) or kept.get("fitted") != current:
        return current
    return kept["design"]


def _apply(legend: QgsLayoutItemLegend, design: dict, step: tuple, columns: int) -> dict:
    share, smaller, titled = step
    legend.setTitle(design["title"] if titled else "")
    legend.setColumnCount(columns)
    added = columns > design.get("columns", 1)
    _break_before(legend, None)
    # The columns the fitting adds are as wide as each other (the labels are broken to that
    # width), and a heading keeps its entries in its column.
    legend.setEqualColumnWidth(added or design.get("equal_columns", legend.equalColumnWidth()))
    legend.setSplitLayer(not added and design.get("split_layer", legend.splitLayer()))
    for style in _TEXTS:
        size = design["text"][_key(style)]
        set_legend_text_size(legend, style, max(min(size, SMALLEST_TEXT), size - smaller))
    two_lines = _one_line_where_it_fits(legend, broken_to_columns=added)
    for style, side in _SPACINGS:
        spacing = design["spacing"][_key(style, side)] * share
        if style == QgsLegendStyle.Style.Symbol and two_lines:
            spacing = max(spacing, TWO_LINE_ENTRY_GAP)
        legend.setStyleMargin(style, side, round(spacing, 2))
    legend.updateLegend()
    return _current(legend)


def _one_line_where_it_fits(legend: QgsLayoutItemLegend, broken_to_columns: bool) -> bool:
    """The style's labels of two lines ("Looting or property\\ndestruction", broken for the
    overview's two columns) on one line where a one-column legend has the width for them (a
    label of the node's own, the analyst's, is left as it is). ``broken_to_columns``: in
    columns the fitting added, the labels wider than a column are broken at spaces to its
    width. True if an entry is still printed on two lines."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    text_format = legend_text_format(legend, QgsLegendStyle.Style.SymbolLabel)
    label_margin = legend.style(QgsLegendStyle.Style.SymbolLabel).margin(QgsLegendStyle.Side.Left)
    columns = legend.columnCount()
    column_width = (
        legend.sizeWithUnits().width()
        - 2 * legend.boxSpace()
        - (columns - 1) * legend.columnSpace()
    ) / columns
    room = column_width - max(legend.symbolWidth(), WIDEST_SYMBOL) - label_margin

    def width(text: str) -> float:
        return QgsTextRenderer.textWidth(context, text_format, [text]) / context.scaleFactor()

    two_lines = False
    for node in legend.model().rootGroup().findLayers():
        renderer = node.layer().renderer() if node.layer() is not None else None
        items = renderer.legendSymbolItems() if renderer is not None else []
        try:
            wrapped = json.loads(str(node.customProperty(WRAPPED_LABELS_PROPERTY) or "{}"))
        except ValueError:
            wrapped = {}
        changed = False
        for index in QgsMapLayerLegendUtils.legendNodeOrder(node):
            if index >= len(items):
                continue
            own = QgsMapLayerLegendUtils.legendNodeUserLabel(node, index)
            key = str(index)
            if key in wrapped:  # made one line by an earlier filling: the label it had
                page_label = wrapped[key]
            elif own and LINE_BREAK not in own:  # the analyst's own label
                continue
            else:
                page_label = own  # the page's own (region fills) or none (the style's)
            label = page_label or items[index].label()
            one_line = label.replace(LINE_BREAK, " ")
            if broken_to_columns:  # the fitting's columns: every label to their width
                printed = _broken_to_width(one_line, width, room)
                fits = LINE_BREAK not in printed
            elif one_line == label:  # nothing to join
                printed, fits = label, True
            else:
                fits = columns == 1 and width(one_line) <= room
                printed = one_line if fits else page_label
            if printed == label:  # the page's (or the style's) label as it is
                printed = page_label
                if key not in wrapped and printed == own:
                    two_lines = two_lines or not fits
                    continue
            if printed != own:
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, index, printed)
                changed = True
            wrapped[key] = page_label
            two_lines = two_lines or not fits
        node.setCustomProperty(WRAPPED_LABELS_PROPERTY, json.dumps(wrapped, ensure_ascii=False))
        if changed:  # the node's entries are made again (their icons too): only if needed
            legend.model().refreshLayerLegend(node)
    return two_lines


def _break_before(legend: QgsLayoutItemLegend, index: int | None) -> None:
    """The column break the fitting puts before the legend's ``index``-th heading (None:
    none), in place of the one it put before (a break of the analyst's is left as it is)."""
    groups = legend.model().rootGroup().children()
    own = legend.customProperty(OWN_COLUMN_BREAK_PROPERTY)
    if own is not None and 0 <= int(own) < len(groups):
        groups[int(own)].removeCustomProperty(COLUMN_BREAK_PROPERTY)
    if index is None:
        legend.removeCustomProperty(OWN_COLUMN_BREAK_PROPERTY)
    else:
        groups[index].setCustomProperty(COLUMN_BREAK_PROPERTY, "1")
        legend.setCustomProperty(OWN_COLUMN_BREAK_PROPERTY, index)


def _break_where_shortest(legend: QgsLayoutItemLegend) -> None:
    """The second column begins at the heading that makes the legend shortest (QGIS's own
    balancing, which 3.22 does otherwise than 3.40, is one of the choices): each heading keeps
    its entries in its column."""
    heights = {}
    for index in [None, *range(1, len(legend.model().rootGroup().children()))]:
        _break_before(legend, index)
        heights[index] = content_height(legend)
    _break_before(legend, min(heights, key=lambda index: (heights[index], index or 0)))
    legend.updateLegend()


def _broken_to_width(text: str, width, room: float) -> str:
    """``text`` broken at spaces into lines no wider than ``room`` (mm, as ``width`` measures
    them) where it can be (a word wider than that keeps a line of its own)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and width(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return LINE_BREAK.join(lines)


def content_height(legend: QgsLayoutItemLegend) -> float:
    """The height (mm) the legend's entries need, measured as QGIS sizes a legend to its
    contents (the item's own resizing waits for its first drawing)."""
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    renderer = QgsLegendRenderer(legend.model(), legend.legendSettings())
    return renderer.minimumSize(context).height()


def fit_legend(legend: QgsLayoutItemLegend, room: float | None = None) -> bool:
    """Make ``legend`` fit ``room`` mm (its frame's height if not given), from its design.
    False if it does not fit even at the last step."""
    room = legend.sizeWithUnits().height() if room is None else room
    design = _design(legend)
    designed_columns = design.get("columns", 1)  # a design kept before columns were
    if designed_columns == 1:
        tries = [(1, step) for step in STEPS] + [(2, step) for step in STEPS]
    else:  # the analyst's columns: made smaller only
        tries = [(designed_columns, step) for step in STEPS]
    for columns, step in tries:
        fitted = _apply(legend, design, step, columns)
        if columns > designed_columns:
            _break_where_shortest(legend)
        fits = content_height(legend) <= room
        if fits:
            break
    legend.setCustomProperty(
        LEGEND_DESIGN_PROPERTY, json.dumps({"design": design, "fitted": fitted})
    )
    return fits
