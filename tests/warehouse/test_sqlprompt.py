"""`bamboo sql` driven as a user drives it: keys typed into a pty, statements piped in, a real warehouse."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pexpect

BAMBOO = str(Path(sys.executable).with_name("bamboo"))
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")
UP, CTRL_C, CTRL_D = "\x1b[A", "\x03", "\x04"
PROMPT = "bamboo>"
ACCEPTED = "\x1b[?2004l"  # the prompt turns bracketed paste off once a line is accepted, before any output


class Terminal:
    """`bamboo sql` on a pty: send keys, wait for what a user would see, read it without escapes."""

    def __init__(self, db: Path, state: Path, *args: str) -> None:
        env = {**os.environ, "XDG_STATE_HOME": str(state), "TERM": "xterm", "NO_COLOR": "1",
               "PROMPT_TOOLKIT_NO_CPR": "1"}  # a pty that never answers cursor-position queries
        self.child = pexpect.spawn(BAMBOO, ["sql", "--db", str(db), *args], env=env, encoding="utf-8",
                                   dimensions=(50, 250), timeout=90)
        self.until(PROMPT)

    def until(self, text: str) -> str:
        """Wait for `text` and return what was shown before it, escape sequences removed."""
        self.child.expect_exact(text)
        return ANSI.sub("", self.child.before)

    def run(self, keys: str) -> str:
        """Type `keys` and Enter; return the output up to the next prompt."""
        self.child.send(keys + "\r")
        self.until(ACCEPTED)  # past the redraws of the line being typed, which show the prompt too
        return self.until(PROMPT)

    def quit(self) -> int:
        self.child.send(CTRL_D)
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus


def test_up_arrow_recalls_the_previous_statement_in_this_and_the_next_session(analyst_db: Path,
                                                                              tmp_path: Path) -> None:
    term = Terminal(analyst_db, tmp_path)
    assert "recalled-42" in term.run("SELECT 'recalled-' || 6*7 AS x;")
    again = term.run(UP)  # the arrow recalls the statement, it does not type ^[[A
    assert "recalled-42" in again and "Error" not in again
    assert term.quit() == 0
    history = tmp_path / "bamboo-wire" / "sql_history"
    assert "SELECT 'recalled-' || 6*7 AS x;" in history.read_text(encoding="utf-8")
    term = Terminal(analyst_db, tmp_path)
    assert "recalled-42" in term.run(UP)
    assert term.quit() == 0


def test_ctrl_c_clears_the_line_and_keeps_the_prompt(analyst_db: Path, tmp_path: Path) -> None:
    term = Terminal(analyst_db, tmp_path)
    term.child.send("SELECT 'dropped-' || 1 AS d")
    term.child.send(CTRL_C)
    term.until(ACCEPTED)  # the line is dropped ...
    term.until(PROMPT)  # ... and a fresh prompt is drawn
    out = term.run("SELECT 'kept-' || 2 AS k;")
    assert "kept-2" in out and "dropped-1" not in out and "Error" not in out
    assert term.child.isalive()
    assert term.quit() == 0


def test_dot_commands_answer_and_leave_the_next_statement_alone(analyst_db: Path, tmp_path: Path) -> None:
    term = Terminal(analyst_db, tmp_path)
    tables = term.run(".tables")
    assert "articles" in tables and "feeds" in tables and "diplomacy_stories" not in tables
    assert "next-1" in term.run("SELECT 'next-' || 1 AS n;")
    assert "diplomacy_stories" in term.run(".views")
    assert "CREATE VIEW diplomacy_stories" in term.run(".schema diplomacy_stories")
    assert "next-2" in term.run("SELECT 'next-' || 2 AS n;")
    assert "CREATE TABLE feeds" in term.run(".schema FEEDS")
    helped = term.run(".help")
    assert ".schema [NAME]" in helped and ".mode" in helped and ".width" in helped
    assert "next-3" in term.run("SELECT 'next-' || 3 AS n;")
    assert "Error: unknown or malformed command '.nope'" in term.run(".nope")
    assert "next-4" in term.run("SELECT 'next-' || 4 AS n;")
    assert term.quit() == 0


def test_a_statement_spans_lines_until_its_semicolon(analyst_db: Path, tmp_path: Path) -> None:
    term = Terminal(analyst_db, tmp_path)
    term.child.send("SELECT 'multi' ||\r")
    term.child.send("'-line' AS m,\r")
    term.child.send("count(*) AS n FROM diplomacy_stories\r")
    out = term.run(";")
    assert "multi-line" in out and "Error" not in out
    assert re.search(r"multi-line\s+3\b", out)
    assert term.quit() == 0


def test_errors_take_one_line_and_the_prompt_stays(analyst_db: Path, tmp_path: Path) -> None:
    term = Terminal(analyst_db, tmp_path)
    out = term.run("SELEC title FROM articles;")
    errors = [line for line in out.splitlines() if "Error" in line]
    assert len(errors) == 1 and 'syntax error at or near "SELEC"' in errors[0], out
    assert "LINE 1" not in out and "^" not in out
    assert "after-error" in term.run("SELECT 'after-' || 'error' AS a;")
    assert term.quit() == 0


def _csv_block(output: str, header: str) -> list[list[str]]:
    lines = [line.strip("\r") for line in output.split("\n")]
    start = lines.index(header)
    return list(csv.reader(io.StringIO("\n".join(line for line in lines[start:] if line.strip()))))


def test_mode_csv_writes_lists_as_plain_csv_cells(analyst_db: Path, tmp_path: Path) -> None:
    term = Terminal(analyst_db, tmp_path)
    term.run(".mode csv")
    out = term.run("SELECT title, pairs, list_append(pairs, 'US-VN') AS more "
                   "FROM diplomacy_stories ORDER BY title;")
    rows = _csv_block(out, "title,pairs,more")
    assert rows == [["title", "pairs", "more"], ["Story 0", "CN-VN", "CN-VN, US-VN"],
                    ["Story 3", "CN-VN", "CN-VN, US-VN"], ["Story 6", "CN-VN", "CN-VN, US-VN"]]
    assert term.run(".mode").strip().endswith("csv")
    term.run(".mode table")
    table = term.run("SELECT title, list_append(pairs, 'US-VN') AS more FROM diplomacy_stories;")
    assert "CN-VN, US-VN" in table and '["' not in table and "(3 rows)" in table
    assert term.quit() == 0


def test_wide_cells_are_whole_with_max_width_0_and_cuts_are_announced(analyst_db: Path,
                                                                       tmp_path: Path) -> None:
    wide = "w" * 150 + "END"
    query = "SELECT repeat('w', 150) || 'END' AS wide, 1 AS one;"
    term = Terminal(analyst_db, tmp_path, "--max-width", "0")
    out = term.run(query)
    assert wide in out and "cut" not in out
    term.run(".width 20")
    out = term.run(query)
    assert wide not in out and "w" * 19 + "…" in out and "cells cut at 20 characters" in out
    assert term.quit() == 0


def _piped(db: Path, script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([BAMBOO, "sql", "--db", str(db), *args], input=script, capture_output=True,
                          text=True, timeout=120, check=False)


def test_piped_statements_and_dot_commands_run_in_turn(analyst_db: Path) -> None:
    script = (".tables\nSELECT 'piped-' ||\n 1 AS p;\n.mode csv\nSELEC 1;\n"
              "SELECT title FROM diplomacy_stories ORDER BY title\n")
    done = _piped(analyst_db, script)
    assert done.returncode == 1  # one statement failed; the others ran
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("Error:") and "SELEC" in done.stderr
    assert "articles" in done.stdout and "piped-1" in done.stdout
    # the last statement has no ';' and still runs, in the mode set before it
    assert done.stdout.splitlines()[-4:] == ["title", "Story 0", "Story 3", "Story 6"]
    ok = _piped(analyst_db, "SELECT 42 AS answer;\n", "--format", "json")
    assert ok.returncode == 0 and ok.stdout == '{"answer": 42}\n'
