"""The "Key changes" text, in English or French, from the rules in ``symbology/key_changes.csv``.

The analyst reads and edits the rules in a spreadsheet: which rules speak, their thresholds,
their order, and the sentence of each in each language. A sentence is a template with named
placeholders (``{region}``, ``{fatalities}``, ``{previous_month_only}`` …) filled with
``str.format_map`` on plain text values. The values are data, never evaluated: a place
named "{fatalities}" in an export prints as written, and a template may only name the
placeholders its rule offers (no attribute or index access, no conversions, no format
specs), which is checked when the file is read.

The figures come from ``trends.py``; this module only chooses and words them. Pure Python
and pandas, no QGIS: names of incident types and actor groups are put in the language by a
function the caller gives (the atlas passes ``i18n.translated``).
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from .definitions import FIELD_ACTOR_GROUP, FIELD_INCIDENT_TYPE, REGION_DISPLAY_NAMES
from .paths import symbology_path
from .table_file import read_table_file
from .trends import (
    DeadliestIncident,
    History,
    changes,
    first_time_regions,
    month_against_history,
    months_between,
    shift_month,
)

KEY_CHANGES_FILE = "key_changes.csv"
LANGUAGES = ("en", "fr")

# As QLocale writes them ("MMMM yyyy" in atlas.month_label), so the key changes and the rest
# of the atlas name months alike; a test compares them with QLocale.
MONTH_NAMES = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
# French groups thousands with a (no-break) space: 1 234; English with a comma: 1,234.
THOUSANDS_SEPARATORS = {"en": ",", "fr": "\u00a0"}
# The word before a list's last item: "Mopti (70), Ménaka (29) and Tombouctou (19)".
LIST_LAST_JOINS = {"en": " and ", "fr": " et "}

MONTH_PLACEHOLDERS = ("month_name", "month_only", "previous_month_name", "previous_month_only")
CHANGE_PLACEHOLDERS = (
    "incidents",
    "fatalities",
    "previous_incidents",
    "previous_fatalities",
    "value",
    "previous",
    "change",
    "percent",
)
TOTAL_PLACEHOLDERS = ("incidents", "fatalities", "value")
# The month's own ranking of regions, incident types or actor groups: "Mopti (70), Ménaka (29)
# and Tombouctou (19)", how many are listed, their sum, its share of the month's total.
MONTH_LIST_PLACEHOLDERS = ("list", "count", "value", "share", "total")
# Every rule the file may use, with the placeholders its sentence may name (besides the
# month ones, offered to all).
RULE_PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "unknown_history": ("first_known_month_name", "unknown_months", "unknown_count"),
    "missing_months": ("missing_months", "missing_count"),
    "month_rank": (*TOTAL_PLACEHOLDERS, "rank", "months", "average"),
    "month_highest_since": (*TOTAL_PLACEHOLDERS, "since_month_name", "since_value", "months"),
    "month_highest_known": (*TOTAL_PLACEHOLDERS, "known_since_month_name", "months"),
    "region_rise": ("region", *CHANGE_PLACEHOLDERS),
    "region_fall": ("region", *CHANGE_PLACEHOLDERS),
    "first_time_region": ("region", "incidents", "fatalities", "months"),
    "actor_group_rise": ("actor_group", *CHANGE_PLACEHOLDERS),
    "actor_group_fall": ("actor_group", *CHANGE_PLACEHOLDERS),
    "incident_type_rise": ("incident_type", *CHANGE_PLACEHOLDERS),
    "incident_type_fall": ("incident_type", *CHANGE_PLACEHOLDERS),
    "month_totals": (*TOTAL_PLACEHOLDERS, "regions"),
    "month_regions": MONTH_LIST_PLACEHOLDERS,
    "month_incident_types": MONTH_LIST_PLACEHOLDERS,
    "month_actor_groups": MONTH_LIST_PLACEHOLDERS,
    "deadliest_incident": (
        "fatalities",
        "location",
        "region",
        "admin2",
        "date",
        "incident_type",
        "actor_group",
        "tied",
    ),
    "region_line_up": ("region", *CHANGE_PLACEHOLDERS),
    "region_line_down": ("region", *CHANGE_PLACEHOLDERS),
    "region_line_same": ("region", *CHANGE_PLACEHOLDERS),
    "region_line_unknown": ("region", *CHANGE_PLACEHOLDERS),
}
# What a rule measures when its `measure` cell is empty.
DEFAULT_MEASURE = {
    "actor_group_rise": "incidents",
    "actor_group_fall": "incidents",
    "incident_type_rise": "incidents",
    "incident_type_fall": "incidents",
    "month_incident_types": "incidents",
    "month_actor_groups": "incidents",
}
RULE_COLUMNS = ("rule", "enabled", "measure", "minimum", "min_percent", "months", "limit")
YES = {"yes", "y", "true", "1", "oui", "o", "x"}
NO = {"no", "n", "false", "0", "non", ""}

# A name in a language: (English name, language) -> name; ``i18n.translated`` fits.
NameInLanguage = Callable[[str, str], str]


class KeyChangeRulesError(ValueError):
    """The rules file cannot be used: one line naming the file, row, column and problem."""


@dataclass(frozen=True)
class KeyChangeRule:
    """One row of the rules file. Thresholds left empty in the file are None."""

    rule: str
    enabled: bool
    measure: str
    minimum: float | None
    min_percent: float | None
    months: int | None
    limit: int | None
    templates: dict[str, str]
    row: int = 0


@dataclass(frozen=True)
class KeyChange:
    """One sentence of the key changes and the values it was written from."""

    rule: str
    text: str
    values: dict[str, str] = field(default_factory=dict)


# -- the rules file ------------------------------------------------------------------------


def load_key_change_rules(path: Path | None = None) -> list[KeyChangeRule]:
    """The rules of ``path`` (default ``symbology/key_changes.csv``), in file order.

    Lines starting with ``#`` are comments. Every template is checked here, so a typo in a
    placeholder is reported with its row and column when the file is read, not on a page.
    """
    path = Path(path) if path else symbology_path(KEY_CHANGES_FILE)
    table = read_table_file(path, path.name, KeyChangeRulesError)
    missing = table.missing((*RULE_COLUMNS, "text_en"))
    if missing:
        raise KeyChangeRulesError(
            f"{path.name}, row {table.header_line}: column {', '.join(missing)} missing"
        )
    languages = [column[len("text_") :] for column in table.columns if column.startswith("text_")]
    rules = []
    for row_number, row in table.rows:
        if not any(value.strip() for value in row.values() if isinstance(value, str)):
            continue
        rules.append(_rule_of_row(row, row_number, languages, path.name))
    return rules


def _rule_of_row(row: dict, row_number: int, languages: list[str], file_name: str) -> KeyChangeRule:
    def fail(column: str, problem: str) -> KeyChangeRulesError:
        return KeyChangeRulesError(f"{file_name}, row {row_number}, column {column}: {problem}")

    def cell(column: str) -> str:
        return (row.get(column) or "").strip()

    rule = cell("rule")
    if rule not in RULE_PLACEHOLDERS:
        raise fail("rule", f"'{rule}' is not a rule (rules: {', '.join(RULE_PLACEHOLDERS)})")
    enabled_text = cell("enabled").casefold()
    if enabled_text not in YES | NO:
        raise fail("enabled", f"'{cell('enabled')}' is not yes or no")
    measure = cell("measure") or DEFAULT_MEASURE.get(rule, "fatalities")
    if measure not in ("incidents", "fatalities"):
        raise fail("measure", f"'{measure}' is not incidents or fatalities")

    def number(column: str, whole: bool) -> float | int | None:
        text = cell(column)
        if not text:
            return None
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise fail(column, f"'{text}' is not a number") from None
        if value < 0 or (whole and value != int(value)):
            raise fail(column, f"'{text}' is not a {'whole ' if whole else ''}number >= 0")
        return int(value) if whole else value

    templates = {}
    allowed = set(MONTH_PLACEHOLDERS) | set(RULE_PLACEHOLDERS[rule])
    for language in languages:
        column = f"text_{language}"
        template = row.get(column) or ""
        if not template.strip():
            if enabled_text in YES:
                raise fail(column, "the sentence is empty")
            continue
        _check_template(template, allowed, rule, f"{file_name}, row {row_number}, column {column}")
        templates[language] = template.strip()
    return KeyChangeRule(
        rule=rule,
        enabled=enabled_text in YES,
        measure=measure,
        minimum=number("minimum", whole=False),
        min_percent=number("min_percent", whole=False),
        months=number("months", whole=True),
        limit=number("limit", whole=True),
        templates=templates,
        row=row_number,
    )


def _check_template(template: str, allowed: set[str], rule: str, where: str) -> None:
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError as error:
        raise KeyChangeRulesError(f"{where}: {error} (write {{{{ and }}}} for a brace)") from None
    for _, name, format_spec, conversion in fields:
        if name is None:
            continue
        if name not in allowed or format_spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "")
            shown += (f":{format_spec}" if format_spec else "") + "}"
            raise KeyChangeRulesError(
                f"{where}: {shown} is not a placeholder of {rule} "
                f"(it offers {', '.join('{' + name + '}' for name in sorted(allowed))})"
            )


# -- words of a language -------------------------------------------------------------------


def month_name(month: str, language: str, with_year: bool = True) -> str:
    """'2021-02' -> 'February 2021' / 'février 2021' (or 'February' / 'février')."""
    name = MONTH_NAMES[_language(language)][int(month[5:7]) - 1]
    return f"{name} {month[:4]}" if with_year else name


def date_text(day: date, language: str) -> str:
    """'28 February 2021' / '28 février 2021'; French writes the first of a month '1er'."""
    names = MONTH_NAMES[_language(language)]
    number = "1er" if language == "fr" and day.day == 1 else str(day.day)
    return f"{number} {names[day.month - 1]} {day.year}"


def capitalised(text: str) -> str:
    """``text`` with a capital first letter (French month names are lower case)."""
    return text[:1].upper() + text[1:]


def number_text(value: float | int | None, language: str) -> str:
    """Whole numbers with the language's thousands separator; '' for an unknown value."""
    if value is None or value is pd.NA or pd.isna(value):
        return ""
    # Half away from zero, as a reader rounds (Python's round() gives 4 for 4.5).
    whole = int(math.copysign(math.floor(abs(value) + 0.5), value))
    return f"{whole:,}".replace(",", THOUSANDS_SEPARATORS[_language(language)])


