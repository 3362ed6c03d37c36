"""The PDF summary of a station visit: reproducible, text as text, only DejaVu fonts; its
findings first, times that cannot lie, figures in words, no page with only a scrap."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from observer_app.demo import fill_demo
from observer_app.domain.records import format_time
from observer_app.domain.template import StationSpec
from observer_app.export.pdf_text import label, t
from observer_app import formats
from observer_app.export.summary_pdf import build_summary, render_summary
from observer_app.storage.store import Store

GENERATED = "2021-01-10T18:30:00+06:00"
DAY = dt.date(2021, 1, 10)


def poppler(tool: str, *args: str) -> str:
    """Runs a poppler-utils tool and returns its output; skips the test where it is missing."""
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True).stdout


def write(tmp_path: Path, data: bytes, name: str = "summary.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def text_of(path: Path, layout: bool = False) -> str:
    """The PDF's text with whitespace normalised (pdftotext wraps lines as the page does).

    layout: keep the page's lines (a table row stays one line, cells in order).
    """
    args = ["-layout"] if layout else []
    return " ".join(poppler("pdftotext", *args, "-enc", "UTF-8", str(path), "-").split())


def pages_of(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", str(path)), re.M).group(1))


def fonts_of(path: Path) -> list[tuple[str, str]]:
    """(name, embedded) for each font of the PDF, as pdffonts lists them."""
    lines = poppler("pdffonts", str(path)).splitlines()[2:]
    return [(line.split()[0], line.split()[-5]) for line in lines if line.strip()]


def png(tmp_path: Path, name: str, colour: bytes) -> Path:
    """A real 1x1 PNG of one colour."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))
    raw = b"\x00" + colour
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def demo(tmp_path):
    """The demo day at ALA-101 in a fresh database: (store, station id)."""
    store = Store.open(tmp_path / "demo.sqlite")
    sid = fill_demo(store, day=DAY)
    yield store, sid
    store.close()


@pytest.fixture
def ru_day(tmp_path, ru_template):
    """A Russian station with all 26 protocol values and a full, eventful day."""
    store = Store.open(tmp_path / "ru.sqlite")
    sid = fill_ru_day(store, ru_template, tmp_path)
    yield store, sid
    store.close()


def fill_ru_day(store: Store, ru_template, tmp_path: Path) -> str:
    """Records the Russian day of `ru_day` in `store`; returns the station id."""
    store.load_election(ru_template)
    code = "УИК №1234 (Москва, ТИК Тверской)"
    store.upsert_stations([StationSpec(
        code, "г. Москва", "Тверской район",
        "г. Москва, ул. Тверская, д. 12, стр. 3, ГБОУ «Школа № 1520 имени Капцовых», актовый зал", 2431)])
    sid = store.station_by_code(code).id
    store.update_observer(full_name="Екатерина Владимировна Смирнова-Черкасова",
                          organisation="Движение в защиту прав избирателей «Голос»", contact="+7 916 555 01 23")

    def at(hour: int, minute: int = 0) -> str:
        return format_time(dt.datetime.combine(dt.date(2021, 9, 19), dt.time(hour, minute)))

    store.set_visit_time(sid, "arrived_at", at(7, 30))
    store.set_visit_time(sid, "departed_at", at(23, 55))
    for hour in range(8, 20):
        for minute in range(0, 60, 2 if hour % 3 else 1):
            store.add_tally(sid, at(hour, minute))
    for hour, percent in ((10, 5.1), (12, 12.3), (15, 24.9), (18, 38.0)):
        store.add_announcement(sid, at(hour), percent=percent)
    store.add_announcement(sid, at(20), voters=1102)
    removal = store.start_obstruction(
        sid, "removed", at(13), stage="voting", ordered_by="И. П. Кузнецов",
        ordered_by_position="председатель УИК", stated_reason="«Мешает работе комиссии» — без объяснения",
        witnesses="А. Петрова (член УИК с ПРГ), В. Сидоров (наблюдатель от КПРФ)",
        notes="Полиция вывела под руку, видеозапись на телефоне.")
    store.end_obstruction(removal, at(14, 20))
    store.start_obstruction(sid, "view_restricted", at(20, 10), stage="counting",
                            stated_reason="Наблюдатели должны стоять за лентой в 5 метрах")
    incident = store.add_incident(sid, "ballot_stuffing", at(16, 42),
                                  "Член комиссии опустил в стационарный ящик пачку сложенных бюллетеней.")
    store.add_incident(sid, "mobile_box", at(17, 10), "Переносной ящик: 12 заявлений, 48 бюллетеней.")
    store.attach_photo(incident, png(tmp_path, "stuffing.png", b"\xff\x00\x00"))
    values = dict(registered=2431, received=2400, issued_early=120, issued_in_premises=1003,
                  issued_outside=48, cancelled=1229, in_portable_boxes=168, in_stationary_boxes=1003,
                  invalid=22, valid=1149, lost=0, not_accounted=0)
    votes = [170, 8, 61, 52, 690, 60, 16, 5, 4, 5, 2, 6, 9, 21]
    values |= dict(zip(ru_template.contestant_codes, votes))
    assert len(values) == 26
    store.save_protocol(sid, values=values, source="certified_copy", status="final", recorded_at=at(23, 40))
    return sid


def test_identical_data_gives_identical_bytes(demo):
    store, sid = demo
    first = build_summary(store, sid, invariant=True, generated_at=GENERATED)
    second = build_summary(store, sid, invariant=True, generated_at=GENERATED)
    assert first.startswith(b"%PDF-")
    assert first == second
    assert build_summary(store, sid, lang="kk", invariant=True, generated_at=GENERATED) != first


def test_cyrillic_text_is_text(demo, tmp_path):
    store, sid = demo
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "г. Алматы, ул. Толе би, 155" in text
    assert "Алмалинский район" in text
    assert "Observer's report from polling station ALA-101" in text
    assert "Election of Deputies of the Mazhilis" in text  # the election's name in the chosen language
    assert "Ak Zhol Democratic Party of Kazakhstan" in text


