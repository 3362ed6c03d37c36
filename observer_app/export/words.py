"""Whole numbers in words, as an official protocol writes its figures: English, Russian, Kazakh.

`in_words(2720, "ru")` is "две тысячи семьсот двадцать". The protocol's figures count ballots
and voters (masculine in Russian: "один", "два"); thousands are feminine ("одна тысяча", "две
тысячи", "пять тысяч"), millions masculine ("один миллион"). Kazakh numbers do not inflect:
"екі мың жеті жүз жиырма". English writes "two thousand seven hundred twenty", without "and"
(one reading, whatever the reader's English). Up to 999,999,999; other languages fall back to
English, as the PDFs' labels do.
"""

from __future__ import annotations

_EN_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
             "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

_RU_UNITS = ("ноль один два три четыре пять шесть семь восемь девять десять одиннадцать "
             "двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
             "восемнадцать девятнадцать").split()
_RU_TENS = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
_RU_HUNDREDS = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()
_RU_FEMININE = {1: "одна", 2: "две"}
# (one, two to four, five and more), e.g. 1 тысяча, 3 тысячи, 5 тысяч; and the gender of the word
_RU_SCALES = ((1_000_000, ("миллион", "миллиона", "миллионов"), False),
              (1_000, ("тысяча", "тысячи", "тысяч"), True))

_KK_UNITS = "нөл бір екі үш төрт бес алты жеті сегіз тоғыз".split()
_KK_TENS = "_ он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан".split()

MAX = 999_999_999


def in_words(number: int, lang: str | None = "en") -> str:
    """`number` (0 to MAX) in words in `lang` (en, ru or kk; another language: English)."""
    if not 0 <= number <= MAX:
        raise ValueError(f"{number} is out of range for words (0 to {MAX})")
    if lang == "ru":
        return _ru(number)
    if lang == "kk":
        return _kk(number)
    return _en(number)


# --- English --------------------------------------------------------------------------------------


def _en_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words += [_EN_UNITS[n // 100], "hundred"]
        n %= 100
    if n >= 20:
        words.append(_EN_TENS[n // 10] + (f"-{_EN_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        words.append(_EN_UNITS[n])
    return words


def _en(number: int) -> str:
    if number == 0:
        return _EN_UNITS[0]
    words: list[str] = []
    for scale, name in ((1_000_000, "million"), (1_000, "thousand")):
        if number >= scale:
            words += _en_below_thousand(number // scale) + [name]
            number %= scale
    return " ".join(words + _en_below_thousand(number))


# --- Russian --------------------------------------------------------------------------------------


def _ru_below_thousand(n: int, feminine: bool) -> list[str]:
    words: list[str] = []
    if n >= 100:
        words.append(_RU_HUNDREDS[n // 100])
        n %= 100
    if n >= 20:
        words.append(_RU_TENS[n // 10])
        n %= 10
    if n:
        words.append(_RU_FEMININE.get(n, _RU_UNITS[n]) if feminine else _RU_UNITS[n])
    return words


def _ru_form(n: int, forms: tuple[str, str, str]) -> str:
    """The noun's form after `n`: 1, 21, 101 тысяча; 2-4, 22-24 тысячи; 5-20, 25-30 тысяч."""
    if n % 100 in range(11, 20):
        return forms[2]
    if n % 10 == 1:
        return forms[0]
    if n % 10 in (2, 3, 4):
        return forms[1]
    return forms[2]


def _ru(number: int) -> str:
    if number == 0:
        return _RU_UNITS[0]
    words: list[str] = []
    for scale, forms, feminine in _RU_SCALES:
        if number >= scale:
            count = number // scale
            words += _ru_below_thousand(count, feminine) + [_ru_form(count, forms)]
            number %= scale
    return " ".join(words + _ru_below_thousand(number, feminine=False))


# --- Kazakh ---------------------------------------------------------------------------------------


def _kk_below_thousand(n: int) -> list[str]:
    words: list[str] = []
    if n >= 100:
        # "жүз" alone for 100-199 ("жүз бір"), as Kazakh says it; "екі жүз" from 200
        words += ([_KK_UNITS[n // 100]] if n >= 200 else []) + ["жүз"]
        n %= 100
    if n >= 10:
        words.append(_KK_TENS[n // 10])
        n %= 10
    if n:
        words.append(_KK_UNITS[n])
    return words


def _kk(number: int) -> str:
    if number == 0:
        return _KK_UNITS[0]
    words: list[str] = []
    for scale, name in ((1_000_000, "миллион"), (1_000, "мың")):
        if number >= scale:
            count = number // scale
            # "бір мың", "бір миллион": the count is written, as on documents
            words += (_kk_below_thousand(count) if count != 1 else [_KK_UNITS[1]]) + [name]
            number %= scale
    return " ".join(words + _kk_below_thousand(number))
