"""The recovery key: a keyring vault's 256-bit key written for people, to print or copy by hand.

    1A2B3-C4D5E-…   13 groups of 4 data characters and 1 check character, 65 in all

Data characters are Crockford's base32 (no I, L, O, U: nothing to confuse with 1 and 0; typing
I, L or O is read as 1, 1, 0; case, spaces and dashes do not matter). Each group ends with a
check character: a weighted sum in the field GF(32) over its number and its four characters, with
a different power of a generator as each position's weight. So every mistyped character and every
two swapped neighbours are caught in the group where they happened (a linear code over GF(32)
catches both; Luhn mod 32, used before, misses a swap of 0 and Z), and a whole group typed in the
wrong place always fails too. Keys printed with the earlier Luhn check still open their vault.
The key itself is what SQLCipher is keyed with, so the recovery key opens the vault on any
computer, with or without the keyring, and survives a copy taking its own identity (same key,
new salt).
"""

from __future__ import annotations

from exposure.errors import InvalidRecoveryKey
from exposure.keys import Protection, VaultKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)} | {"O": 0, "I": 1, "L": 1}
GROUPS, DATA_PER_GROUP = 13, 4
LENGTH = GROUPS * (DATA_PER_GROUP + 1)
_N = len(ALPHABET)


def _times(a: int, b: int) -> int:
    """a × b in GF(32) = GF(2)[x] / (x⁵ + x² + 1)."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 32:
            a ^= 0b100101
    return product


def _power(n: int) -> int:
    """αⁿ, α = x (a generator of GF(32)'s multiplicative group)."""
    result = 1
    for _ in range(n):
        result = _times(result, 2)
    return result


# weights: data character i → α^(i+1), the group's number → α^5; the check character itself → 1
_WEIGHTS = [_power(i + 1) for i in range(DATA_PER_GROUP)]
_GROUP_WEIGHT = _power(DATA_PER_GROUP + 1)


def _check(group: int, values: list[int]) -> int:
    """The check character's value: Σ weightᵢ·valueᵢ + weight·group, in GF(32)."""
    total = _times(_GROUP_WEIGHT, group)
    for weight, value in zip(_WEIGHTS, values, strict=True):
        total ^= _times(weight, value)
    return total


def _luhn_check(group: int, values: list[int]) -> int:
    """Luhn mod N over the group's number and its data values (recovery keys printed before the
    GF(32) check; still accepted when every group of a key passes it)."""
    total, factor = 0, 2
    for value in reversed([group, *values]):
        addend = factor * value
        total += addend // _N + addend % _N
        factor = 1 if factor == 2 else 2
    return (_N - total % _N) % _N


def format_recovery_key(key: VaultKey) -> str:
    """`key` (a keyring key) as 13 dash-separated groups of five characters."""
    if key.protection is not Protection.KEYRING:
        raise ValueError("only a keyring key has a recovery key")
    number = int(key.secret, 16)
    values = [(number >> (5 * i)) & 31 for i in range(GROUPS * DATA_PER_GROUP)][::-1]
    groups = []
    for g in range(GROUPS):
        data = values[g * DATA_PER_GROUP:(g + 1) * DATA_PER_GROUP]
        groups.append("".join(ALPHABET[v] for v in data) + ALPHABET[_check(g, data)])
    return "-".join(groups)


def parse_recovery_key(text: str) -> VaultKey:
    """The key a typed recovery key stands for, or InvalidRecoveryKey saying what is wrong."""
    chars = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if any(ch not in _VALUE for ch in chars):
        raise InvalidRecoveryKey("unexpected character", reason="character")
    if len(chars) != LENGTH:
        raise InvalidRecoveryKey("wrong length", reason="length", length=len(chars),
                                 expected=LENGTH)
    parts = [[_VALUE[ch] for ch in chars[g * 5:(g + 1) * 5]] for g in range(GROUPS)]
    wrong = [g for g, part in enumerate(parts)
             if _check(g, part[:DATA_PER_GROUP]) != part[DATA_PER_GROUP]]
    if wrong and not all(_luhn_check(g, part[:DATA_PER_GROUP]) == part[DATA_PER_GROUP]
                         for g, part in enumerate(parts)):
        raise InvalidRecoveryKey("check character", reason="check", group=wrong[0] + 1)
    number = 0
    for part in parts:
        for v in part[:DATA_PER_GROUP]:
            number = number * _N + v
    if number >> 256:
        raise InvalidRecoveryKey("out of range", reason="check", group=1)
    return VaultKey(Protection.KEYRING, f"{number:064x}")