def months_text(months: Iterable[str], language: str) -> str:
    """Months as a short list, runs of consecutive months as a range:
    'March 2020 – June 2020, September 2020'."""
    runs: list[list[str]] = []
    for month in sorted(months):
        if runs and shift_month(runs[-1][-1], 1) == month:
            runs[-1].append(month)
        else:
            runs.append([month])
    return ", ".join(
        month_name(run[0], language)
        if len(run) == 1
        else f"{month_name(run[0], language)} – {month_name(run[-1], language)}"
        for run in runs
    )


def list_text(items: list[str], language: str) -> str:
    """'a', 'a and b', 'a, b and c' (French: 'et')."""
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + LIST_LAST_JOINS[_language(language)] + items[-1]


def region_text(region: str) -> str:
    """ACLED's admin1 as the report prints it (Menaka -> Ménaka)."""
    return REGION_DISPLAY_NAMES.get(region, region)


def _language(language: str) -> str:
    if language not in MONTH_NAMES:
        raise KeyChangeRulesError(
            f"language '{language}' has no month names (languages: {', '.join(MONTH_NAMES)})"
        )
    return language


# -- the sentences -------------------------------------------------------------------------


def key_changes(
    history: History,
    deadliest: DeadliestIncident | None,
    rules: list[KeyChangeRule] | None = None,
    language: str = "en",
    name_in_language: NameInLanguage | None = None,
) -> list[KeyChange]:
    """The key-changes sentences of the month, in the rules' order, in ``language``.

    ``deadliest`` is ``trends.deadliest_incident`` of the month's incidents. Rules whose
    condition the month does not meet say nothing; figures against an unknown month are
    never written (the unknown_history and missing_months rules say which months are
    unknown instead).
    """
    rules = load_key_change_rules() if rules is None else rules
    words = _Words(history, language, name_in_language or (lambda name, _language: name))
    sentences: list[KeyChange] = []
    for rule in rules:
        if not rule.enabled or rule.rule.startswith("region_line_"):
            continue
        if language not in rule.templates:
            raise KeyChangeRulesError(
                f"{KEY_CHANGES_FILE}, row {rule.row}, column text_{language}: "
                "no sentence in this language"
            )
        for values in _RULE_VALUES[rule.rule](history, rule, deadliest, words):
            sentences.append(words.sentence(rule, values))
    return sentences


