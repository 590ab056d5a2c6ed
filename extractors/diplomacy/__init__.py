"""Diplomacy detector for China / United States / Vietnam news: `detect(title, text, language)`."""

from .detector import DETECTOR_VERSION, detect

__all__ = ["DETECTOR_VERSION", "detect"]
