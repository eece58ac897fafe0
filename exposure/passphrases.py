"""How strong a passphrase is (zxcvbn), the minimum a new one must reach, and a generator.

zxcvbn estimates how many guesses an attacker who knows common passwords, words, names, keyboard
patterns and dates would need; its score 0–4 is what KeePassXC-style meters show. A new vault or
backup passphrase needs at least `MIN_SCORE` (3: about 10^8–10^10 guesses, "safely unguessable"
against SQLCipher's slow KDF) and `MIN_LENGTH` characters.
"""

from __future__ import annotations

import functools
import secrets
from dataclasses import dataclass

from exposure.errors import WeakPassphrase

MIN_LENGTH = 8
MIN_SCORE = 3
# zxcvbn refuses longer input (its matching is quadratic); a longer passphrase is at least as
# strong as its first 72 characters.
_MAX_SCORED = 72
_APP_WORDS = ["exposure", "vault", "passphrase", "password", "backup"]
GENERATED_WORDS = 5


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too guessable) … 4 (very unguessable)
    guesses_log10: float
    # Why zxcvbn scored it low, as codes the UI words: "common", "short", "sequence",
    # "repeat", "date", "keyboard", "words", "" (no particular reason).
    hint: str

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def _hint(warning: str) -> str:
    w = warning.lower()
    for needle, code in (("common", "common"), ("top-", "common"), ("sequence", "sequence"),
                         ("repeat", "repeat"), ("date", "date"), ("year", "date"),
                         ("keyboard", "keyboard"), ("row of keys", "keyboard"),
                         ("pattern", "keyboard"), ("name", "words"), ("word", "words")):
        if needle in w:
            return code
    return ""


def strength(passphrase: str) -> Strength:
    """zxcvbn's estimate for `passphrase` (empty → score 0)."""
    if not passphrase:
        return Strength(0, 0.0, "short")
    # Lazy on purpose (issue 16): zxcvbn's frequency lists take ~13 MB; only the passphrase
    # dialogs need them, not a window that opens an unlocked vault.
    from zxcvbn import zxcvbn

    result = zxcvbn(passphrase[:_MAX_SCORED], user_inputs=_APP_WORDS)
    score = int(result["score"])
    hint = _hint(str(result["feedback"].get("warning") or ""))
    if len(passphrase) < MIN_LENGTH:
        score, hint = min(score, MIN_SCORE - 1), "short"
    return Strength(score, float(result["guesses_log10"]), hint)


def check_passphrase(passphrase: str) -> None:
    """Raise WeakPassphrase unless `passphrase` may protect a vault or a backup."""
    if len(passphrase) < MIN_LENGTH:
        raise WeakPassphrase("passphrase too short", reason="short", minimum=MIN_LENGTH)
    if passphrase.lower().startswith("x'"):
        # SQLCipher would read it as a raw hex key.
        raise WeakPassphrase("passphrase looks like a raw key", reason="raw_form")
    if not strength(passphrase).acceptable:
        raise WeakPassphrase("passphrase too guessable", reason="guessable")


@functools.cache
def _wordlist() -> tuple[str, ...]:
    """7,776 common English words of 4–7 letters (zxcvbn's Wikipedia list, most frequent first):
    easy to type and remember, ~12.9 bits each when chosen at random."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS  # lazy: ~13 MB, see strength()

    words: list[str] = []
    seen: set[str] = set()
    for word in FREQUENCY_LISTS["english_wikipedia"]:
        if 4 <= len(word) <= 7 and word.isascii() and word.isalpha() and word not in seen:
            seen.add(word)
            words.append(word)
            if len(words) == 7776:
                break
    return tuple(words)


def generate(words: int = GENERATED_WORDS) -> str:
    """A random passphrase of `words` words, one with a digit: 5 words hold about 70 bits
    (7,776^5 × 5 × 10), far beyond what zxcvbn's minimum asks."""
    pool = _wordlist()
    chosen = [secrets.choice(pool) for _ in range(words)]
    chosen[secrets.randbelow(words)] += str(secrets.randbelow(10))
    return "-".join(chosen)
