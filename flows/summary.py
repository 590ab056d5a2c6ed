"""Run summaries: the text the CLI prints and the markdown artifact the Prefect UI shows."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from extractors.core.settings import Settings

if TYPE_CHECKING:
    from flows.ingest import RunSummary
    from warehouse.report_data import RunEvent

log = logging.getLogger("bamboo.flows")
MAX_LISTED = 20
MAX_MARKDOWN = 100


def summary_lines(s: RunSummary) -> list[str]:
    """A short plain-text summary, one line per failed feed."""
    ok = s.feeds_polled - s.feeds_failed
    lines = [f"Feeds polled: {s.feeds_polled} ({ok} ok, {s.feeds_failed} failed"
             + (f", {s.feeds_skipped} not due" if s.feeds_skipped else "") + ")"]
    lines += [f"  feed failed: {name}: {err}" for name, err in s.failed_feeds]
    if s.feeds_polled and s.feeds_failed == s.feeds_polled:
        lines.append(f"No feed could be reached ({s.feeds_failed} of {s.feeds_polled} failed).")
    lines += s.warnings
    lines.append(f"New articles: {s.new_articles}"
                 + (f" ({s.fetch_failed} could not be fetched, {s.extract_failed} extraction failures)"
                    if s.fetch_failed or s.extract_failed else ""))
    lines.append(f"Diplomacy stories found: {len(s.stories)}")
    for st in s.stories[:MAX_LISTED]:
        lines.append(f"  [{' '.join(st.pairs) or '-'}] {st.title} <{st.url}>")
    if len(s.stories) > MAX_LISTED:
        lines.append(f"  ... and {len(s.stories) - MAX_LISTED} more (see the diplomacy_stories view)")
    lines += event_lines(s.events)
    if s.db:
        analyst = s.analyst_db or "(not updated by this run: see runs.publish_error)"
        lines.append(f"Warehouse: {s.db}; analysts open {analyst}")
    return lines


def summary_markdown(s: RunSummary) -> str:
    """The run summary as markdown, with links to the stories."""
    ok = s.feeds_polled - s.feeds_failed
    md = [f"# {s.flow} run `{s.run_id}`", "",
          "| feeds polled | ok | failed | new articles | diplomacy stories |",
          "|---|---|---|---|---|",
          f"| {s.feeds_polled} | {ok} | {s.feeds_failed} | {s.new_articles} | {len(s.stories)} |", ""]
    if s.failed_feeds:
        md += ["## Failed feeds", ""] + [f"- **{n}**: {_md(e)}" for n, e in s.failed_feeds] + [""]
    if s.stories:
        md += ["## New diplomacy stories", ""]
        md += [f"- {_md_link(st.title or st.url, st.url)} — {', '.join(st.pairs) or 'no pair'}"
               + (f" · {_md(st.outlet)}" if st.outlet else "") for st in s.stories[:MAX_MARKDOWN]]
        if len(s.stories) > MAX_MARKDOWN:
            md.append(f"- … and {len(s.stories) - MAX_MARKDOWN} more (see the diplomacy_stories view)")
    md += events_markdown(s.events)
    return "\n".join(md)


def publish_summary(s: RunSummary) -> None:
    """Attach the summary to the current Prefect flow run as a markdown artifact."""
    from prefect.artifacts import create_markdown_artifact

    try:
        create_markdown_artifact(markdown=summary_markdown(s), key=f"{s.flow}-summary",
                                 description=f"What this {s.flow} run found")
    except Exception as exc:  # the run's data is loaded already; a UI extra must not fail it
        log.warning("Could not attach the run summary artifact: %s", exc)


def _md(text: str) -> str:
    """Feed text as literal markdown: no tables broken, no links, emphasis or HTML from a title."""
    text = " ".join(text.split())
    for ch in "\\`*_[]|":
        text = text.replace(ch, "\\" + ch)
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _md_link(text: str, url: str) -> str:
    """A markdown link to an http(s) URL (parentheses and spaces encoded); other URLs are not linked."""
    if not url.lower().startswith(("http://", "https://")):
        return _md(text)
    return f"[{_md(text)}]({url.replace(' ', '%20').replace('(', '%28').replace(')', '%29')})"


# --- the run's events -------------------------------------------------------------------------------

def run_events_of(settings: Settings, s: RunSummary) -> list[RunEvent]:
    """The events the run's stories belong to, read from the warehouse through the run's writer
    connection, those events' rows only (warehouse/event_reads.py); none (and one log line) when they
    cannot be read: the run's data is loaded already."""
    if not s.stories:
        return []
    from flows import writer
    from warehouse.report_data import run_events_looked_up

    try:
        with writer.warehouse(settings) as con:
            return run_events_looked_up(con, [st.url for st in s.stories])
    except Exception as exc:  # a summary extra must not fail a run whose data is loaded
        log.warning("Run %s: could not list its events: %s", s.run_id, exc)
        return []


def event_lines(events: list[RunEvent]) -> list[str]:
    """The run's events for the terminal: new ones first, then those that got new reports."""
    new = [e for e in events if e.new]
    lines = [f"Events: {len(new)} new, {len(events) - len(new)} with new reports"] if events else []
    for e in events[:MAX_LISTED]:
        lines.append(f"  [{' '.join(e.pairs) or '-'}] {e.line}" + ("" if e.new else " (grew)"))
        if e.headline:
            lines.append(f"      {e.headline}")
    if len(events) > MAX_LISTED:
        lines.append(f"  ... and {len(events) - MAX_LISTED} more (see the diplomacy_events view)")
    return lines


def events_markdown(events: list[RunEvent]) -> list[str]:
    """The run's new events, then the earlier events it added reports to, each linked to its headline."""
    md: list[str] = []
    for title, part in (("New events", [e for e in events if e.new]),
                        ("Earlier events with new reports", [e for e in events if not e.new])):
        if not part:
            continue
        md += ["", f"## {title}", ""]
        md += [f"- **{_md(' '.join(e.pairs))}** {_md(e.line)}"
               + (f" · {_md_link(e.headline or e.url or '', e.url or '')}" if e.headline or e.url else "")
               for e in part[:MAX_MARKDOWN]]
        if len(part) > MAX_MARKDOWN:
            md.append(f"- … and {len(part) - MAX_MARKDOWN} more (see the diplomacy_events view)")
    return md
