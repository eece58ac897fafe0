"""Exposure's core: everything the app knows and decides, without Qt."""

__version__ = "0.1.0"
