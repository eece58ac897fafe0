"""The vault's life: create (wizard), unlock, protection, recovery key, files, backup and
merge, idle lock, guest session."""
