"""Which article a fetched page belongs to: trusted canonicals, remembered aliases, learned parameters.

A page's `rel=canonical` is its key only when that is plausible: a canonical shared by distinct
pages (different text, or a different path with different text than the page stored under it) is
distrusted for good, logged once and recorded in `distrusted_canonicals`; such pages keep their own
URL. Every URL that led to an article is an alias (`article_aliases`), so a variant seen before is not
fetched again. Two entry URLs that differ in one query parameter only and gave the same page teach
that the parameter does not change that host's pages (`ignored_params`); later URLs are keyed without
it. A page reached through a URL variant (query or trailing slash) whose text equals a stored
article's joins that article instead of becoming a row of its own.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from extractors.core.models import ProcessedArticle
from extractors.core.urls import drop_params, host_of, preferred_url, sole_differing_param, variant_key
from warehouse.arrow import registered
from warehouse.changes import lookup_rows
from warehouse.load import alias_row

log = logging.getLogger("bamboo.warehouse")

TEXT_METHODS = ("trafilatura", "jsonld")  # extracted from the page itself, not the feed's summary


@dataclass
class Context:
    """What the warehouse knows about the URLs of one batch."""

    ignored: dict[str, set[str]] = field(default_factory=dict)  # host -> parameters dropped from keys
    by_url: dict[str, str] = field(default_factory=dict)  # alias URL -> article URL (its key)
    by_variant: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # variant key -> (alias, key)
    aliases_of: dict[str, list[str]] = field(default_factory=dict)  # article URL -> its aliases
    prints: dict[str, set[str]] = field(default_factory=dict)  # article URL -> fingerprints of its pages
    distrusted: set[str] = field(default_factory=set)


@dataclass
class Keyed:
    """A batch with every article's key decided, and the identity rows to commit with it."""

    articles: list[ProcessedArticle]
    rows: dict[str, list[dict[str, Any]]]


