"""Feeds: the feeds file, parsing and polling, poll scheduling, the per-feed backlog, editing and probing."""
