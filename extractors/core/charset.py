"""The one charset decoder, for pages and feeds: labels, supersets, declared charsets, detection.

Pages: `decode_html` reads BOM, then the HTTP header's charset, then `<meta charset>`, then detects.
Feeds are decoded by feedparser; the helpers here fix what it gets wrong: a legacy header charset on
a UTF-8 body (`trusted_content_type`), UTF-8 with stray windows-1252 bytes (`repair_mixed_utf8`) and
narrow labels whose bytes only fit their superset (`widen_to_superset`).
"""

from __future__ import annotations

import codecs
import re
import threading

# Labels servers and chardet use for what is in practice a superset (as WHATWG maps them): decoding
# with the superset recovers characters the narrow codec turns into U+FFFD or mojibake. Keyed by
# Python codec name, so every alias of a label ("latin1", "l1", "iso_8859-1") is widened alike.
_WIDER = {
    "gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "shift_jis": "cp932", "euc-kr": "cp949",
    "iso-8859-1": "cp1252", "ascii": "cp1252", "tis-620": "cp874", "iso-8859-11": "cp874",
    "iso-8859-9": "cp1254",
}
SUPERSETS = {codecs.lookup(label).name: wider for label, wider in _WIDER.items()}
_LABEL_ALIASES = {"x-gbk": "gbk"}  # WHATWG labels Python's codecs do not know
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]{2,40})""", re.I)
# The charset parameter of a Content-Type header, whole (to drop it) with its label (to read it).
_CHARSET_PARAM = re.compile(r"""\s*;?\s*\bcharset\s*=\s*["']?([a-zA-Z0-9_:.+-]{2,40})["']?""", re.I)
_XML_DECL = re.compile(rb"^(\s*<\?xml[^>]*?)\sencoding\s*=\s*[\"']([^\"']*)[\"']", re.IGNORECASE)
_SNIFF_BYTES = 4096  # where HTML5 says a meta charset must appear (1024), with slack
_DETECT_BYTES = 65536
_FEW_BAD_BYTES = 4
_BAD_SHARE = 0.001  # detection on a prefix: cost stays flat for huge pages


def codec_name(label: str | None) -> str | None:
    """Python's codec name for a charset label ("latin1" -> "iso8859-1"); None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        return codecs.lookup(_LABEL_ALIASES.get(label, label)).name
    except LookupError:
        return None


def normalise_charset(label: str | None) -> str | None:
    """Python codec name for a charset label, widened to its superset; None if unknown."""
    name = codec_name(label)
    return SUPERSETS.get(name, name) if name else None


def is_utf8(label: str | None) -> bool:
    """Whether a charset label names UTF-8 (in any spelling)."""
    return codec_name(label) == "utf-8"


def header_charset(content_type: str | None) -> str | None:
    """The charset label of a Content-Type header as written (lower-cased), if any."""
    match = _CHARSET_PARAM.search(content_type or "")
    return match.group(1).lower() if match else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """Codec of the charset named in an HTTP Content-Type header, if any."""
    return normalise_charset(header_charset(content_type))


def without_charset(content_type: str) -> str:
    """The Content-Type header without its charset parameter."""
    return _CHARSET_PARAM.sub("", content_type).strip(" ;")


def xml_declared_encoding(body: bytes) -> str | None:
    """The encoding named in the XML declaration, lower-cased, if any."""
    m = _XML_DECL.match(body[:512])
    return (m.group(2).decode("ascii", "replace").lower() or None) if m else None


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


# --- feed documents (decoded by feedparser; these fix its input) ---------------------------------


def trusted_content_type(body: bytes, content_type: str) -> str:
    """The Content-Type minus a legacy charset that contradicts a body which is valid, non-ASCII UTF-8.

    Servers often label UTF-8 feeds `charset=windows-1252`; valid multi-byte UTF-8 is almost never
    legacy text by accident, so the body (and its XML declaration) wins, as in `decode_html`.
    """
    label = header_charset(content_type)
    if label is None or is_utf8(label):
        return content_type
    declared = xml_declared_encoding(body)
    if (declared is not None and not is_utf8(declared)) or body.isascii() or not _utf8_valid(body):
        return content_type
    return without_charset(content_type) or "application/xml"


def utf8_content_type(content_type: str | None) -> str:
    """The Content-Type with its charset replaced by utf-8, for a body transcoded to UTF-8."""
    return (without_charset(content_type or "") or "application/xml") + "; charset=utf-8"


def repair_mixed_utf8(body: bytes, content_type: str | None) -> bytes | None:
    """UTF-8 bytes for a document that is UTF-8 with stray windows-1252 bytes pasted in; else None.

    A CMS that mixes a Latin-1 snippet into a UTF-8 page makes the whole document fail UTF-8, and
    feedparser then decodes *everything* as Latin-1, garbling the (many) good characters. Applied only
    when UTF-8 is claimed (BOM, or declaration/header with far more valid sequences than bad bytes).
    """
    if body.isascii() or _utf8_valid(body):
        return None
    bom = body.startswith(codecs.BOM_UTF8)
    declared, header = xml_declared_encoding(body), header_charset(content_type)
    claimed = (declared is None or is_utf8(declared)) and (header is None or is_utf8(header))
    if not (bom or claimed):
        return None
    good = len(_UTF8_SEQ.findall(body))
    bad = _count_bad_utf8(body)
    if not bom and (good < 4 or good < 4 * bad):
        return None
    text = body[3 if bom else 0:].decode("utf-8", errors="cp1252_fallback")
    return _declare_utf8(text.encode("utf-8"))


def widen_to_superset(body: bytes, encoding: str | None) -> tuple[bytes, str] | None:
    """(UTF-8 body, codec) when `encoding` is a narrow name the bytes only fit through its superset."""
    name = codec_name(encoding)
    superset = SUPERSETS.get(name or "")
    if name is None or superset is None or not _needs_superset(body, name):
        return None  # the narrow codec is enough: keep feedparser's result as it is
    return _declare_utf8(body.decode(superset, errors="replace").encode("utf-8")), superset


def _needs_superset(body: bytes, codec: str) -> bool:
    """Whether bytes in `codec` hold characters only its superset decodes right.

    Latin-1 never fails to decode, so there the sign is a byte in 0x80-0x9F: a C1 control in
    Latin-1, but curly quotes and dashes in windows-1252 (browsers always read Latin-1 as 1252).
    """
    if codec == "iso8859-1":
        return re.search(rb"[\x80-\x9f]", body) is not None
    return _try(body, codec) is None


def _declare_utf8(data: bytes) -> bytes:
    """The document with its XML declaration (if any) saying encoding="utf-8"."""
    return _XML_DECL.sub(rb'\1 encoding="utf-8"', data, count=1) if _XML_DECL.match(data) else data


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler: read the offending byte as windows-1252 (Latin-1 where 1252 has a hole)."""
    assert isinstance(err, UnicodeDecodeError)
    byte = err.object[err.start:err.start + 1]
    return byte.decode("cp1252", errors="replace") if byte not in _CP1252_HOLES else byte.decode("latin-1"), \
        err.start + 1


codecs.register_error("cp1252_fallback", _cp1252_fallback)
_CP1252_HOLES = {b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"}
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_valid(body: bytes) -> bool:
    """Whether the bytes are valid UTF-8."""
    return _try(body, "utf-8") is not None


def _count_bad_utf8(body: bytes) -> int:
    """How many bytes fail UTF-8 decoding."""
    _bad_bytes.count = 0
    body.decode("utf-8", errors="bamboo_count_bad")
    return int(_bad_bytes.count)


def _count_bad(err: UnicodeError) -> tuple[str, int]:
    """Decode error handler that counts the bad bytes in a per-thread counter."""
    assert isinstance(err, UnicodeDecodeError)
    _bad_bytes.count += err.end - err.start
    return "", err.end


_bad_bytes = threading.local()
codecs.register_error("bamboo_count_bad", _count_bad)
