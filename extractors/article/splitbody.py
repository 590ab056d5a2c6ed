"""Recover article text split across repeated containers (e.g. body chunks separated by ad slots).

trafilatura keeps the one container it judged to be the article; pages that cut the body into
several sibling blocks with the same tag and class lose everything after the first block.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

ANCHOR_MIN_CHARS = 60  # the last body line must be distinctive enough to find in the page
MAX_CHUNKS = 5  # more look-alike blocks than this means a generic class (widgets, cards), not a body
CHUNK_MIN_CHARS = 150
PARAGRAPH_MEAN_CHARS = 80  # article prose; lists of links, bylines and legal lines are shorter
MAX_LINK_SHARE = 0.5
_NOT_BODY = re.compile(r"comment|footer|related|sidebar|promo|newsletter|share|social|recirc|widget", re.I)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _find_paragraph(tree: Any, text: str) -> Any | None:
    for el in tree.iter("p"):
        if _norm(el.text_content()) == text:
            return el
    return None


def _classed_ancestor(el: Any) -> Any | None:
    parent = el.getparent()
    while parent is not None and not parent.get("class"):
        parent = parent.getparent()
    return parent


def _prose(block: Any, seen: set[str]) -> list[str]:
    """Paragraphs of a block that are new and not mostly links."""
    out = []
    for p in block.iter("p"):
        text = _norm(p.text_content())
        if not text or text in seen:
            continue
        linked = sum(len(_norm(a.text_content())) for a in p.iter("a"))
        if linked <= MAX_LINK_SHARE * len(text):
            out.append(text)
    return out


def _later_chunks(tree: Any, container: Any) -> Iterator[Any]:
    """Blocks after `container` with its tag and class, outside it and outside comment-like areas."""
    same = [el for el in tree.iter(container.tag) if el.get("class") == container.get("class")]
    if len(same) > MAX_CHUNKS:
        return
    after = False
    for el in same:
        if el is container:
            after = True
            continue
        ancestors = list(el.iterancestors())
        if not after or any(a is container for a in ancestors):
            continue
        if any(_NOT_BODY.search(f"{a.get('class') or ''} {a.get('id') or ''}") for a in ancestors):
            continue
        yield el


def continuation(tree: Any, body: str) -> str:
    """Text of later sibling chunks of the block holding the body's last paragraph ('' if none)."""
    lines = [_norm(line) for line in body.split("\n")]
    anchors = [line for line in lines if len(line) >= ANCHOR_MIN_CHARS]
    if not anchors:
        return ""
    found = _find_paragraph(tree, anchors[-1])
    container = _classed_ancestor(found) if found is not None else None
    if container is None:
        return ""
    seen = set(lines)
    out: list[str] = []
    for chunk in _later_chunks(tree, container):
        paras = _prose(chunk, seen)
        size = sum(map(len, paras))
        if size >= CHUNK_MIN_CHARS and size >= PARAGRAPH_MEAN_CHARS * len(paras):
            out.extend(paras)
            seen.update(paras)
    return "\n".join(out)