def text_print(body: str) -> str:
    """The fingerprint of an extracted text (equal to DuckDB's sha256(body))."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def fingerprints(p: ProcessedArticle) -> frozenset[str]:
    """Hashes that identify the page fetched for `p`: its bytes, and its extracted text if any."""
    if p.page is None or not p.page.ok or not p.page.body:
        return frozenset()
    out = {hashlib.sha256(p.page.body).hexdigest()}
    art = p.article
    if art is not None and not art.error and art.method in TEXT_METHODS and art.body:
        out.add(text_print(art.body))
    return frozenset(out)


def claimed_canonical(p: ProcessedArticle) -> str | None:
    """The deeper same-site canonical the fetched page declares, when it is not its own URL."""
    if p.article is None or p.page is None or not p.page.ok:
        return None
    key = preferred_url(p.url, p.article.canonical_url)
    return key if key != p.url else None


def resolve(con: duckdb.DuckDBPyConnection, batch: Sequence[ProcessedArticle], now: datetime) -> Keyed:
    """Key each article of `batch` (whose `url` is its entry URL); call with the writer lock held."""
    claims = [claimed_canonical(p) for p in batch]
    prints = [fingerprints(p) for p in batch]
    ctx = load_context(con, [p.url for p in batch], [c for c in claims if c])
    rows: dict[str, list[dict[str, Any]]] = {"article_aliases": [], "ignored_params": [],
                                             "distrusted_canonicals": []}
    shared = shared_in_batch(batch, claims, prints, ctx)
    seen: list[tuple[str, frozenset[str], str]] = []  # (entry URL, fingerprints, key) of this batch
    out = []
    for p, claim, fp in zip(batch, claims, prints, strict=True):
        entry = p.url
        feed = p.sources[0].feed_name if p.sources else None
        own = drop_params(entry, ctx.ignored.get(host_of(entry), set()))
        key = ctx.by_url.get(entry) or ctx.by_url.get(own)
        if key is None and claim:
            key = _trusted(claim, entry, fp, feed, ctx, shared, rows, now)
        same = same_page(entry, fp, ctx, seen)
        if key is None:
            key = same[0][1] if same else own
        for other, _ in same:
            _learn(entry, other, ctx, rows, now)
        own = drop_params(entry, ctx.ignored.get(host_of(entry), set()))
        if own not in (entry, key):
            rows["article_aliases"].append(alias_row(own, key, feed, "params_dropped", now))
        seen.append((entry, fp, key))
        out.append(replace(p, url=key))
    return Keyed(out, rows)


def _trusted(claim: str, entry: str, fp: frozenset[str], feed: str | None, ctx: Context,
             shared: dict[str, str], rows: dict[str, list[dict[str, Any]]], now: datetime) -> str | None:
    """`claim` if it may key the page at `entry`; None (and the distrust recorded once) if not."""
    if claim in ctx.distrusted:
        return None
    other, reason = shared.get(claim), "declared in one batch by distinct pages (different text)"
    if other is None and claim in ctx.aliases_of and not fp & ctx.prints.get(claim, set()):
        aliases = ctx.aliases_of[claim]
        if not any(variant_key(a) == variant_key(entry) for a in aliases):
            other = next((a for a in aliases if a not in (entry, claim)), claim)  # the page's own URL
            reason = "already the key of a distinct stored page (another path, different text)"
    if other is None:
        return claim
    ctx.distrusted.add(claim)
    rows["distrusted_canonicals"].append({
        "canonical_url": claim, "feed_name": feed, "entry_url": entry, "other_entry_url": other,
        "reason": reason, "first_seen_at": now})
    log.warning("Canonical URL %s distrusted: %s (%s and %s); those pages keep their own URLs",
                claim, reason, entry, other)
    return None


def same_page(entry: str, fp: frozenset[str], ctx: Context,
              seen: Sequence[tuple[str, frozenset[str], str]]) -> list[tuple[str, str]]:
    """(other URL, its key) for every known URL variant of `entry` that gave the same page."""
    if not fp:
        return []
    vk = variant_key(entry)
    found = [(u, k) for u, k in ctx.by_variant.get(vk, []) if u != entry and fp & ctx.prints.get(k, set())]
    found += [(u, k) for u, f, k in seen if u != entry and variant_key(u) == vk and fp & f]
    return found


def _learn(entry: str, other: str, ctx: Context, rows: dict[str, list[dict[str, Any]]],
           now: datetime) -> None:
    """Learn that the one parameter in which two URLs of the same page differ does not matter."""
    name = sole_differing_param(entry, other)
    host = host_of(entry)
    if name is None or name in ctx.ignored.setdefault(host, set()):
        return
    ctx.ignored[host].add(name)
    rows["ignored_params"].append({"host": host, "param": name, "url_a": other, "url_b": entry,
                                   "learned_at": now})
    log.warning("Query parameter %r does not change pages on %s (%s and %s are the same page); "
                "dropped from its URLs from now on", name, host, other, entry)


def shared_in_batch(batch: Sequence[ProcessedArticle], claims: Sequence[str | None],
                    prints: Sequence[frozenset[str]], ctx: Context) -> dict[str, str]:
    """Canonicals that distinct pages of this batch lay claim to -> one of those pages' URL."""
    members: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for p, claim, fp in zip(batch, claims, prints, strict=True):
        if fp:
            own = drop_params(p.url, ctx.ignored.get(host_of(p.url), set()))
            members.setdefault(claim or own, []).append((own, fp))
    shared = {}
    for claim, pages in members.items():
        for i, (url_a, fp_a) in enumerate(pages):
            other = next((u for u, f in pages[i + 1:] if u != url_a and not f & fp_a), None)
            if other is not None:
                shared[claim] = other
                break
    return {c: o for c, o in shared.items() if c in claims}


