"""Settings, declared once: each has a name, an environment variable, a default and a help line.

Read once with `Settings.from_env()` and passed explicitly; `docs/settings.md` lists them all
(a test checks that it does).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from extractors.core.budget import Budget
from extractors.core.errors import ConfigError

DUCKDB_MEMORY_LIMIT = "512MB"  # the default of Settings.duckdb_memory_limit (and of a bare connection)
MEMORY_SIZE = re.compile(r"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)


def _setting(default: Any, env: str, help: str) -> Any:
    return field(default=default, metadata={"env": env, "help": help})


@dataclass(frozen=True)
class Settings:
    """All run-time settings of Bamboo Wire."""

    db: Path = _setting(Path("data/bamboo.duckdb"), "BAMBOO_DB",
                        "Warehouse DuckDB file the flows write (the one writer).")
    feeds: Path = _setting(Path("config/feeds.toml"), "BAMBOO_FEEDS", "Feeds file to poll.")
    state_dir: Path = _setting(Path(".bamboo"), "BAMBOO_STATE_DIR",
                               "Folder for local state: Prefect home, locks, logs.")
    contact_url: str = _setting("", "BAMBOO_CONTACT_URL",
                                "Page or mailto: address of whoever runs the pipeline, sent in the "
                                "User-Agent so site owners can reach them; each run warns until it is set.")
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
    # Alerts (docs/alerts.md): where they go, and when a run raises one.
    alert_webhook: str = _setting("", "BAMBOO_ALERT_WEBHOOK",
                                  "URL a run POSTs each alert to as JSON (and the webhook block "
                                  "`bamboo alerts setup` creates); empty: none.")
    alert_block: str = _setting("", "BAMBOO_ALERT_BLOCK",
                                "Prefect notification block (type-slug/name) the alert automations "
                                "send through, instead of a webhook block.")
    alert_min_stories: int = _setting(5, "BAMBOO_ALERT_MIN_STORIES",
                                      "New diplomacy stories one check needs for an alert; 0: never.")
    alert_min_reports: int = _setting(3, "BAMBOO_ALERT_MIN_REPORTS",
                                      "Reports a new event (cluster) needs for an alert; 0: never.")
    alert_tier_days: int = _setting(90, "BAMBOO_ALERT_TIER_DAYS",
                                    "A tier is news for a pair when no story mentioned it in these days.")
    # Event headlines (warehouse views diplomacy_events): the language an analyst reads first.
    report_language: str = _setting("en", "BAMBOO_REPORT_LANGUAGE",
                                    "The language (`en`, `vi`, `zh`) whose title heads an event in "
                                    "`diplomacy_events` when one of its reports is in it; Bamboo Wire's "
                                    "connections set it as the DuckDB variable `bamboo_report_language`.")
    # DuckDB caches what it read up to its limit (80 % of the machine's memory by default): a run's
    # lookups over a million-article warehouse kept 3 to 4 GB resident. With a limit it evicts instead.
    duckdb_memory_limit: str = _setting(DUCKDB_MEMORY_LIMIT, "BAMBOO_DUCKDB_MEMORY_LIMIT",
                                        "DuckDB's buffer pool in every connection Bamboo Wire opens "
                                        "(`512MB`, `2GB`, ...).")

    def __post_init__(self) -> None:
        # Checked here, so the environment, a Prefect variable and an option are held to the same rule.
        lang = self.report_language.strip().lower() or "en"
        if lang not in REPORT_LANGUAGES:
            raise ConfigError(f"BAMBOO_REPORT_LANGUAGE={self.report_language!r}: "
                              f"expected one of {', '.join(REPORT_LANGUAGES)}")
        object.__setattr__(self, "report_language", lang)
        limit = self.duckdb_memory_limit.strip() or DUCKDB_MEMORY_LIMIT
        if not MEMORY_SIZE.match(limit):
            raise ConfigError(f"BAMBOO_DUCKDB_MEMORY_LIMIT={self.duckdb_memory_limit!r}: "
                              "expected a size such as 1GB or 512MB")
        object.__setattr__(self, "duckdb_memory_limit", limit)

    @property
    def budget(self) -> Budget:
        """The CPU-time and memory budget of one page or feed."""
        return Budget(cpu_seconds=self.page_cpu_seconds, memory_mb=self.page_memory_mb)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Build settings from defaults, then the environment, then explicit overrides."""
        return layered(env, {}, **overrides)[0]

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
        return f"Bamboo Wire/{v}" + (f" (+{self.contact_url})" if self.contact_url else "")

    @property
    def extract_workers(self) -> int:
        return self.workers if self.workers > 0 else (os.cpu_count() or 1)


