"""The main window's parts (ui/main_window.py is the window): its menus and how pages open one
another."""