def load_context(con: duckdb.DuckDBPyConnection, entries: Sequence[str], claims: Sequence[str]) -> Context:
    """Learned parameters, aliases and fingerprints that bear on these entry URLs and canonicals."""
    ctx = Context(ignored=ignored_params(con, {host_of(u) for u in [*entries, *claims]}))
    owns = [drop_params(u, ctx.ignored.get(host_of(u), set())) for u in entries]
    urls = {*entries, *owns, *claims}
    aliases = related_aliases(con, urls)
    keys = dict(lookup_rows(con, "SELECT article_id, url FROM articles WHERE article_id IN ({keys})",
                            {aid for _, _, aid in aliases}))
    ctx.distrusted = {r[0] for r in lookup_rows(
        con, "SELECT canonical_url FROM distrusted_canonicals WHERE canonical_url IN ({keys})", urls)}
    for alias, vk, aid in aliases:
        if aid not in keys:
            continue
        key = keys[aid]
        ctx.by_url[alias] = key
        ctx.by_variant.setdefault(vk, []).append((alias, key))
        ctx.aliases_of.setdefault(key, []).append(alias)
    ctx.prints = stored_prints(con, keys)
    return ctx


def related_aliases(con: duckdb.DuckDBPyConnection, urls: set[str]) -> list[tuple[str, str, str]]:
    """(entry URL, variant key, article id) of every alias that is one of `urls`, shares a variant key
    with one, or belongs to an article keyed by one; by entry URL. Each is a lookup: in the primary
    key, the variant key and article id indexes of article_aliases (migration 013), and the UNIQUE
    index on the articles' URLs."""
    columns = "SELECT entry_url, variant_key, article_id FROM article_aliases"
    keyed = [r[0] for r in lookup_rows(con, "SELECT article_id FROM articles WHERE url IN ({keys})", urls)]
    found = lookup_rows(con, columns + " WHERE entry_url IN ({keys})", urls)
    found += lookup_rows(con, columns + " WHERE variant_key IN ({keys})", {variant_key(u) for u in urls})
    found += lookup_rows(con, columns + " WHERE article_id IN ({keys})", keyed)
    return sorted(set(found))


def stored_prints(con: duckdb.DuckDBPyConnection, urls: dict[str, str]) -> dict[str, set[str]]:
    """Fingerprints of every stored page version of the articles `urls` names (article id -> its URL,
    the article's key), by URL: their pages and extractions looked up in the article_id indexes."""
    rows = lookup_rows(
        # Only the ids filter: another condition on the table made DuckDB scan it (every extracted body
        # at a million articles) instead of looking the ids up. Unusable versions give NULL or ''.
        con, "SELECT article_id, body_sha256 FROM raw_pages WHERE article_id IN ({keys}) "
        "UNION SELECT article_id, CASE WHEN error IS NULL AND body <> '' "
        f"AND method IN {TEXT_METHODS} THEN sha256(body) END FROM extractions "
        "WHERE article_id IN ({keys})", urls)
    out: dict[str, set[str]] = {}
    for aid, value in rows:
        if value:
            out.setdefault(urls[aid], set()).add(value)
    return out


def ignored_params(con: duckdb.DuckDBPyConnection, hosts: set[str]) -> dict[str, set[str]]:
    """The query parameters learned not to change pages, per host (of `hosts`)."""
    return _grouped(con, "_bamboo_hosts", pa.table({"host": sorted(hosts)}),
                    "SELECT host, param FROM ignored_params JOIN _bamboo_hosts USING (host)")


def _grouped(con: duckdb.DuckDBPyConnection, name: str, probe: pa.Table, sql: str) -> dict[str, set[str]]:
    """The (key, value) rows `sql` finds for `probe` (lent as `name`), as each key's set of values."""
    out: dict[str, set[str]] = {}
    if probe.num_rows == 0:
        return out
    with registered(con, name, probe):
        rows = con.execute(sql).fetchall()
    for key, value in rows:
        out.setdefault(key, set()).add(value)
    return out
