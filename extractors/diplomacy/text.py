"""Text folding, language guessing and sentence splitting for the diplomacy detector.

Folding is length-preserving (one character in, one out) so the whole article is matched in one
regex pass and every hit maps back to its sentence by offset.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Scripts the matchers are built for: "vi" keeps diacritics, "vi_ascii" is Vietnamese typed without them.
SCRIPTS = ("en", "vi", "vi_ascii", "zh")

_CJK = re.compile(r"[\u4e00-\u9fff]")
_VI_MARKS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
# Function words and common syllables that tell Vietnamese typed without diacritics from English, so a
# bare headline ("Bo Ngoai giao len tieng ve viec ...") is read as Vietnamese. Syllables of office-holders'
# names (Pham, Minh, Chinh, Trung, Thu, Hang...) and "Viet Nam" are left out: English copy uses them too.
_VI_ASCII_WORDS = re.compile(
    r"\b(?:cua|va|nhung|duoc|khong|trong|nguoi|voi|cac|mot|da|la|tai|ve|viec|nuoc|quoc|ngoai|giao|tieng"
    r"|tuyen|thue|dua|vao|vung|bien|hoi|kien|tham|nhat|nhu|cung|nhieu|ngay|theo|khi|den|se|dang"
    r"|cho|nay|ong|thang|tich|dien|ky|ket|thoa|thuan|giua|tac|quan|tuong|thong|tiep)\b")
_EN_WORDS = re.compile(r"\b(?:the|of|and|to|in|is|was|with|for|on|that)\b")
# Old and new Vietnamese tone placement both occur; fold to one so "hoà" matches "hòa".
_VI_TONE_FIX = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_VI_TONE_RE = re.compile("[òóỏõọ][ae]|[ùúủũụ]y")  # the keys of _VI_TONE_FIX, as a fast scan
# Dashes and odd spaces become "-" and " " one for one; lexicon patterns allow space around "-".
# Replaced with str.replace, not str.translate: a few C scans beat a per-character table lookup.
_PUNCT = tuple({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}.items()) + tuple(
    {c: " " for c in "\u00a0\u2002\u2003\u2009\u200a\u202f\u3000\t"}.items())
_MARKED = re.compile(r"[\u00c0-\u024f\u1e00-\u1effđĐ]")
# Sentence ends: Latin punctuation then space (or glued to a capital), CJK punctuation, line breaks.
_SENTENCE_END = re.compile(r"[.!?;][\"\u201d]?(?:\s+|(?=[A-Z\u00c0-\u1ef8]))|[。！？；][」”]?\s*|\n+")
_GLUED_BEFORE = re.compile(r"[a-z\u00e0-\u1ef9\"\u201d]")
# A period after these does not end a sentence ("U.S. Defense Secretary", "Sen. McCain"); nor does one
# after a single capital ("George W. Bush").
_ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gen", "Lt", "Col", "Gov", "Adm", "Capt", "St", "No", "Jr", "Sr",
    "Prof", "Amb", "Vol", "TP", "Co", "Corp", "Inc", "Ltd",
})
# Month abbreviations of dates and datelines ("on Sept. 10", "WASHINGTON, Sept. 10 (AP) —") end no sentence.
_ABBREVIATIONS |= {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


@lru_cache(maxsize=1)
def simp_to_trad() -> dict[str, str]:
    """Simplified character -> its traditional forms, from the lexicon folder's table."""
    table: dict[str, str] = {}
    text = resources.files(__package__).joinpath("lexicons/zh_trad_simp.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")[:2]
            table[simp] = table.get(simp, "") + trad
    return table


def traditional_forms(term: str, limit: int = 64) -> list[str]:
    """The term in simplified and every traditional spelling (so text is matched without folding)."""
    forms = [""]
    table = simp_to_trad()
    for ch in term:
        options = ch + table.get(ch, "")
        forms = [f + o for f in forms for o in options][:limit]
    return forms


@lru_cache(maxsize=1)
def _unmark() -> dict[int, str]:
    """Latin letters with diacritics -> bare letter (đ -> d), one character for one."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for code in [*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base
    return table


def strip_marks(text: str) -> str:
    """Drop Vietnamese diacritics so text typed without marks matches, keeping length."""
    table = _unmark()
    return _MARKED.sub(lambda m: table.get(ord(m.group(0)), m.group(0)), text)


def guess_script(text: str, language: str | None) -> str:
    """Pick which matcher to run: en, vi, vi_ascii or zh, trusting the text over a wrong label."""
    sample = text[:1200]  # enough to tell scripts apart; counting over more costs time on every article
    if len(_CJK.findall(sample)) > max(5, len(sample) // 20):
        return "zh"
    lowered = sample.lower()
    if len(_VI_MARKS.findall(lowered)) > max(3, len(lowered) // 60):
        return "vi"
    lang = (language or "").lower()
    if lang.startswith("zh") and _CJK.search(sample):
        return "zh"
    vi_words = len(_VI_ASCII_WORDS.findall(lowered))
    en_words = len(_EN_WORDS.findall(lowered))
    if lang.startswith("vi") or vi_words > en_words:
        return "vi_ascii"
    return "en"


def fold(text: str, script: str) -> str:
    """Normalise NFC text for matching, one character for one; may differ in length only for rare letters."""
    # Chinese is only lowercased: the zh matcher holds traditional spellings of every term instead.
    for odd, plain in _PUNCT:
        if odd in text:
            text = text.replace(odd, plain)
    text = text.lower()
    if script == "zh":
        return text
    if script == "vi":
        return _VI_TONE_RE.sub(lambda m: _VI_TONE_FIX[m.group(0)], text)
    if script == "vi_ascii" or not text.isascii():
        # English copy sometimes keeps Vietnamese marks on names; the lexicon is folded without them.
        return strip_marks(text)
    return text


def fold_term(term: str, script: str) -> str:
    """Fold a lexicon term the same way as text of the given script."""
    folded = fold(unicodedata.normalize("NFC", term), "vi" if script == "vi_ascii" else script)
    return strip_marks(folded) if script in ("vi_ascii", "en") else folded


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, split on Latin and CJK punctuation and line breaks."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        end = _sentence_end(text, start, boundary)
        if end is not None:
            spans.append((start, end))
            start = boundary.end()
    spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _sentence_end(text: str, start: int, boundary: re.Match[str]) -> int | None:
    """Where the sentence ends at this boundary, or None when the boundary is not one."""
    mark = boundary.group(0)[0]
    at = boundary.start()
    if mark == "\n":
        return at
    closed = at + len(boundary.group(0).rstrip())  # the punctuation and a closing quote
    if mark not in ".!?;":
        return closed  # CJK punctuation
    if boundary.end() == closed and not _GLUED_BEFORE.match(text, max(at - 1, 0)):
        return None  # "U.S" or "3.5" glued: only a lowercase letter or quote before ".Next" ends a sentence
    if mark == "." and _is_abbreviation(text, start, at):
        return None
    return closed


def _is_abbreviation(text: str, start: int, at: int) -> bool:
    """Whether the word before the period at `at` is an abbreviation or an initial."""
    begin = at
    while begin > start and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:at]
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to exclude surrounding whitespace."""
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def split_sentences(text: str) -> list[str]:
    """The sentences of a text as strings."""
    return [text[s:e] for s, e in sentence_spans(text)]
