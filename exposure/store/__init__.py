"""The SQLCipher store: connection and keys, schema and migrations, one repository per table group.

`exposure.vault.Vault` is the public face; these modules are the only code that speaks SQL.
"""
