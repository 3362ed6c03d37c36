"""Issue 12, item 4: DEMO where a database is a demo, and the review before signing: each item
leads to its place, "Sign anyway" signs, Cancel signs nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from observer_app.demo import fill_demo
from observer_app.domain.records import format_time
from observer_app.review import ReviewItem, review
from observer_app.storage.store import Store
from ui.identity import IdentityDialog
from ui.main_window import MainWindow
from ui.session import Session
from ui.summary import ReviewDialog, Reviewed, SummaryPage

ELECTION_DAY = dt.date(2021, 1, 10)


def on_election_day(store: Store) -> None:
    """The laptop's clock is right: the review has no clock item."""
    store.clock = lambda: format_time(dt.datetime.combine(ELECTION_DAY, dt.time(21, 30)))


@pytest.fixture
def window(qtbot, store):
    on_election_day(store)
    sid = fill_demo(store, day=ELECTION_DAY)
    session = Session(store, store.station(sid), store.template(), "en")
    widget = MainWindow(session)
    qtbot.add_widget(widget)
    widget.resize(1366, 740)
    widget.show()
    qtbot.wait_exposed(widget)
    return widget


@pytest.fixture
def real_store(tmp_path, kz_template):
    """A database made from an election file that is not a demo."""
    with Store.open(tmp_path / "real.sqlite") as store:
        store.load_election(dataclasses.replace(kz_template, demo=False))
        store.update_observer(full_name="Aigerim Bekova")
        yield store


class Asked:
    def __init__(self, answer):
        self.answer, self.calls = answer, []

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer(*args) if callable(self.answer) else self.answer


def export_pdf(qtbot, window, monkeypatch, answer) -> tuple[Asked, Asked]:
    """Clicks "Signed PDF summary…" with the review answered `answer`; returns the review's and
    the identity dialog's stand-ins (the identity is asked only when signing goes on)."""
    review_asked = Asked(answer)
    identity_asked = Asked(False)
    monkeypatch.setattr(SummaryPage, "ask_review", review_asked)
    monkeypatch.setattr(IdentityDialog, "ask", identity_asked)
    window.show_section("summary")
    qtbot.mouseClick(window.findChild(QPushButton, "export_pdf"), Qt.MouseButton.LeftButton)
    return review_asked, identity_asked


# --- DEMO --------------------------------------------------------------------------------------


def test_issue_12_a_demo_database_says_demo_in_the_title_the_header_and_the_summary(window):
    assert window.windowTitle() == "Station ALA-101 — DEMO"
    chip = window.findChild(QLabel, "header_demo")
    assert (chip.isVisible(), chip.text()) == (True, "DEMO")
    window.show_section("summary")
    banner = window.findChild(QLabel, "summary_demo")
    assert (banner.isVisible(), banner.text()) == (True, (
        "DEMO: this database holds the demo election, for practice. Nothing recorded here is "
        "evidence, and every PDF of it says DEMO."))


def test_issue_12_a_real_election_says_no_demo(qtbot, real_store):
    session = Session(real_store, real_store.station_by_code("ALA-101"), real_store.template(), "en")
    window = MainWindow(session)
    qtbot.add_widget(window)
    window.show()
    window.show_section("summary")
    assert window.windowTitle() == "Station ALA-101"
    assert window.findChild(QLabel, "header_demo").isHidden()
    assert window.findChild(QLabel, "summary_demo").isHidden()


# --- the review before signing -------------------------------------------------------------------


def test_issue_12_signing_is_reviewed_first_and_cancel_signs_nothing(qtbot, window, monkeypatch):
    review_asked, identity_asked = export_pdf(qtbot, window, monkeypatch, False)
    [(_page, items, kind)] = review_asked.calls
    assert kind == "pdf"
    assert [(r.item.code, r.item.section, r.station) for r in items] == [
        ("demo", "header", None), ("protocol_draft", "protocol", None),
        ("relations_unconfirmed", "protocol", None), ("no_departure", "header", None)]
    assert identity_asked.calls == []  # nothing asked, nothing signed
    assert window.findChild(QLabel, "export_status").text() == "Nothing was signed."