def test_kazakh_summary_shows_every_kazakh_letter(demo, tmp_path):
    store, sid = demo
    store.update_observer(full_name="Гауһар Нұрланқызы")
    text = text_of(write(tmp_path, build_summary(store, sid, lang="kk", invariant=True, generated_at=GENERATED)))
    for expected in ["«Ақ жол» Қазақстан демократиялық партиясы", "Қазақстан Халық партиясы",
                     "Гауһар Нұрланқызы", t("section_protocol", "kk"), t("section_relations", "kk"),
                     t("section_obstructions", "kk"), t("section_turnout", "kk"), t("section_incidents", "kk"),
                     t("section_photos", "kk"), "Учаскеден шығарылды", "Сайлаушылар тізіміне енгізілген"]:
        assert expected in text
    assert set("әғқңөұүһі") - set(text) == set()
    assert "ALA-101 учаскесі · 2 беттің 1-беті" in text


def test_only_embedded_dejavu_fonts(demo, tmp_path):
    store, sid = demo
    for lang in ("en", "ru", "kk"):
        fonts = fonts_of(write(tmp_path, build_summary(store, sid, lang=lang, invariant=True,
                                                       generated_at=GENERATED)))
        assert fonts and all("+DejaVuSans" in name and embedded == "yes" for name, embedded in fonts), fonts


def test_fourteen_parties_and_26_values_in_figures_and_words_fit_on_three_pages(ru_day, tmp_path, ru_template):
    store, sid = ru_day
    for lang in ("ru", "en", "kk"):  # kk falls back to the template's first language, Russian
        path = write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED))
        assert pages_of(path) <= 3
        text = text_of(path)
        names = [c.name["en" if lang == "en" else "ru"] for c in ru_template.contestants]
        assert [name for name in names if name not in text] == []
        line_names = [line.name["en" if lang == "en" else "ru"] for line in ru_template.lines]
        # pdftotext may read a row's figure between the lines of its wrapped name
        words = " ".join(word for word in text.split() if not word.isdigit())
        assert [name for name in line_names if name not in words] == []
        thousands = "," if lang == "en" else " "  # ru and kk: a no-break space, a space to pdftotext
        assert f"2{thousands}400 = 120 + 1{thousands}003 + 48 + 1{thousands}229 + 0 - 0" in text


def test_failing_relation_shows_its_numbers(demo, tmp_path):
    store, sid = demo
    values = store.protocol(sid).values
    [failing] = [r for r in store.template().evaluate(values) if r.failed]
    assert failing.relation.id == "valid_sum"
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert f"7 = Σ votes {failing.numbers('en')}" in text
    assert failing.numbers() == f"{values['valid']:,} ≠ {failing.rhs:,}"  # no language: English
    assert failing.numbers("en") == "1,680 ≠ 1,694" and failing.numbers("ru") == "1\u00a0680 ≠ 1\u00a0694"
    assert "FAILS" in text
    assert "1 of 5 control relations fail." in text
    ru = text_of(write(tmp_path, build_summary(store, sid, lang="ru", invariant=True, generated_at=GENERATED)))
    assert "7 = Σ голосов 1 680 ≠ 1 694" in ru
    assert "НЕ ВЫПОЛНЕНО" in ru


def test_every_photo_has_its_full_sha256(demo, tmp_path):
    store, sid = demo
    incident = store.incidents(sid)[0]
    photos = [store.attach_photo(incident, png(tmp_path, "minibus.png", b"\x10\x20\x30")),
              store.attach_photo(store.protocol(sid), png(tmp_path, "protocol.png", b"\xff\xff\xff")),
              store.attach_photo(store.obstructions(sid)[0], png(tmp_path, "chair.png", b"\x00\x00\x00"))]
    assert [p.sha256 for p in photos] == [
        hashlib.sha256((tmp_path / name).read_bytes()).hexdigest()
        for name in ("minibus.png", "protocol.png", "chair.png")]
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    digits = "".join(text.split())
    assert [p.sha256 for p in photos if p.sha256 not in digits] == []
    assert all(p.filename in text for p in photos)
    assert "Incident at 10:25" in text and "photo 3" in text  # numbered in the table, cited by the incident


def test_signature_block_and_footer(demo, tmp_path):
    store, sid = demo
    signed = render_summary(store, sid, invariant=True, generated_at=GENERATED,
                            signer_line="Aigerim Bekova, Erkindik Kanaty")
    text = text_of(write(tmp_path, signed.data))
    assert "Digitally signed by Aigerim Bekova, Erkindik Kanaty" in text
    assert ("To check the signature: open the file in Adobe Reader (the Signatures panel); or run "
            "“pdfsig FILE.pdf”; or “observer-app verify FILE.pdf --trust ca.pem” with the organisation's "
            "ca.pem.") in text
    generated = dt.datetime.fromisoformat(GENERATED).astimezone()
    assert f"Generated {generated:%Y-%m-%d %H:%M}" in text
    assert f"Station ALA-101 · page 1 of {signed.pages} · generated {generated:%Y-%m-%d %H:%M}" in text
    assert signed.pages == pages_of(tmp_path / "summary.pdf") == 2
    box = signed.signature_box
    assert box is not None and 0 <= box.page < signed.pages
    x1, y1, x2, y2 = box.box
    assert 0 < x1 < x2 <= 595.3 and 0 < y1 < y2 <= 841.9

    unsigned = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "Not signed" in unsigned and "Digitally signed" not in unsigned


def test_turnout_hours_and_obstructions(demo, tmp_path):
    store, sid = demo
    path = write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED))
    text, rows = text_of(path), text_of(path, layout=True)
    assert "Head-count (voters seen receiving a ballot) 450" in rows
    assert "Protocol line 3 “Ballots issued to voters” 1,713 (63.0%)" in rows
    assert "Protocol against the head-count the protocol says 1,263 more than were counted in those" in rows
    assert "+1263" not in text  # never a bare difference
    assert "12:00–13:00 4 310 11.4 50 12:00: 27.5% ≈ 748" in rows  # out for 50 minutes of the hour
    assert "Removed from the station" in text and "12:10 – 13:05" in rows and "55 min" in text
    # The photo ban was never lifted, and the observer's departure is not recorded.
    assert "Photo/video forbidden 09:40 – still open at 12:30 S. Nurlanov" in rows
    assert "ongoing" not in text
    assert "Standing too close to the ballot box" in text


