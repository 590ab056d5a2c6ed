"""Article extraction on hand-written pages: body, fallbacks, dates, language, charsets, junk."""

from __future__ import annotations

import gzip
import json
import pickle
import random
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.article import body as bodytext
from extractors.article.extract import (
    EXTRACTOR_VERSION,
    canonical_url,
    extract_article,
    strip_leading_title,
    word_count,
)
from extractors.article.jsonld import find_article, html_to_text
from extractors.article.language import detect_language
from extractors.article.published import reconcile
from extractors.article.savedpages import FIELDS, extract_paths
from extractors.article.splitbody import continuation
from extractors.core.charset import decode_html, normalise_charset
from extractors.core.dates import parse_iso, url_day
from extractors.core.models import Article, FeedEntry
from tests import FIXTURES

PAGES = FIXTURES / "pages"
NOW = datetime(2024, 6, 1, tzinfo=UTC)
URL = "https://news.example.com/a"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


def entry(**changes: object) -> FeedEntry:
    base: dict[str, object] = {
        "feed_name": "example",
        "url": URL,
        "link": URL,
        "title": "Feed title: Hanoi hosts talks",
        "summary": "<p>" + "Vietnam hosted talks with China and the US on maritime issues. " * 4 + "</p>",
        "published_at": datetime(2023, 5, 1, 6, 0, tzinfo=UTC),
    }
    base.update(changes)
    return FeedEntry(**base)  # type: ignore[arg-type]


# --- whole pages -------------------------------------------------------------------------------


def test_english_article_body_metadata_and_no_comments() -> None:
    a = extract_article(page("english.html"), URL, now=NOW)
    assert a.error is None and a.method == "trafilatura"
    assert "comprehensive strategic partnership" in a.body
    assert "universities" in a.body  # last paragraph kept
    assert "Great news for the region" not in a.body  # comment thread is not the article
    assert "All rights reserved" not in a.body and "Privacy" not in a.body
    assert a.title == "US and Vietnam upgrade ties during Hanoi visit"
    assert a.author == "Jane Reporter"
    assert a.site_name == "Example Wire"
    assert a.canonical_url == "https://news.example.com/world/2023/09/11/us-vietnam-upgrade"
    assert a.language == "en"
    assert a.published_at == datetime(2023, 9, 11, 1, 30, tzinfo=UTC)  # +07:00 converted to UTC
    assert a.date_source == "jsonld"
    assert a.word_count == len(a.body.split())
    assert a.extractor_version == EXTRACTOR_VERSION
    assert a.url == URL


def test_vietnamese_article_is_recognised_and_decoded() -> None:
    a = extract_article(page("vietnamese.html"), URL, now=NOW)
    assert a.error is None and a.method == "trafilatura"
    assert a.language == "vi"
    assert "Đối tác hợp tác chiến lược toàn diện" in a.body
    assert "Bản quyền" not in a.body  # footer dropped
    # article:published_time 2023-12-13T10:15:00+07:00, read with its offset (not a bare day)
    assert a.published_at == datetime(2023, 12, 13, 3, 15, tzinfo=UTC)
    assert a.date_source == "meta"


def test_page_publication_meta_beats_the_feed() -> None:
    a = extract_article(page("vietnamese.html"), URL, entry=entry(), now=NOW)
    assert a.date_source == "meta" and a.published_at == datetime(2023, 12, 13, 3, 15, tzinfo=UTC)


def test_decomposed_vietnamese_is_composed() -> None:
    raw = unicodedata.normalize("NFD", page("vietnamese.html").decode("utf-8")).encode("utf-8")
    a = extract_article(raw, URL, now=NOW)
    assert a.language == "vi"
    assert "Đối tác hợp tác chiến lược toàn diện" in a.body  # the literal here is composed (NFC)
    assert a.title == "Việt Nam và Trung Quốc tăng cường hợp tác"


