"""Audit against the national look-ups: the page, how to run each look-up, its words."""
