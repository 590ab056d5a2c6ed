"""OPML in and out: the subscription lists feed readers exchange.

Export writes OPML 2.0, one `<outline type="rss">` per feed with the standard attributes (`text`,
`title`, `xmlUrl`, `language`, `category` for the tags) and the rest of a feed's settings in the
`bamboo:` namespace, so importing an export gives the same feeds back. Import reads any reader's
OPML: every outline with an `xmlUrl`, at any depth; the titles of the folders it sits in become tags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from lxml import etree

from extractors.core.errors import ConfigError
from extractors.core.models import Feed

NS = "urn:bamboo-wire:opml:1"
_B = f"{{{NS}}}"


@dataclass(frozen=True)
class OpmlFeed:
    """One feed outline as found: the standard attributes and whatever `bamboo:` ones it had."""

    url: str
    title: str = ""
    html_url: str = ""
    language: str = ""
    tags: tuple[str, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)  # bamboo:name, timezone, sitemap, ...


def to_opml(feeds: Sequence[Feed], title: str = "Bamboo Wire feeds", now: datetime | None = None) -> bytes:
    """An OPML 2.0 document listing `feeds` in order."""
    root = etree.Element("opml", version="2.0", nsmap={"bamboo": NS})
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = title
    etree.SubElement(head, "dateCreated").text = format_datetime(now or datetime.now(UTC), usegmt=True)
    body = etree.SubElement(root, "body")
    for f in feeds:
        o = etree.SubElement(body, "outline", type="rss", text=f.outlet, title=f.outlet, xmlUrl=f.url)
        if f.language:
            o.set("language", f.language)
        if f.tags:
            o.set("category", ",".join(f"/{t}" for t in f.tags))
        o.set(_B + "name", f.name)
        o.set(_B + "timezone", f.timezone)
        for key in ("sitemap", "archive"):
            if getattr(f, key):
                o.set(_B + key, getattr(f, key))
        if f.robots != "obey":
            o.set(_B + "robots", f.robots)
        if f.disabled:
            o.set(_B + "disabled", "true")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def from_opml(data: bytes, origin: str) -> list[OpmlFeed]:
    """Every feed outline of an OPML document, in document order; ConfigError if it is not OPML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ConfigError(f"{origin}: not an OPML file: {exc}") from exc
    if etree.QName(root).localname != "opml":
        raise ConfigError(f"{origin}: not an OPML file: the root element is <{etree.QName(root).localname}>")
    body = next((c for c in root if etree.QName(c).localname == "body"), None)
    if body is None:
        raise ConfigError(f"{origin}: not an OPML file: no <body>")
    found: list[OpmlFeed] = []
    _walk(body, (), found)
    return found


def _walk(parent: etree._Element, folders: tuple[str, ...], found: list[OpmlFeed]) -> None:
    for o in parent:
        if not isinstance(o.tag, str) or etree.QName(o).localname != "outline":
            continue
        label = (o.get("title") or o.get("text") or "").strip()
        url = (o.get("xmlUrl") or o.get("xmlurl") or "").strip()
        if url:
            found.append(OpmlFeed(url=url, title=label, html_url=(o.get("htmlUrl") or "").strip(),
                                  language=(o.get("language") or "").strip(),
                                  tags=_dedupe((*folders, *_categories(o.get("category") or ""))),
                                  extra={k[len(_B):]: v for k, v in o.attrib.items() if k.startswith(_B)}))
        _walk(o, (*folders, label) if label and not url else folders, found)


def _categories(value: str) -> tuple[str, ...]:
    """OPML 2.0 `category`: comma-separated, slash-delimited paths ("/News/Asia,/diplomacy")."""
    return tuple(part.strip() for path in value.split(",") for part in path.split("/") if part.strip())


def _dedupe(items: Sequence[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))
