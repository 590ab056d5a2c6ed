"""Real `bamboo` processes in tests: the command from this tree and a clean environment for them."""

from __future__ import annotations

import os
import re
import sys

# What the `bamboo` console script runs, imported from this tree (whatever copy is installed).
BAMBOO = [sys.executable, "-c", "from flows.cli import main; main()"]


def bamboo_env(api_url: str, *hostports: str, **settings: str) -> dict[str, str]:
    """This process's environment without the developer's BAMBOO_* settings: the session's Prefect
    API, only these loopback hosts allowed, no per-host delay, extraction in the run's own process
    (less CPU on 2 cores), then `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAMBOO_")}
    env.update({"PREFECT_API_URL": api_url, "BAMBOO_ALLOWED_HOSTS": ",".join(hostports),
                "BAMBOO_PER_HOST_DELAY": "0", "BAMBOO_WORKERS": "1", **settings})
    return env


def new_articles(out: str) -> int:
    """The `New articles: N` a `bamboo ingest` run printed."""
    m = re.search(r"^New articles: (\d+)", out, re.MULTILINE)
    assert m, out
    return int(m.group(1))
