"""Article pages: bytes in, an Article out (body, metadata, publication date, language)."""

from extractors.article.extract import EXTRACTOR_VERSION, extract_article
from extractors.article.jsonld import find_article, html_to_text
from extractors.article.language import detect_language
from extractors.article.markupguard import cap_attributes
from extractors.article.published import reconcile
from extractors.article.savedpages import extract_paths

__all__ = ["EXTRACTOR_VERSION", "cap_attributes", "detect_language", "extract_article", "extract_paths",
           "find_article", "html_to_text", "reconcile"]
