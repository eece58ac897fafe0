"""Typed errors. The core raises them with a code and parameters; the UI and CLI put them in words.

No error message ever contains an identifier value: callers pass kinds, ids and reasons only.
"""

from __future__ import annotations

import re


class ExposureError(Exception):
    """Base of every error the app expects and words for the user. Its `code`, which the UI and
    CLI word it by, is the class name in snake case without "Error": WrongPassphrase →
    "wrong_passphrase", VaultError → "vault"."""

    code = "error"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls.code = re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower().removesuffix("_error")

    def __init__(self, message: str = "", **params: object) -> None:
        super().__init__(message or self.code)
        self.params = params


# --- vault ---------------------------------------------------------------------------------------
class VaultError(ExposureError):
    """Any problem with the vault file or its key."""


class WrongPassphrase(VaultError):
    """The key does not open the file (or its first page is damaged: SQLCipher can't tell)."""


class VaultCorrupt(VaultError):
    """The file is not a sound vault (`reason`: a damaged header, damaged pages, a backup
    copy that did not verify)."""


class VaultMissing(VaultError):
    """No vault at this path."""


class VaultExists(VaultError):
    """A non-empty file is already at this path; a new vault is not written over it."""


class VaultUnreadable(VaultError):
    """The vault cannot be opened or written for a reason outside the file's content. `reason`:
    not_a_file (a folder at that path), read_only (no write permission on the file or its
    folder), io (the disk failed)."""


class StorageFull(VaultError):
    """The disk is full (or a file-size limit was reached): the write was rolled back."""


class VaultLocked(VaultError):
    """The vault is locked: unlock it first."""


class VaultTooNew(VaultError):
    """The file was written by a newer version of the app."""


class VaultBusy(VaultError):
    """Another process held the vault's write lock for longer than the busy timeout. Nothing was
    written; trying again later works."""


class VaultInUse(VaultError):
    """Another process has the vault open, so its file cannot be replaced now (rekey, restore,
    a copy taking its own identity). Nothing changed."""


class KeyMismatch(VaultError):
    """The keyring holds a key for this vault's salt but it does not open the file (a stale entry,
    or page 1 is damaged). The file's header looks sound, so it is not called damaged."""


class WrongRecoveryKey(VaultError):
    """A well-formed recovery key that does not open this vault (another vault's key)."""


class InvalidRecoveryKey(VaultError):
    """A recovery key as typed cannot be right: `reason` is length, character or check, and
    `group` (1-based) names the group whose check character fails."""


# --- keys ----------------------------------------------------------------------------------------
class KeyringUnavailable(ExposureError):
    """No usable OS keyring: `reason` no_backend (none on this system, e.g. headless Linux) or
    not_running (a Secret Service that does not answer, a backend error)."""


class KeyringLocked(KeyringUnavailable):
    """The keyring is there but locked (or its unlock prompt was dismissed): unlock it, retry."""


class KeyNotFound(ExposureError):
    """The keyring holds no key for this vault (deleted, or another user account)."""


class WeakPassphrase(ExposureError):
    """A passphrase the app refuses (`reason`: empty, short with `minimum`, raw_form)."""


# --- domain --------------------------------------------------------------------------------------
class InvalidIdentifier(ExposureError):
    """`reason` is one of: empty, format, length, check_digit, birth_date, region, not_mobile,
    country, domain. `expected` carries the right check digit for check_digit."""

    def __init__(self, kind: str, reason: str, **params: object) -> None:
        super().__init__(f"invalid {kind}: {reason}", kind=kind, reason=reason, **params)
        self.kind = kind
        self.reason = reason


class DuplicateIdentifier(ExposureError):
    """The person already has this identifier."""


class DuplicatePerson(ExposureError):
    """A person with this name exists."""


class DuplicateRegistration(ExposureError):
    """This registration is already recorded."""


class NotFound(ExposureError):
    """No such record: the message names what was looked for, `id` its key."""


class InvalidInput(ExposureError):
    """A value the operation cannot use (`field` names it)."""


# --- letters and requests ------------------------------------------------------------------------
class NoCjkFont(ExposureError):
    """No font that can show Chinese is installed, so a PDF would print empty boxes."""


class OutputFailed(ExposureError):
    """A file for the user (letter, playbook, calendar) was not written; any earlier file of
    that name is unchanged (`reason`: path — no such folder or not allowed; write — the disk
    refused, e.g. full; incomplete — cut short)."""


class PdfFailed(OutputFailed):
    """The PDF could not be written (`reason`: as OutputFailed, or render, no_gui_app)."""


class LetterUnavailable(ExposureError):
    """This kind of letter does not apply (`reason`: e.g. gdpr_kind_needs_lang, no_template)."""


# --- breach feeds --------------------------------------------------------------------------------
class FeedFailed(ExposureError):
    """A feed could not be fetched; nothing changed. `reason`: url_refused, network, timeout, tls,
    http_status (with `status`), rate_limited, too_large, cancelled, deadline, file_unreadable
    (a feed file that is missing or cannot be read)."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(f"feed failed: {reason}", reason=reason, **params)
        self.reason = reason


class FeedRejected(ExposureError):
    """A feed was fetched but is not a valid feed; nothing changed. `reason`: malformed_json,
    schema (with `path`), encoding."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(f"feed rejected: {reason}", reason=reason, **params)
        self.reason = reason


# --- service catalogue ---------------------------------------------------------------------------
class CatalogInvalid(ExposureError):
    """A catalogue file is malformed or breaks a rule. `file` names it (a file name, never user
    data); `reason`: json, schema (with `path`), factor, reveal, category, duplicate, source."""

    def __init__(self, file: str, reason: str, **params: object) -> None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        super().__init__(f"catalogue file {file}: {reason}" + (f" ({detail})" if detail else ""),
                         file=file, reason=reason, **params)
        self.file = file
        self.reason = reason


# --- importing -----------------------------------------------------------------------------------
class ImportRejected(ExposureError):
    """An import file or pasted list cannot be read; nothing was written. `reason`: empty,
    too_large (with `limit_mb`), encoding, binary, unreadable, columns (with `format`, `missing`),
    not_an_export, encrypted, malformed (with `line` where known), unknown_format, no_person.
    Never carries any of the file's content."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(f"import rejected: {reason}", reason=reason, **params)
        self.reason = reason


# --- undo ----------------------------------------------------------------------------------------
class UndoConflict(ExposureError):
    """A deletion cannot be put back exactly: the vault changed since. `table` names the table;
    `reason`: taken (an id or a unique value is used again), missing_parent (a row it points to,
    e.g. a service, is gone), constraint. Carries no values."""

    def __init__(self, message: str = "", *, table: str = "", reason: str = "") -> None:
        super().__init__(message or f"undo conflict: {reason} in {table}", table=table,
                         reason=reason)
        self.table = table
        self.reason = reason
