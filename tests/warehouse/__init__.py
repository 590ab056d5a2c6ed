"""Tests of warehouse."""
