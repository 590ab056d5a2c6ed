"""Event clustering: which reports tell of the same occasion (features, pairwise score, assignment).

Pure functions over reports; warehouse/clusters.py reads and writes them. The signals are language-
independent (the main event's pair, type, canonical people, place and date, which the detector gives
in the same form for English, Vietnamese and Chinese text) plus a text sketch that finds wire copies
and rewrites in the same language. Two reports are compared only when they share a pair, are both
announcements (published before their event's date) or both reports of it, and fall within a few days.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

# A visit and the talks, meetings, signings and welcome held during it are one occasion.
_FAMILY = {"visit": "encounter", "host_visit": "encounter", "meet": "encounter", "negotiate": "encounter",
           "sign_agreement": "encounter"}
# Days two reports' dates may lie apart: a visit lasts days; a call or a statement is one day's act
# (reported the next day in another time zone).
ENCOUNTER_DAYS = 3
POINT_DAYS = 1
PUBLISHED_DAYS = 2  # when a report has no event date, the days between publications instead
THRESHOLD = 0.5
SKETCH_SIZE = 32
WIRE_COPY = 0.5  # estimated Jaccard of shingles above which two texts are one text reworded


@dataclass(frozen=True)
class Weights:
    """How much each signal adds to (or takes from) a pair's score; 0 turns a signal off."""

    same_date: float = 0.35
    near_date: float = 0.2
    people: float = 0.35
    disjoint_people: float = -0.25
    place: float = 0.25
    country: float = 0.1
    other_place: float = -0.3
    same_type: float = 0.1
    text: float = 0.6
    wire_copy: bool = True


DEFAULT = Weights()


@dataclass(frozen=True)
class Report:
    """One relevant story, by what it says of its main event."""

    article_id: str
    pair: str
    day: date                      # event_date, else the day of publication
    order: tuple[str, str]         # (publication time ISO, article id): who came first
    event_type: str | None = None
    actor: str | None = None
    target: str | None = None
    event_date: date | None = None
    place: str | None = None
    place_country: str | None = None
    people: tuple[str, ...] = ()
    announcement: bool = False
    published_at: datetime | None = None
    language: str | None = None
    sketch: tuple[int, ...] = ()


@dataclass(frozen=True)
class Member:
    """A report already in an event."""

    report: Report
    event_id: str


@dataclass
class Assignment:
    """What assigning a batch decided."""

    members: list[tuple[Report, str, float | None]] = field(default_factory=list)  # score None: opened it
    merges: list[tuple[str, str, str]] = field(default_factory=list)  # (from, into, bridging article)
    opened: list[str] = field(default_factory=list)


_PAIR_CODE = {"CHN": "CN", "USA": "US", "VNM": "VN"}


def pair_of(actor: str | None, target: str | None, story_pairs: Sequence[str]) -> str | None:
    """The pair of a main event (CN-US, CN-VN, US-VN), else the story's first pair."""
    a, t = _PAIR_CODE.get(actor or ""), _PAIR_CODE.get(target or "")
    if a and t and a != t:
        return "-".join(sorted((a, t)))
    return sorted(story_pairs)[0] if story_pairs else None


def event_id_for(article_id: str) -> str:
    """The id of an event opened by this article: fixed by the article, so a re-cluster in the same
    order gives the same ids."""
    return "ev-" + hashlib.sha256(article_id.encode()).hexdigest()[:16]


_WORD = re.compile(r"\w+", re.UNICODE)


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def shingles(text: str) -> set[str]:
    """Word 3-grams of a text (character 3-grams of Chinese, which has no spaces)."""
    text = unicodedata.normalize("NFC", text).lower()
    words = _WORD.findall(text)
    tokens: list[str] = []
    for w in words:
        if any(_cjk(c) for c in w):
            tokens.extend(w)
        else:
            tokens.append(w)
    return {" ".join(tokens[i:i + 3]) for i in range(max(1, len(tokens) - 2))} if tokens else set()


def sketch(text: str, size: int = SKETCH_SIZE) -> tuple[int, ...]:
    """A bottom-k sketch: the `size` smallest 63-bit hashes of the text's shingles, sorted."""
    hashes = {int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") >> 1
              for s in shingles(text)}
    return tuple(sorted(hashes)[:size])