def test_a_station_with_nothing_recorded_still_has_a_summary(store, tmp_path):
    sid = store.station_by_code("NQZ-003").id
    path = write(tmp_path, build_summary(store, sid, lang="ru", invariant=True, generated_at=GENERATED))
    text = text_of(path)
    assert "Протокол на этом участке не записан." in text
    assert "Подсчёт явки не вёлся, объявленная явка не записана." in text
    assert pages_of(path) == 1
    assert all("+DejaVuSans" in name for name, _ in fonts_of(path))



@pytest.mark.parametrize("lang, none, not_counted", [
    ("en", "none recorded", "not computed: no head-count was recorded"),
    ("ru", "не вёлся", "не вычисляется: подсчёт явки не вёлся"),
    ("kk", "жүргізілмеген", "есептелмейді: келуді санау жүргізілмеген"),
])
def test_no_head_count_is_not_a_head_count_of_zero(store, tmp_path, lang, none, not_counted):
    """A protocol but no tally: the summary must not sign "the protocol shows 1713 more than the
    head-count" as evidence, nor an independent turnout of 0 %."""
    sid = store.station_by_code("NQZ-003").id
    store.save_protocol(sid, values={"registered": 2000, "issued": 1713}, status="draft")
    text = text_of(write(tmp_path, build_summary(store, sid, lang=lang, invariant=True,
                                                  generated_at=GENERATED)))
    assert none in text and not_counted in text
    assert formats.integer(1713, lang).replace(formats.NBSP, " ") in text and "+1" not in text
    assert not {"0,0 %", "0.0 %", "0.0%"} & set(text.split(": "))


def test_generated_at_must_be_a_time(demo):
    store, sid = demo
    with pytest.raises(ValueError, match="ISO 8601"):
        build_summary(store, sid, generated_at="yesterday")


def test_incident_time_with_its_date_stays_on_one_line(demo, tmp_path):
    """An incident not on the day of the visit shows its date: the time column fits it unbroken."""
    store, sid = demo
    late = dt.datetime.combine(DAY + dt.timedelta(days=1), dt.time(0, 40))
    store.add_incident(sid, "other", format_time(late), "Ballots carried out after midnight.")
    for lang in ("en", "ru", "kk"):
        path = write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED))
        lines = [" ".join(line.split()) for line in
                 poppler("pdftotext", "-layout", "-enc", "UTF-8", str(path), "-").splitlines()]
        expected = f"{formats.stamp(late, lang)} {label('category', 'other', lang)} Ballots carried out after midnight."
        assert expected in lines, lang
        assert "10:25 " + label("category", "carousel", lang) in " ".join(lines)  # same day: the time alone


# --- issue 11: what a summary says is what its signer says -----------------------------------

from observer_app.errors import ObserverAppError  # noqa: E402
from observer_app.export.files import write_signed_summary  # noqa: E402
from observer_app.identity import (  # noqa: E402
    IdentityError, create_ca, create_self_signed_identity, issue_identity,
)
from observer_app.signing import SigningError, sign_pdf, verify_pdf  # noqa: E402
from tests.unit.test_signing import (  # noqa: E402
    FAKE_LINES_NAME, forge_ca, forge_identity, sign_with_pyhanko,
)


def custom_info(path: Path) -> dict[str, str]:
    """The PDF's custom document information entries, as poppler's pdfinfo reads them."""
    lines = poppler("pdfinfo", "-custom", str(path)).splitlines()
    return dict(line.split(":", 1)[0:1] + [line.split(":", 1)[1].strip()] for line in lines
                if line.startswith("ObserverApp."))


@pytest.fixture
def own(demo, tmp_path):
    """A self-signed identity of the demo database's observer, named as her profile is."""
    store, _ = demo
    return create_self_signed_identity("Aigerim Bekova", "Erkindik Kanaty", store.observer_id,
                                       tmp_path / "own.p12", "pw")


def test_issue_11_a_signed_summary_states_its_observer_and_station(demo, own, tmp_path):
    store, sid = demo
    out = tmp_path / "ALA-101.pdf"
    write_signed_summary(store, sid, out, own)
    assert custom_info(out) == {"ObserverApp.ObserverId": store.observer_id,
                                "ObserverApp.StationCode": "ALA-101"}
    result = verify_pdf(out)
    assert (result.ok, result.stated_observer_id, result.station_code) == (
        True, store.observer_id, "ALA-101")
    assert result.lines()[-4:] == [
        f"Observer named in the document: {store.observer_id} (the signer's)",
        "Station: ALA-101",
        "Signer: not verified (self-signed certificate)",
        "Result: intact; signer NOT verified (self-signed certificate)",
    ]


def test_a_station_code_in_cyrillic_is_stated_as_it_is(ru_day, tmp_path):
    store, sid = ru_day
    store.update_observer(full_name="")
    identity = create_self_signed_identity("Екатерина Смирнова", None, store.observer_id,
                                           tmp_path / "e.p12", "pw")
    write_signed_summary(store, sid, tmp_path / "ru.pdf", identity, "ru")
    assert verify_pdf(tmp_path / "ru.pdf").station_code == "УИК №1234 (Москва, ТИК Тверской)"


def test_issue_11_an_empty_profile_name_takes_the_certificates(demo, own, tmp_path):
    store, sid = demo
    store.update_observer(full_name="")
    out = tmp_path / "ALA-101.pdf"
    write_signed_summary(store, sid, out, own)
    rows = text_of(out, layout=True)
    assert "Name Aigerim Bekova" in rows and "not filled in" not in rows
    assert f"Observer ID {store.observer_id}" in rows
    assert poppler("pdfinfo", str(out)).count("Author:          Aigerim Bekova") == 1


def test_issue_11_a_profile_name_other_than_the_certificates_is_refused(demo, own, tmp_path):
    """Issue 11: a profile name that differs from the certificate's was printed under the
    certificate's signature."""
    store, sid = demo
    store.update_observer(full_name="Bolat Nurlanov")
    out = tmp_path / "ALA-101.pdf"
    with pytest.raises(IdentityError) as info:
        write_signed_summary(store, sid, out, own)
    assert info.value.code == "identity.profile_name_differs"
    assert str(info.value) == (
        "The profile's name “Bolat Nurlanov” is not the name in the certificate, “Aigerim Bekova”: "
        "a signed document names its signer as the certificate does. Change the profile's name to "
        "“Aigerim Bekova”, or sign with the identity issued to “Bolat Nurlanov”.")
    assert not out.exists()
    with pytest.raises(IdentityError):  # the builder refuses it too
        build_summary(store, sid, signer=own)


