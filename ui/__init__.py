"""The PySide6 GUI. Thin: it shows the core (`exposure`) and calls it."""
