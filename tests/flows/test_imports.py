"""The import structure: no import cycle among the project's modules, every flows/ module importable on
its own, and importing a package changes nothing in the process until an entry point configures it."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from flows.runtime import PREFECT_DEFAULTS
from tests import ROOT

PACKAGES = ("extractors", "flows", "warehouse")


def _modules() -> dict[str, Path]:
    """Every module of the project's packages, by dotted name (a package by its own name)."""
    out = {}
    for pkg in PACKAGES:
        for path in (ROOT / pkg).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def _top_level_imports(tree: ast.Module, known: set[str]) -> set[str]:
    """The project modules a module imports when it is imported: module-level statements only (an
    import inside a function runs later; one under `if TYPE_CHECKING:` never runs)."""
    found: set[str] = set()

    def visit(stmts: list[ast.stmt]) -> None:
        for node in stmts:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, (ast.If, ast.Try)):
                visit(node.body)
                visit(getattr(node, "orelse", []))
                for h in getattr(node, "handlers", []):
                    visit(h.body)
                continue
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                parts = name.split(".")
                # Importing a.b.c runs a, a.b and a.b.c.
                found.update(".".join(parts[:i]) for i in range(1, len(parts) + 1)
                             if ".".join(parts[:i]) in known)

    visit(tree.body)
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), or a module importing itself."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def strong(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1 or v in graph[v]:
                out.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def test_no_import_cycle_between_project_modules() -> None:
    modules = _modules()
    graph = {}
    for name, path in modules.items():
        deps = _top_level_imports(ast.parse(path.read_text(encoding="utf-8")), set(modules))
        # A module's own package is imported first anyway; only the package's own imports matter there.
        graph[name] = {d for d in deps if d != name and not name.startswith(d + ".")}
    assert "flows.cli" in graph and "flows.commands" in graph  # the walk found the modules
    assert _cycles(graph) == []


def test_every_flows_module_imports_on_its_own_and_commands_register_on_one_group() -> None:
    """Each flows/ module first in a fresh set of project modules (Prefect stays loaded between them),
    then `bamboo`'s group has every command whichever module came first."""
    names = sorted(n for n in _modules() if n.startswith("flows."))
    script = f"""
import importlib, json, sys
done = {{}}
for name in {names!r}:
    for loaded in [m for m in sys.modules if m.split(".")[0] in {PACKAGES!r}]:
        del sys.modules[loaded]
    importlib.import_module(name)
    done[name] = "flows.cli" in sys.modules
import flows.cli
print(json.dumps({{"first": done, "commands": sorted(flows.cli.main.commands)}}))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert set(result["first"]) == set(names)
    # No command module pulls in the entry point: the imports run one way, cli -> command modules.
    assert [n for n, cli in result["first"].items() if cli and n != "flows.cli"] == []
    assert result["commands"] == ["alerts", "backfill", "classify", "export", "extract", "feeds", "ingest",
                                  "report", "reprocess", "serve", "settings", "sql", "watch"]


_STATE = """
import json, os, sys
import pyarrow as pa
def state():
    return {"env": dict(os.environ), "pool": pa.default_memory_pool().backend_name,
            "prefect": "prefect" in sys.modules}
"""


def _run(code: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items()
           if k not in PREFECT_DEFAULTS and k not in ("ARROW_DEFAULT_MEMORY_POOL", "MALLOC_ARENA_MAX")}
    out = subprocess.run([sys.executable, "-c", _STATE + code], capture_output=True, text=True, cwd=ROOT,
                         env=env, stdin=subprocess.DEVNULL, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_importing_the_packages_changes_no_process_state() -> None:
    r = _run("""
before = state()
import warehouse, flows, flows.cli, flows.ingest, flows.backfill, flows.reprocess
import warehouse.db, warehouse.load
after = state()
print(json.dumps({"before": before, "after": after}))
""")
    before, after = r["before"], r["after"]
    assert isinstance(before, dict) and isinstance(after, dict)
    assert after["env"] == before["env"]
    assert after["pool"] == before["pool"] != "system"


def test_the_cli_entry_point_configures_the_process_before_prefect_is_imported() -> None:
    r = _run("""
from flows.cli import main
imported = state()
main(["classify"], standalone_mode=False)  # any command: the group configures the process first
print(json.dumps({"imported": imported, "ran": state()}))
""")
    imported, ran = r["imported"], r["ran"]
    assert isinstance(imported, dict) and isinstance(ran, dict)
    assert imported["prefect"] is False  # so Prefect reads the defaults below when a command imports it
    assert ran["pool"] == "system"
    env = ran["env"]
    assert isinstance(env, dict)
    assert {k: env.get(k) for k in PREFECT_DEFAULTS} == PREFECT_DEFAULTS


# What pip's console script for `bamboo` does, with a probe in place of the CLI: spawn re-runs this
# file in each extraction worker, so its imports are the workers' too.
_SCRIPT = """import sys
from {module} import {func}
if __name__ == "__main__":
    import json, os
    from flows import resources
    pool = resources.pool(1)
    pid = pool.submit(os.getpid).result()
    maps = open(f"/proc/{{pid}}/maps").read()
    resources.close_all()
    print(json.dumps({{name: name in maps for name in ("duckdb", "libarrow", "lxml")}}))
"""


def test_extraction_workers_load_neither_duckdb_nor_arrow(tmp_path: Path) -> None:
    """A worker maps what extraction needs (lxml, warmed) and not the warehouse's libraries, which the
    CLI's modules would bring in (~60 MB a worker, counted again in its forked child)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    module, func = project["scripts"]["bamboo"].split(":")
    script = tmp_path / "bamboo"
    script.write_text(_SCRIPT.format(module=module, func=func), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    mapped = json.loads(out.stdout.strip().splitlines()[-1])
    assert mapped == {"duckdb": False, "libarrow": False, "lxml": True}

