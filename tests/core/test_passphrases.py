"""Passphrase strength (zxcvbn), the minimum, and the generator."""

from __future__ import annotations

import pytest

from exposure.errors import WeakPassphrase
from exposure.passphrases import MIN_SCORE, check_passphrase, generate, strength


@pytest.mark.parametrize("weak", ["password", "Password1", "qwerty123", "11111111",
                                  "iloveyou", "abcdefgh", "exposurevault"])
def test_guessable_passphrases_score_below_the_minimum(weak: str) -> None:
    assert strength(weak).score < MIN_SCORE
    with pytest.raises(WeakPassphrase) as info:
        check_passphrase(weak)
    assert weak not in str(info.value)


def test_short_is_short_whatever_its_characters() -> None:
    s = strength("x#9Q!z")
    assert s.hint == "short" and not s.acceptable
    with pytest.raises(WeakPassphrase) as info:
        check_passphrase("x#9Q!z")
    assert info.value.params["reason"] == "short"


def test_a_few_unrelated_words_pass() -> None:
    for good in ("correct horse battery staple", "汉字 密码 测试 一下 很好 的", "Tr0ub4dor&3x"):
        check_passphrase(good)
        assert strength(good).acceptable


def test_long_passphrases_are_scored_on_their_start() -> None:
    assert strength("correct horse battery staple " * 10).score == 4


def test_generated_passphrases_are_strong_and_different() -> None:
    made = {generate() for _ in range(20)}
    assert len(made) == 20
    for phrase in made:
        words = phrase.split("-")
        assert len(words) == 5 and any(ch.isdigit() for ch in phrase)
        check_passphrase(phrase)
