"""Importing accounts from a file or a pasted list: the dialog, its preview models, its words."""