def similarity(a: Sequence[int], b: Sequence[int], size: int = SKETCH_SIZE) -> float:
    """The Jaccard similarity of two texts' shingles, estimated from their bottom-k sketches."""
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:size]
    both = set(a) & set(b)
    return sum(h in both for h in union) / len(union)


def _family(t: str | None) -> str | None:
    return _FAMILY.get(t, t) if t else None


def _window(r: Report, m: Report) -> int:
    if r.event_date is None or m.event_date is None:
        return PUBLISHED_DAYS
    return ENCOUNTER_DAYS if _family(r.event_type) == "encounter" else POINT_DAYS


def score(r: Report, m: Report, w: Weights = DEFAULT) -> float:
    """How surely two reports tell of one occasion; 0 when they cannot (another pair, an announcement
    beside a report of the act, dates too far apart, incompatible types)."""
    if r.pair != m.pair or r.announcement != m.announcement or abs((r.day - m.day).days) > _window(r, m):
        return 0.0
    text = similarity(r.sketch, m.sketch)
    if w.wire_copy and text >= WIRE_COPY:
        return 1.0 + text
    if r.event_type is None or m.event_type is None:
        return w.text * text
    if _family(r.event_type) != _family(m.event_type):
        return 0.0
    s = w.text * text + (w.same_type if r.event_type == m.event_type else 0.0)
    if r.event_date is not None and m.event_date is not None:
        gap = abs((r.event_date - m.event_date).days)
        s += w.same_date if gap == 0 else w.near_date
    if r.people and m.people:
        s += w.people if set(r.people) & set(m.people) else w.disjoint_people
    if r.place and m.place:
        s += w.place if r.place == m.place else w.other_place
    elif r.place_country and r.place_country == m.place_country:
        s += w.country
    return s


def resolve(event_id: str, merged: Mapping[str, str]) -> str:
    """The event an id stands for now, following merges."""
    seen = set()
    while event_id in merged and event_id not in seen:
        seen.add(event_id)
        event_id = merged[event_id]
    return event_id


def assign(reports: Iterable[Report], candidates: Iterable[Member], merged: Mapping[str, str] | None = None,
           previous: Mapping[str, str] | None = None, w: Weights = DEFAULT,
           threshold: float = THRESHOLD) -> Assignment:
    """Assign reports, first come first, to the events of `candidates` or of earlier reports of the
    batch, else to a new event each.

    A report that matches several events joins the one opened first (or its previous one, when it was
    assigned before and still matches it) and the others are merged into it. `merged` maps merged
    event ids to what they became; `previous` each re-assigned article's former event.
    """
    merges = dict(merged or {})
    previous = previous or {}
    pool: dict[tuple[str, date], list[Member]] = {}
    first: dict[str, tuple[str, str]] = {}

    def add(m: Member) -> None:
        pool.setdefault((m.report.pair, m.report.day), []).append(m)
        e = resolve(m.event_id, merges)
        first[e] = min(first.get(e, m.report.order), m.report.order)

    for m in candidates:
        add(m)
    out = Assignment()
    reach = max(ENCOUNTER_DAYS, POINT_DAYS, PUBLISHED_DAYS)
    for r in sorted(reports, key=lambda r: r.order):
        best: dict[str, float] = {}
        for offset in range(-reach, reach + 1):
            for m in pool.get((r.pair, r.day + timedelta(days=offset)), ()):
                if m.report.article_id == r.article_id:
                    continue
                s = score(r, m.report, w)
                e = resolve(m.event_id, merges)
                if s >= threshold and s > best.get(e, 0.0):
                    best[e] = s
        if not best:
            event = event_id_for(r.article_id)
            out.members.append((r, event, None))
            out.opened.append(event)
        else:
            prior = resolve(previous.get(r.article_id, ""), merges)
            event = prior if prior in best else min(best, key=lambda e: (first[e], e))
            for other in sorted(best):
                if other != event:
                    merges[other] = event
                    out.merges.append((other, event, r.article_id))
                    first[event] = min(first[event], first[other])
            out.members.append((r, event, best[event]))
        add(Member(r, event))
    return out