def test_chinese_gb2312_article_is_decoded_and_recognised() -> None:
    a = extract_article(page("chinese_gb2312.html"), URL, now=NOW)
    assert a.error is None and a.method == "trafilatura"
    assert "中越全面战略合作伙伴关系" in a.body
    assert a.language == "zh"
    assert a.title == "中越两国外长举行会谈"
    assert a.canonical_url == "http://world.example.cn/2023-04/16/c_1129527000.htm"
    assert a.word_count > 150  # CJK characters count as words
    assert a.published_at is not None and a.published_at.date() == datetime(2023, 4, 16).date()


def test_chinese_page_without_declared_charset_is_detected() -> None:
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    raw = page("chinese_gb2312.html").replace(meta, b"")
    assert b"charset" not in raw
    a = extract_article(raw, URL, now=NOW)
    assert "中越全面战略合作伙伴关系" in a.body and a.language == "zh"


def test_http_header_charset_outranks_the_meta_tag() -> None:
    raw = page("chinese_gb2312.html").replace(b"charset=gb2312", b"charset=windows-1252")
    assert "中越" not in extract_article(raw, URL, now=NOW).body  # cp1252 decodes anything: mojibake
    a = extract_article(raw, URL, now=NOW, content_type="text/html; charset=GBK")
    assert "中越全面战略合作伙伴关系" in a.body and a.language == "zh"


def test_wrongly_declared_charset_falls_back_to_detection() -> None:
    raw = page("chinese_gb2312.html").replace(b"charset=gb2312", b"charset=utf-8")
    a = extract_article(raw, URL, now=NOW)
    assert "中越全面战略合作伙伴关系" in a.body


def test_jsonld_only_page_uses_articlebody() -> None:
    a = extract_article(page("jsonld_only.html"), URL, final_url="https://www.example.com/x/1", now=NOW)
    assert a.error is None and a.method == "jsonld"
    assert a.body.startswith("China and the United States agreed")
    assert a.body.count("\n") == 2  # <p> boundaries become line breaks
    assert a.author == "Li Wei"
    assert a.published_at == datetime(2023, 11, 15, 3, 0, tzinfo=UTC) and a.date_source == "jsonld"
    # relative canonical resolved against the final URL after redirects
    assert a.canonical_url == (
        "https://www.example.com/news/china/diplomacy/article/3000001/beijing-and-washington-resume-talks"
    )
    assert a.final_url == "https://www.example.com/x/1"


def test_empty_page_falls_back_to_feed_summary() -> None:
    a = extract_article(page("nothing.html"), URL, entry=entry(), now=NOW)
    assert a.error is None and a.method == "feed"
    assert a.body.startswith("Vietnam hosted talks") and "<p>" not in a.body
    assert a.published_at == datetime(2023, 5, 1, 6, 0, tzinfo=UTC) and a.date_source == "feed"


def test_feed_content_is_preferred_over_summary() -> None:
    content = "<div>" + "Full text from content:encoded about the Hanoi summit. " * 5 + "</div>"
    a = extract_article(page("nothing.html"), URL, entry=entry(content=content), now=NOW)
    assert a.method == "feed" and a.body.startswith("Full text from content:encoded")


def test_feed_full_text_beats_a_teaser_page_but_a_summary_does_not() -> None:
    content = "<p>" + "The full story from the feed about the Hanoi summit and the sea. " * 30 + "</p>"
    a = extract_article(page("english.html"), URL, entry=entry(content=content), now=NOW)
    assert a.method == "feed" and a.body.startswith("The full story")  # page text is < half of it
    b = extract_article(page("english.html"), URL, entry=entry(summary=content), now=NOW)
    assert b.method == "trafilatura"  # a long summary is still a summary
    short = "<p>" + "A short feed text about the summit. " * 6 + "</p>"
    c = extract_article(page("english.html"), URL, entry=entry(content=short), now=NOW)
    assert c.method == "trafilatura"


def test_str_input_is_accepted() -> None:
    a = extract_article(page("english.html").decode("utf-8"), URL, now=NOW)  # type: ignore[arg-type]
    assert a.method == "trafilatura" and a.language == "en"


def test_nothing_anywhere_is_a_failed_extraction_still_returned() -> None:
    a = extract_article(page("nothing.html"), URL, now=NOW)
    assert isinstance(a, Article)
    assert a.method == "none"
    assert a.error is not None and "too short" in a.error and "< 200" in a.error
    assert a.title == "Subscribe to continue"  # what was found is kept


