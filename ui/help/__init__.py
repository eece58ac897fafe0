"""Help menu: About and Keyboard shortcuts."""