def test_the_same_name_in_other_letter_case_or_spacing_is_the_certificates(demo, own, tmp_path):
    store, sid = demo
    store.update_observer(full_name="  aigerim   BEKOVA ")
    write_signed_summary(store, sid, tmp_path / "s.pdf", own)
    assert "Name Aigerim Bekova" in text_of(tmp_path / "s.pdf", layout=True)


@pytest.fixture
def other_database(tmp_path):
    """Observer B's database: the demo day, with B's name and id."""
    store = Store.open(tmp_path / "b.sqlite")
    sid = fill_demo(store, day=DAY)
    store.update_observer(full_name="Bolat Nurlanov")
    yield store, sid
    store.close()


def test_issue_11_a_summary_of_another_observers_database_cannot_be_signed(
        demo, other_database, tmp_path):
    """Issue 11: a summary built from B's database (B's name and id printed) and signed with A's
    valid identity verified "Result: valid"."""
    store_a, _ = demo
    store_b, sid_b = other_database
    ca = create_ca(tmp_path / "ca", "ca-pw", org="Erkindik Kanaty")
    a = issue_identity(ca, None, "Aigerim Bekova", None, store_a.observer_id, tmp_path / "a.p12", "pw")
    pdf_of_b = build_summary(store_b, sid_b, signer_line="Aigerim Bekova, Erkindik Kanaty")
    with pytest.raises(SigningError) as info:  # the app's signing refuses it
        sign_pdf(pdf_of_b, a)
    assert info.value.code == "signing.refused_other_observer"
    with pytest.raises(IdentityError) as info:  # and so does building it for A
        build_summary(store_b, sid_b, signer=a)
    assert info.value.code == "identity.other_observer"
    # Signed by other means with A's real, trusted identity: verify refuses it.
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sign_with_pyhanko(pdf_of_b, a))
    result = verify_pdf(forged, tmp_path / "ca")
    assert (result.intact, result.trusted, result.ok) == (True, True, False)
    assert [r.code for r in result.reasons] == ["signing.document_of_other_observer"]
    assert (result.stated_observer_id, result.observer_id) == (store_b.observer_id, store_a.observer_id)
    assert "Result: NOT valid" in result.lines()


RECORDS = {
    "protocol": lambda store, sid: store.save_protocol(sid, values={"registered": 1200}),
    "visit": lambda store, sid: store.set_visit_time(sid, "arrived_at", "2021-01-10T07:40:00+06:00"),
    "tally": lambda store, sid: store.add_tally(sid, "2021-01-10T09:00:00+06:00"),
    "obstruction": lambda store, sid: store.start_obstruction(sid, "photo_forbidden",
                                                              "2021-01-10T09:40:00+06:00"),
    "incident": lambda store, sid: store.add_incident(sid, "carousel", "2021-01-10T10:25:00+06:00"),
    "announcement": lambda store, sid: store.add_announcement(sid, "2021-01-10T10:00:00+06:00",
                                                              percent=14.2),
}


def test_issue_11_no_summary_is_signed_where_nothing_is_recorded(store, tmp_path):
    """Issue 11: a summary could be signed for a station the observer never recorded
    ("Obstructions: none recorded", certified)."""
    identity = create_self_signed_identity("Aigerim Bekova", None, store.observer_id,
                                           tmp_path / "a.p12", "pw")
    sid = store.station_by_code("NQZ-003").id
    store.add_tally(sid)
    store.undo_tally(sid)  # counted and taken back: nothing is left
    store.set_visit_time(sid, "arrived_at", None)  # a visit without a time
    out = tmp_path / "NQZ-003.pdf"
    with pytest.raises(ObserverAppError) as info:
        write_signed_summary(store, sid, out, identity)
    assert info.value.code == "export.nothing_recorded"
    assert str(info.value) == (
        "Nothing of yours is recorded at station NQZ-003 (no protocol, visit, head-count, "
        "obstruction, incident or announced turnout), so there is no summary to sign: a signed "
        "summary says what you saw there.")
    assert list(tmp_path.glob("*.pdf")) == []


@pytest.mark.parametrize("record", RECORDS, ids=list(RECORDS))
def test_any_record_of_the_observers_makes_a_summary_signable(store, tmp_path, record):
    identity = create_self_signed_identity("Aigerim Bekova", None, store.observer_id,
                                           tmp_path / "a.p12", "pw")
    sid = store.station_by_code("NQZ-003").id
    RECORDS[record](store, sid)
    write_signed_summary(store, sid, tmp_path / "s.pdf", identity)
    assert verify_pdf(tmp_path / "s.pdf").ok


def test_issue_11_a_name_with_line_breaks_prints_on_one_line_in_the_pdf(demo, tmp_path):
    """Issue 11: a certificate's name with line breaks printed lines of its own."""
    store, sid = demo
    store.update_observer(full_name="")
    identity = forge_identity(forge_ca(tmp_path / "ca"), name=FAKE_LINES_NAME,
                              observer_id=store.observer_id)
    out = tmp_path / "s.pdf"
    write_signed_summary(store, sid, out, identity)
    lines = [" ".join(line.split()) for line in
             poppler("pdftotext", "-layout", "-enc", "UTF-8", str(out), "-").splitlines()]
    assert "Digitally signed by Aigerim\\nSigner: trusted\\nResult: valid, Erkindik Kanaty" in lines
    assert "Code ALA-101 Name Aigerim\\nSigner: trusted\\nResult: valid" in lines
    assert [line for line in lines if line.startswith(("Signer:", "Result:"))] == []


# --- issue 12: the summary puts its evidence first and states it honestly ----------------------

import dataclasses  # noqa: E402

from observer_app.domain import records as r  # noqa: E402


def local_at(day: dt.date, hour: int, minute: int = 0) -> str:
    """A stored time: `hour:minute` on `day` on the laptop's clock."""
    return format_time(dt.datetime.combine(day, dt.time(hour, minute)))