def test_issue_12_sign_anyway_goes_on_to_signing(qtbot, window, monkeypatch):
    review_asked, identity_asked = export_pdf(qtbot, window, monkeypatch, True)
    assert (len(review_asked.calls), len(identity_asked.calls)) == (1, 1)  # on to the identity
    assert window.findChild(QLabel, "export_status").text() == (
        "Nothing was saved: signing needs an identity. Use or create one with “Identity…”.")


@pytest.mark.parametrize("code, section, focused", [
    ("protocol_draft", "protocol", "status"),
    ("relations_unconfirmed", "protocol", "as_on_official_copy"),
    ("no_departure", None, "record_departed_at"),
], ids=["draft-to-status", "failing-to-confirmation", "departure-to-header"])
def test_issue_12_an_item_leads_to_its_place(qtbot, window, monkeypatch, code, section, focused):
    def go(parent, items, kind):
        return next(r.item for r in items if r.item.code == code)

    _review, identity_asked = export_pdf(qtbot, window, monkeypatch, go)
    assert identity_asked.calls == []
    if section is not None:
        assert window.tabs.currentWidget() is window.pages[section]
    assert window.focusWidget().objectName() == focused


def test_issue_12_nothing_to_review_goes_straight_to_signing(qtbot, window, monkeypatch):
    store, sid = window.session.store, window.session.station_id
    store.template = lambda: dataclasses.replace(Store.template(store), demo=False)
    store.save_protocol(sid, status="final", as_on_official_copy=True)
    store.set_visit_time(sid, "departed_at", format_time(dt.datetime.combine(ELECTION_DAY, dt.time(21))))
    assert review(store, sid) == []
    review_asked, identity_asked = export_pdf(qtbot, window, monkeypatch, False)
    assert (review_asked.calls, len(identity_asked.calls)) == ([], 1)


def test_issue_12_a_bundle_reviews_every_observed_station(qtbot, window, monkeypatch):
    store = window.session.store
    other = store.station_by_code("NQZ-003").id
    store.set_visit_time(other, "arrived_at", store.clock())
    page = window.pages["summary"]
    items = page.review_items("bundle")
    assert [(r.station, r.item.code) for r in items] == [
        (None, "demo"), (None, "protocol_draft"), (None, "relations_unconfirmed"),
        (None, "no_departure"), ("NQZ-003", "protocol_missing"), ("NQZ-003", "no_departure")]


def test_issue_12_the_review_dialog_lists_each_item_with_the_way_to_its_place(qtbot, window):
    store, sid = window.session.store, window.session.station_id
    items = [Reviewed(i) for i in review(store, sid)]
    items.append(Reviewed(ReviewItem("protocol_missing", review(store, store.station_by_code("NQZ-003").id)[1].message,
                                     "protocol"), "NQZ-003"))
    dialog = ReviewDialog(items, "pdf", window)
    qtbot.add_widget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Before you sign"
    assert [label.text() for label in dialog.item_labels] == [
        "This database holds the demo election, for practice: what you sign is marked DEMO and is "
        "not evidence.",
        "The protocol is still a draft: make it final once every figure is checked.",
        "1 control relation(s) fail and the protocol is not confirmed as on the official copy "
        "(evidence, not a typo): 7 = Σ (off by 14).",
        "Your departure from the station is not recorded.",
        "Station NQZ-003: No protocol is recorded for this station.",
    ]
    assert [b.text() if b else None for b in dialog.item_buttons] == [
        None, "Go to Protocol", "Go to Protocol", "Record the departure", None]
    assert dialog.focusWidget() is dialog.item_buttons[1]  # Enter goes to the first place, never signs
    assert not dialog.sign.isDefault()
    qtbot.mouseClick(dialog.item_buttons[3], Qt.MouseButton.LeftButton)
    assert (dialog.result(), dialog.chosen.code) == (QDialog.DialogCode.Rejected, "no_departure")

    again = ReviewDialog(items, "bundle", window)
    qtbot.add_widget(again)
    again.show()
    qtbot.mouseClick(again.sign, Qt.MouseButton.LeftButton)
    assert (again.result(), again.chosen) == (QDialog.DialogCode.Accepted, None)
