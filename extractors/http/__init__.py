"""The one HTTP client: guarded, polite, bounded GETs (address guard, per-host politeness, robots.txt)."""