def final_protocol(store: Store, sid: str, issued: int, registered: int = 2720) -> None:
    """A final, consistent Kazakhstan protocol whose line 3 (issued) is `issued`."""
    valid = issued - 30
    votes = [valid * p // 100 for p in (60, 12, 10, 8)]
    votes.append(valid - sum(votes))
    values = dict(zip(["nur_otan", "ak_zhol", "ppk", "auyl", "adal"], votes)) | {
        "registered": registered, "received": registered + 50, "issued": issued,
        "cancelled": registered + 50 - issued, "in_boxes": issued, "invalid": 30, "valid": valid}
    store.save_protocol(sid, values=values, source="certified_copy", status="final",
                        recorded_at=local_at(DAY, 20, 40))


def fill_short_day(store: Store) -> str:
    """A morning at NQZ-003: arrival 08:00, 40 voters counted, departure 12:00, a final protocol."""
    if store.election() is None:
        from tests.conftest import KZ_FILE
        from observer_app.domain.template import load_template
        store.load_election(load_template(KZ_FILE))
    store.update_observer(full_name="Aigerim Bekova", organisation="Erkindik Kanaty")
    sid = store.station_by_code("NQZ-003").id
    store.set_visit_time(sid, "arrived_at", local_at(DAY, 8))
    for minute in range(0, 240, 6):
        store.add_tally(sid, local_at(DAY, 8 + minute // 60, minute % 60))
    store.set_visit_time(sid, "departed_at", local_at(DAY, 12))
    final_protocol(store, sid, issued=1200, registered=store.station(sid).registered_voters or 2000)
    return sid


def fill_long_day(store: Store) -> str:
    """A long day at ALA-101 (the demo day) with 30 obstructions and 40 incidents more."""
    sid = fill_demo(store, day=DAY)
    kinds = [k for k in r.OBSTRUCTION_KINDS if k not in ("removed", "not_admitted")]
    for i in range(30):
        o = store.start_obstruction(sid, kinds[i % len(kinds)], local_at(DAY, 7 + i // 3, (i % 3) * 20),
                                    stage="voting", ordered_by=f"Member {i}", ordered_by_position="Secretary",
                                    stated_reason="No reason given " * (1 + i % 4), witnesses="D. Sadykova")
        store.end_obstruction(o, local_at(DAY, 7 + i // 3, (i % 3) * 20 + 10))
    for i in range(40):
        store.add_incident(sid, r.INCIDENT_CATEGORIES[i % len(r.INCIDENT_CATEGORIES)],
                           local_at(DAY, 7 + i // 4, (i % 4) * 15),
                           "A group of voters arrived together and voted in one booth. " * (1 + i % 3))
    return sid


def page_texts(path: Path) -> list[str]:
    """Each page's text, whitespace normalised."""
    return [" ".join(poppler("pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(path), "-")
                     .split()) for page in range(1, pages_of(path) + 1)]


def with_demo(template, demo: bool):
    """The template as a demonstration election's (`demo`), whether or not ElectionTemplate has
    the field yet."""
    try:
        return dataclasses.replace(template, demo=demo)
    except TypeError:
        copy = dataclasses.replace(template)
        object.__setattr__(copy, "demo", demo)
        return copy


def last_count(store: Store, sid: str) -> str:
    return max(dt.datetime.fromisoformat(t.at) for t in store.tallies(sid)).astimezone().strftime("%H:%M")


def test_issue_12_page_one_opens_with_the_findings(demo, tmp_path):
    """Issue 12: the summary's evidence was spread over two pages, the head-count against the
    protocol a bare "+1263"."""
    store, sid = demo
    path = write(tmp_path, build_summary(store, sid, invariant=True, generated_at="2021-01-10T21:30:00"))
    first = page_texts(path)[0]
    findings = first[first.index("Findings"):first.index("Polling station")]
    assert findings == (
        "Findings Obstructions "  # out of the station first
        "• Removed from the station: 12:10–13:05 (55 min) · ordered by S. Nurlanov, Commission chair "
        "• Photo/video forbidden: from 09:40, still open at 21:30 (when this summary was made) · "
        "ordered by S. Nurlanov, Commission chair "
        "Protocol • The protocol is a draft: its figures are not final. "
        "• 7 = Σ votes: 1,680 ≠ 1,694, off by 14 (Valid ballots = sum of the votes for the parties) "
        f"Head-count • Counted 06:40–{last_count(store, sid)}, 55 min out of the station: 450 voters. "
        "Departure not recorded: to the last count. "
        "• Protocol line 3 “Ballots issued to voters”: 1,713. The protocol says 1,263 more than were "
        "counted in those hours. The protocol covers the whole voting day, the head-count only these "
        "hours: the voters of the hours not observed are part of the difference, so it does not by "
        "itself show that ballots were added. The line also counts ballots issued outside the premises "
        "(the mobile ballot box). ")
    assert first.index("Observer's report") < first.index("Findings") < first.index("Protocol of the voting")
    assert "+1263" not in " ".join(page_texts(path))


@pytest.mark.parametrize("lang, expected", [
    ("ru", "Удалён с участка: 12:10–13:05 (55 мин) · распорядился: S. Nurlanov, Commission chair"),
    ("kk", "Учаскеден шығарылды: 12:10–13:05 (55 мин) · нұсқау берген: S. Nurlanov, Commission chair"),
])
def test_issue_12_the_findings_in_russian_and_kazakh(demo, tmp_path, lang, expected):
    store, sid = demo
    first = page_texts(write(tmp_path, build_summary(store, sid, lang=lang, invariant=True,
                                                     generated_at="2021-01-10T21:30:00")))[0]
    assert first.index(t("section_findings", lang)) < first.index(expected) < first.index(
        t("section_station", lang))
    off = {"ru": "7 = Σ голосов: 1 680 ≠ 1 694, расхождение 14", "kk": "7 = Σ дауыс: 1 680 ≠ 1 694, айырма 14"}
    assert off[lang] in first
    assert t("cmp_more", lang).format(number=3, name=store.template().label("issued", lang), issued="1 713",
                                      difference="1 263") in first


def test_issue_12_an_open_obstruction_is_never_ongoing_for_51689_hours(demo, tmp_path):
    """Issue 12: an obstruction still open when the PDF was made showed "09:40 - ongoing 51689 h
    31 min" (the PDF made years later), and the hourly table and chart ran until then."""
    store, sid = demo
    later = "2026-12-04T20:41:00"
    path = write(tmp_path, build_summary(store, sid, invariant=True, generated_at=later))
    text, rows = text_of(path), text_of(path, layout=True)
    assert ("Photo/video forbidden: from 09:40, still open at 2026-12-04 20:41 (when this summary "
            "was made)") in text
    assert "Photo/video forbidden 09:40 – still open at S. Nurlanov —" in rows  # its date and time below
    assert re.search(r"\d{3,} h", text) is None and "ongoing" not in text
    assert pages_of(path) == 2  # not an hourly table up to 2026
    # With the departure recorded, the interval ends there.
    store.set_visit_time(sid, "departed_at", local_at(DAY, 17))
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=later)))
    assert "Photo/video forbidden: 09:40–17:00 (until the observer left, 7 h 20 min)" in text
    assert "still open" not in text


def test_issue_12_nobody_counted_is_said_only_where_nobody_was(demo, tmp_path):
    """Issue 12: "While the observer was out of the station nobody was counted" was printed
    where tallies existed in the removal; they were compared with the protocol too."""
    store, sid = demo
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "While the observer was out of the station (grey bands) nobody was counted." in text
    for minute in (20, 30, 40):
        store.add_tally(sid, local_at(DAY, 12, minute))
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "nobody was counted" not in text
    assert ("Grey bands: the observer was out of the station. 3 voters were counted then; they are "
            "left out of the comparison with the protocol.") in text
    assert ("• 3 voters counted while the observer's own record says they were out of the station "
            "are left out of the comparison.") in text
    assert "55 min out of the station: 450 voters." in text  # the 453rd to 455th are not in it
    assert "The protocol says 1,263 more than were counted in those hours." in text


def fill_whole_day(store: Store, issued: int) -> str:
    """NQZ-003 watched from 06:50 to 20:10 without a break, one voter every 5 minutes."""
    sid = store.station_by_code("NQZ-003").id
    store.set_visit_time(sid, "arrived_at", local_at(DAY, 6, 50))
    for minute in range(0, 13 * 60, 5):
        store.add_tally(sid, local_at(DAY, 7 + minute // 60, minute % 60))
    store.set_visit_time(sid, "departed_at", local_at(DAY, 20, 10))
    final_protocol(store, sid, issued=issued)
    return sid


@pytest.mark.parametrize("issued, expected", [
    (256, "Protocol line 3 “Ballots issued to voters”: 256. The protocol says 100 more than were counted "
          "in those hours. The observer counted the whole voting day (07:00–20:00): the protocol shows "
          "100 more ballots issued than voters seen receiving one."),
    (150, "Protocol line 3 “Ballots issued to voters”: 150. The protocol says 6 fewer than were counted "
          "in those hours alone. Fewer ballots issued than the observer saw being issued, whatever "
          "happened in the other hours."),
    (156, "Protocol line 3 “Ballots issued to voters”: 156, as many as were counted in those hours."),
], ids=["more-whole-day", "fewer", "equal"])
def test_issue_12_what_the_comparison_can_say(store, tmp_path, issued, expected):
    sid = fill_whole_day(store, issued)
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "Counted 06:50–20:10, no time out of the station recorded: 156 voters." in text
    assert expected in text
    assert "does not by itself show" not in text


def test_issue_12_a_partial_day_says_what_the_difference_cannot_show(tmp_path):
    store = Store.open(tmp_path / "short.sqlite")
    sid = fill_short_day(store)
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "Counted 08:00–12:00, no time out of the station recorded: 40 voters." in text
    assert ("The protocol says 1,160 more than were counted in those hours. The protocol covers the whole "
            "voting day, the head-count only these hours") in text
    assert "Independent turnout 1.9% of 2,064 registered, in the hours counted only" in text_of(
        tmp_path / "summary.pdf", layout=True)
    store.close()


@pytest.mark.parametrize("lang, row", [
    ("en", "3 Ballots issued to voters 1,713 one thousand seven hundred thirteen"),
    ("ru", "3 Число избирательных бюллетеней, выданных избирателям 1 713 одна тысяча семьсот тринадцать"),
    ("kk", "3 Сайлаушыларға берілген сайлау бюллетеньдерінің саны 1 713 бір мың жеті жүз он үш"),
])
def test_issue_12_the_protocols_figures_also_in_words(demo, tmp_path, lang, row):
    store, sid = demo
    rows = text_of(write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED)),
                   layout=True)
    assert row in rows
    assert {"en": "Adal Party 218 two hundred eighteen 13.0", "ru": "Политическая партия «Adal» 218 двести восемнадцать 13,0",
            "kk": "«Adal» саяси партиясы 218 екі жүз он сегіз 13,0"}[lang] in rows


def test_issue_12_when_the_commission_signed_and_who_certified_the_copy(demo, tmp_path, monkeypatch):
    store, sid = demo
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "Signed by the commission" not in text and "Copy certified by" not in text  # not recorded
    protocol = store.protocol(sid)
    protocol.commission_signed_at = local_at(DAY, 21, 5)  # the fields the Protocol screen adds
    protocol.certified_by = "A. Abenova, commission secretary"
    monkeypatch.setattr(store, "protocol", lambda station_id, observer_id=None: protocol)
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert ("Source: Certified copy · Status: Draft · Recorded: 20:45 · Signed by the commission: 21:05 · "
            "Copy certified by: A. Abenova, commission secretary · Confirmed as on the official copy: No") in text


def test_issue_12_handwritten_signature_block_and_certificate_fingerprint(demo, own, tmp_path):
    from cryptography.hazmat.primitives import hashes

    store, sid = demo
    out = tmp_path / "ALA-101.pdf"
    write_signed_summary(store, sid, out, own)
    fingerprint = own.certificate.fingerprint(hashes.SHA256()).hex(":").upper()
    last = page_texts(out)[-1]
    lines = [" ".join(line.split()) for line in poppler("pdftotext", "-layout", "-enc", "UTF-8", str(out), "-")
             .splitlines() if line.strip()]
    assert ("Digitally signed by Aigerim Bekova, Erkindik Kanaty Signer's certificate, SHA-256 fingerprint: "
            f"{fingerprint} To check the signature: open the file in Adobe Reader (the Signatures panel); "
            "or run “pdfsig FILE.pdf”; or “observer-app verify FILE.pdf --trust ca.pem” with the "
            "organisation's ca.pem.") in last
    assert lines[lines.index("Observer's handwritten signature") + 1] == "Signature (Aigerim Bekova) Place Date"
    assert verify_pdf(out).ok
    ru = tmp_path / "ru.pdf"
    write_signed_summary(store, sid, ru, own, "ru")
    lines = [" ".join(line.split()) for line in poppler("pdftotext", "-layout", "-enc", "UTF-8", str(ru), "-")
             .splitlines() if line.strip()]
    assert lines[lines.index("Собственноручная подпись наблюдателя") + 1] == "Подпись (Aigerim Bekova) Место Дата"


BODY_MIN = 300  # characters of a page's text besides its footer and marks
REAL_MIN = 150  # of them, besides the signature blocks


def scraps(path: Path, lang: str) -> list[tuple[int, int, int]]:
    """The pages holding only a scrap: (page, characters, characters besides the signatures)."""
    found = []
    signature_words = [t(key, lang) for key in ("not_signed", "not_signed_note", "how_to_verify",
                                                "certificate_fingerprint", "handwritten_title",
                                                "hand_signature", "hand_place", "hand_date")]
    for number, text in enumerate(page_texts(path), start=1):
        body = re.sub(r"\S+ · .{0,40}\d+.{0,30} · \S+ \d{4}-\d\d-\d\d \d\d:\d\d \(UTC[^)]*\)$", "", text)
        for key in ("mark_demo", "mark_draft"):
            body = body.replace(t(key, lang), "")
        real = body
        for words in signature_words:
            real = real.replace(words, "")
        real = re.sub(r"(Digitally signed by|Подписано электронной подписью:|Электрондық қолтаңбамен қол "
                      r"қойған:|Generated|Создан|Жасалған уақыты:).*", "", real)
        if len(body.strip()) < BODY_MIN or len(real.strip()) < REAL_MIN:
            found.append((number, len(body.strip()), len(real.strip())))
    return found


DAYS = {
    "demo": lambda store, tmp_path, ru_template: fill_demo(store, day=DAY),
    "ru-day": lambda store, tmp_path, ru_template: fill_ru_day(store, ru_template, tmp_path),
    "long-day": lambda store, tmp_path, ru_template: fill_long_day(store),
    "short-day": lambda store, tmp_path, ru_template: fill_short_day(store),
    "whole-day": lambda store, tmp_path, ru_template: (fill_demo(store, day=DAY) and None)
    or fill_whole_day(store, 256),
}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
@pytest.mark.parametrize("day", DAYS, ids=list(DAYS))
def test_issue_12_no_page_holds_only_a_scrap(tmp_path, ru_template, day, lang):
    """Issue 12: the ru and kk summaries spilled the signature block onto an almost empty page 2
    (88 characters of text): every page carries at least a whole section of real content."""
    store = Store.open(tmp_path / "day.sqlite")
    sid = DAYS[day](store, tmp_path, ru_template)
    for signer in (None, "Aigerim Bekova, Erkindik Kanaty"):
        path = write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED,
                                             signer_line=signer))
        assert scraps(path, lang) == [], (day, lang, signer)
    store.close()


def test_issue_12_the_scrap_check_finds_a_signature_alone(tmp_path):
    """The check above is not empty: a page with only the signature block is a scrap."""
    from reportlab.platypus import PageBreak

    from observer_app.export import summary_pdf

    store = Store.open(tmp_path / "s.sqlite")
    sid = fill_short_day(store)
    original = summary_pdf._Builder.signature_section
    summary_pdf._Builder.signature_section = lambda self: [PageBreak(), *original(self)]
    try:
        path = write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED,
                                             signer_line="Aigerim Bekova"))
    finally:
        summary_pdf._Builder.signature_section = original
    assert [page for page, _, _ in scraps(path, "en")] == [pages_of(path)]
    store.close()


@pytest.mark.parametrize("lang, demo_word, draft_word", [
    ("en", "DEMO — demonstration data", "DRAFT — the protocol is a draft"),
    ("ru", "ДЕМО (DEMO) — демонстрационные данные", "ЧЕРНОВИК (DRAFT) — протокол не окончательный"),
    ("kk", "ДЕМО (DEMO) — демонстрациялық деректер", "ЖОБА (DRAFT) — хаттама түпкілікті емес"),
])
def test_issue_12_demo_and_draft_say_so_on_every_page(tmp_path, monkeypatch, lang, demo_word, draft_word):
    """Issue 12: a summary of the bundled demo election, or of a draft protocol, looked like
    real, final evidence."""
    store = Store.open(tmp_path / "long.sqlite")
    sid = fill_long_day(store)  # five pages; the demo day's protocol is a draft
    template = store.template()
    monkeypatch.setattr(store, "template", lambda: with_demo(template, True))
    path = write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED))
    pages = page_texts(path)
    assert len(pages) >= 3
    assert [number for number, text in enumerate(pages, 1) if demo_word not in text or draft_word not in text] == []
    title = re.search(r"^Title:\s+(.*)$", poppler("pdfinfo", str(path)), re.M).group(1)
    assert title.startswith(("DEMO · DRAFT: ", "ДЕМО (DEMO) · ЧЕРНОВИК (DRAFT): ", "ДЕМО (DEMO) · ЖОБА (DRAFT): "))

    # A real election's final protocol: neither mark.
    monkeypatch.setattr(store, "template", lambda: with_demo(template, False))
    store.save_protocol(sid, status="final")
    text = text_of(write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED)))
    assert "DEMO" not in text and "DRAFT" not in text
    store.close()


