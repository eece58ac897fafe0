"""Inventory: every registration, its table model and the registration dialog."""
