"""Incident type and actor group of each incident, from the rule files in ``symbology/``.

The rules are CSV files an analyst edits without touching Python:
- ``incident_types.csv``: ACLED sub_event_type -> the report's incident types; anything not
  listed (arrests, agreements, other strategic developments) is "Other", kept in the tables.
- ``actor_groups.csv``: regular expressions on actor names, first match wins; then
- ``actor_groups_by_inter.csv``: ACLED's inter code (1-8) for actors no name rule matches.

A country may add its own rules in ``countries/<Country>/`` (the same two actor files): its
name rules are read before the shared ones, and its inter codes replace the shared ones.
That is where what an actor means in one country only goes: Mali's own army is "Security
forces" while Burkina Faso's army operating in Mali is "External forces"; ACLED's "Rebel
Groups" (inter 2) are jihadists in Mali, Burkina Faso and Niger, not in Sudan or the Congo.

Which actor colours a point: actor1. ACLED codes the initiator of an event (the attacker,
the one who planted an IED, the air force that struck) as actor1 and its target as actor2,
so actor1's group is "who did it", the question the map answers. An incident whose actor1
is an unidentified armed group is drawn as Unidentified even when the note suspects a group:
the map shows what the data asserts, the note in the table carries the suspicion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .definitions import (
    ACTOR_GROUP_UNIDENTIFIED,
    ACTOR_GROUPS,
    DEFAULT_COUNTRY,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    INCIDENT_TYPE_OTHER,
    INCIDENT_TYPES,
)
from .paths import country_symbology_dir, symbology_path
from .table_file import read_table_file


class RulesError(ValueError):
    """A rule file cannot be used: names the file, row and what is wrong."""


@dataclass(frozen=True)
class ClassificationRules:
    incident_type_of_sub_event: dict[str, str]
    actor_name_rules: tuple[tuple[re.Pattern, str], ...]
    actor_group_of_inter: dict[int, str]

    @classmethod
    def from_folder(
        cls, folder: Path | None = None, country: str = DEFAULT_COUNTRY
    ) -> ClassificationRules:
        """The shared rules of ``folder`` (the plugin's ``symbology/``) with ``country``'s own
        (``countries/<country>/``, if that folder exists) read first."""
        folder = Path(folder) if folder else symbology_path()
        types = {}
        for line, row in _rule_rows(
            folder / "incident_types.csv", ("sub_event_type", "incident_type")
        ):
            _check_class(row["incident_type"], INCIDENT_TYPES, folder / "incident_types.csv", line)
            types[row["sub_event_type"].strip().casefold()] = row["incident_type"]
        country_folder = country_symbology_dir(country, folder)
        name_rules = []
        by_inter = _actor_groups_by_inter(
            folder, folder / "actor_groups_by_inter.csv", required=True
        )
        if country_folder is not None:
            name_rules += _actor_name_rules(folder, country_folder / "actor_groups.csv")
            by_inter.update(
                _actor_groups_by_inter(folder, country_folder / "actor_groups_by_inter.csv")
            )
        name_rules += _actor_name_rules(folder, folder / "actor_groups.csv", required=True)
        return cls(types, tuple(name_rules), by_inter)

    def incident_type(self, sub_event_type: str) -> str:
        return self.incident_type_of_sub_event.get(
            str(sub_event_type).strip().casefold(), INCIDENT_TYPE_OTHER
        )

    def actor_group(self, actor: str, inter: int | None) -> str:
        for pattern, group in self.actor_name_rules:
            if pattern.search(str(actor)):
                return group
        return self.actor_group_of_inter.get(inter or 0, ACTOR_GROUP_UNIDENTIFIED)


def _actor_name_rules(
    root: Path, path: Path, required: bool = False
) -> list[tuple[re.Pattern, str]]:
    """(pattern, group) of an ``actor_groups.csv``, in the file's order; a country need not
    have one."""
    if not required and not path.is_file():
        return []
    shown = _shown(root, path)
    rules = []
    for line, row in _rule_rows(path, ("pattern", "actor_group"), shown):
        _check_class(row["actor_group"], ACTOR_GROUPS, path, line, shown)
        try:
            pattern = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as error:
            raise RulesError(f"{shown}, row {line}, column pattern: {error}") from None
        rules.append((pattern, row["actor_group"]))
    return rules


def _actor_groups_by_inter(root: Path, path: Path, required: bool = False) -> dict[int, str]:
    """inter code -> group of an ``actor_groups_by_inter.csv``; a country need not have one."""
    if not required and not path.is_file():
        return {}
    shown = _shown(root, path)
    by_inter = {}
    for line, row in _rule_rows(path, ("inter", "actor_group"), shown):
        _check_class(row["actor_group"], ACTOR_GROUPS, path, line, shown)
        try:
            inter = int(row["inter"])
        except ValueError:
            raise RulesError(
                f"{shown}, row {line}, column inter: '{row['inter']}' is not a number from 1 to 8"
            ) from None
        by_inter[inter] = row["actor_group"]
    return by_inter


def _shown(root: Path, path: Path) -> str:
    """A rule file as messages name it: relative to the rules folder (countries/Niger/…)."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _rule_rows(path: Path, columns: tuple[str, ...], shown: str | None = None):
    """The rows of a rule file that fill every one of ``columns``, with their line numbers."""
    table = read_table_file(path, shown or path.name, RulesError)
    missing = table.missing(columns)
    if missing:
        raise RulesError(f"{shown or path.name}, row 1: column {', '.join(missing)} missing")
    for number, row in table.rows:
        if all(row.get(column, "").strip() for column in columns):
            yield number, row


def _check_class(
    name: str, allowed: tuple[str, ...], path: Path, line: int, shown: str | None = None
) -> None:
    if name not in allowed:
        raise RulesError(
            f"{shown or path.name}, row {line}: '{name}' is not one of {', '.join(allowed)}"
        )


def classify_incidents(
    incidents: pd.DataFrame, rules: ClassificationRules | None = None
) -> pd.DataFrame:
    """Add ``incident_type`` and ``actor_group`` columns (the legend's classes)."""
    rules = rules or ClassificationRules.from_folder()
    classified = incidents.copy()
    classified[FIELD_INCIDENT_TYPE] = classified["sub_event_type"].map(rules.incident_type)
    # Actor names repeat a lot (a 1M-row export has a few thousand): classify each name once.
    pairs = classified[["actor1", "inter1"]].drop_duplicates()
    group_of = {
        (actor, inter): rules.actor_group(actor, inter)
        for actor, inter in pairs.itertuples(index=False)
    }
    classified[FIELD_ACTOR_GROUP] = [
        group_of[(actor, inter)] for actor, inter in zip(classified["actor1"], classified["inter1"])
    ]
    return classified