def region_change_line(
    history: History,
    region: str,
    rules: list[KeyChangeRule] | None = None,
    language: str = "en",
) -> str:
    """A region page's change line ("Fatalities 70, up from 41 in January") from the
    region_line_up/down/same/unknown rules; '' when the matching rule is disabled."""
    rules = load_key_change_rules() if rules is None else rules
    words = _Words(history, language, lambda name, _language: name)
    region_changes = changes(history, "region")
    if region not in region_changes.index:
        return ""
    by_rule = {rule.rule: rule for rule in rules if rule.enabled}
    for kind in ("region_line_up", "region_line_down", "region_line_same", "region_line_unknown"):
        rule = by_rule.get(kind)
        if rule is None:
            continue
        row = region_changes.loc[region]
        change = row[f"{rule.measure}_change"]
        known = not pd.isna(change)
        matches = {
            "region_line_unknown": not known,
            "region_line_up": known and change > 0,
            "region_line_down": known and change < 0,
            "region_line_same": known and change == 0,
        }[kind]
        if matches:
            return words.sentence(rule, words.change_values("region", region, row, rule)).text
    return ""


@dataclass
class _Words:
    """Values of a language for the templates: every value becomes text here."""

    history: History
    language: str
    name_in_language: NameInLanguage

    def __post_init__(self) -> None:
        _language(self.language)

    def month_values(self) -> dict[str, str]:
        month, previous = self.history.month, self.history.previous_month
        return {
            "month_name": month_name(month, self.language),
            "month_only": month_name(month, self.language, with_year=False),
            "previous_month_name": month_name(previous, self.language),
            "previous_month_only": month_name(previous, self.language, with_year=False),
        }

    def number(self, value: float | int | None) -> str:
        return number_text(value, self.language)

    def name(self, text: str) -> str:
        return self.name_in_language(text, self.language)

    def change_values(self, by: str, name: str, row: pd.Series, rule: KeyChangeRule) -> dict:
        measure = rule.measure
        percent = row[f"{measure}_percent"]
        shown = region_text(name) if by == "region" else self.name(name)
        return {
            by: shown,
            "incidents": self.number(row["incidents"]),
            "fatalities": self.number(row["fatalities"]),
            "previous_incidents": self.number(row["previous_incidents"]),
            "previous_fatalities": self.number(row["previous_fatalities"]),
            "value": self.number(row[measure]),
            "previous": self.number(row[f"previous_{measure}"]),
            # The size of the change: the sentence's words say up or down.
            "change": self.number(abs(row[f"{measure}_change"])),
            "percent": "" if pd.isna(percent) else self.number(abs(percent)),
        }

    def sentence(self, rule: KeyChangeRule, values: dict[str, str]) -> KeyChange:
        filled = {**self.month_values(), **values}
        template = rule.templates[self.language]
        text = template.format_map(filled)
        if template.startswith("{"):
            # A sentence that opens with a value opens with a capital (French month names
            # are lower case: "février 2021 : 58 incidents…"); the template's own words
            # are printed as the analyst wrote them.
            text = capitalised(text)
        return KeyChange(rule.rule, text, filled)


