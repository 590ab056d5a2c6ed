"""Settings, declared once: each has a name, an environment variable, a default and a help line.

Read once with `Settings.from_env()` and passed explicitly; `docs/settings.md` lists them all
(a test checks that it does).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from extractors.budget import Budget
from extractors.errors import ConfigError


def _setting(default: Any, env: str, help: str) -> Any:
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True)
class Settings:
    """All run-time settings of Bamboo Wire."""

    db: Path = _setting(Path("warehouse/bamboo.duckdb"), "BAMBOO_DB",
                        "Warehouse DuckDB file the flows write (the one writer).")
    feeds: Path = _setting(Path("config/feeds.toml"), "BAMBOO_FEEDS", "Feeds file to poll.")
    state_dir: Path = _setting(Path(".bamboo"), "BAMBOO_STATE_DIR",
                               "Folder for local state: Prefect home, locks, logs.")
    contact_url: str = _setting("https://github.com/bamboo-wire/bamboo-wire", "BAMBOO_CONTACT_URL",
                                "Contact URL sent in the User-Agent so site owners can reach us.")
    per_host_concurrency: int = _setting(2, "BAMBOO_PER_HOST_CONCURRENCY",
                                         "Concurrent requests to one host, at most.")
    per_host_delay: float = _setting(1.0, "BAMBOO_PER_HOST_DELAY",
                                     "Minimum seconds between two requests to one host.")
    connect_timeout: float = _setting(10.0, "BAMBOO_CONNECT_TIMEOUT", "Seconds to connect.")
    read_timeout: float = _setting(30.0, "BAMBOO_READ_TIMEOUT",
                                   "Seconds between two reads, and the cap on a whole response x2.")
    max_feed_bytes: int = _setting(10_000_000, "BAMBOO_MAX_FEED_BYTES",
                                   "Largest feed accepted, counted on decoded bytes.")
    max_page_bytes: int = _setting(5_000_000, "BAMBOO_MAX_PAGE_BYTES",
                                   "Largest page accepted, counted on decoded bytes.")
    max_redirects: int = _setting(5, "BAMBOO_MAX_REDIRECTS", "Redirects followed per request.")
    allow_private_networks: bool = _setting(False, "BAMBOO_ALLOW_PRIVATE_NETWORKS",
                                            "Allow loopback/private/link-local addresses (demo, tests).")
    allowed_hosts: tuple[str, ...] = _setting((), "BAMBOO_ALLOWED_HOSTS",
                                              "Comma-separated host:port pairs allowed even if private.")
    min_body_chars: int = _setting(200, "BAMBOO_MIN_BODY_CHARS",
                                   "A body shorter than this counts as a failed extraction.")
    workers: int = _setting(0, "BAMBOO_WORKERS",
                            "Extraction processes; 0 means one per CPU core.")
    batch_size: int = _setting(100, "BAMBOO_BATCH_SIZE", "Pages per fetch/extract/load batch.")
    fetch_threads: int = _setting(16, "BAMBOO_FETCH_THREADS", "Concurrent fetches across hosts.")
    max_new_per_feed: int = _setting(200, "BAMBOO_MAX_NEW_PER_FEED",
                                     "New articles fetched per feed and run, at most.")
    lock_timeout: float = _setting(3600.0, "BAMBOO_LOCK_TIMEOUT",
                                   "Seconds a run waits for the warehouse writer lock.")
    # Per-item budgets: a page or feed whose parsing runs over one is killed and recorded budget_exceeded.
    page_cpu_seconds: float = _setting(10.0, "BAMBOO_PAGE_CPU_SECONDS",
                                       "CPU seconds one page or feed may take to parse; 0: no limit.")
    page_memory_mb: int = _setting(300, "BAMBOO_PAGE_MEMORY_MB",
                                   "MB of memory one page or feed may add while parsed; 0: no limit.")
    # Past one machine (docs/scaling.md): pages are extracted and detected on a Dask cluster.
    dask_address: str = _setting("", "BAMBOO_DASK_ADDRESS",
                                 "Dask scheduler (tcp://host:8786) that extracts and detects pages; "
                                 "empty: this machine's processes.")

    @property
    def budget(self) -> Budget:
        """The CPU-time and memory budget of one page or feed."""
        return Budget(cpu_seconds=self.page_cpu_seconds, memory_mb=self.page_memory_mb)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from defaults, then the environment, then explicit overrides."""
        env = dict(os.environ if env is None else env)
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = f.metadata["env"]
            if name in env and env[name] != "":
                values[f.name] = _parse(f.name, f.default, env[name], name)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def with_(self, **changes: Any) -> Settings:
        """A copy with some settings changed."""
        return replace(self, **changes)

    @property
    def user_agent(self) -> str:
        from importlib.metadata import PackageNotFoundError, version

        try:
            v = version("bamboo-wire")
        except PackageNotFoundError:  # pragma: no cover - running from a source tree
            v = "dev"
        return f"BambooWire/{v} (+{self.contact_url})"

    @property
    def extract_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


def _parse(name: str, default: Any, raw: str, env_name: str) -> Any:
    try:
        if isinstance(default, bool):
            low = raw.strip().lower()
            if low in ("1", "true", "yes", "on"):
                return True
            if low in ("0", "false", "no", "off"):
                return False
            raise ValueError(f"expected true/false, got {raw!r}")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, Path):
            return Path(raw).expanduser()
        if isinstance(default, tuple):
            return tuple(p.strip() for p in raw.split(",") if p.strip())
        return raw
    except ValueError as exc:
        raise ConfigError(f"{env_name}={raw!r}: {exc}") from exc


def describe() -> list[tuple[str, str, str, str]]:
    """(field, env var, default, help) for every setting, for docs and `bamboo settings`."""
    return [(f.name, f.metadata["env"], show(f.default), f.metadata["help"]) for f in fields(Settings)]


def show(value: Any) -> str:
    """A setting's value as it would be written in the environment."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(value)
    return str(value)


# Event headlines (warehouse views diplomacy_events): the language an analyst reads first.
REPORT_LANGUAGE_SETTING = "BAMBOO_REPORT_LANGUAGE"
REPORT_LANGUAGES = ("en", "vi", "zh")


def report_language(env: dict[str, str] | None = None) -> str:
    """The analyst's language for event headlines (`BAMBOO_REPORT_LANGUAGE`: en, vi or zh; default en)."""
    raw = (os.environ if env is None else env).get(REPORT_LANGUAGE_SETTING, "").strip().lower() or "en"
    if raw not in REPORT_LANGUAGES:
        raise ConfigError(f"{REPORT_LANGUAGE_SETTING}={raw!r}: expected one of {', '.join(REPORT_LANGUAGES)}")
    return raw
