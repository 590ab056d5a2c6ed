"""Pure functions over bytes and text: HTTP, feeds, discovery, article extraction and the detector."""
