"""Real `bamboo` processes in tests: the command from this tree and a clean environment for them."""

from __future__ import annotations

import os
import re
import sys

# What the `bamboo` console script runs, imported from this tree (whatever copy is installed).
BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]
# No Prefect heartbeats in `bamboo` runs against the session's API (as in the session's own flow runs,
# conftest.py): no test here is about them, and each run waited up to a second at its end for the
# heartbeat thread (flows/local.py).
NO_HEARTBEATS = {"BAMBOO_HEARTBEATS": "false"}


def bamboo_env(api_url: str, *hostports: str, **settings: str) -> dict[str, str]:
    """This process's environment without the developer's BAMBOO_* settings: the session's Prefect
    API, only these loopback hosts allowed, no per-host delay, extraction in the run's own process
    (less CPU on 2 cores), no heartbeats, then `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    env.update({"PREFECT_API_URL": api_url, "BAMBOO_ALLOWED_HOSTS": ",".join(hostports),
                "BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_WORKERS": "1", **NO_HEARTBEATS, **settings})
    return env


def new_articles(out: str) -> int:
    """The `New articles: N` a `bamboo ingest` run printed."""
    m = re.search(r"^New articles: (\d+)", out, re.MULTILINE)
    assert m, out
    return int(m.group(1))
