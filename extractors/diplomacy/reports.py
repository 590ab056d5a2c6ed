"""An event's sentences read once for the date and place readers: folded where they look, datelines found."""

from __future__ import annotations

from collections.abc import Sequence

from .eventdates import date_spans
from .places import Report, dateline, fold_spans, lowercase, place_spans


def read_reports(texts: Sequence[str]) -> list[Report]:
    """Each sentence lowercased, with marks dropped only around date anchors, locatives and a dateline."""
    reports = []
    for text in texts:
        low = lowercase(text)
        folded = fold_spans(low, date_spans(low) + place_spans(low))
        reports.append(Report(text, folded, dateline(text, folded)))
    return reports
