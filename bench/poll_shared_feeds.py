"""Serve every shared feed file over loopback with its real bytes and poll each with `poll_feed`.

    .venv/bin/python bench/poll_shared_feeds.py [--markdown]

Files come from ${BAMBOO_SHARED_DATA:-<repo>/../shared/data}/feeds/ and its MANIFEST.tsv. A file whose
MANIFEST row has an upstream `Header:` line is served with that header; `.gz` files are served as
`Content-Encoding: gzip`. Prints one row per file: poll status, entries parsed (and skipped for lack
of a link), encoding, bozo warning, and the first entry's date compared with the expected UTC value.
Expected dates are MANIFEST's (what feedparser gave) except where feedparser is wrong; those
corrections are listed in EXPECTED_FIXES with the reason. No file may crash the poll.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import feedparser  # noqa: E402

from extractors.core.dates import entry_date  # noqa: E402
from extractors.core.models import Feed, FeedEntry  # noqa: E402
from extractors.core.settings import Settings  # noqa: E402
from extractors.feeds.parse import _feedparser  # noqa: E402
from extractors.feeds.poll import poll_feed  # noqa: E402
from extractors.http.client import Fetcher  # noqa: E402
from flows.demo import ReplayServer  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# Feed time zones for files whose dates are naive (the zone the publisher writes in).
TIMEZONES = {
    "qq_news_china_gb2312.xml": "Asia/Shanghai",
    "kc0011_chinese_forum_gb2312.rss": "Asia/Shanghai",
    "nbc_newyork_rss20.xml": "America/New_York",
}

# Where MANIFEST's value (feedparser's) is wrong or missing, the right first-entry date and why.
EXPECTED_FIXES = {
    "kc0011_chinese_forum_gb2312.rss": ("2020-01-10T06:33:00Z",
                                        "'2020/1/10 14:33:00' is 10 Jan, Beijing time"),
    "qq_news_china_gb2312.xml": ("2018-09-18T06:38:10Z", "naive '2018-09-18 14:38:10' is Beijing time"),
    "nbc_newyork_rss20.xml": ("2023-12-16T19:02:33Z", "'02:02:33 PM' is 14:02 New York time"),
    "ilmessaggero_rss20.xml": ("2022-11-15T23:38:15Z", "Italian 'mer, 16 nov 2022 00:38:15 +0100'"),
    "uolnoticias_rss_no-xml-decl_latin1-bytes.rss": ("2018-09-24T22:42:40Z",
                                                     "Portuguese 'Seg, 24 Set 2018 19:42:40 -0300'"),
    "rss2_odd_datetime_ddmmyyyy.xml": ("2013-02-08T12:00:00Z", "'08/02/2013' day first, as the file says"),
}

# Now for the poll: after every date in the files, so none is dropped as 'in the future'.
POLL_NOW = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class Row:
    """One line of the report."""

    category: str
    file: str
    status: str
    entries: str
    manifest_entries: str
    encoding: str
    bozo: str
    dated: str
    first_raw: str
    first_utc: str
    expected: str
    verdict: str
    sample: str = ""


def shared_feeds_dir() -> Path:
    """The shared feeds folder (BAMBOO_SHARED_DATA overrides the default beside the repo)."""
    root = os.environ.get("BAMBOO_SHARED_DATA") or str(REPO.parent / "shared" / "data")
    return Path(root) / "feeds"


def read_manifest(folder: Path) -> list[dict[str, str]]:
    """MANIFEST.tsv rows."""
    with (folder / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def header_lines(row: dict[str, str]) -> dict[str, str]:
    """The upstream 'Header:' line as a response header (quotes around a charset removed)."""
    raw = row.get("upstream_http_header") or ""
    if ":" not in raw:
        return {}
    name, value = raw.split(":", 1)
    return {name.strip(): value.strip().replace("'", "")}


def content_type(name: str) -> str:
    """A plain Content-Type by extension, with no charset (so the file's own bytes decide)."""
    return "text/html" if name.endswith(".html") else "application/xml"


def served_files(folder: Path, manifest: list[dict[str, str]]) -> dict[str, tuple[bytes, dict[str, str]]]:
    """URL path -> (real bytes, headers) for every MANIFEST file."""
    files = {}
    for row in manifest:
        path = folder / row["category"] / row["file"]
        headers = {"Content-Type": content_type(row["file"])}
        for k, v in header_lines(row).items():  # the MANIFEST header replaces ours, whatever its case
            headers = {name: val for name, val in headers.items() if name.lower() != k.lower()} | {k: v}
        if row["file"].endswith(".gz"):
            headers["Content-Encoding"] = "gzip"
        files[f"/{row['category']}/{row['file']}"] = (path.read_bytes(), headers)
    return files


def body_of(row: dict[str, str]) -> bytes:
    """The file's bytes."""
    return (shared_feeds_dir() / row["category"] / row["file"]).read_bytes()


def iso(dt: datetime | None) -> str:
    """2024-01-01T00:00:00Z or ''."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if dt else ""


def verdict(first: datetime | None, expected: str, fixed: bool) -> str:
    """right / wrong / no date, 'fixed' when feedparser alone gets it wrong."""
    got = iso(first)
    if not expected:
        return "no date" if not got else "n/a"
    if got == expected:
        return "right (fixed)" if fixed else "right"
    return f"WRONG ({got or 'none'})"


def poll_one(fetcher: Fetcher, base: str, row: dict[str, str], headers: dict[str, str]) -> Row:
    """Poll one served file and compare with MANIFEST."""
    name = row["file"]
    body = body_of(row)
    feed = Feed(name=name, url=f"{base}/{row['category']}/{name}", outlet="shared",
                timezone=TIMEZONES.get(name, "UTC"))
    try:
        poll, entries = poll_feed(fetcher, feed, None, now=POLL_NOW)
    except Exception as exc:  # the point of the script: this must never happen
        return Row(row["category"], name, f"CRASH {type(exc).__name__}", "0", row["fp_entries"], "",
                   str(exc), "", "", "", "", "CRASH")
    first = first_date(body, feed, entries)
    fix = EXPECTED_FIXES.get(name)
    expected = fix[0] if fix else row["first_entry_date_parsed_utc"]
    return Row(row["category"], name, poll.status, f"{len(entries)}/{poll.entries_count}", row["fp_entries"],
               poll.encoding or "", _short(poll.bozo), _dated(entries), first[1] or "", iso(first[0]),
               expected, verdict(first[0], expected, fix is not None), sample(body, headers))


def sample(body: bytes, headers: dict[str, str]) -> str:
    """A few characters of the first entry's title or text (or the feed's), decoded as the poll does."""
    if body[:2] == b"\x1f\x8b":
        body = gzip.decompress(body)
    doc, _ = _feedparser(body, {k.lower(): v for k, v in headers.items()})
    entry = doc.entries[0] if doc.entries else {}
    for text in (entry.get("title"), entry.get("summary"), doc.feed.get("title"), doc.feed.get("subtitle")):
        if isinstance(text, str) and text.strip():
            return " ".join(text.split())[:24]
    return ""


def first_date(body: bytes, feed: Feed, entries: list[FeedEntry]) -> tuple[datetime | None, str | None]:
    """The first entry's (UTC date, raw date); for link-less fixture entries, read with the same code."""
    if entries:
        return entries[0].published_at, entries[0].published_raw
    raw_entries = feedparser.parse(gzip.decompress(body) if body[:2] == b"\x1f\x8b" else body).entries
    return entry_date(raw_entries[0], feed.timezone, POLL_NOW) if raw_entries else (None, None)


