"""Offline language identification of article bodies (py3langid), as ISO 639-1 codes."""

from __future__ import annotations

import re

_SAMPLE_CHARS = 700  # langid is linear in input; a few paragraphs decide as well as the whole text
_MIN_LETTERS = 20  # below this the guess is noise
_LETTERS = re.compile(r"[^\W\d_]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def _script_guess(sample: str, letters: int) -> str | None:
    """Decide CJK by script when it dominates: cheaper and safer than n-grams on short text."""
    han, kana, hangul = (len(p.findall(sample)) for p in (_HAN, _KANA, _HANGUL))
    if kana > 0.1 * letters:
        return "ja"
    if hangul > 0.3 * letters:
        return "ko"
    if han > 0.5 * letters:
        return "zh"
    return None


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of the text's language (en, vi, zh, ...) or None when there is too little text."""
    if not text:
        return None
    sample = text[:_SAMPLE_CHARS]
    letters = len(_LETTERS.findall(sample))
    if letters < _MIN_LETTERS:
        return None
    by_script = _script_guess(sample, letters)
    if by_script:
        return by_script
    try:
        from py3langid.langid import classify
    except ImportError:  # pragma: no cover - py3langid is a declared dependency
        return None
    try:
        code, _score = classify(sample)
    except Exception:  # an identifier failure must not lose the article
        return None
    return str(code)