def test_issue_12_the_chart_covers_the_whole_voting_day_with_labelled_axes(demo, tmp_path):
    store, sid = demo  # counted 07:00-16:00
    rows = [" ".join(line.split()) for line in poppler(
        "pdftotext", "-layout", "-enc", "UTF-8", str(write(tmp_path, build_summary(
            store, sid, invariant=True, generated_at=GENERATED))), "-").splitlines()]
    offset = dt.datetime.combine(DAY, dt.time(12)).astimezone().strftime("%z")
    assert "08:00 10:00 12:00 14:00 16:00 18:00 20:00" in rows  # to the closing hour
    assert f"Local time (UTC{'+' if offset[0] == '+' else '−'}{offset[1:3]}:{offset[3:]})" in rows
    assert any(row.endswith("Voters") for row in rows)


def test_issue_12_the_chart_draws_the_day_the_bands_and_the_announcements():
    from reportlab.graphics.shapes import Polygon, Rect, String

    from observer_app.export.summary_pdf import ABSENCE_COLOUR, turnout_chart

    def at(hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(DAY, dt.time(hour, minute)).astimezone()

    tallies = [at(9, m) for m in range(0, 60, 5)]
    drawing = turnout_chart(300, 160, tallies, [(at(10), 40.0, "2 %")], [(at(12), at(13))], "en",
                            (at(7), at(20)))
    strings = [s.text for s in drawing.contents if isinstance(s, String)]
    assert [s for s in strings if re.fullmatch(r"\d\d:00", s)] == [f"{h:02d}:00" for h in range(8, 21, 2)]
    bands = [s for s in drawing.contents if isinstance(s, Rect) and s.fillColor == ABSENCE_COLOUR
             and s.height > 20]
    left, width = 30.0, 300 - 30.0 - 12.0
    assert [(round(b.x, 1), round(b.width, 1)) for b in bands] == [
        (round(left + width * 5 / 13, 1), round(width / 13, 1))]  # 12:00-13:00 of 07:00-20:00
    assert "2 %" in strings and len([p for p in drawing.contents if isinstance(p, Polygon)]) >= 1


def test_issue_12_a_protocol_whose_registered_voters_differ_from_the_station_list(demo, tmp_path):
    store, sid = demo
    store.save_protocol(sid, values=dict(store.protocol(sid).values, registered=2700))
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "Line 1 says 2,700 voters on the list; the station list says 2,720." in text


def test_issue_12_records_off_the_election_day_ask_to_check_the_clock(tmp_path):
    store = Store.open(tmp_path / "clock.sqlite")
    sid = fill_demo(store, day=dt.date(2026, 12, 4))
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert ("Clock The records are dated 2026-12-04; the election day is 2021-01-10: check the laptop's "
            "clock.") in text
    store.close()
    store = Store.open(tmp_path / "right.sqlite")
    sid = fill_demo(store, day=DAY)
    assert "laptop's clock" not in text_of(write(tmp_path, build_summary(store, sid, invariant=True,
                                                                         generated_at=GENERATED)))
    store.close()


def test_issue_12_no_scrap_however_long_the_last_section_grows(tmp_path):
    """Issue 12: whether the signature block spilled alone onto a page depended on how much came
    before it (with 19 incidents the English summary's page 3 held 88 characters): one incident
    more at a time, in each language in turn, no page is a scrap."""
    store = Store.open(tmp_path / "s.sqlite")
    sid = fill_short_day(store)
    found = {}
    for n in range(30):
        lang = ("en", "ru", "kk")[n % 3]
        path = write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED,
                                             signer_line="Aigerim Bekova, Erkindik Kanaty"))
        if scraps(path, lang):
            found[n, lang] = scraps(path, lang)
        # A table split across pages repeats its header on the next page, never lower on the same.
        header = " ".join(t(key, lang) for key in ("col_time", "col_category", "col_description", "col_photos"))
        repeated = [page for page, text in enumerate(page_texts(path), 1) if text.count(header) > 1]
        if repeated:
            found[n, lang, "header"] = repeated
        store.add_incident(sid, "carousel", local_at(DAY, 9, n), "A minibus brought about 15 people who "
                           "voted and left together; the same driver returned at 11:40 with another group.")
    assert found == {}
    store.close()


