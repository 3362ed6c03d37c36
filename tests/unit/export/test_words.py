"""Numbers in words, as the official protocol writes its figures (issue 12, item 10)."""

from __future__ import annotations

import pytest

from observer_app.export.words import MAX, in_words

CASES = {
    0: ("zero", "ноль", "нөл"),
    1: ("one", "один", "бір"),
    2: ("two", "два", "екі"),
    5: ("five", "пять", "бес"),
    11: ("eleven", "одиннадцать", "он бір"),
    21: ("twenty-one", "двадцать один", "жиырма бір"),
    101: ("one hundred one", "сто один", "жүз бір"),
    1_000: ("one thousand", "одна тысяча", "бір мың"),
    2_720: ("two thousand seven hundred twenty", "две тысячи семьсот двадцать", "екі мың жеті жүз жиырма"),
    1_000_000: ("one million", "один миллион", "бір миллион"),
}


@pytest.mark.parametrize("number", CASES, ids=[str(n) for n in CASES])
def test_issue_12_figures_in_words_in_three_languages(number):
    assert (in_words(number, "en"), in_words(number, "ru"), in_words(number, "kk")) == CASES[number]


@pytest.mark.parametrize("number, words", [
    (21_000, "двадцать одна тысяча"),  # тысяча is feminine: одна, две
    (22_000, "двадцать две тысячи"),
    (5_000, "пять тысяч"),
    (11_000, "одиннадцать тысяч"),  # 11-19: the plural genitive, whatever the last digit
    (1_713, "одна тысяча семьсот тринадцать"),
    (2_000_002, "два миллиона два"),  # миллион is masculine
    (5_000_000, "пять миллионов"),
    (212, "двести двенадцать"),
], ids=lambda value: str(value))
def test_russian_thousands_and_millions_agree_with_their_number(number, words):
    assert in_words(number, "ru") == words


@pytest.mark.parametrize("number, words", [
    (100, "жүз"), (200, "екі жүз"), (1_713, "бір мың жеті жүз он үш"),
    (40_090, "қырық мың тоқсан"), (3_000_000, "үш миллион"),
], ids=lambda value: str(value))
def test_kazakh_hundreds_and_thousands(number, words):
    assert in_words(number, "kk") == words


def test_english_is_the_fallback_and_the_range_is_checked():
    assert in_words(1_263, "de") == "one thousand two hundred sixty-three"
    assert in_words(MAX).startswith("nine hundred ninety-nine million")
    for wrong in (-1, MAX + 1):
        with pytest.raises(ValueError):
            in_words(wrong)
