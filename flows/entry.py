"""The `bamboo` console script's module, kept light: each extraction worker process imports it again.

multiprocessing's spawn start re-runs the parent's main script in every worker before it unpickles
any work, and the console script installed for `bamboo` imports the module named here. Were it
`flows.cli`, every worker would load the CLI's command modules, DuckDB, pyarrow and the HTTP client
(~60 MB each, twice with the budget's forked child); the CLI is imported when `main` runs instead.
"""

from __future__ import annotations


def main() -> None:
    """`bamboo` (flows.cli.main)."""
    from flows.cli import main as cli

    cli()
