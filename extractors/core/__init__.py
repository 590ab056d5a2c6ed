"""Shared records, settings and errors, and what every stage uses (charset, dates, URLs, budgets)."""
