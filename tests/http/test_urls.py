"""Canonical URLs: tracking parameters, case, ports, fragments, IDNA, relative links, idempotence."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.core.urls import article_id, canonicalize_url

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(("raw", "canonical"), [
    ("https://vnexpress.net/a.html?utm_source=rss&utm_medium=feed&id=3#comments",
     "https://vnexpress.net/a.html?id=3"),
    ("HTTP://WWW.Example.COM:80/Path/Story", "http://www.example.com/Path/Story"),
    ("https://example.com:443", "https://example.com/"),
    ("https://example.com:8443/x", "https://example.com:8443/x"),
    ("https://e.com/x?b=2&fbclid=abc&a=1&gclid=z&mc_cid=1&mc_eid=2&UTM_Campaign=c", "https://e.com/x?b=2&a=1"),
    ("https://e.com/x?z=1&y=2&x=3", "https://e.com/x?z=1&y=2&x=3"),
    ("https://e.com/tin tức?q=Việt Nam", "https://e.com/tin%20t%C3%BBc?q=Vi%E1%BB%87t%20Nam".replace(
        "t%C3%BBc", "t%E1%BB%A9c")),
    ("https://e.com/a%2fb?x=%e4", "https://e.com/a%2Fb?x=%E4"),
    ("https://BÜCHER.de/tin", "https://xn--bcher-kva.de/tin"),
    ("  https://e.com/x  ", "https://e.com/x"),
    ("https://e.com/x?utm_source=a", "https://e.com/x"),
    ("https://e.com/?&&a=1&", "https://e.com/?a=1"),
])
def test_canonical_forms(raw: str, canonical: str) -> None:
    assert canonicalize_url(raw) == canonical


def test_idna_host_is_punycode() -> None:
    url = canonicalize_url("https://bộngoạigiao.vn/tin")
    assert url.startswith("https://xn--") and url.isascii()


def test_relative_links_resolve_against_base() -> None:
    base = "https://www.mofa.gov.vn/vi/feed.rss"
    assert canonicalize_url("/tin/1?utm_source=x", base) == "https://www.mofa.gov.vn/tin/1"
    assert canonicalize_url("tin/2", base) == "https://www.mofa.gov.vn/vi/tin/2"
    assert canonicalize_url("//cdn.example.com/x", base) == "https://cdn.example.com/x"


@pytest.mark.parametrize("bad", ["ftp://e.com/x", "javascript:alert(1)", "mailto:a@b.c", "", "http://",
                                 "https://e.com:99999/", "not a url", "https://exa mple.com/"])
def test_refuses_non_http_and_unparseable(bad: str) -> None:
    with pytest.raises(ValueError):
        canonicalize_url(bad)


def test_same_story_from_two_feeds_gets_one_key() -> None:
    a = canonicalize_url("https://E.com/story?id=9&utm_source=feed-a#top")
    b = canonicalize_url("https://e.com:443/story?id=9&fbclid=XYZ")
    assert a == b and article_id(a) == article_id(b)


def test_article_id_is_short_stable_hex() -> None:
    aid = article_id("https://e.com/x")
    assert re.fullmatch(r"[0-9a-f]{16}", aid)
    assert aid == article_id("https://e.com/x") != article_id("https://e.com/y")


_urlish = st.builds(
    lambda scheme, host, port, path, query, frag: f"{scheme}://{host}{port}{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "Https", "ftp", ""]),
    st.one_of(st.from_regex(r"[A-Za-z0-9\-]{1,12}(\.[A-Za-z]{2,5}){1,2}", fullmatch=True),
              st.text(min_size=0, max_size=12)),
    st.sampled_from(["", ":80", ":443", ":8080", ":0", ":x"]),
    st.text(max_size=20).map(lambda t: "/" + t),
    st.lists(st.tuples(st.sampled_from(["utm_source", "id", "fbclid", "q", "Gclid", "a b"]),
                       st.text(max_size=6)), max_size=4).map(
        lambda kv: ("?" + "&".join(f"{k}={v}" for k, v in kv)) if kv else ""),
    st.sampled_from(["", "#x", "#"]),
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(_urlish, st.text(max_size=60)))
def test_fuzz_canonical_is_idempotent_or_value_error(raw: str) -> None:
    try:
        url = canonicalize_url(raw)
    except ValueError:
        return
    assert url.startswith(("http://", "https://"))
    assert "#" not in url and url.isascii()
    # no tracking parameter is left (a name holding "utm_" further in, "0?utm_source", is not one)
    names = [k.lstrip("?").lower() for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)]
    assert not any(n.startswith("utm_") or n in ("fbclid", "gclid") for n in names)
    assert canonicalize_url(url) == url


@pytest.mark.parametrize("raw, canonical", [
    ("http://a.com/??utm_source=x&id=1", "http://a.com/?id=1"),
    ("http://a.com/story?&?utm_medium=rss", "http://a.com/story"),
    ("http://0.AA/??utm_source=", "http://0.aa/"),
    # hard negatives: a name after "??" that tracks nothing is the server's, kept verbatim
    ("http://a.com/??id=1", "http://a.com/??id=1"),
    ("http://a.com/?q=%3Futm_source", "http://a.com/?q=%3Futm_source"),
], ids=["doubled-mark", "mark-after-amp", "empty-value", "kept-name", "value-not-name"])
def test_a_tracking_parameter_after_a_doubled_question_mark_is_dropped(raw: str, canonical: str) -> None:
    assert canonicalize_url(raw) == canonical
    assert canonicalize_url(canonical) == canonical


def test_page_canonical_wins_only_when_it_is_a_deeper_url_on_the_same_site() -> None:
    from extractors.core.urls import preferred_url, site_of

    url = "https://www.example.vn/tin/abc.html"
    assert preferred_url(url, "https://example.vn/news/abc-123.html?utm_source=x") == \
        "https://example.vn/news/abc-123.html"
    assert preferred_url(url, "https://example.vn/?p=123") == "https://example.vn/?p=123"
    assert preferred_url(url, "https://example.vn/") == url  # home page: a site-wide template slip
    assert preferred_url(url, "https://other.example/abc.html") == url  # another site
    assert preferred_url(url, "javascript:void(0)") == url
    assert preferred_url(url, None) == url
    assert site_of("https://WWW.Example.vn:8443/x") == "example.vn" and site_of("http://[::1") == ""
