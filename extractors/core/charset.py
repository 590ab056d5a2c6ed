"""Turn fetched HTML bytes into text: BOM, declared charset, meta charset, then detection."""

from __future__ import annotations

import codecs
import re

# WHATWG maps these labels to supersets; decoding with the superset never loses characters.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc-kr": "cp949",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]{2,40})""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([a-zA-Z0-9_:.+-]{2,40})""", re.I)
_SNIFF_BYTES = 4096  # where HTML5 says a meta charset must appear (1024), with slack
_DETECT_BYTES = 65536
_FEW_BAD_BYTES = 4
_BAD_SHARE = 0.001  # detection on a prefix: cost stays flat for huge pages


def normalise_charset(label: str | None) -> str | None:
    """Python codec name for a charset label, widened to its WHATWG superset; None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def charset_from_content_type(content_type: str | None) -> str | None:
    """Charset named in an HTTP Content-Type header, if any."""
    match = _HEADER_CHARSET.search(content_type or "")
    return normalise_charset(match.group(1)) if match else None


def sniff_meta_charset(data: bytes) -> str | None:
    """Charset declared by a <meta> tag near the top of the page, if any."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    return normalise_charset(match.group(1).decode("ascii", "ignore")) if match else None


def detect_charset(data: bytes) -> str | None:
    """Statistical guess of the encoding (chardet) on a prefix of the page."""
    try:
        import chardet

        guess = chardet.detect(data[:_DETECT_BYTES])
    except Exception:  # a detector bug must not sink the page; we fall back to UTF-8 with replacement
        return None
    return normalise_charset(guess.get("encoding"))


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _nearly(data: bytes, encoding: str) -> str | None:
    """Text decoded with replacement, if only a handful of bytes (<= 0.1 %) were invalid."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    return text if bad <= max(_FEW_BAD_BYTES, len(text) * _BAD_SHARE) else None


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decoded text and the encoding used; never raises (falls back to UTF-8 with replacement)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    declared = charset_from_content_type(content_type) or sniff_meta_charset(data)
    # Non-ASCII bytes that are valid UTF-8 are almost never legacy text by accident, while servers
    # mislabel UTF-8 pages all the time (a default charset=iso-8859-1 or koi8-r): the bytes win.
    if declared not in (None, "utf-8") and not data.isascii():
        text = _try(data, "utf-8")
        if text is not None:
            return text, "utf-8"
    # A declared UTF-16 label on bytes without a BOM is almost always a lie by the server.
    if declared and not declared.startswith("utf-16"):
        text = _try(data, declared)
        if text is not None:
            return text, declared
    text = _try(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    # A UTF-8 page with a few bad bytes (cut mid-character by a size cap, one pasted cp1252
    # quote) is still UTF-8: guessing another charset would garble every non-ASCII letter.
    utf8 = declared in (None, "utf-8")
    text = _nearly(data, "utf-8") if utf8 else None
    if text is not None:
        return text, "utf-8"
    detected = detect_charset(data)
    text = _try(data, detected)
    if text is not None and detected:
        return text, detected
    fallback = declared if declared and not declared.startswith("utf-16") else "utf-8"
    return data.decode(fallback, errors="replace"), fallback
