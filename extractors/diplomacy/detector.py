"""detect(): read, judge, explain. Pure and fast; lexicons load once per process."""

from __future__ import annotations

import gc
import logging
from datetime import date, datetime

from extractors.core.models import Detection

from .analysis import Sentence, read_article
from .dates import news_day
from .events import extract_events, extract_tiers
from .grammar import UnknownScript
from .scoring import judge
from .text import guess_script

DETECTOR_VERSION = "diplomacy-0.36.0"
MAX_EVIDENCE = 3
UNKNOWN_SCRIPT = "unknown_script"  # Detection.extra["unread"] of a text in a script no grammar reads
log = logging.getLogger(__name__)


def _evidence(sentences: list[Sentence], support: dict[int, float]) -> tuple[str, ...]:
    """The sentences that contributed most, in reading order."""
    top = sorted(support, key=lambda i: -support[i])[:MAX_EVIDENCE]
    return tuple(sentences[i].text for i in sorted(top))


def detect(title: str, text: str, language: str | None = None,
           published_at: date | datetime | None = None) -> Detection:
    """Decide whether an article is about CN/US/VN diplomacy, between which pairs, and what happened.

    `title` may be empty and `text` may be a headline only; `language` (en, vi, zh-Hans, zh-Hant...) is a
    hint, the script is read from the text. `published_at` (the article's publication date or time) resolves
    the events' weekdays and relative dates ("on Monday", "hôm qua", "昨天") to ISO dates, and chooses among
    the office-holders a shared name may be by their years in office ("布什" in 1992 is the elder Bush); an
    aware time is read in the copy's news zone (UTC+7 for Vietnamese, UTC+8 for Chinese). Pure and
    deterministic: no I/O after the lexicons load.
    Text mostly in a script the registry (lexicons/grammar/scripts.toml) does not hold is not read: the
    detection is not relevant, with `extra["unread"]` naming the reason ("unknown_script: ...").
    `Detection.extra` holds the script used, the weighted diplomacy mass per pair and the features the
    score is made of, for explaining a verdict.
    """
    if not gc.isenabled():  # the caller (or a detection running in another thread) holds it off already
        return _detect(title, text, language, published_at)
    # The cyclic collector paused for one detection: an article's sentences, mentions and their lists are
    # a thousand or so objects alive at once, enough to start a collection in nearly every article (and one
    # of the older generation every twelfth or so) that walks all of them while they are still in use, and
    # moves them to the older generation to be walked again, though reference counting frees them all when
    # the detection returns. Paused, the collector's count of new objects falls back as they are freed, and
    # a collection runs only for what outlives the detection (the caches). Nothing the detection computes
    # depends on it. Process-wide: a thread that turns the collector off while a detection runs elsewhere
    # finds it on again when that detection returns.
    gc.disable()
    try:
        return _detect(title, text, language, published_at)
    finally:
        gc.enable()


def _detect(title: str, text: str, language: str | None, published_at: date | datetime | None) -> Detection:
    """detect() itself, with the collector as the caller left it."""
    try:
        script = guess_script(f"{title or ''}\n{text or ''}", language)
    except UnknownScript as error:  # no grammar reads it: say so rather than read it as another language
        log.info("detector: %s: not read (%s)", UNKNOWN_SCRIPT, error)
        return Detection(relevant=False, score=0.0, detector_version=DETECTOR_VERSION,
                         extra={"script": None, "unread": f"{UNKNOWN_SCRIPT}: {error}"})
    published = news_day(published_at, script)
    sentences = read_article(title or "", text or "", script, published)
    verdict = judge(sentences)
    events = extract_events(sentences, verdict.support, published) if verdict.relevant else ()
    return Detection(
        relevant=verdict.relevant,
        score=verdict.score,
        pairs=verdict.pairs,
        events=events,
        tiers=extract_tiers(sentences),
        evidence=_evidence(sentences, verdict.support) if verdict.relevant else (),
        detector_version=DETECTOR_VERSION,
        extra={"script": script, "pair_mass": verdict.pair_mass, **verdict.features},
    )
