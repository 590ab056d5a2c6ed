"""Tests of article."""