def _unknown_history(history, rule, deadliest, words) -> list[dict]:
    unknown = history.unknown_months
    if not unknown or unknown[0] != history.months[0]:
        return []
    # The unknown months before the first known one: the start of the history is missing.
    first_known = next(month for month in history.months if history.is_known(month))
    before = [month for month in unknown if month < first_known]
    return [
        {
            "first_known_month_name": month_name(first_known, words.language),
            "unknown_months": months_text(before, words.language),
            "unknown_count": words.number(len(before)),
        }
    ]


def _missing_months(history, rule, deadliest, words) -> list[dict]:
    known = [month for month in history.months if history.is_known(month)]
    gaps = [month for month in history.unknown_months if month > known[0]]
    if not gaps:
        return []
    return [
        {
            "missing_months": months_text(gaps, words.language),
            "missing_count": words.number(len(gaps)),
        }
    ]


def _month_figures(history, rule, words) -> tuple[object, dict]:
    against = month_against_history(history, rule.measure, rule.months or len(history.months) - 1)
    totals = history.country_totals.set_index("month").loc[history.month]
    values = {
        "incidents": words.number(totals["incidents"]),
        "fatalities": words.number(totals["fatalities"]),
        "value": words.number(against.value),
    }
    return against, values


def _month_rank(history, rule, deadliest, words) -> list[dict]:
    against, values = _month_figures(history, rule, words)
    if against.months_ranked < 2:  # nothing known to rank against
        return []
    return [
        {
            **values,
            "rank": words.number(against.rank),
            "months": words.number(against.months_ranked),
            "average": words.number(against.average),
        }
    ]


