"""A cheap guard run before parsing: no long start tag keeps more than MAX_ATTRIBUTES attributes.

Parsers check each new attribute against those already read on the same element (libxml2's HTML
parser, Python's xml.sax under feedparser), so one element with n attributes costs n²/2
comparisons: 100,000 attributes on a `<div>` took over a minute to extract. Real markup has a few
dozen at most, so every start tag of at least `min_tag` bytes is cut to its first MAX_ATTRIBUTES
attributes; a shorter tag cannot hold more than min_tag/2 of them. That bounds the parse to
min_tag/4 comparisons per attribute, linear in the document's size, and changes nothing else
(browsers read such a tag the same way up to the cut). The per-item CPU budget
(`extractors.core.budget`) remains the real bound; this keeps one known quadratic path cheap.

Works on bytes (before decoding: the markup characters are ASCII in every encoding a page or feed
declares, UTF-16 aside, which this leaves alone). The scan is one split on '<' plus a look at the
few runs long enough to hold such a tag, ~0.4 ms on a 170 KB page. Quoted values holding '>' are
read whole; a flood that puts a '<' in a quoted value every few attributes splits into short runs
and is not cut (finding it would mean reading every tag character by character): the budget stops it.
"""

from __future__ import annotations

import re
from itertools import compress

MAX_ATTRIBUTES = 64
PAGE_MIN_TAG = 1024  # pages: lxml compares fast; looking only at long tags keeps the scan ~0.4 ms/page
FEED_MIN_TAG = 2 * MAX_ATTRIBUTES  # feeds: xml.sax compares in Python, so every tag that could hold more

# A start tag's name, then its attributes: names as HTML and XML parsers accept them, values whole.
_NAME = rb"[A-Za-z][-\w:.]*"
_ATTR = rb"""\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:"[^"]*+"|'[^']*+'|[^\s<>"']++))?"""
_KEPT = re.compile(rb"(%s)((?:%s){%d})" % (_NAME, _ATTR, MAX_ATTRIBUTES))
_MORE = re.compile(_ATTR)
# The rest of the tag up to its '>' (quoted values may hold '>'), possessive: linear, no backtracking.
_REST = re.compile(rb"""(?:[^<>"']++|"[^"]*+"|'[^']*+')*+""")


def cap_attributes(markup: bytes, min_tag: int = FEED_MIN_TAG) -> bytes:
    """`markup` with every start tag of `min_tag` bytes or more cut to its first MAX_ATTRIBUTES attributes."""
    if len(markup) < min_tag:
        return markup
    # A run between two '<' is as long as the tag that opens it at least: only long runs are looked at.
    pieces = markup.split(b"<")
    long_runs = list(compress(range(1, len(pieces)), map(min_tag.__le__, map(len, pieces[1:]))))
    changed = False
    for i in long_runs:
        if (cut := _cut(pieces[i])) is not None:
            pieces[i], changed = cut, True
    return b"<".join(pieces) if changed else markup


def _cut(piece: bytes) -> bytes | None:
    """A piece (a start tag and what follows it up to the next '<') with the tag cut; None if unchanged.

    Only a run of more than MAX_ATTRIBUTES well-formed attributes counts, so script text that follows
    a '<' (`i<n.length;`) is never taken for a tag.
    """
    m = _KEPT.match(piece)
    if m is None or _MORE.match(piece, m.end()) is None:
        return None
    rest = _REST.match(piece, m.end())
    end = rest.end() if rest else m.end()
    closing = b"/" if piece[m.end():end].rstrip().endswith(b"/") else b""
    return piece[:m.end()] + closing + piece[end:]
