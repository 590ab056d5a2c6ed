"""Text folding, language guessing and sentence splitting for the diplomacy detector."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

# Scripts the matchers are built for: "vi" keeps diacritics, "vi_ascii" is Vietnamese typed without them.
SCRIPTS = ("en", "vi", "vi_ascii", "zh")

_CJK = re.compile(r"[\u4e00-\u9fff]")
_VI_MARKS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
# Function words that tell Vietnamese typed without diacritics from English.
_VI_ASCII_WORDS = re.compile(r"\b(?:cua|va|nhung|duoc|khong|trong|nguoi|voi|cac|mot|da|la|tai)\b")
_EN_WORDS = re.compile(r"\b(?:the|of|and|to|in|is|was|with|for|on|that)\b")
# Old and new Vietnamese tone placement both occur; fold to one so "hoà" matches "hòa".
_VI_TONE_FIX = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_VI_TONE_RE = re.compile("|".join(_VI_TONE_FIX))
_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
# "U.S." and "US" must survive lowercasing without colliding with the pronoun "us".
_EN_US = re.compile(r"\bU\.S\.(?:A\.)?|\bUSA?\b|\bUS(?=-)")
# Candidate sentence ends; the last branch catches "end.Next" glued together by careless extraction.
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])\s+|(?<=[。！？；])|\n+"
    r"|(?<=[a-z\u00e0-\u1ef9\"\u201d][.!?])(?=[A-Z\u00c0-\u1ef8])"
)
# A period after these does not end a sentence ("U.S. Defense Secretary", "Sen. McCain").
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Lt|Col|Gov|Adm|Capt|St|No|Jr|Sr|Prof|Amb|Vol|TP)\.)\s*$"
)


@lru_cache(maxsize=1)
def _trad_to_simp() -> dict[int, str]:
    """Traditional -> simplified character table read from the lexicon folder."""
    table: dict[int, str] = {}
    text = resources.files(__package__).joinpath("lexicons/zh_trad_simp.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            trad, simp = line.split("\t")[:2]
            table[ord(trad)] = simp
    return table


def strip_marks(text: str) -> str:
    """Drop Vietnamese diacritics (and đ -> d) so typed-without-marks text matches."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def guess_script(text: str, language: str | None) -> str:
    """Pick which matcher to run: en, vi, vi_ascii or zh, trusting the text over a wrong label."""
    sample = text[:3000]
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
    """Normalise text for matching; keeps length-independent meaning, not offsets."""
    text = unicodedata.normalize("NFC", text)
    if script == "zh":
        return text.translate(_trad_to_simp()).lower()
    if script == "en":
        text = _EN_US.sub("usa", text)
    text = _DASHES.sub("-", text.lower())
    if script == "vi":
        return _VI_TONE_RE.sub(lambda m: _VI_TONE_FIX[m.group(0)], text)
    if script == "vi_ascii" or not text.isascii():
        # English copy sometimes keeps Vietnamese marks on names; the lexicon is folded without them.
        return strip_marks(text)
    return text


def fold_term(term: str, script: str) -> str:
    """Fold a lexicon term the same way as text of the given script."""
    folded = fold(term, "vi" if script == "vi_ascii" else script)
    return strip_marks(folded) if script in ("vi_ascii", "en") else folded


def split_sentences(text: str) -> list[str]:
    """Split text into sentences on Latin and CJK punctuation and line breaks, sparing abbreviations."""
    sentences: list[str] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        head = text[start:boundary.start()]
        if "\n" not in boundary.group(0) and _ABBREVIATION.search(head[-12:]):
            continue
        sentences.append(head)
        start = boundary.end()
    sentences.append(text[start:])
    return [s.strip() for s in sentences if s.strip()]