def _month_highest_since(history, rule, deadliest, words) -> list[dict]:
    against, values = _month_figures(history, rule, words)
    if against.higher_month is None or against.value <= 0:
        return []
    months_since = len(months_between(against.higher_month, history.month)) - 1
    if months_since < max(rule.months or 2, 2):  # "highest since last month" says nothing
        return []
    return [
        {
            **values,
            "since_month_name": month_name(against.higher_month, words.language),
            "since_value": words.number(against.higher_value),
            "months": words.number(months_since),
        }
    ]


def _month_highest_known(history, rule, deadliest, words) -> list[dict]:
    against, values = _month_figures(history, rule, words)
    months_known = len(months_between(against.known_since, history.month)) - 1
    if against.higher_month is not None or months_known < max(rule.months or 1, 1):
        return []
    return [
        {
            **values,
            "known_since_month_name": month_name(against.known_since, words.language),
            "months": words.number(months_known),
        }
    ]


def _changes_of(by: str, rising: bool):
    def values(history, rule, deadliest, words) -> list[dict]:
        table = changes(history, by)
        change = table[f"{rule.measure}_change"]
        percent = table[f"{rule.measure}_percent"]
        sign = 1 if rising else -1
        # Against an unknown month the change is NA: never a rise or a fall.
        size = (change * sign).fillna(0)
        chosen = size >= max(rule.minimum or 1, 1)
        if rule.min_percent is not None:
            # A rise from 0 has no percentage: it passes the percent test.
            chosen &= (percent.isna() | (percent.abs() >= rule.min_percent)).fillna(False)
        chosen = chosen.to_numpy(dtype=bool)
        ranked = table[chosen].assign(_size=size[chosen])
        ranked = ranked.sort_values("_size", ascending=False, kind="stable")
        if rule.limit:
            ranked = ranked.head(rule.limit)
        return [words.change_values(by, name, row, rule) for name, row in ranked.iterrows()]

    return values


def _first_time_region(history, rule, deadliest, words) -> list[dict]:
    regions = first_time_regions(history, rule.months or 1)
    if rule.limit:
        regions = regions.head(rule.limit)
    return [
        {
            "region": region_text(row.region),
            "incidents": words.number(row.incidents),
            "fatalities": words.number(row.fatalities),
            "months": words.number(row.months_without),
        }
        for row in regions.itertuples()
    ]


