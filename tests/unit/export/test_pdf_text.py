"""The PDF layer's own labels: every key in every language, the same placeholders, every code."""

from __future__ import annotations

import string

import pytest

from observer_app.domain import records as r
from observer_app.export.pdf_text import LANGUAGES, TEXTS, label, t

def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_has_every_language_with_the_same_placeholders():
    missing = {key: sorted(set(LANGUAGES) - {lang for lang, text in texts.items() if text.strip()})
               for key, texts in TEXTS.items()}
    assert {key: langs for key, langs in missing.items() if langs} == {}
    placeholders = {key: {lang: sorted(fields(texts.get(lang, ""))) for lang in LANGUAGES}
                    for key, texts in TEXTS.items()}
    assert {key: by_lang for key, by_lang in placeholders.items()
            if any(names != by_lang["en"] for names in by_lang.values())} == {}


@pytest.mark.parametrize(
    "prefix, codes",
    [("kind", r.OBSTRUCTION_KINDS), ("stage", r.STAGES), ("category", r.INCIDENT_CATEGORIES),
     ("source", r.SOURCES), ("status", r.STATUSES), ("result", ("pass", "fail", "warning", "unknown"))],
    ids=["obstruction-kinds", "stages", "incident-categories", "sources", "statuses", "results"],
)
def test_every_domain_code_has_a_label(prefix, codes):
    missing = [code for code in codes if f"{prefix}.{code}" not in TEXTS]
    assert missing == []


def test_unknown_language_falls_back_to_english_and_unknown_code_shows_the_code():
    assert t("section_turnout", "de") == "Turnout"
    assert t("section_turnout", None) == "Turnout"
    assert label("kind", "teleported", "ru") == "teleported"
    assert label("kind", "removed", "kk") == "Учаскеден шығарылды"


def test_kazakh_is_kazakh_not_russian():
    kazakh = "".join(texts["kk"] for texts in TEXTS.values()).lower()
    assert set("әғқңөұүі") - set(kazakh) == set()  # һ is rare in Kazakh words; names bring it
    same_as_russian = sorted(key for key, texts in TEXTS.items() if texts["kk"] == texts["ru"])
    assert same_as_russian == ["category.carousel", "col_file", "col_number", "col_photos", "col_sha256",
                               "minutes", "photo_refs", "stage.", "value_unknown", "value_with_percent"]
