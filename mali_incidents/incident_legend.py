"""The incident legend's lists that are not one value a class: fatality classes, the
approximate-location ring and the ring of a place's several incidents
(``symbology/incidents.qml``).

The fatality classes are the layer variable ``incident_fatality_classes`` of the style (the
first fatality count of each class, "0,1,5,20"), with ``incident_fatality_scales`` the
symbol scale of each class; an analyst edits both in QGIS (Layer Properties ▸ Variables)
and the style's size expressions and legend filters read them. The legend's class labels
("1–4", "20 or more") are written here from the same variable, in the atlas's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import QgsExpressionContextUtils, QgsRuleBasedRenderer, QgsVectorLayer

from .i18n import translated

FATALITY_CLASSES_VARIABLE = "incident_fatality_classes"
DEFAULT_FATALITY_CLASSES = (0, 1, 5, 20)
FATALITY_HEADING_KEY = "fatalities"
LOCATION_HEADING_KEY = "location"
HEADINGS = {FATALITY_HEADING_KEY: "Fatalities", LOCATION_HEADING_KEY: "Location"}
APPROXIMATE_KEY = "location:approximate"
APPROXIMATE_LABEL = "Approximate location"
# The point displacement renderer spreads a place's incidents on a thin ring around it.
SEVERAL_AT_ONE_PLACE_KEY = "location:several"
SEVERAL_AT_ONE_PLACE_LABEL = "Several incidents at one place"
LOCATION_LABELS = {
    APPROXIMATE_KEY: APPROXIMATE_LABEL,
    SEVERAL_AT_ONE_PLACE_KEY: SEVERAL_AT_ONE_PLACE_LABEL,
}


def fatality_class_minimums(layer: QgsVectorLayer) -> tuple[int, ...]:
    """The first fatality count of each class, from the style's layer variable."""
    text = QgsExpressionContextUtils.layerScope(layer).variable(FATALITY_CLASSES_VARIABLE)
    try:
        minimums = tuple(int(part) for part in str(text or "").split(","))
    except ValueError:
        return DEFAULT_FATALITY_CLASSES
    return (
        minimums
        if minimums and list(minimums) == sorted(set(minimums))
        else DEFAULT_FATALITY_CLASSES
    )


def fatality_class_labels(minimums: Sequence[int], language: str = "en") -> list[str]:
    """(0, 1, 5, 20) -> ["0", "1–4", "5–19", "20 or more"] (French: "20 et plus")."""
    labels = []
    for index, low in enumerate(minimums):
        if index + 1 == len(minimums):
            labels.append(translated("{count} or more", language).format(count=low))
        else:
            high = minimums[index + 1] - 1
            labels.append(str(low) if high == low else f"{low}–{high}")
    return labels


def label_fatality_and_location_rules(
    layer: QgsVectorLayer, renderer: QgsRuleBasedRenderer, language: str
) -> None:
    """The headings (in capitals, as the others) and classes of the two lists, in ``language``."""
    for heading in renderer.rootRule().children():
        key = heading.ruleKey()
        if key not in HEADINGS:
            continue
        heading.setLabel(translated(HEADINGS[key], language).upper())
        if key == FATALITY_HEADING_KEY:
            labels = fatality_class_labels(fatality_class_minimums(layer), language)
            for rule, label in zip(heading.children(), labels):
                rule.setLabel(label)
        for rule in heading.children():
            if rule.ruleKey() in LOCATION_LABELS:
                rule.setLabel(translated(LOCATION_LABELS[rule.ruleKey()], language))
