"""People: family members, their identifiers, and the dialogs that edit them."""
