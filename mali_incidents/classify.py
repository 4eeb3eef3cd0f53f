"""Incident type and actor group of each incident, from the rule files in ``symbology/``.

The rules are CSV files an analyst edits without touching Python:
- ``incident_types.csv``: ACLED sub_event_type -> the report's incident types; anything not
  listed (arrests, agreements, other strategic developments) is "Other", kept in the tables.
- ``actor_groups.csv``: regular expressions on actor names, first match wins; then
- ``actor_groups_by_inter.csv``: ACLED's inter code (1-8) for actors no name rule matches.

Which actor colours a point: actor1. ACLED codes the initiator of an event (the attacker,
the one who planted an IED, the air force that struck) as actor1 and its target as actor2,
so actor1's group is "who did it", the question the map answers. An incident whose actor1
is an unidentified armed group is drawn as Unidentified even when the note suspects a group:
the map shows what the data asserts, the note in the table carries the suspicion.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .definitions import (
    ACTOR_GROUP_UNIDENTIFIED,
    ACTOR_GROUPS,
    FIELD_ACTOR_GROUP,
    FIELD_INCIDENT_TYPE,
    INCIDENT_TYPE_OTHER,
    INCIDENT_TYPES,
)
from .paths import symbology_path


class RulesError(ValueError):
    """A rule file cannot be used: names the file, row and what is wrong."""


@dataclass(frozen=True)
class ClassificationRules:
    incident_type_of_sub_event: dict[str, str]
    actor_name_rules: tuple[tuple[re.Pattern, str], ...]
    actor_group_of_inter: dict[int, str]

    @classmethod
    def from_folder(cls, folder: Path | None = None) -> ClassificationRules:
        folder = Path(folder) if folder else symbology_path()
        types = {}
        for line, row in _rule_rows(
            folder / "incident_types.csv", ("sub_event_type", "incident_type")
        ):
            _check_class(row["incident_type"], INCIDENT_TYPES, folder / "incident_types.csv", line)
            types[row["sub_event_type"].strip().casefold()] = row["incident_type"]
        name_rules = []
        for line, row in _rule_rows(folder / "actor_groups.csv", ("pattern", "actor_group")):
            _check_class(row["actor_group"], ACTOR_GROUPS, folder / "actor_groups.csv", line)
            try:
                pattern = re.compile(row["pattern"], re.IGNORECASE)
            except re.error as error:
                raise RulesError(f"actor_groups.csv, row {line}, column pattern: {error}") from None
            name_rules.append((pattern, row["actor_group"]))
        by_inter = {}
        for line, row in _rule_rows(folder / "actor_groups_by_inter.csv", ("inter", "actor_group")):
            _check_class(
                row["actor_group"], ACTOR_GROUPS, folder / "actor_groups_by_inter.csv", line
            )
            by_inter[int(row["inter"])] = row["actor_group"]
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


def _rule_rows(path: Path, columns: tuple[str, ...]):
    if not path.is_file():
        raise RulesError(f"{path}: rule file not found")
    with path.open(encoding="utf-8", newline="") as stream:
        lines = [
            (number, text) for number, text in enumerate(stream, 1) if not text.startswith("#")
        ]
    reader = csv.DictReader(text for _, text in lines)
    missing = [column for column in columns if column not in (reader.fieldnames or [])]
    if missing:
        raise RulesError(f"{path.name}, row 1: column {', '.join(missing)} missing")
    for (number, _), row in zip(lines[1:], reader):
        if all(row.get(column, "").strip() for column in columns):
            yield number, row


def _check_class(name: str, allowed: tuple[str, ...], path: Path, line: int) -> None:
    if name not in allowed:
        raise RulesError(f"{path.name}, row {line}: '{name}' is not one of {', '.join(allowed)}")


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
