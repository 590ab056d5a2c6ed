"""docs/grammar.md names every key of the language grammars (en, vi, zh): a rule added to the data without a
row saying what it reads and how would be found only by reading the code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
GRAMMARS = REPO / "extractors" / "diplomacy" / "lexicons" / "grammar"
_GROUP_SUFFIXES = ("_acts", "_objects", "_given", "_kept")


def _named() -> tuple[set[str], set[str]]:
    """The identifiers the doc writes in backticks, and the groups its `<group>_acts` row lists."""
    doc = (REPO / "docs" / "grammar.md").read_text(encoding="utf-8")
    named: set[str] = set()
    for quoted in re.findall(r"`([^`\n]+)`", doc):
        named.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", quoted))
    row = next(line for line in doc.splitlines() if line.startswith("| `<group>_acts`"))
    groups = set(re.findall(r"`([a-z]+)`", row.split("|")[1]))
    return named, groups


def _keys() -> set[str]:
    """Each language grammar's section.key (the `unmarked` overrides repeat keys of other sections)."""
    keys: set[str] = set()
    for path in sorted(GRAMMARS.glob("*.toml")):
        if path.stem == "scripts":
            continue  # the registry: grammar.md's own section lists its keys
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for section, table in data.items():
            if section == "unmarked" or not isinstance(table, dict):
                continue
            keys.update(f"{section}.{key}" for key in table)
            keys.add(f"{section}.")
    return keys


def test_every_grammar_key_is_named_in_docs_grammar() -> None:
    named, groups = _named()
    missing = []
    for full in sorted(_keys()):
        section, key = full.split(".", 1)
        name = key or section
        grouped = any(name.endswith(s) and name[:-len(s)] in groups for s in _GROUP_SUFFIXES)
        if name not in named and not grouped:
            missing.append(full)
    assert not missing, f"grammar keys docs/grammar.md does not name: {missing}"
