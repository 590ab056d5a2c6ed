"""Secrets taken out of URLs before they are stored or shown: userinfo and secret query values.

`redact_url` rewrites one URL; `redact_text` rewrites every URL inside a message (an error, a log
line, a JSON document). Both are idempotent. The real URL, credentials included, is only ever
used for the request itself; everything that leaves the fetch layer or is recorded goes through here.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

MASK = "***"
# Query parameters whose value is plainly a credential (compared lower-cased, '-' read as '_').
SECRET_PARAMS = frozenset({
    "token", "key", "api_key", "apikey", "access_token", "auth_token", "refresh_token", "id_token",
    "password", "passwd", "pwd", "secret", "client_secret", "sig", "signature", "x_amz_signature",
    "x_amz_credential", "x_amz_security_token", "sessionid",
})
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s\"'<>]+")


def redact_url(url: str) -> str:
    """`url` with its userinfo and the values of secret query parameters replaced by ***."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _redact_unparsed(url)
    netloc = parts.netloc
    if "@" in netloc:
        netloc = MASK + "@" + netloc.rsplit("@", 1)[1]
    query = _redact_query(parts.query)
    if netloc == parts.netloc and query == parts.query:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_text(text: str | None) -> str | None:
    """`text` with every URL in it redacted (None stays None)."""
    if not text or "://" not in text:
        return text
    return _URL.sub(lambda m: _redact_match(m.group(0)), text)


def _redact_match(found: str) -> str:
    """A URL found in text, redacted, with the punctuation that ended its sentence kept outside it."""
    url = found.rstrip(":,.;)]")
    return redact_url(url) + found[len(url):]


def _redact_query(query: str) -> str:
    """The query string with the values of secret parameters masked, everything else as it was."""
    if not query:
        return query
    out = []
    for pair in query.split("&"):
        name, eq, _value = pair.partition("=")
        if eq and name.lower().replace("-", "_") in SECRET_PARAMS:
            pair = f"{name}={MASK}"
        out.append(pair)
    return "&".join(out)


def _redact_unparsed(url: str) -> str:
    """Best effort for a URL urlsplit refuses: mask anything between '://' and an '@'."""
    return re.sub(r"(://)[^/@\s]*@", r"\1" + MASK + "@", url)
