"""Requests: the PIPL letters made, sent and answered, and the letter dialog."""