def test_min_body_chars_is_honoured() -> None:
    a = extract_article(page("english.html"), URL, min_body_chars=100_000, now=NOW)
    assert a.method == "none" and a.error is not None and "100000" in a.error
    assert a.body  # the short body is kept for inspection


def test_feed_date_beats_htmldate_and_future_dates_are_rejected() -> None:
    a = extract_article(page("chinese_gb2312.html"), URL, entry=entry(), now=NOW)
    assert a.date_source == "feed" and a.published_at == datetime(2023, 5, 1, 6, 0, tzinfo=UTC)
    future = entry(published_at=NOW + timedelta(days=3))
    b = extract_article(page("chinese_gb2312.html"), URL, entry=future, now=NOW)
    assert b.date_source == "htmldate"  # the future feed date was rejected
    early = datetime(2023, 9, 1, tzinfo=UTC)
    c = extract_article(page("english.html"), URL, now=early)
    assert c.date_source != "jsonld"  # the JSON-LD date lies after `now`
    assert c.published_at is None or c.published_at <= early


def test_author_order_page_meta_then_feed() -> None:
    a = extract_article(page("vietnamese.html"), URL, entry=entry(author="By Nguyễn Văn An"), now=NOW)
    assert a.author == "Nguyễn Văn An"  # the page names no author; the feed's, normalised
    b = extract_article(page("english.html"), URL, entry=entry(author="Someone Else"), now=NOW)
    assert b.author == "Jane Reporter"  # the page's own meta outranks the feed


def test_short_body_triggers_deeper_passes_long_body_does_not() -> None:
    now = NOW
    whole = bodytext.extract_body(decode_html(page("english.html"))[0], URL, now)
    assert whole.passes == ("precision-fast",)
    empty = bodytext.extract_body(decode_html(page("nothing.html"))[0], URL, now)
    assert empty.passes == tuple(name for name, _ in bodytext.PASSES)
    ld = find_article(decode_html(page("jsonld_only.html"))[0])
    assert ld is not None
    spa = bodytext.extract_body(decode_html(page("jsonld_only.html"))[0], URL, now, reference=ld.body)
    assert spa.passes == ("precision-fast",)  # JSON-LD will win anyway: no costly passes


def test_article_split_across_repeated_blocks_is_joined() -> None:
    a = extract_article(page("split_body.html"), URL, now=NOW)
    assert a.method == "trafilatura" and a.error is None
    assert a.body.startswith("Vietnam and the United States held")
    assert a.body.rstrip().endswith("regional peace and stability.")  # the second block is kept
    assert "Most read" not in a.body and "Copyright" not in a.body and "Advertisement" not in a.body


def test_split_body_heuristic_ignores_generic_classes() -> None:
    from trafilatura.utils import load_html

    para = "<p>" + "A long enough paragraph of article prose about Hanoi and Beijing. " * 3 + "</p>"
    chunk = '<div><div class="w">{}</div></div>'
    blocks = "".join(chunk.format(para.replace("prose", f"prose {i}")) for i in range(7))
    tree = load_html(f"<html><body>{blocks}</body></html>")
    first = " ".join(tree.xpath("//p")[0].text_content().split())
    assert continuation(tree, first) == ""  # seven look-alike blocks: a widget class, not a body
    tree = load_html(f"<html><body>{blocks[: len(blocks) * 2 // 7]}</body></html>")
    assert continuation(tree, first).startswith("A long enough paragraph of article prose 1")


def test_leading_title_line_is_not_body() -> None:
    body = "Hanoi hosts talks\nFirst paragraph."
    assert strip_leading_title(body, "Hanoi hosts talks") == "First paragraph."
    suffixed = "Hanoi hosts talks with Beijing | Wire"
    assert strip_leading_title("Hanoi hosts talks with Beijing\nText", suffixed) == "Text"
    assert strip_leading_title(body, "Something else") == body
    lone = "Hanoi hosts talks"
    assert strip_leading_title(lone, lone) == lone  # nothing else left


