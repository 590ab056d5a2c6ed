"""`bamboo classify`: JSON Lines of articles in, one JSON line of detection per article out."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import date, datetime
from typing import TextIO

from extractors.core.models import Detection

from .detector import detect


class BadLine(ValueError):
    """An input line that is not an article object."""


def _parse(line: str) -> dict[str, object]:
    """Parse and validate one input line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise BadLine(f"expected a JSON object, got {type(record).__name__}")
    if "id" not in record:
        raise BadLine('missing "id"')
    for key in ("title", "text", "language"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise BadLine(f'"{key}" must be a string or null, got {type(value).__name__}')
    record["published_at"] = parse_published(record.get("published_at"))
    return record


def parse_published(value: object) -> date | datetime | None:
    """A line's `published_at`: an ISO date ("2023-09-05") or datetime ("2023-09-05T08:00:00+07:00")."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        except ValueError:
            pass
    raise BadLine(f'"published_at" must be an ISO date or datetime (2023-09-05, 2023-09-05T08:00:00Z), '
                  f"got {value!r}")


def to_record(article_id: object, detection: Detection) -> dict[str, object]:
    """The output object: exactly the fields of the classify contract, in contract order."""
    return {
        "id": article_id,
        "relevant": detection.relevant,
        "score": detection.score,
        "pairs": list(detection.pairs),
        "events": [{**asdict(e), "people": list(e.people)} for e in detection.events],
        "tiers": [asdict(t) for t in detection.tiers],
        "evidence": list(detection.evidence),
        "detector_version": detection.detector_version,
    }


def classify_stream(lines: Iterable[str], out: TextIO, err: TextIO) -> int:
    """Classify each JSON line of `lines` to `out` in order; report bad lines on `err`; return their count."""
    bad = 0
    for lineno, line in enumerate(lines, 1):
        if lineno == 1:
            line = line.removeprefix("\ufeff")  # files saved by Windows tools start with a BOM
        if not line.strip():
            continue  # blank lines (a trailing newline) are not articles
        try:
            record = _parse(line)
        except BadLine as exc:
            bad += 1
            err.write(f"line {lineno}: skipped: {exc}\n")
            continue
        try:
            detection = _detect(record)
        except Exception as exc:  # one article must not stop the stream: it is reported and counted
            bad += 1
            err.write(f"line {lineno}: detector failed: {type(exc).__name__}: {exc}\n")
            continue
        out.write(json.dumps(to_record(record["id"], detection), ensure_ascii=False) + "\n")
    return bad


def _detect(record: dict[str, object]) -> Detection:
    """Run the detector on a validated record."""
    language = record.get("language")
    published = record.get("published_at")
    return detect(str(record.get("title") or ""), str(record.get("text") or ""),
                  language if isinstance(language, str) else None,
                  published if isinstance(published, date) else None)
