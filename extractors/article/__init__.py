"""Article pages: bytes in, an Article out (body, metadata, publication date, language)."""
