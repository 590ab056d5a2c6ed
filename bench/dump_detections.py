"""Dump the detector's JSON for every dev text, fixture and generated battery headline: a regression check.

Usage: python bench/dump_detections.py OUT.jsonl [--code DIR]
Run it before and after a change and `diff` the two files: a refactoring of the detector must leave every
line the same. --code DIR imports `extractors` from DIR instead of this checkout (e.g. a copy of main's
code). Texts: the shared dev set (when BAMBOO_SHARED_DATA or ../shared/data holds it), the JSONL fixtures
under tests/fixtures/{diplomacy,events,clusters} and the cases of the generated batteries
(tests/diplomacy/test_diplomacy_headlines.py, tests/diplomacy/test_diplomacy_nonstate.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = ("diplomacy", "events", "clusters")
BATTERIES = ("test_diplomacy_headlines.py", "test_diplomacy_nonstate.py")


def _jsonl(path: Path) -> Iterator[tuple[str, str, str, str | None, str | None]]:
    """(source id, title, text, language, published_at) of each row holding a text."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line) if line.strip() else {}
        text = row.get("text") or "\n".join(row.get("body") or [])
        if text or row.get("title"):
            yield (f"{path.name}:{row.get('id', n)}", row.get("title") or "", text, row.get("language"),
                   row.get("published_at"))


def _battery(path: Path) -> Iterator[tuple[str, str, str, str | None, str | None]]:
    """The headlines of a generated battery module (its CASES), each as a title and as a text."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    for n, case in enumerate(module.CASES):
        headline = case.headline if hasattr(case, "headline") else case[1]
        yield f"{path.name}:{n}:title", headline, "", None, None
        yield f"{path.name}:{n}:text", "", headline, None, None


def texts() -> Iterator[tuple[str, str, str, str | None, str | None]]:
    """Every text to dump, in a fixed order."""
    dev = Path(os.environ.get("BAMBOO_SHARED_DATA") or REPO.parent / "shared" / "data")
    dev = dev / "diplomacy-dev" / "dev.jsonl"
    if dev.is_file():
        yield from _jsonl(dev)
    for folder in FIXTURES:
        for path in sorted((REPO / "tests" / "fixtures" / folder).glob("*.jsonl")):
            yield from _jsonl(path)
    for name in BATTERIES:
        yield from _battery(REPO / "tests" / "diplomacy" / name)


def main() -> None:
    """Write one JSON line per text: its id and the detection (all fields, extra included)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--code", type=Path, default=REPO, help="folder holding the extractors package")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    sys.path.append(str(REPO))  # the batteries import `tests` from this checkout whatever --code is
    from extractors.diplomacy import detect
    if not Path(detect.__code__.co_filename).resolve().is_relative_to(args.code.resolve()):
        raise SystemExit(f"extractors imported from {detect.__code__.co_filename}, not {args.code}")
    with args.out.open("w", encoding="utf-8") as out:
        for key, title, text, language, published in texts():
            found = detect(title, text, language, _date(published))
            out.write(json.dumps({"id": key, **dataclasses.asdict(found)}, ensure_ascii=False, default=str)
                      + "\n")


def _date(value: str | None):  # noqa: ANN202 - datetime or None
    """An ISO publication time as a datetime, as the pipeline passes it."""
    from datetime import datetime
    return datetime.fromisoformat(value) if value else None


if __name__ == "__main__":
    main()