# --- junk never raises ---------------------------------------------------------------------------


def _deep(depth: int) -> bytes:
    return b"<html><body>" + b"<div>" * depth + b"<p>deep text</p>" + b"</div>" * depth + b"</body></html>"


JUNK = {
    "empty": b"",
    "whitespace": b"  \n\t ",
    "nul": b"\x00" * 5000,
    "random": random.Random(4).randbytes(50_000),
    "deep": _deep(50_000),
    "deep_unclosed": b"<div>" * 50_000,
    "json": b'{"not": "html"}',
    "utf16_no_bom_declared": b'<meta charset="utf-16"><p>hello</p>',
    "broken_jsonld": b'<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": </script>',
    "cdata_xml": b'<?xml version="1.0" encoding="utf-8"?><rss><channel><![CDATA[x]]></channel></rss>',
    "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20,
}


@pytest.mark.parametrize("name", sorted(JUNK))
def test_junk_input_returns_an_error_record(name: str) -> None:
    a = extract_article(JUNK[name], URL, now=NOW)
    assert isinstance(a, Article)
    assert a.error is not None and a.method == "none"
    assert a.extractor_version == EXTRACTOR_VERSION
    assert a.published_at is None or a.published_at.tzinfo is not None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    a = extract_article(b"<html><body><p>" + data + b"</p></body></html>", URL, now=NOW)
    assert isinstance(a, Article)


def test_runs_in_a_process_pool_and_pickles() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        a = pool.submit(extract_article, page("english.html"), URL, now=NOW).result()
    assert a.method == "trafilatura" and a.language == "en"
    assert pickle.loads(pickle.dumps(a)) == a


# --- helpers -------------------------------------------------------------------------------------


def test_decode_html_honours_bom_header_meta_and_supersets() -> None:
    assert decode_html("xin chào".encode("utf-8-sig")) == ("xin chào", "utf-8-sig")
    text, enc = decode_html("<p>café</p>".encode("cp1252"), "text/html; charset=ISO-8859-1")
    assert text == "<p>café</p>" and enc == "cp1252"
    assert normalise_charset("GB2312") == "gb18030" and normalise_charset("nonsense") is None
    raw = b'<meta charset="gbk">' + "越南".encode("gbk")
    assert decode_html(raw)[0].endswith("越南")
    stray = ("<p>" + "Thủ tướng tiếp Đại sứ Trung Quốc tại Hà Nội. " * 50).encode("utf-8") + b"It\x92s"
    text, enc = decode_html(stray)  # one pasted cp1252 quote: still UTF-8, not a detector's guess
    assert enc == "utf-8" and "Thủ tướng" in text and text.endswith("It\ufffds")


def test_date_helpers() -> None:
    assert parse_iso("2019-11-18T10:00:00Z") == datetime(2019, 11, 18, 10, tzinfo=UTC)
    assert parse_iso("2019-11-18T10:00:00+0700") == datetime(2019, 11, 18, 3, tzinfo=UTC)
    assert parse_iso("2019-11-18") == datetime(2019, 11, 18, tzinfo=UTC)
    assert parse_iso("2019-11-18T10:00:00") == datetime(2019, 11, 18, 10, tzinfo=UTC)  # naive = UTC
    assert parse_iso("yesterday") is None and parse_iso(None) is None
    assert url_day("https://x.com/2019/11/18/story") == datetime(2019, 11, 18, tzinfo=UTC)
    assert url_day("https://x.com/news/20191118/story") == datetime(2019, 11, 18, tzinfo=UTC)
    assert url_day("https://x.com/2019/13/40/story") is None
    assert url_day("https://x.com/article/123456789") is None
    hanoi = timezone(timedelta(hours=7))
    candidates = [("url", datetime(2020, 1, 1, tzinfo=UTC)), ("feed", datetime(2020, 1, 2, 9, tzinfo=hanoi))]
    picked = reconcile(candidates, NOW)
    assert picked == (datetime(2020, 1, 2, 2, tzinfo=UTC), "feed")
    implausible = [("jsonld", NOW + timedelta(days=1)), ("url", datetime(1970, 1, 1, tzinfo=UTC))]
    assert reconcile(implausible, NOW) == (None, None)


