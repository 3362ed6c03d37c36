"""One word per concept per language (issue 12, item 8): every Russian and Kazakh translation of
a text that names a glossary term uses the glossary's word for it (resources/i18n/glossary.json),
in the .ts files and in the PDFs' texts."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from observer_app.export import pdf_text, report_pdf
from observer_app.resources import RESOURCES

I18N = RESOURCES / "i18n"
GLOSSARY = json.loads((I18N / "glossary.json").read_text(encoding="utf-8"))
LANGS = ("ru", "kk")


def ts_texts(lang: str, folder: Path = I18N) -> list[tuple[str, str, str]]:
    """(context, English source, translation) of every current entry of observer_<lang>.ts; a
    numerus entry gives each form."""
    root = ET.parse(folder / f"observer_{lang}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete", "unfinished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            out += [(name, message.findtext("source") or "", form) for form in forms]
    return out


def pdf_texts(lang: str) -> list[tuple[str, str, str]]:
    """The PDFs' texts (pdf_text and the report's own) as (key, English, translation)."""
    tables = (("pdf_text", pdf_text.TEXTS), ("report_pdf", report_pdf.TEXTS))
    return [(f"{where}:{key}", texts["en"], texts[lang]) for where, table in tables
            for key, texts in table.items() if "en" in texts and texts.get(lang)]


def _uses(translation: str, phrase: str) -> bool:
    """Whether every word stem of `phrase` begins a word of `translation` (ё as е too)."""
    words = re.findall(r"\w+", translation.lower().replace("ё", "е"))
    return all(any(w.startswith(stem) for w in words) for stem in phrase.lower().replace("ё", "е").split())


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>|&\w+;|&", "", text)  # markup and mnemonics are no words


def misuses(texts: list[tuple[str, str, str]], lang: str, glossary: dict = GLOSSARY) -> list[str]:
    """Each text whose English names a term but whose translation uses none of its words."""
    found = []
    for term in glossary["terms"]:
        pattern = re.compile(term["en"], re.IGNORECASE)
        for where, source, translation in texts:
            if (not pattern.search(_plain(source)) or f"{where}|{source}" in glossary["exceptions"]
                    or any(_uses(_plain(translation), phrase) for phrase in term[lang])):
                continue
            found.append(f"{term['term']} ({' / '.join(term[lang])}): {where}: {source!r} -> {translation!r}")
    return found


def test_the_glossary_names_each_term_once_in_each_language():
    terms = [t["term"] for t in GLOSSARY["terms"]]
    assert len(terms) == len(set(terms))
    for term in GLOSSARY["terms"]:
        re.compile(term["en"])
        assert all(term[lang] and all(isinstance(p, str) and p.strip() for p in term[lang]) for lang in LANGS), term
    assert {"observer", "coordinator", "bundle", "polling station", "protocol", "head-count", "turnout",
            "obstruction", "removed from the station", "readmitted", "certified copy", "official results",
            "threshold"} <= set(terms)


@pytest.mark.parametrize("lang", LANGS)
def test_the_translations_use_the_glossarys_words(lang):
    assert misuses(ts_texts(lang), lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_texts_use_the_glossarys_words(lang):
    assert misuses(pdf_texts(lang), lang) == []


def test_a_wrong_word_is_found():
    """The check is not blind: a synonym the glossary does not have, or an inflected form of
    the right word, are told apart."""
    texts = [("Coordinator", "The observers disagree on line 3", "Наблюдатели не согласны в строке 3"),
             ("Coordinator", "Observers disagree", "Наблюдатели расходятся"),
             ("Turnout", "The head-count", "Счёт голосов"),
             ("Turnout", "The head-count", "Подсчёту явки")]
    assert misuses(texts, "ru") == [
        "head-count (подсчёт): Turnout: 'The head-count' -> 'Счёт голосов'",
        "observers disagree (наблюдател расход): Coordinator: 'The observers disagree on line 3' -> "
        "'Наблюдатели не согласны в строке 3'",
    ]
    kazakh = [("Obstructions", "Readmitted", "Қайта кіргізілді"), ("Obstructions", "Readmitted", "Қайтып келді")]
    assert misuses(kazakh, "kk") == ["readmitted (қайта кіргізіл): Obstructions: 'Readmitted' -> 'Қайтып келді'"]


def test_an_exception_is_named_with_its_source():
    glossary = {"terms": [t for t in GLOSSARY["terms"] if t["term"] == "turnout"],
                "exceptions": {"Turnout|Turnout %": "a column header: the unit"}}
    assert misuses([("Turnout", "Turnout %", "%")], "ru", glossary) == []
    assert misuses([("Other", "Turnout %", "%")], "ru", glossary) != []
