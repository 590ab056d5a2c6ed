"""Diplomacy detector for China / United States / Vietnam news: `detect(title, text, language)`."""

from extractors.public import exports

__all__, __getattr__ = exports(__name__, {"detector": ("DETECTOR_VERSION", "detect")})
