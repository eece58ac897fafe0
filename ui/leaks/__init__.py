"""Leaks: the exposures dashboard with its timeline, and the breach feeds."""
