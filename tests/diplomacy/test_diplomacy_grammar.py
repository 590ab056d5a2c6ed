"""The detector's grammar as data: the registry of scripts, grammar files, kinds and TSV tables."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from extractors.diplomacy import detect
from extractors.diplomacy.analysis import read_sentence
from extractors.diplomacy.grammar import (
    LexiconError,
    UnknownScript,
    lang_scripts,
    rule,
    script,
    scripts,
    use_lexicons,
)
from extractors.diplomacy.lexicon import load_entries, tenures
from extractors.diplomacy.text import fold, guess_script
from tests import ROOT

LEXICONS = ROOT / "extractors" / "diplomacy" / "lexicons"

# A small language added by data files alone: Esperanto, its registry entry, grammar and lexicon rows.
EO_SCRIPT = """
[scripts.eo]
language = "eo"
fold = "unmark"
guess = { words = ["la", "de", "kaj", "en", "al", "estas", "kun"] }
"""
EO_GRAMMAR = """
[shared]
located = ['\\b(?:en|al)']
joint = ['kaj']
clause_break = ['\\b(?:dum|kiam)\\b']

[speech]
verbs = ["diris", "deklaris"]
gap = '(?:\\s+\\w+){0,2}?\\s+'
"""
EO_ROWS = {
    "entities.tsv": ["eo\tĈinio\tCHN\tcountry\tChina", "eo\tVjetnamio\tVNM\tcountry\tVietnam",
                     "eo\tHanojo\tVNM\tcapital\tHanoi"],
    "actions.tsv": ["eo\tvizitis\tvisit\t042\t2", "eo\trenkontis\tmeet\t040\t2",
                    "eo\tinterkonsento\tsign_agreement\t057\t2"],
}


def _copy_lexicons(tmp_path: Path) -> Path:
    folder = tmp_path / "lexicons"
    shutil.copytree(LEXICONS, folder)
    return folder


def _add_esperanto(folder: Path) -> None:
    registry = folder / "grammar" / "scripts.toml"
    text = registry.read_text(encoding="utf-8")
    at = text.index("[scripts.en]")  # guessed before English: the order of the registry
    registry.write_text(text[:at] + EO_SCRIPT.lstrip() + "\n" + text[at:], encoding="utf-8")
    (folder / "grammar" / "eo.toml").write_text(EO_GRAMMAR, encoding="utf-8")
    for name, rows in EO_ROWS.items():
        with (folder / name).open("a", encoding="utf-8") as out:
            out.write("".join(row + "\n" for row in rows))


def test_a_language_is_added_by_data_files_alone(tmp_path: Path) -> None:
    folder = _copy_lexicons(tmp_path)
    _add_esperanto(folder)
    text = ("La ĉefministro de Ĉinio vizitis Vjetnamio kaj renkontis la prezidanton en Hanojo. "
            "La du flankoj subskribis interkonsento pri komerco kaj investado.")
    before = detect("", text, None)
    with use_lexicons(folder):
        assert scripts() == ("zh", "vi", "vi_ascii", "eo", "en")
        assert lang_scripts()["eo"] == (("eo",), "eo")
        found = detect("", text, None)
        assert found.extra["script"] == "eo"
        assert found.relevant and found.pairs == ("CN-VN",), found
        visit = found.events[0]
        assert (visit.type, visit.actor, visit.target, visit.place_country) == ("visit", "CHN", "VNM", "VNM")
        said = read_sentence("Ĉinio diris ke Vjetnamio", 1, 1.0, "eo")
        assert [m.entry.kind for m in said.actions] == ["statement"]
    assert not before.relevant and before.extra["script"] != "eo"  # the package's data hold no Esperanto
    assert "eo" not in scripts()


def test_unknown_script_is_named_and_not_read_as_another_language(caplog: pytest.LogCaptureFixture) -> None:
    text = "Президент Вьетнама встретился с председателем КНР в Пекине и обсудил отношения двух стран."
    with caplog.at_level(logging.INFO, logger="extractors.diplomacy.detector"):
        found = detect("Встреча в Пекине", text, "ru")
    assert not found.relevant and found.extra["script"] is None
    unread = str(found.extra["unread"])
    assert unread.startswith("unknown_script: ") and "CYRILLIC" in unread
    assert any("unknown_script" in record.getMessage() for record in caplog.records)
    with pytest.raises(UnknownScript, match="unknown script 'ja'"):
        script("ja")
    with pytest.raises(UnknownScript):
        fold("Thủ tướng", "ja")
    with pytest.raises(UnknownScript):
        read_sentence("Thủ tướng Việt Nam hội đàm với Tổng thống Mỹ", 1, 1.0, "ja")
    # Mixed copy stays read: a few foreign words in English text are no unknown script.
    assert guess_script("Vietnam and China (Вьетнам и Китай) held talks in Hanoi on Monday", None) == "en"


def test_unmarked_script_reads_its_language_without_marks() -> None:
    assert rule("vi", "group", "hints") == ["khác", "cường quốc"]
    assert rule("vi_ascii", "group", "hints") == ["khac", "cuong quoc"]
    assert "noi" not in rule("vi_ascii", "speech", "verbs")  # the [unmarked] table: nơi, nối, nội
    assert rule("zh", "speech", "verbs", []) == []


@pytest.mark.parametrize(("name", "edit", "expected"), [
    ("actions.tsv", lambda text: text + "en\tpowwow\tpowwow\t040\t2\n", r"actions.tsv:\d+: type 'powwow'"),
    ("actions.tsv", lambda text: text + "en\tnear Okinotori\tmilitary\t190\t1\tCHN+JPN\n",
     r"actions.tsv:\d+: claimants 'JPN'"),
    ("tiers.tsv", lambda text: text + "en\tbest friends\tbest_friends\n",
     r"tiers.tsv:\d+: tier 'best_friends'"),
    ("entities.tsv", lambda text: text + "xx\tChina\tCHN\tcountry\tChina\n", r"entities.tsv:\d+: lang 'xx'"),
    ("cues.tsv", lambda text: text + "en\tgoal\tsport\t1\textra\n", r"cues.tsv:\d+: expected the columns"),
    ("offices.tsv", lambda text: text.replace("lang\tterm\tlabel", "lang\tword\tlabel"),
     r"offices.tsv:\d+: header has no column term"),
    ("people.tsv", lambda text: text + "lat\tPompeo\tUSA\tsecretary_of_state\tMike Pompeo\t2018 to 2021\n",
     r"people.tsv:\d+: years '2018 to 2021'"),
    ("people.tsv", lambda text: text + "lat\tGeorge Bush\tUSA\tpresident\tGeorge W. Bush\t2001-2008\n",
     r"people.tsv:\d+: years '2001-2008' of George W. Bush differ"),
])
def test_a_bad_lexicon_row_names_its_file_and_line(tmp_path: Path, name: str, edit, expected: str) -> None:  # noqa: ANN001
    folder = _copy_lexicons(tmp_path)
    path = folder / name
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    with use_lexicons(folder), pytest.raises(LexiconError, match=expected):
        load_entries()
    assert load_entries()  # the package's own lexicons load again outside


def test_tsv_columns_are_read_by_name(tmp_path: Path) -> None:
    """Columns in another order read the same: the header names them."""
    folder = _copy_lexicons(tmp_path)
    path = folder / "tiers.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    swapped = [line if line.startswith("#") or not line.strip() else "\t".join([cells[0], cells[2], cells[1]])
               for line in lines for cells in [line.split("\t")]]
    path.write_text("\n".join(swapped) + "\n", encoding="utf-8")
    expected = {s: {k: v for k, v in terms.items() if any(e.source == "tiers" for e in v)}
                for s, terms in load_entries().items()}
    with use_lexicons(folder):
        got = {s: {k: v for k, v in terms.items() if any(e.source == "tiers" for e in v)}
               for s, terms in load_entries().items()}
    assert got == expected and got["en"]


def test_every_person_of_a_shared_spelling_has_years_in_office() -> None:
    """A spelling two listed people share is chosen among by the story's year (names.py): each of them
    needs their years (people.tsv `years`), else a dated story falls back to the first row."""
    sharing = {e.label for terms in load_entries().values() for entries in terms.values()
               if len({e.label for e in entries if e.source == "people"}) > 1
               for e in entries if e.source == "people"}
    assert sharing and not sharing - set(tenures())