def has_earlier_month(history: History) -> bool:
    """Whether any month of the window before the month is known: without one, nothing can
    be compared and only the month's own figures can be said."""
    return any(history.is_known(month) for month in history.months if month < history.month)


# The month_* rules say what the month itself holds, and only when no earlier month is known:
# with one, month_rank and the rises and falls already give the month's figures.


def _month_totals(history, rule, deadliest, words) -> list[dict]:
    if has_earlier_month(history):
        return []
    totals = history.country_totals.set_index("month").loc[history.month]
    by_region = changes(history, "region")
    return [
        {
            "incidents": words.number(totals["incidents"]),
            "fatalities": words.number(totals["fatalities"]),
            "value": words.number(totals[rule.measure]),
            "regions": words.number(int((by_region["incidents"] > 0).sum())),
        }
    ]


def _month_list_of(by: str):
    def values(history, rule, deadliest, words) -> list[dict]:
        if has_earlier_month(history):
            return []
        table = changes(history, by)
        other = "incidents" if rule.measure == "fatalities" else "fatalities"
        table = table[table[rule.measure] >= max(rule.minimum or 1, 1)]
        if table.empty:
            return []
        # Most first; equal values by the other measure, then by name, so a page is the
        # same from one run to the next.
        order = pd.DataFrame(
            {
                "value": table[rule.measure].astype(int),
                "other": table[other].astype(int),
                "name": [str(name) for name in table.index],
            },
            index=table.index,
        ).sort_values(["value", "other", "name"], ascending=[False, False, True], kind="stable")
        listed = order.head(rule.limit) if rule.limit else order
        total = history.country_totals.set_index("month").loc[history.month, rule.measure]
        value = int(listed["value"].sum())
        names = [region_text(name) if by == "region" else words.name(name) for name in listed.index]
        items = [
            f"{name} ({words.number(number)})"
            for name, number in zip(names, listed["value"], strict=True)
        ]
        return [
            {
                "list": list_text(items, words.language),
                "count": words.number(len(items)),
                "value": words.number(value),
                "share": words.number(value / total * 100) if total else "",
                "total": words.number(total),
            }
        ]

    return values


def _deadliest_incident(history, rule, deadliest, words) -> list[dict]:
    if deadliest is None or deadliest.fatalities < (rule.minimum or 1):
        return []
    return [
        {
            "fatalities": words.number(deadliest.fatalities),
            "location": deadliest.location,
            "region": region_text(deadliest.region),
            "admin2": deadliest.admin2,
            "date": date_text(deadliest.event_date, words.language),
            "incident_type": words.name(deadliest.incident_type),
            "actor_group": words.name(deadliest.actor_group),
            "tied": words.number(deadliest.tied),
        }
    ]


_RULE_VALUES = {
    "unknown_history": _unknown_history,
    "missing_months": _missing_months,
    "month_rank": _month_rank,
    "month_highest_since": _month_highest_since,
    "month_highest_known": _month_highest_known,
    "region_rise": _changes_of("region", rising=True),
    "region_fall": _changes_of("region", rising=False),
    "first_time_region": _first_time_region,
    "actor_group_rise": _changes_of(FIELD_ACTOR_GROUP, rising=True),
    "actor_group_fall": _changes_of(FIELD_ACTOR_GROUP, rising=False),
    "incident_type_rise": _changes_of(FIELD_INCIDENT_TYPE, rising=True),
    "incident_type_fall": _changes_of(FIELD_INCIDENT_TYPE, rising=False),
    "month_totals": _month_totals,
    "month_regions": _month_list_of("region"),
    "month_incident_types": _month_list_of(FIELD_INCIDENT_TYPE),
    "month_actor_groups": _month_list_of(FIELD_ACTOR_GROUP),
    "deadliest_incident": _deadliest_incident,
}
