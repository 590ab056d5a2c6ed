"""A rich progress bar for long CLI work that log lines print above, never through."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.logging import RichHandler
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

Update = Callable[[int, int], None]  # (done, total)


@contextmanager
def progress_bar(description: str) -> Iterator[Update]:
    """Yield `update(done, total)`, which shows a bar on a terminal (nothing elsewhere: the log says it).

    While the bar is up, every console log handler of the root logger is replaced by a RichHandler on
    the bar's own console, so a log line is printed above the bar instead of into the middle of it;
    the handlers are put back on the way out.
    """
    console = Console(stderr=True)
    if not console.is_terminal:
        yield lambda done, total: None
        return
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.percentage:>3.0f}%"), TimeElapsedColumn(), console=console)
    task = progress.add_task(description, total=None)

    def update(done: int, total: int) -> None:
        progress.update(task, completed=done, total=total)

    with _logs_on(console), progress:
        yield update


@contextmanager
def _logs_on(console: Console) -> Iterator[None]:
    """Log records of the root logger's console handlers go to `console` for the duration."""
    root = logging.getLogger()
    swapped = [h for h in root.handlers
               if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)]
    rich = RichHandler(console=console, show_path=False, markup=False, log_time_format="%H:%M:%S",
                       level=min((h.level for h in swapped), default=logging.NOTSET))
    rich.setFormatter(logging.Formatter("%(name)s - %(message)s"))
    for h in swapped:
        root.removeHandler(h)
    root.addHandler(rich)
    try:
        yield
    finally:
        root.removeHandler(rich)
        for h in swapped:
            root.addHandler(h)
