"""A package's public API as one table, module -> the names it gives, each loaded on first use."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def exports(package: str, table: dict[str, tuple[str, ...]]) -> tuple[list[str], Callable[[str], Any]]:
    """`__all__` and the module `__getattr__` of `package`, from `table`.

    Each name is declared once, beside the module that holds it, and imported from there the first
    time it is asked for: a process that imports one module of the package (an extraction worker
    reading feeds) loads none of the others. A module listed with no names is public itself.
    """
    where = {name: module for module, names in table.items() for name in names}
    modules = {module for module, names in table.items() if not names}

    def __getattr__(name: str) -> Any:
        if name in modules:
            return import_module(f"{package}.{name}")
        if name not in where:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f"{package}.{where[name]}"), name)

    return sorted([*where, *modules]), __getattr__
