"""Canonical article URLs: one spelling per story, so the same link from two feeds is stored once.

`canonicalize_url` lower-cases scheme and host, IDNA-encodes the host, drops default ports,
fragments and tracking parameters, keeps every other query parameter in its order, and
normalises percent-escapes. It is idempotent: canonicalising a canonical URL changes nothing.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote_plus, urljoin, urlsplit, urlunsplit

import idna

DEFAULT_PORTS = {"http": 80, "https": 443}

# Parameters that only say where a click came from; they never change the document.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "li_fat_id", "igshid", "igsh", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi",
    "__hstc", "__hssc", "__hsfp", "hsctatracking", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv",
    "wickedid", "rb_clickid", "s_cid", "ncid", "cmpid", "ocid", "sr_share", "spm", "at_medium",
    "at_campaign", "ito", "ref_src", "ref_url", "smid", "ns_mchannel", "ns_source", "ns_campaign",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

# Characters left unescaped: RFC 3986 unreserved + sub-delims + ':' '@' '/', and '%' so that
# existing escapes survive (quoting stays idempotent).
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = "/?%:@!$'()*+,;=-._~"
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def canonicalize_url(url: str, base: str | None = None) -> str:
    """The canonical form of an http(s) URL (relative URLs resolved against `base`); ValueError otherwise."""
    if not isinstance(url, str):
        raise ValueError(f"not a URL: {url!r}")
    raw = url.strip()
    if base:
        raw = urljoin(base.strip(), raw)
    try:
        parts = urlsplit(raw)
    except ValueError as exc:
        raise ValueError(f"unparseable URL {url!r}: {exc}") from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise ValueError(f"not an http(s) URL: {url!r}")
    try:
        host = _canonical_host(parts.hostname or "")
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"unparseable URL {url!r}: {exc}") from None
    netloc = _netloc(host, port, scheme, parts.username, parts.password)
    path = _quote(parts.path or "/", _PATH_SAFE)
    query = _clean_query(parts.query)
    return urlunsplit((scheme, netloc, path, query, ""))


def article_id(canonical_url: str) -> str:
    """A stable 16-hex-digit id for a canonical URL (first 64 bits of its SHA-256)."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


def site_of(url: str) -> str:
    """The host of `url` without `www.`, lower-cased: what tells a site's own links from others."""
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


def preferred_url(url: str, page_canonical: str | None) -> str:
    """The article's key: the page's own canonical URL when it is a deeper URL on the same site.

    Sites that point every page's canonical at their home page, or at another site, keep `url`.
    """
    if not page_canonical:
        return url
    try:
        canonical = canonicalize_url(page_canonical)
    except ValueError:
        return url
    parts = urlsplit(canonical)
    deep = parts.path not in ("", "/") or bool(parts.query)  # "/?p=123" is an article too
    return canonical if deep and site_of(canonical) == site_of(url) else url


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that only tracks the click (utm_*, fbclid, gclid...)."""
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def _canonical_host(host: str) -> str:
    """Lower-cased, IDNA (punycode) host; IPv6 literals bracketed; ValueError when empty or invalid."""
    host = host.strip().rstrip(".").lower()
    if not host:
        raise ValueError("no host")
    if ":" in host:  # IPv6 literal (urlsplit already removed the brackets)
        return f"[{host}]"
    if host.isascii():
        if not re.fullmatch(r"[a-z0-9._\-]+", host):
            raise ValueError(f"bad host {host!r}")
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"bad host {host!r}: {exc}") from None


def _netloc(host: str, port: int | None, scheme: str, user: str | None, password: str | None) -> str:
    """host[:port] with the default port dropped; credentials kept only if present."""
    netloc = host if port is None or port == DEFAULT_PORTS[scheme] else f"{host}:{port}"
    if user is not None:
        cred = quote(user, safe="%") + (f":{quote(password, safe='%')}" if password is not None else "")
        netloc = f"{cred}@{netloc}"
    return netloc


def _quote(text: str, safe: str) -> str:
    """Percent-escape what must be escaped and upper-case existing escapes."""
    return _ESCAPE.sub(lambda m: m.group(0).upper(), quote(text, safe=safe))


def _clean_query(query: str) -> str:
    """The query with tracking and empty parameters removed, others kept verbatim and in order."""
    kept = []
    for part in query.split("&"):
        if not part:
            continue
        # "?" before a name is a query appended to a URL that already had one ("/a??utm_source=x")
        name = unquote_plus(part.split("=", 1)[0]).lstrip("?")
        if is_tracking_param(name):
            continue
        kept.append(_quote(part, _QUERY_SAFE + "&="))
    return "&".join(kept)


# --- URL variants: how two entry URLs of the same page can differ -------------------------------


def variant_key(url: str) -> str:
    """`url` without its query and trailing slashes: URLs sharing it may be variants of one page."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def host_of(url: str) -> str:
    """host[:port] of a canonical URL: the scope of what is learned about a site's parameters."""
    return urlsplit(url).netloc.lower()


def query_params(url: str) -> list[tuple[str, str]]:
    """The (name, raw value) pairs of `url`'s query, in order."""
    return [(p.split("=", 1)[0], p.split("=", 1)[1] if "=" in p else "")
            for p in urlsplit(url).query.split("&") if p]


def drop_params(url: str, names: frozenset[str] | set[str]) -> str:
    """`url` without the query parameters named in `names` (others kept verbatim, in order)."""
    if not names:
        return url
    parts = urlsplit(url)
    kept = [p for p in parts.query.split("&") if p and unquote_plus(p.split("=", 1)[0]) not in names]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))


def sole_differing_param(a: str, b: str) -> str | None:
    """The one query parameter in which `a` and `b` differ, when that is their only difference.

    None when they differ in anything else (scheme, host, path), in several parameters, or not at all.
    """
    pa_, pb = urlsplit(a), urlsplit(b)
    if (pa_.scheme, pa_.netloc, pa_.path) != (pb.scheme, pb.netloc, pb.path):
        return None
    qa, qb = query_params(a), query_params(b)
    names = {n for n, _ in qa} | {n for n, _ in qb}
    differing = [n for n in names if [v for k, v in qa if k == n] != [v for k, v in qb if k == n]]
    if len(differing) != 1:
        return None
    rest_a = [(k, v) for k, v in qa if k != differing[0]]
    rest_b = [(k, v) for k, v in qb if k != differing[0]]
    return unquote_plus(differing[0]) if rest_a == rest_b else None