def test_language_detection() -> None:
    assert detect_language("Thủ tướng Phạm Minh Chính tiếp Đại sứ Trung Quốc tại Hà Nội hôm nay") == "vi"
    assert detect_language("中国外交部发言人今天表示，中越两国关系良好，双方将继续合作") == "zh"
    assert detect_language("The secretary of state met his counterpart in Hanoi on Tuesday morning") == "en"
    assert detect_language("ok") is None and detect_language("") is None


def test_jsonld_reader_handles_graph_comments_and_bad_blocks() -> None:
    html = (
        '<script type="application/ld+json">{broken</script>'
        '<script type="application/ld+json"><!-- {"@graph": [{"@type": "WebPage"},'
        ' {"@type": "http://schema.org/BlogPosting", "headline": "H", "articleBody": "A &amp; B<br>C",'
        ' "author": ["X", {"name": "Y"}], "datePublished": "2020-02-02"}]} --></script>'
    )
    art = find_article(html)
    assert art is not None
    assert (art.headline, art.body, art.author, art.date_published) == ("H", "A & B\nC", "X; Y", "2020-02-02")
    assert find_article("<p>no json-ld</p>") is None
    assert html_to_text("<p>a</p><p>b &lt;c&gt;</p>") == "a\nb <c>"


def test_canonical_url_and_word_count() -> None:
    tag = "<head><link href='/a/b' rel='alternate canonical'></head>"
    assert canonical_url(tag, "https://e.com/x") == "https://e.com/a/b"
    assert canonical_url("<link rel=stylesheet href=x.css>", "https://e.com/") is None
    assert canonical_url('<link rel="canonical" href="/a?x=1&amp;y=2">', "https://e.com/") == "https://e.com/a?x=1&y=2"
    assert canonical_url('<link rel="canonical" href="/a">', "not a url") is None  # never a relative URL
    assert canonical_url('<link rel="canonical" href="https://e.com/a">', "http://[::1") == "https://e.com/a"
    assert word_count("Hà Nội và 北京 meet") == 6


# --- saved pages (the extract command) ----------------------------------------------------------


def test_extract_paths_reads_html_gz_and_folders(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(page("english.html"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html.gz").write_bytes(gzip.compress(page("vietnamese.html")))
    (tmp_path / "notes.txt").write_text("not a page")
    (tmp_path / "bad.html.gz").write_bytes(b"not gzip")
    records = list(extract_paths([tmp_path]))
    assert [Path(r["file"]).name for r in records] == ["a.html", "bad.html.gz", "b.html.gz"]
    for r in records:
        assert tuple(r) == FIELDS
        json.dumps(r)
    english, bad, vietnamese = records
    assert english["language"] == "en" and english["method"] == "trafilatura"
    assert english["published_at"] == "2023-09-11T01:30:00+00:00"
    assert vietnamese["language"] == "vi" and "Việt Nam" in vietnamese["body"]
    assert bad["error"].startswith("unreadable file") and bad["body"] == ""


def test_extract_paths_uses_given_url(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(page("jsonld_only.html"))
    (record,) = extract_paths([target], url="https://www.example.com/2023/11/15/talks")
    assert record["url"] == "https://www.example.com/2023/11/15/talks"
    assert record["method"] == "jsonld"
    (default,) = extract_paths([target])
    assert default["url"].startswith("file://")


def test_pages_and_feeds_widen_the_same_charset_labels() -> None:
    # One superset table for pages and feeds, keyed by codec so every alias is widened alike: a
    # Turkish page labelled iso-8859-9 whose bytes are windows-1254 keeps its euro sign and quotes.
    text = "Fiyat 5 € – “iyi”"
    assert decode_html(text.encode("cp1254"), "text/html; charset=iso-8859-9") == (text, "cp1254")
    assert normalise_charset("l1") == normalise_charset("latin-1") == "cp1252"
    assert normalise_charset("ks_c_5601-1987") == "cp949" and normalise_charset("tis-620") == "cp874"