def parse_setting(name: str, default: Any, raw: str, env_name: str) -> Any:
    """`raw` read as a value of the type of `default`; ConfigError naming `env_name` when it is not one."""
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


REPORT_LANGUAGES = ("en", "vi", "zh")  # Settings.report_language: the event headline languages
# --- Layered settings: option > environment > Prefect variable > default (docs/settings.md) ---------

ORIGIN_OPTION = "option"
ORIGIN_ENV = "environment"
ORIGIN_VARIABLE = "Prefect variable"
ORIGIN_DEFAULT = "default"
VARIABLE_PREFIX = "bamboo_"


def variable_name(env_name: str) -> str:
    """The Prefect variable that may hold a setting: its environment name in lower case (`bamboo_db`)."""
    return env_name.lower()


def layered(env: dict[str, str] | None, variables: dict[str, Any], **overrides: Any
            ) -> tuple[Settings, dict[str, str]]:
    """Settings from defaults, then Prefect variables, then the environment, then explicit overrides,
    with the origin of each value (field name -> ORIGIN_*).

    The environment wins over a variable so that a worker or a shell can still override what the
    server holds for one run.
    """
    env = dict(os.environ if env is None else env)
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for f in fields(Settings):
        name = f.metadata["env"]
        var = variable_name(name)
        if name in env and env[name] != "":
            values[f.name], origins[f.name] = parse_setting(f.name, f.default, env[name], name), ORIGIN_ENV
        elif variables.get(var) is not None:
            raw = _variable_text(variables[var], var)
            values[f.name] = parse_setting(f.name, f.default, raw, f"Prefect variable {var}")
            origins[f.name] = ORIGIN_VARIABLE
        else:
            origins[f.name] = ORIGIN_DEFAULT
    for key, value in overrides.items():
        if value is not None:
            values[key], origins[key] = value, ORIGIN_OPTION
    return Settings(**values), origins


def unknown_variables(variables: dict[str, Any]) -> list[str]:
    """`bamboo_*` variables that name no setting (a typo would otherwise be ignored in silence)."""
    known = {variable_name(f.metadata["env"]) for f in fields(Settings)}
    return sorted(n for n in variables if n.startswith(VARIABLE_PREFIX) and n not in known)


def _variable_text(value: Any, name: str) -> str:
    """A Prefect variable's JSON value as the text an environment variable would hold."""
    if isinstance(value, bool | int | float):
        return show(value)
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    raise ConfigError(f"Prefect variable {name}={value!r}: expected a string, number, boolean or list")


# --- The operator's contact, and the warehouse's old default place -----------------------------------

ROBOTS_AGENT = "BambooWire"  # the name robots.txt rules are matched against (one token, no space)
OLD_DEFAULT_DB = Path("warehouse/bamboo.duckdb")  # the default before it moved out of the package folder


def contact_warning(settings: Settings) -> str | None:
    """The one-line warning of a run whose User-Agent gives site owners no way to reach anyone."""
    if settings.contact_url.strip():
        return None
    return ("BAMBOO_CONTACT_URL is not set: sites see no contact in the User-Agent; set it (or the Prefect "
            "variable bamboo_contact_url) to a page or mailto: address where site owners can reach you")


def old_warehouse_message(settings: Settings, origins: dict[str, str]) -> str | None:
    """Why a run must not start a new, empty warehouse at the default place while the data of an
    earlier version sits at the old one, and how to move it (None when there is nothing to say)."""
    default_db = Path(_default("db"))
    if origins.get("db") != ORIGIN_DEFAULT or settings.db != default_db:
        return None
    if default_db.exists() or not OLD_DEFAULT_DB.exists():
        return None
    old, new = OLD_DEFAULT_DB.parent, default_db.parent
    return (f"the warehouse of an earlier version is at {OLD_DEFAULT_DB} (the default is now {default_db}): "
            f"move it with `mkdir -p {new} && mv {old}/{OLD_DEFAULT_DB.stem}.* {new}/`, "
            f"or keep it where it is with BAMBOO_DB={OLD_DEFAULT_DB}")


def _default(name: str) -> Any:
    return next(f.default for f in fields(Settings) if f.name == name)
