"""Body text from trafilatura in a cost-aware cascade: a cheap precise pass, deeper passes only if suspect."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from extractors.article.metadata import PageMeta, read_metadata
from extractors.article.splitbody import continuation

# trafilatura and htmldate log per-page conditions (discarded page at WARNING, unparsable tree at
# ERROR); each page's reason is recorded in Article.error instead, so their logs are only noise.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# Why these passes (measured on the Zyte benchmark, see docs/extraction.md):
# - "fast" skips trafilatura's readability/justext comparison, most of its cost; with
#   favor_precision it keeps boilerplate out and matches the full run except on very short results.
# - a short body usually means the main extractor missed the article container, which is exactly
#   when the external comparison (full precision pass) and then balanced mode help.
PASSES: tuple[tuple[str, dict[str, bool]], ...] = (
    ("precision-fast", {"favor_precision": True, "fast": True}),
    ("precision", {"favor_precision": True, "fast": False}),
    ("balanced", {"favor_precision": False, "fast": False}),
)
SUSPECT_CHARS = 500
SUSPECT_SHARE_OF_JSONLD = 0.5
REFERENCE_MIN_CHARS = 200  # a JSON-LD body shorter than this is a teaser, not the article


@dataclass(frozen=True)
class Extraction:
    """What trafilatura made of the page (body may be empty); `passes` lists the passes run."""

    body: str = ""
    meta: PageMeta = PageMeta()
    passes: tuple[str, ...] = ()
    error: str | None = None


def _error(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "trafilatura: document nested too deeply"
    return f"trafilatura: {type(exc).__name__}: {str(exc)[:200]}"


def _run_pass(tree: Any, url: str, name: str) -> tuple[str, str | None]:
    """Body text of one named pass, or an error; comments are never article body."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree, url=url, include_comments=False, include_tables=True, **dict(PASSES)[name]
        )
    except Exception as exc:  # trafilatura/lxml raise many types on malformed pages
        return "", _error(exc)
    if doc is None:
        return "", "trafilatura: no content found"
    return (doc.text or "").strip(), None


def is_suspect(body: str, reference: str = "") -> bool:
    """Cheap signal that a body is probably truncated: short, or far shorter than the JSON-LD body."""
    return len(body) < SUSPECT_CHARS or len(body) < SUSPECT_SHARE_OF_JSONLD * len(reference)


def reference_wins(body: str, reference: str) -> bool:
    """True when the page's JSON-LD articleBody is substantial and the extracted body a fraction of it."""
    return len(reference) >= REFERENCE_MIN_CHARS and len(body) < SUSPECT_SHARE_OF_JSONLD * len(reference)


def _parse(page: str) -> Any:
    from trafilatura.utils import load_html

    return load_html(page)


def extract_body(
    page: str,
    url: str,
    now: datetime,
    reference: str = "",
    *,
    author_hint: str | None = None,
    need_date: bool = True,
) -> Extraction:
    """Parse once; metadata, then the body of the first pass that is not suspect (else the longest)."""
    try:
        tree = _parse(page)
    except Exception as exc:  # lxml refuses some inputs outright
        return Extraction(error=_error(exc))
    if tree is None:
        return Extraction(error="trafilatura: empty HTML tree")
    try:
        meta = read_metadata(tree, url, now, author_hint=author_hint, need_date=need_date)
    except Exception:  # metadata is a bonus; the body matters more
        meta = PageMeta()
    body, error, passes = "", None, ()
    for name, _settings in PASSES:
        # Deeper passes cost a full extraction each: skip them once the body looks whole, or
        # when the JSON-LD body will be used anyway (SPA pages whose HTML holds no article).
        if passes and (not is_suspect(body, reference) or reference_wins(body, reference)):
            break
        candidate, candidate_error = _run_pass(tree, url, name)  # each pass works on its own copy
        passes += (name,)
        if len(candidate) > len(body):
            body, error = candidate, None
        elif not body:
            error = error or candidate_error
    body = _with_continuation(tree, body)
    return Extraction(body=body, meta=meta, passes=passes, error=None if body else error)


def _with_continuation(tree: Any, body: str) -> str:
    """The body plus any later chunks of a split article body."""
    try:
        extra = continuation(tree, body)
    except Exception:  # a heuristic must never cost the body we already have
        return body
    return f"{body}\n{extra}" if extra else body
