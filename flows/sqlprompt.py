"""The `bamboo sql` prompt: line editing, persistent history, dot-commands, multi-line statements."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from extractors.core.errors import BambooError
from extractors.core.settings import DUCKDB_MEMORY_LIMIT
from warehouse import analyst_sql

HISTORY_NAME = "sql_history"
PROMPT = "bamboo> "
CONTINUATION = "   ...> "

HELP = """\
.tables              list the tables
.views               list the views
.schema [NAME]       the CREATE statement of NAME, or of every table and view
.mode [MODE]         show or set the output: table, csv, json or markdown
.width [N]           show or set the widest table cell in characters (0 = never cut)
.maxrows [N]         show or set the rows a table shows
.help                this list
.quit                leave (or Ctrl-D)
SQL statements end with ';' and may span lines. Up/Down recall earlier statements,
Ctrl-R searches them, Ctrl-C clears the line.
"""


def history_path() -> Path:
    """Where the prompt keeps its history: the user's state folder (XDG_STATE_HOME on Linux)."""
    from platformdirs import user_state_path

    return user_state_path("bamboo-wire") / HISTORY_NAME


def one_line(message: str) -> str:
    """DuckDB's message in one line: its text and hints, without the echoed query and caret."""
    keep = [s.strip() for s in message.splitlines()
            if s.strip() and not s.startswith("LINE ") and set(s.strip()) != {"^"}]
    return " ".join(keep)


def complete(text: str) -> bool:
    """Whether `text` is ready to run: a dot-command, or SQL ending in ';' outside any quotes."""
    stripped = text.strip()
    if stripped.startswith("."):
        return True
    return stripped.endswith(";") and stripped.count("'") % 2 == 0 and stripped.count('"') % 2 == 0


@dataclass
class Shell:
    """What the prompt runs: SQL statements and dot-commands on one file, with the output settings."""

    path: Path
    out: TextIO
    err: TextIO
    mode: str = "table"
    max_width: int = analyst_sql.CELL_WIDTH
    max_rows: int = 40
    report_language: str = "en"  # Settings.report_language, for the event views' headlines
    memory_limit: str = DUCKDB_MEMORY_LIMIT  # Settings.duckdb_memory_limit
    failures: int = field(default=0)

    def handle(self, text: str) -> bool:
        """Run one statement or dot-command; False when the user asked to quit."""
        text = text.strip()
        if not text:
            return True
        try:
            if text.startswith("."):
                return self.dot(text)
            cols, rows = analyst_sql.run(self.path, text, self.report_language, self.memory_limit)
            analyst_sql.write_result(cols, rows, self.mode, self.out, max_rows=self.max_rows,
                                 max_width=self.max_width)
        except BambooError as exc:
            self.fail(str(exc))
        except KeyboardInterrupt:
            self.fail("interrupted")
        self.out.flush()
        return True

    def fail(self, message: str) -> None:
        self.failures += 1
        self.err.write(f"Error: {one_line(message)}\n")
        self.err.flush()

    def dot(self, text: str) -> bool:
        """A dot-command, as in the DuckDB and SQLite shells (a trailing ';' is forgiven)."""
        name, *args = text.rstrip(";").split()
        if name in (".quit", ".exit"):
            return False
        if name == ".help":
            self.out.write(HELP)
        elif name == ".tables":
            self.names(analyst_sql.table_names(self.path, self.memory_limit))
        elif name == ".views":
            self.names(analyst_sql.view_names(self.path, self.memory_limit))
        elif name == ".schema" and len(args) <= 1:
            for statement in analyst_sql.schema(self.path, args[0] if args else None, self.memory_limit):
                self.out.write(statement.rstrip() + "\n")
        elif name == ".mode" and len(args) <= 1:
            self.set_mode(args)
        elif name in (".width", ".maxrows") and len(args) <= 1:
            self.set_number(name, args)
        else:
            self.fail(f"unknown or malformed command {text!r} (.help lists them)")
        return True

    def names(self, names: list[str]) -> None:
        self.out.write("".join(n + "\n" for n in names) or "(none)\n")

    def set_mode(self, args: list[str]) -> None:
        if not args:
            self.out.write(f"{self.mode}\n")
        elif args[0] in analyst_sql.FORMATS:
            self.mode = args[0]
        else:
            self.fail(f"unknown mode {args[0]!r}: one of {', '.join(analyst_sql.FORMATS)}")

    def set_number(self, name: str, args: list[str]) -> None:
        attr = "max_width" if name == ".width" else "max_rows"
        if not args:
            self.out.write(f"{getattr(self, attr)}\n")
        elif args[0].isdigit():
            setattr(self, attr, int(args[0]))
        else:
            self.fail(f"{name} takes a whole number, not {args[0]!r}")


def run_script(shell: Shell, lines: Iterable[str]) -> None:
    """Run piped input: dot-commands on lines of their own, statements when they end in ';'."""
    buf: list[str] = []
    for line in lines:
        if not buf and line.lstrip().startswith("."):
            if not shell.handle(line):
                return
            continue
        buf.append(line.rstrip("\n"))
        if complete("\n".join(buf)):
            shell.handle("\n".join(buf))
            buf = []
    if "\n".join(buf).strip():  # a last statement without its ';' still runs, as in `duckdb < file`
        shell.handle("\n".join(buf))


def interactive(shell: Shell) -> None:
    """The prompt on a terminal: Enter runs a finished statement, else starts a new line."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.history import FileHistory, History, InMemoryHistory
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.key_binding.key_processor import KeyPressEvent

    keys = KeyBindings()

    @keys.add("enter")
    def _enter(event: KeyPressEvent) -> None:
        buf = event.current_buffer
        if not buf.text.strip() or complete(buf.text):
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    history: History
    try:
        hist = history_path()
        hist.parent.mkdir(parents=True, exist_ok=True)
        history = FileHistory(str(hist))
    except OSError as exc:
        shell.err.write(f"History not kept: {exc}\n")
        history = InMemoryHistory()
    session: PromptSession[str] = PromptSession(
        history=history, multiline=True, key_bindings=keys, enable_history_search=False,
        prompt_continuation=lambda width, line_number, wrap_count: CONTINUATION)
    shell.out.write(f"Connected read-only to {shell.path}. End each statement with ';'. "
                    ".help lists the commands; Ctrl-D quits.\n")
    while True:
        try:
            text = session.prompt(PROMPT)
        except KeyboardInterrupt:  # Ctrl-C: the line is dropped, the prompt stays
            continue
        except EOFError:  # Ctrl-D on an empty line
            shell.out.write("\n")
            return
        if not shell.handle(text):
            return


def main(path: Path, *, mode: str, max_width: int, max_rows: int, stdin: TextIO = sys.stdin,
         report_language: str = "en", memory_limit: str = DUCKDB_MEMORY_LIMIT) -> int:
    """`bamboo sql` without a query: the prompt on a terminal, else the statements piped in.

    Returns the exit status: 1 when a piped statement failed.
    """
    shell = Shell(path, sys.stdout, sys.stderr, mode=mode, max_width=max_width, max_rows=max_rows,
                  report_language=report_language, memory_limit=memory_limit)
    # a missing or unreadable warehouse fails here, in one line
    analyst_sql.run(path, "SELECT 1", report_language, memory_limit)
    if stdin.isatty() and sys.stdout.isatty():
        shell.err = shell.out  # on a terminal errors show in order with the results
        interactive(shell)
        return 0
    run_script(shell, stdin)
    return 1 if shell.failures else 0
