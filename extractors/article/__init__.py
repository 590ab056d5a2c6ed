"""Article pages: bytes in, an Article out (body, metadata, publication date, language)."""

from extractors.public import exports

__all__, __getattr__ = exports(__name__, {
    "extract": ("EXTRACTOR_VERSION", "extract_article"),
    "jsonld": ("find_article", "html_to_text"),
    "language": ("detect_language",),
    "markupguard": ("cap_attributes",),
    "published": ("reconcile",),
    "savedpages": ("extract_paths",),
})
