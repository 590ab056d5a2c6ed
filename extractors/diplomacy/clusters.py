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
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

# A visit and the talks, meetings, signings and welcome held during it are one occasion; a protest is
# reported as a demand or an accusation by another outlet, a measure as a cut in relations. The
# detector's main type of one occasion differs across reports, so a type of another family weighs
# against a match rather than forbidding it.
_FAMILY = {"visit": "encounter", "host_visit": "encounter", "meet": "encounter", "negotiate": "encounter",
           "sign_agreement": "encounter",
           "statement": "words", "protest": "words", "accuse": "words", "criticize": "words",
           "threaten": "words", "demand": "words", "appeal": "words", "praise": "words",
           "trade_measure": "measure", "sanction": "measure", "reduce_relations": "measure", "aid": "measure",
           "military": "measure"}
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
    other_place: float = -0.1
    same_type: float = 0.1
    other_family: float = 0.0  # measured: a penalty split more occasions than it kept apart
    near_publication: float = 0.15  # an undated report published within a day of the other
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

    @property
    def published_day(self) -> date:
        if self.published_at is None:
            return self.day
        at = self.published_at
        return (at.astimezone(UTC) if at.tzinfo else at).date()


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
    """A bottom-k sketch: the `size` smallest 32-bit hashes (CRC-32, stable across processes, unlike
    hash()) of the text's shingles, sorted."""
    hashes = {zlib.crc32(s.encode()) for s in shingles(text)}
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


def _apart(r: Report, m: Report) -> bool:
    """Too far apart in time to be one occasion: both dated, an announcement beside a report of the
    act or dates beyond the type's window; else publications more than PUBLISHED_DAYS apart."""
    if r.event_date is None or m.event_date is None:
        return abs((r.published_day - m.published_day).days) > PUBLISHED_DAYS
    window = ENCOUNTER_DAYS if _family(r.event_type) == "encounter" else POINT_DAYS
    return r.announcement != m.announcement or abs((r.event_date - m.event_date).days) > window


def score(r: Report, m: Report, w: Weights = DEFAULT) -> float:
    """How surely two reports tell of one occasion; 0 when they cannot (another pair, an announcement
    beside a report of the act, dates too far apart, incompatible types)."""
    if r.pair != m.pair or _apart(r, m):
        return 0.0
    text = similarity(r.sketch, m.sketch)
    if w.wire_copy and text >= WIRE_COPY:
        return 1.0 + text
    if r.event_type is None or m.event_type is None:
        return w.text * text
    s = w.text * text
    if r.event_type == m.event_type:
        s += w.same_type
    elif _family(r.event_type) != _family(m.event_type):
        s += w.other_family
    if r.event_date is not None and m.event_date is not None:
        gap = abs((r.event_date - m.event_date).days)
        s += w.same_date if gap == 0 else w.near_date
    elif abs((r.published_day - m.published_day).days) <= 1:
        s += w.near_publication
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


def _matches(r: Report, pool: Mapping[tuple[str, date], list[Member]], merges: Mapping[str, str],
             w: Weights, threshold: float) -> dict[str, float]:
    """The events (as merged so far) whose members near the report's days match it, with the best score."""
    reach = max(ENCOUNTER_DAYS, POINT_DAYS, PUBLISHED_DAYS)
    best: dict[str, float] = {}
    seen: set[str] = set()
    for day in {r.day, r.published_day}:
        for offset in range(-reach, reach + 1):
            for m in pool.get((r.pair, day + timedelta(days=offset)), ()):
                if m.report.article_id == r.article_id or m.report.article_id in seen:
                    continue
                seen.add(m.report.article_id)
                s = score(r, m.report, w)
                e = resolve(m.event_id, merges)
                if s >= threshold and s > best.get(e, 0.0):
                    best[e] = s
    return best


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
        for day in {m.report.day, m.report.published_day}:
            pool.setdefault((m.report.pair, day), []).append(m)
        e = resolve(m.event_id, merges)
        first[e] = min(first.get(e, m.report.order), m.report.order)

    for m in candidates:
        add(m)
    out = Assignment()
    for r in sorted(reports, key=lambda r: r.order):
        best = _matches(r, pool, merges, w, threshold)
        if not best:
            event = event_id_for(r.article_id)
            out.members.append((r, event, None))
            out.opened.append(event)
        else:
            event = _join(r, best, resolve(previous.get(r.article_id, ""), merges), merges, first, out)
        add(Member(r, event))
    return out


def _join(r: Report, best: Mapping[str, float], prior: str, merges: dict[str, str],
          first: dict[str, tuple[str, str]], out: Assignment) -> str:
    """The event a report that matches `best` joins: its previous one (`prior`) when among them, else the
    one opened first; the others are merged into it."""
    event = prior if prior in best else min(best, key=lambda e: (first[e], e))
    for other in sorted(best):
        if other != event:
            merges[other] = event
            out.merges.append((other, event, r.article_id))
            first[event] = min(first[event], first[other])
    out.members.append((r, event, best[event]))
    return event


def make_report(article_id: str, story_pairs: Sequence[str], published_at: datetime | None,
                language: str | None, title: str, lead: str, event: Mapping[str, Any] | None
                ) -> Report | None:
    """A story as clustering sees it: its main event's fields (`event`: event_type, actor, target,
    event_date as a date, place, place_country, people; None when it reports no event) and a sketch of
    its title and lead. None when it has no pair or no date at all (it cannot be placed)."""
    event = event or {}
    pair = pair_of(event.get("actor"), event.get("target"), story_pairs)
    at = published_at.astimezone(UTC) if published_at and published_at.tzinfo else published_at
    pub_day = at.date() if at else None
    edate = event.get("event_date")
    day = edate or pub_day
    if pair is None or day is None:
        return None
    return Report(
        article_id=article_id, pair=pair, day=day, order=(at.isoformat() if at else "9999", article_id),
        event_type=event.get("event_type"), actor=event.get("actor"), target=event.get("target"),
        event_date=edate, place=event.get("place"), place_country=event.get("place_country"),
        people=tuple(sorted(event.get("people") or ())),
        announcement=bool(edate and pub_day and pub_day < edate),
        published_at=at, language=language, sketch=sketch(f"{title}\n{lead}"))