def test_issue_12_a_table_kept_with_the_end_continues_on_the_next_page(store, tmp_path):
    """The control relations kept with the short sections and signatures after them: split,
    their rest starts the next page (its header repeated there, not lower on the same page)."""
    sid = store.station_by_code("NQZ-003").id
    store.save_protocol(sid, values={"registered": 2000, "issued": 1713}, status="draft")
    path = write(tmp_path, build_summary(store, sid, lang="kk", invariant=True, generated_at=GENERATED))
    header = " ".join(t(key, "kk") for key in ("col_relation", "col_meaning", "col_result"))
    pages = page_texts(path)
    assert [text.count(header) for text in pages] == [1, 1]
    assert scraps(path, "kk") == []


def test_issue_12_a_protocol_without_a_source_says_it_was_not_chosen(demo, tmp_path, monkeypatch):
    """The protocol's source no longer defaults to "Certified copy": until the observer chooses
    it, the summary says so rather than a source nobody chose."""
    store, sid = demo
    protocol = store.protocol(sid)
    protocol.source = ""
    monkeypatch.setattr(store, "protocol", lambda station_id, observer_id=None: protocol)
    text = text_of(write(tmp_path, build_summary(store, sid, invariant=True, generated_at=GENERATED)))
    assert "Protocol • Source: not given • The protocol is a draft" in text
    assert "Source: not given · Status: Draft" in text
    assert "Certified copy" not in text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_issue_12_numbers_and_times_as_the_language_writes_them(demo, tmp_path, lang):
    """Issue 12, item 8: a decimal comma, thousands grouped as on the screen, 24-hour times and
    the date as Russian and Kazakh write it, whatever the laptop's locale."""
    store, sid = demo
    store.add_announcement(sid, local_at(DAY, 14, 0), percent=47.6)
    store.add_incident(sid, "other", local_at(DAY, 14, 3), "Seen at three minutes past two.")
    text = text_of(write(tmp_path, build_summary(store, sid, lang=lang, invariant=True, generated_at=GENERATED)))
    generated = dt.datetime.fromisoformat(GENERATED).astimezone()
    assert "14:00: 47,6 %" in text  # the announcement, as the commission said it
    assert "14:03" in text and not re.search(r"\b\d{1,2}:\d\d ?(AM|PM)\b", text)
    assert re.findall(r"(?<![\d.])\d+\.\d+(?![\d.])", text) == []  # no decimal point
    assert re.findall(r"(?<![\d,])\d+,\d+(?![\d,])", text)  # decimal commas: 63,0 and the like
    assert "1 713" in text and "1713" not in text  # grouped as the screens group it (a no-break space)
    assert f"{generated:%d.%m.%Y %H:%M} (UTC" in text and f"{generated:%Y-%m-%d}" not in text