def _dated(entries: list[FeedEntry]) -> str:
    """'parsed/with a date string' over all entries."""
    raw = sum(1 for e in entries if e.published_raw)
    parsed = sum(1 for e in entries if e.published_at)
    return f"{parsed}/{raw}"


def _short(text: str | None) -> str:
    return (text or "").split(":")[0][:28]


def print_table(rows: list[Row], markdown: bool) -> None:
    """The report, as a Markdown table or aligned text."""
    cols = ["category", "file", "status", "entries", "manifest_entries", "encoding", "bozo", "dated",
            "first_raw", "first_utc", "expected", "verdict", "sample"]
    heads = ["cat", "file", "status", "entries (linked/all)", "feedparser", "encoding", "bozo", "dates ok",
             "first date (raw)",
             "first date UTC", "expected", "verdict", "title sample"]
    if markdown:
        print("| " + " | ".join(heads) + " |")
        print("|" + "---|" * len(heads))
        for r in rows:
            print("| " + " | ".join(str(getattr(r, c)).replace("|", "\\|") for c in cols) + " |")
        return
    for r in rows:
        print("  ".join(str(getattr(r, c))[:40] for c in cols))


def main() -> int:
    """Serve, poll, print; exit 1 only if a poll crashed or a date is wrong."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    folder = shared_feeds_dir()
    manifest = read_manifest(folder)
    files = served_files(folder, manifest)
    with ReplayServer() as server:
        server.extra = {path: (200, headers, body) for path, (body, headers) in files.items()}
        settings = Settings.from_env(env={}, per_host_delay=0.0, per_host_concurrency=4,
                                     allowed_hosts=(server.hostport,))
        with Fetcher(settings) as fetcher:
            rows = [poll_one(fetcher, server.base, row, files[f"/{row['category']}/{row['file']}"][1])
                    for row in manifest]
    print_table(rows, args.markdown)
    statuses = Counter(r.status for r in rows)
    verdicts = Counter(r.verdict.split(" ")[0] for r in rows)
    usable = sum(int(r.entries.split("/")[0]) for r in rows)
    print(f"\n{len(rows)} files; statuses {dict(statuses)}; entries with a link {usable}; "
          f"dates: {dict(verdicts)}")
    bad = [r for r in rows if r.verdict.startswith(("WRONG", "CRASH"))]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
