"""Settings, declared once: each has a name and type (here), a default and a help line (settings.toml)
and an environment variable (BAMBOO_ and its name in capitals).

Read once with `Settings.from_env()` and passed explicitly; `docs/settings.md` lists them all
(a test checks that it does).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_origin, get_type_hints

from extractors.core.budget import Budget
from extractors.core.errors import ConfigError

MEMORY_SIZE = re.compile(r"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)
ENV_PREFIX = "BAMBOO_"  # a setting's environment variable: this and its name in capitals


def _declared(cls: type) -> type:
    """Give each annotated field its default and help line from settings.toml, beside this file.

    Types stay in the class, where readers and tools see them; the table holds the same names in the
    same order, so a setting added to one and not the other fails on import.
    """
    with Path(__file__).with_name("settings.toml").open("rb") as f:
        table = tomllib.load(f)
    hints = get_type_hints(cls)
    if list(table) != list(hints):
        raise ConfigError(f"settings.toml names {list(table)}, Settings declares {list(hints)}")
    for name, kind in hints.items():
        setattr(cls, name, field(default=_typed(name, kind, table[name]["default"]),
                                 metadata={"env": ENV_PREFIX + name.upper(), "help": table[name]["help"]}))
    return cls


def _typed(name: str, kind: Any, value: Any) -> Any:
    """A default as TOML writes it, in the field's type: a path from a string, a tuple from an array."""
    if kind is Path and isinstance(value, str):
        return Path(value)
    if get_origin(kind) is tuple and isinstance(value, list):
        return tuple(value)
    if type(value) is not kind:  # exactly: TOML's 10 is no float, and a bool is no int here
        raise ConfigError(f"settings.toml: the default of {name} is {value!r}, not a {kind.__name__}")
    return value


@dataclass(frozen=True)
@_declared
class Settings:
    """All run-time settings of Bamboo Wire; defaults and help lines in settings.toml."""

    db: Path
    feeds: Path
    state_dir: Path
    contact_url: str
    per_host_concurrency: int
    per_host_delay: float
    connect_timeout: float
    read_timeout: float
    max_feed_bytes: int
    max_page_bytes: int
    max_redirects: int
    allow_private_networks: bool
    allowed_hosts: tuple[str, ...]
    min_body_chars: int
    workers: int
    batch_size: int
    fetch_threads: int
    max_new_per_feed: int
    lock_timeout: float
    page_cpu_seconds: float
    page_memory_mb: int
    dask_address: str
    alert_webhook: str
    alert_block: str
    alert_min_stories: int
    alert_min_reports: int
    alert_tier_days: int
    report_language: str
    duckdb_memory_limit: str

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
DUCKDB_MEMORY_LIMIT: str = Settings.duckdb_memory_limit  # also the default of a bare connection
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
