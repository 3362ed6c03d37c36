"""The coordinator's window: merge with progress and cancel, the consolidated view, overrides,
official results and reports."""

from __future__ import annotations

import csv
import dataclasses
import sqlite3
import zipfile

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QStyle

from observer_app import report
from observer_app.bundle import export_bundle
from observer_app.domain.template import load_template
from observer_app.identity import create_ca, issue_identity
from observer_app.signing import verify_pdf
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from ui import coordinator
from ui.coordinator import (CONFLICT, DIFFERS, BundlesModel, CoordinatorWindow, MergeJob, OverrideDialog,
                            StationDetailModel, StationsModel)

GOOD = {"registered": 2720, "received": 2770, "issued": 1713, "cancelled": 1057, "in_boxes": 1711,
        "invalid": 31, "valid": 1680, "nur_otan": 1041, "ak_zhol": 184, "ppk": 151, "auyl": 100,
        "adal": 204}
# Dana counted 100 more for Nur Otan (and so in lines 5 and 7).
DANA = GOOD | {"nur_otan": 1141, "valid": 1780, "in_boxes": 1811}


class Laptop:
    """One observer's database and identity, issued by the organisation's CA."""

    def __init__(self, folder, name, ca, station="ALA-101"):
        folder.mkdir(parents=True)
        self.folder = folder
        self.name = name
        with Store.open(folder / "observer.sqlite") as store:
            store.load_election(load_template(KZ_FILE))
            store.update_observer(full_name=name)
            self.observer_id = store.observer_id
            self.station_id = store.station_by_code(station).id
        self.identity = issue_identity(ca, None, name, "Erkindik Kanaty", self.observer_id,
                                       folder / "me.p12", "pw")

    def export(self, values, out_name="export.obsx"):
        with Store.open(self.folder / "observer.sqlite") as store:
            store.save_protocol(self.station_id, values=values, status="final")
            out = self.folder / out_name
            export_bundle(store, out, self.identity)
        return out


def tampered_copy(bundle, out):
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "data.sqlite":
                data = data[:-100] + bytes(b ^ 0xFF for b in data[-100:])
            dst.writestr(info, data)
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A CA, two observers of ALA-101 who disagree on Nur Otan, and a tampered bundle."""
    root = tmp_path_factory.mktemp("world")
    ca = create_ca(root / "ca", "ca-pass", name="Erkindik Kanaty CA", org="Erkindik Kanaty")
    aigerim = Laptop(root / "aigerim", "Aigerim Bekova", ca)
    dana = Laptop(root / "dana", "Dana Sadykova", ca)
    bundles = [aigerim.export(GOOD), dana.export(DANA)]
    tampered = tampered_copy(bundles[0], root / "tampered.obsx")
    return {"ca": ca, "ca_pem": root / "ca" / "ca.pem", "aigerim": aigerim, "dana": dana,
            "bundles": bundles, "tampered": tampered, "root": root}


@pytest.fixture(scope="module")
def twelve(tmp_path_factory, world):
    """Twelve observers' bundles, each at its own station."""
    root = tmp_path_factory.mktemp("twelve")
    codes = [s.code for s in load_template(KZ_FILE).stations][:12]
    return [Laptop(root / f"o{i}", f"Observer {i}", world["ca"], code).export(GOOD)
            for i, code in enumerate(codes)]


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(CoordinatorWindow, "merge_options", {"workers": 1})
    w = CoordinatorWindow(None, lang="en")
    qtbot.add_widget(w)
    answer(monkeypatch, "ask_new_database", str(tmp_path / "coordinator.sqlite"))
    with qtbot.wait_signal(w.refreshed):  # reading runs in a thread too
        w.new_action.trigger()
    qtbot.wait_until(lambda: not w.busy())
    return w


def answer(monkeypatch, name, value):
    monkeypatch.setattr(CoordinatorWindow, name, classmethod(lambda cls, *args: value))


def merge(qtbot, window, timeout=60_000):
    assert window.merge_button.isEnabled(), window.error_label.text()
    with qtbot.wait_signal(window.merge_finished, timeout=timeout) as blocker:
        qtbot.mouseClick(window.merge_button, Qt.LeftButton)
    qtbot.wait_until(lambda: not window.busy())
    return blocker.args[0]


def wait_for(qtbot, window, signal, start):
    with qtbot.wait_signal(signal, timeout=60_000) as blocker:
        start()
    qtbot.wait_until(lambda: not window.busy())
    return blocker.args[0] if blocker.args else None


def shown(model, role=Qt.DisplayRole):
    return [[model.data(model.index(r, c), role) for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def merged_with_trust(qtbot, window, world, monkeypatch):
    answer(monkeypatch, "ask_bundle_files", [str(p) for p in (*world["bundles"], world["tampered"])])
    answer(monkeypatch, "ask_trust_file", str(world["ca_pem"]))
    window.add_files_action.trigger()
    window.trust_action.trigger()
    return merge(qtbot, window)


def select_line(window, code):
    window.detail_view.setCurrentIndex(window.detail_model.index(window.detail_model.row_of(code), 0))


# --- merging --------------------------------------------------------------------------------------


def test_merge_verifies_rejects_the_tampered_bundle_and_shows_progress(qtbot, window, world, monkeypatch):
    assert window.objectName() == "coordinator_window"
    assert window.trust_label.text() == ("No trusted CA chosen for the next merge: new bundles are merged "
                                         "unverified")
    result = merged_with_trust(qtbot, window, world, monkeypatch)

    assert window.trust_label.text() == "Trusted CA for the next merge: Erkindik Kanaty CA"
    assert window.signatures_label.text() == "Signatures: 2 of 2 verified (trusted CA Erkindik Kanaty CA)"
    assert (len(result.merged), len(result.rejected), result.cancelled) == (2, 1, False)
    progress = window.findChild(type(window.progress), "merge_progress")
    assert (progress.value(), progress.maximum(), progress.text()) == (3, 3, "100%")
    assert window.findChild(type(window.status_label), "merge_status").text() == \
        "3 of 3 bundle(s) · 1 rejected"
    assert window.result_label.text() == "Merged 2 · already merged 0 · rejected 1 · conflicts 0"
    assert window.files == []  # the list is cleared once everything was handled
    rows = sorted(r[:BundlesModel.OBSERVER] for r in shown(window.bundles_model))
    assert rows == [
        ["export.obsx", "Merged", "Aigerim Bekova", "Erkindik Kanaty", "Verified (trusted CA)", ""],
        ["export.obsx", "Merged", "Dana Sadykova", "Erkindik Kanaty", "Verified (trusted CA)", ""],
        ["tampered.obsx", "Rejected", "Aigerim Bekova", "Erkindik Kanaty", "",
         "data.sqlite does not match the SHA-256 in the manifest; the data was changed after the "
         "bundle was signed."],
    ]
    assert window.tabs.currentIndex() == 1  # rejected bundles: the Bundles tab is shown
    assert window.tabs.tabText(1) == "Bundles (3)"


def test_why_a_bundle_was_rejected_reads_in_russian(qtbot, tmp_path, world, monkeypatch, in_language):
    in_language("ru")
    monkeypatch.setattr(CoordinatorWindow, "merge_options", {"workers": 1})
    window = CoordinatorWindow(None, lang="ru")
    qtbot.add_widget(window)
    answer(monkeypatch, "ask_new_database", str(tmp_path / "coordinator.sqlite"))
    with qtbot.wait_signal(window.refreshed):
        window.new_action.trigger()
    qtbot.wait_until(lambda: not window.busy())
    result = merged_with_trust(qtbot, window, world, monkeypatch)
    assert (len(result.merged), len(result.rejected)) == (2, 1)
    why = [row[BundlesModel.REASON] for row in shown(window.bundles_model) if row[BundlesModel.REASON]]
    assert why == ["data.sqlite не совпадает с SHA-256 из манифеста; данные изменены после подписания "
                   "пакета."]
    # the database keeps the code and its values, so it reads in whatever language opens it
    stored = [b.reason for b in window.store.bundles() if b.status == "rejected"]
    assert [(m.code, str(m)) for m in stored] == [
        ("bundle.data_changed", "data.sqlite does not match the SHA-256 in the manifest; the data "
                                      "was changed after the bundle was signed.")]


def test_the_window_store_keeps_working_after_the_merge_thread(qtbot, window, world, monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    store = window.store
    assert not store.closed
    assert sorted(b.status for b in store.bundles()) == ["merged", "merged", "rejected"]
    assert len(store.protocols()) == 2
    # Merging the same bundles again changes nothing.
    window.add_files(world["bundles"])
    result = merge(qtbot, window)
    assert (len(result.merged), len(result.already)) == (0, 2)
    assert window.result_label.text() == "Merged 0 · already merged 2 · rejected 0 · conflicts 0"


def test_without_a_trusted_ca_bundles_are_merged_unverified(qtbot, window, world, monkeypatch):
    window.add_files(world["bundles"])
    result = merge(qtbot, window)
    assert len(result.merged) == 2
    assert {r[BundlesModel.SIGNATURE] for r in shown(window.bundles_model)} == {"Not verified"}
    assert window.select_station(world["aigerim"].station_id)
    assert shown(window.stations_model)[0][StationsModel.SIGNATURES] == "not verified"
    headers = [window.detail_model.headerData(c, Qt.Horizontal) for c in (1, 2)]
    assert sorted(headers) == ["Aigerim Bekova\n(not verified)", "Dana Sadykova\n(not verified)"]


def test_cancel_keeps_what_was_committed_each_bundle_all_in_or_all_out(qtbot, window, twelve, monkeypatch):
    monkeypatch.setattr(CoordinatorWindow, "merge_options", {"workers": 1, "commit_every": 1})

    def cancel_after_first_progress(task):
        # In the merge thread, as soon as the first bundle is committed (as if Cancel was clicked).
        task.progressed.connect(task.cancel, Qt.DirectConnection)

    window.merge_started.connect(cancel_after_first_progress)
    window.add_files(twelve)
    result = merge(qtbot, window)
    window.merge_started.disconnect(cancel_after_first_progress)

    assert result.cancelled
    assert (len(result.merged), len(result.rejected)) == (1, 0)
    assert window.result_label.text() == ("Cancelled; what was merged stays merged. "
                                          "Merged 1 · already merged 0 · rejected 0 · conflicts 0")
    assert window.progress.value() == 1 and window.progress.maximum() == 12
    assert len(window.files) == 12  # kept: Merge again goes on where it stopped
    conn = sqlite3.connect(window.store.path)
    try:
        merged = {sha for (sha,) in conn.execute("SELECT sha256 FROM bundles WHERE status = 'merged'")}
        assert len(merged) == 1
        for table in ("protocols", "stations", "observers", "visits"):
            sources = {sha for (sha,) in conn.execute(f"SELECT DISTINCT bundle_sha256 FROM {table} "
                                                      "WHERE bundle_sha256 IS NOT NULL")}
            assert sources <= merged
        assert conn.execute("SELECT count(*) FROM protocols").fetchone()[0] == 1
    finally:
        conn.close()
    assert len(window.store.protocols()) == 1  # the window's own connection sees the committed one

    # Merging again (verification now in a process pool) finishes the job.
    monkeypatch.setattr(CoordinatorWindow, "merge_options", {"workers": 2})
    result = merge(qtbot, window)
    assert (len(result.merged), len(result.already), result.cancelled) == (11, 1, False)
    assert len(window.store.protocols()) == 12
    assert window.progress.text() == "100%"


def test_cancel_button_is_enabled_only_while_merging(qtbot, window, world):
    cancel = window.findChild(type(window.cancel_button), "merge_cancel")
    start = window.findChild(type(window.merge_button), "merge_start")
    assert not start.isEnabled() and not cancel.isEnabled()  # nothing queued
    window.add_files(world["bundles"])
    assert start.isEnabled() and not cancel.isEnabled()
    with qtbot.wait_signal(window.merge_finished, timeout=60_000):
        qtbot.mouseClick(start, Qt.LeftButton)
        assert cancel.isEnabled() and not start.isEnabled()
    qtbot.wait_until(lambda: not window.busy())
    assert not cancel.isEnabled()


def test_clicking_cancel_stops_the_merge_after_the_bundle_in_hand(qtbot, window, twelve, monkeypatch):
    monkeypatch.setattr(CoordinatorWindow, "merge_options", {"workers": 1, "commit_every": 1})
    window.add_files(twelve)
    with qtbot.wait_signal(window.merge_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(window.merge_button, Qt.LeftButton)
        qtbot.mouseClick(window.cancel_button, Qt.LeftButton)
        assert not window.cancel_button.isEnabled()  # asked once
        assert window.status_label.text().startswith("Cancelling…")
    qtbot.wait_until(lambda: not window.busy())
    result = blocker.args[0]
    assert result.cancelled and 1 <= len(result.merged) < 12
    assert len(window.store.bundles()) == len(window.store.protocols()) == len(result.merged)


def test_closing_the_window_during_a_merge_waits_for_the_bundle_in_hand(qtbot, window, twelve, monkeypatch):
    monkeypatch.setattr(CoordinatorWindow, "merge_options", {"workers": 1, "commit_every": 1})
    window.add_files(twelve)
    path = window.store.path
    window.merge()
    window.close()
    assert window.store.closed and not window.task.isRunning()
    with Store.open(path) as store:
        merged = store.bundles()
        assert len(merged) < 12 and len(store.protocols()) == len(merged)


def test_progress_reaches_the_window_at_most_twenty_times_a_second(tmp_path, monkeypatch):
    now = [0.0]

    def fake_merge(store, files, trust, *, progress, should_cancel, **_options):
        for done in range(1, 1001):
            now[0] += 0.001  # a bundle a millisecond: one second in all
            progress(done, 1000, None, "rejected" if done % 100 == 0 else "merged")
        return coordinator.MergeResult()

    monkeypatch.setattr(coordinator, "merge_bundles", fake_merge)
    sent = []
    job = MergeJob(tmp_path / "coord.sqlite", ["x.obsx"], None, clock=lambda: now[0], lang="en")
    job(progress=lambda done, total, text: sent.append((done, text)), cancelled=lambda: False)
    assert 19 <= len(sent) <= 21
    assert sent[0] == (1, "1 of 1,000 bundle(s)")
    assert sent[-1] == (1000, "1,000 of 1,000 bundle(s) · 10 rejected")


def test_add_a_folder_takes_every_bundle_in_it(qtbot, window, tmp_path, world, monkeypatch):
    folder = tmp_path / "inbox"
    (folder / "north").mkdir(parents=True)
    (folder / "a.obsx").write_bytes(world["bundles"][0].read_bytes())
    (folder / "north" / "b.OBSX").write_bytes(world["bundles"][1].read_bytes())
    (folder / "notes.txt").write_text("not a bundle")
    answer(monkeypatch, "ask_bundle_folder", str(folder))
    window.add_folder_action.trigger()
    window.add_folder_action.trigger()  # the same files are not queued twice
    assert [p.rsplit("/", 1)[-1] for p in window.files] == ["a.obsx", "b.OBSX"]
    assert window.queue_label.text() == "2 bundle(s) to merge"


# --- the consolidated view and overrides -----------------------------------------------------------


def test_the_disagreeing_lines_are_highlighted(qtbot, window, world, monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    window.tabs.setCurrentIndex(0)
    stations = shown(window.stations_model)
    # issue 12: the failing checks as the report lists them (Dana's 1811 in the boxes > 1713 issued)
    assert stations == [["ALA-101", "г. Алматы", "2", "verified", "no",
                         "observers disagree; fails 5 ≤ 3 (observers)"]]
    assert window.stations_model.data(window.stations_model.index(0, 0), Qt.BackgroundRole).color() == CONFLICT
    assert window.select_station(world["aigerim"].station_id)
    detail = window.detail_model
    assert window.station_title.text().startswith("Station ALA-101")

    def line(code):
        row = detail.row_of(code)
        return [detail.data(detail.index(row, c)) for c in range(detail.columnCount())]

    def background(code, column):
        brush = detail.data(detail.index(detail.row_of(code), column), Qt.BackgroundRole)
        return brush.color().name() if brush is not None else None

    aigerim_first = detail.report.observers[0].observer_id == world["aigerim"].observer_id
    expected = ["1,041", "1,141"] if aigerim_first else ["1,141", "1,041"]
    assert line("nur_otan") == ["Nur Otan", *expected, "", "", "Observers disagree"]
    assert line("ak_zhol") == ["Ak Zhol Democratic Party of Kazakhstan", "184", "184", "184", "", ""]
    assert line("valid")[0] == "7. Valid ballots"
    assert detail.conflict_codes() == ["in_boxes", "valid", "nur_otan"]
    assert {background("nur_otan", c) for c in range(detail.columnCount())} == {CONFLICT.name()}
    assert {background("ak_zhol", c) for c in range(detail.columnCount())} == {None}


def test_an_override_needs_a_reason_and_is_audited(qtbot, window, world, monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    sid = world["aigerim"].station_id
    window.select_station(sid)
    override = window.findChild(type(window.override_button), "override")
    assert not override.isEnabled()  # no line selected
    select_line(window, "nur_otan")
    assert override.isEnabled()

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, *a: (1041, "   ")))
    qtbot.mouseClick(override, Qt.LeftButton)
    assert window.error_label.text() == "An override needs a reason; nothing was changed."
    assert window.store.overrides() == {}

    reason = "The photo of the protocol shows 1041"
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, *a: (1041, reason)))
    with qtbot.wait_signal(window.refreshed):
        qtbot.mouseClick(override, Qt.LeftButton)
    assert window.error_label.text() == ""
    assert window.store.overrides() == {sid: {"nur_otan": (1041, reason)}}
    audit = [r for r in window.store.audit_rows() if r["table_name"] == "overrides"]
    assert len(audit) == 1 and reason in audit[0]["new"]
    detail = window.detail_model
    row = detail.row_of("nur_otan")
    assert window.selected_code() == "nur_otan"  # the same line stays selected
    assert detail.data(detail.index(row, detail.consolidated_column)) == "1,041"
    assert detail.data(detail.index(row, detail.consolidated_column), Qt.FontRole).bold()
    assert detail.note(row) == f"Observers disagree · Overridden: {reason}"


def test_the_override_dialog_refuses_ok_without_a_reason(qtbot):
    dialog = OverrideDialog("ALA-101", "Nur Otan", None)
    qtbot.add_widget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    dialog.value.setText("1041")
    dialog.reason.setPlainText("  ")
    assert not ok.isEnabled()
    dialog.reason.setPlainText("Photo of the protocol")
    assert ok.isEnabled()
    assert dialog.answer() == (1041, "Photo of the protocol")
    dialog.value.setText("")
    assert ok.isEnabled() and dialog.answer() == (None, "Photo of the protocol")  # empty: unknown


# --- official results and reports ---------------------------------------------------------------------


def test_official_results_are_imported_and_compared(qtbot, window, world, tmp_path, monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    official = tmp_path / "cec.csv"
    template = load_template(KZ_FILE)
    with official.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["station_code", *template.codes])
        values = GOOD | {"ak_zhol": 84, "valid": 1580, "in_boxes": 1611}
        writer.writerow(["ALA-101", *(values[c] for c in template.codes)])
    answer(monkeypatch, "ask_results_csv", str(official))
    counts = wait_for(qtbot, window, window.official_imported, window.official_action.trigger)
    assert counts == (1, 1, 0, 0)
    assert window.message_label.text() == "Imported 1 official result(s): 1 added, 0 replaced, 0 unchanged"
    assert shown(window.stations_model)[0][StationsModel.OFFICIAL:] == [
        "yes", "observers disagree; differs from official; fails 5 ≤ 3 (observers)"]
    window.select_station(world["aigerim"].station_id)
    detail = window.detail_model
    row = detail.row_of("ak_zhol")
    assert detail.data(detail.index(row, detail.official_column)) == "84"
    assert detail.data(detail.index(row, detail.consolidated_column), Qt.BackgroundRole).color() == DIFFERS
    assert detail.note(row) == "Differs from official"


def test_a_bad_official_results_file_is_refused_and_the_window_goes_on(qtbot, window, world, tmp_path,
                                                                       monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    bad = tmp_path / "bad.csv"
    bad.write_text("station_code,nur_otan\nALA-101,lots\n", encoding="utf-8")
    answer(monkeypatch, "ask_results_csv", str(bad))
    message = wait_for(qtbot, window, window.task_failed, window.official_action.trigger)
    assert "line 2" in message
    assert window.error_label.text() == f"The official results were not imported: {message}"
    assert window.store.official_results() == {}
    assert window.official_action.isEnabled()


def test_official_results_of_stations_nobody_observed_after_loading_the_election(
        qtbot, window, world, tmp_path, monkeypatch):
    """A merge brings the observed stations only; File → Load election file… brings them all."""
    merged_with_trust(qtbot, window, world, monkeypatch)
    official = tmp_path / "cec.csv"
    official.write_text("station_code,registered\nALA-101,2720\nALA-104,1900\n", encoding="utf-8")
    answer(monkeypatch, "ask_results_csv", str(official))
    message = wait_for(qtbot, window, window.task_failed, window.official_action.trigger)
    assert message.startswith(f"{official}: line 3: unknown station “ALA-104”. Nothing from this file "
                              "was imported. A database knows only the stations loaded into it")
    assert "File → Load election file…" in message

    answer(monkeypatch, "ask_election_file", str(KZ_FILE))
    counts = wait_for(qtbot, window, window.election_loaded, window.election_action.trigger)
    assert counts[0] == len(load_template(KZ_FILE).stations) - 1  # ALA-101 was there already
    assert window.message_label.text().startswith(f"Election loaded: {counts[0]} stations added")
    counts = wait_for(qtbot, window, window.official_imported, window.official_action.trigger)
    assert counts == (2, 2, 0, 0)
    assert sorted(window.store.official_results()) == sorted(
        window.store.station_by_code(code).id for code in ("ALA-101", "ALA-104"))


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_report_is_written_as_csv_or_xlsx(qtbot, window, world, tmp_path, monkeypatch, suffix):
    merged_with_trust(qtbot, window, world, monkeypatch)
    out = tmp_path / f"report.{suffix}"
    answer(monkeypatch, "ask_report_path", str(out))
    written = wait_for(qtbot, window, window.report_written, window.report_action.trigger)
    assert written == str(out)
    assert window.message_label.text() == f"Wrote report.{suffix}: 1 station(s)"
    template, reports = report.build(window.store)
    if suffix == "csv":
        assert out.read_text(encoding="utf-8") == report.csv_text(template, reports)
    else:
        sheet = load_workbook(out)["Stations"]
        assert [c.value for c in sheet[2]] == report.csv_header(template)  # under the names
        assert sheet.max_row == 5  # consolidated and two observers


def test_the_pdf_report_is_signed(qtbot, window, world, tmp_path, monkeypatch):
    assert coordinator.pdf_available()
    merged_with_trust(qtbot, window, world, monkeypatch)
    out = tmp_path / "report.pdf"
    answer(monkeypatch, "ask_report_path", str(out))
    answer(monkeypatch, "ask_identity", (str(world["aigerim"].folder / "me.p12"), "pw"))
    wait_for(qtbot, window, window.report_written, window.report_action.trigger)
    check = verify_pdf(out, world["ca_pem"])
    assert (check.ok, check.signer_name) == (True, "Aigerim Bekova")
    from tests.unit.export.test_summary_pdf import text_of

    text = text_of(out)  # the analysis section, signed with the rest (issue 13, item 5)
    assert "Analysis of the results" in text and "Forensics of the official results" in text


def test_a_report_of_another_kind_is_refused(qtbot, window, world, tmp_path, monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    answer(monkeypatch, "ask_report_path", str(tmp_path / "report.txt"))
    window.report_action.trigger()
    assert not window.busy()
    assert window.error_label.text() == "The report is written as .csv, .xlsx or .pdf; choose one of these."


# --- the database and the app --------------------------------------------------------------------------


def test_new_and_open_coordinator_databases(qtbot, tmp_path, monkeypatch):
    w = CoordinatorWindow(None)
    qtbot.add_widget(w)
    assert w.windowTitle() == "Coordinator"
    assert not w.merge_button.isEnabled() and not w.report_action.isEnabled()
    assert w.stations_hint.text() == "Open a coordinator database, or create a new one, to start."
    opened = []
    w.database_opened.connect(opened.append)
    answer(monkeypatch, "ask_new_database", str(tmp_path / "new.sqlite"))
    with qtbot.wait_signal(w.refreshed):
        w.new_action.trigger()
    qtbot.wait_until(lambda: not w.busy())
    assert w.windowTitle() == "Coordinator — new.sqlite"
    assert w.stations_hint.text() == "No election yet: it comes with the first merged bundle."
    assert not w.official_action.isEnabled()  # no election: no stations to import results for
    answer(monkeypatch, "ask_open_database", str(tmp_path / "missing.sqlite"))
    w.open_action.trigger()
    assert w.error_label.text().startswith(f"Cannot open {tmp_path / 'missing.sqlite'}")
    assert w.windowTitle() == "Coordinator — new.sqlite"
    assert opened == [str(tmp_path / "new.sqlite")]


def test_file_coordinator_opens_the_window_on_the_last_database(qtbot, session, tmp_path):
    from ui.app import AppController

    store = session.store
    store.set_setting("station_id", session.station_id)
    store.set_setting("coordinator_db", str(tmp_path / "coord.sqlite"))
    Store.open(tmp_path / "coord.sqlite", kind="coordinator").close()
    controller = AppController(store, "en")
    main = controller.open_window()
    qtbot.add_widget(main)
    action = main.findChild(QAction, "action_coordinator")
    assert action.text() == "&Coordinator…"
    action.trigger()
    window = controller.coordinator
    qtbot.add_widget(window)
    assert window.isVisible() and window.store.path == tmp_path / "coord.sqlite"
    qtbot.wait_until(lambda: not window.busy())
    window.open_database(tmp_path / "other.sqlite", create=True)
    assert store.setting("coordinator_db") == str(tmp_path / "other.sqlite")
    action.trigger()
    assert controller.coordinator is window  # one coordinator window, raised again


# --- models ---------------------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, window, world, monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    template, reports = report.build(window.store)
    bundles = BundlesModel()
    bundles.set_rows(window.store.bundles())
    qtmodeltester.check(bundles)
    stations = StationsModel()
    stations.set_reports(template, reports)
    qtmodeltester.check(stations)
    detail = StationDetailModel()
    detail.set_station(template, reports[0], {"adal": (200, "photo")}, "en")
    qtmodeltester.check(detail)
    detail.set_station(None, None)
    qtmodeltester.check(detail)


# --- issue 11: withdrawal, and a coordinator's database opens the coordinator's window -----------------


def test_withdraw_a_bundle_from_the_window(qtbot, window, world, monkeypatch):
    """Issue 11, case 3: the coordinator withdraws a merged bundle in the window: its records
    leave the stations view as if it had never been merged, the withdrawal is audited, and the
    bundles table says so."""
    merged_with_trust(qtbot, window, world, monkeypatch)
    window.tabs.setCurrentIndex(1)
    model = window.bundles_model
    dana = next(r for r in range(model.rowCount()) if model.row(r).signer_name == "Dana Sadykova")
    assert not window.withdraw_button.isEnabled()
    window.bundles_view.setCurrentIndex(model.index(dana, 0))
    sha = model.row(dana).sha256
    assert window.withdraw_button.isEnabled() and window.withdraw_action.isEnabled()
    asked = []
    monkeypatch.setattr(CoordinatorWindow, "ask_withdraw_reason",
                        classmethod(lambda cls, parent, bundle: asked.append(bundle.signer_name) or "signed under duress"))
    with qtbot.wait_signal(window.refreshed, timeout=60_000):
        qtbot.mouseClick(window.withdraw_button, Qt.LeftButton)
    qtbot.wait_until(lambda: not window.busy())
    assert asked == ["Dana Sadykova"]
    row = next(r for r in shown(model) if r[BundlesModel.SIGNER] == "Dana Sadykova")
    assert (row[BundlesModel.RESULT], row[BundlesModel.REASON]) == ("Withdrawn", "signed under duress")
    assert not window.withdraw_button.isEnabled()  # withdrawn: nothing more to withdraw
    (station,) = [r for r in window.reports if r.code == "ALA-101"]
    assert [o.signer for o in station.observers] == ["Aigerim Bekova"]
    assert window.message_label.text() == "Withdrew export.obsx"
    assert [(a["field"], a["new"]) for a in window.store.audit_rows(sha)] == [
        ("status", "withdrawn"), ("reason", "signed under duress")]


def test_a_withdrawal_without_a_reason_changes_nothing(qtbot, window, world, monkeypatch):
    merged_with_trust(qtbot, window, world, monkeypatch)
    window.bundles_view.setCurrentIndex(window.bundles_model.index(0, 0))
    answer(monkeypatch, "ask_withdraw_reason", "   ")
    assert window.withdraw_selected() is False
    assert window.error_label.text() == "A withdrawal needs a reason; nothing was changed."
    assert {b.status for b in window.store.bundles()} == {"merged", "rejected"}


def test_the_app_opens_a_coordinators_database_in_the_coordinator_window(qtbot, tmp_path, monkeypatch, world):
    """Issue 11, case 7: `observer-app --db COORD.sqlite` opens the coordinator window directly,
    not the observer's first-run wizard."""
    from PySide6.QtWidgets import QApplication

    from ui import app as app_module
    from ui.first_run import FirstRunWizard

    coord = tmp_path / "coord.sqlite"
    with Store.open(coord, kind="coordinator") as store:
        from observer_app.merge import merge_bundles

        merge_bundles(store, world["bundles"], None, workers=1)
    window = app_module.open_app(coord, "en")
    qtbot.add_widget(window)
    assert isinstance(window, CoordinatorWindow) and window.isVisible()
    assert not any(isinstance(w, FirstRunWizard) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert window.store.path == coord
    qtbot.wait_until(lambda: not window.busy())
    window.close()


def test_the_coordinator_window_refuses_an_observers_database(qtbot, window, tmp_path, monkeypatch):
    observer_db = tmp_path / "observer.sqlite"
    with Store.open(observer_db) as store:
        store.load_election(load_template(KZ_FILE))
    answer(monkeypatch, "ask_open_database", str(observer_db))
    window.open_action.trigger()
    assert window.store.path != observer_db
    assert "is an observer's database" in window.error_label.text()
    with sqlite3.connect(observer_db) as conn:  # it was not changed into a coordinator's
        assert conn.execute("SELECT value FROM settings WHERE key = 'database_kind'").fetchone() == ("observer",)


# --- issue 12, item 9: a window that says what is true and fits what it holds -----------------------


def reopened(qtbot, path, lang="en"):
    again = CoordinatorWindow(None, lang=lang)
    qtbot.add_widget(again)
    with qtbot.wait_signal(again.refreshed, timeout=60_000):
        again.open_database(path)
    qtbot.wait_until(lambda: not again.busy())
    return again


def test_issue_12_the_signatures_and_the_next_merges_ca_are_told_apart(qtbot, window, world, monkeypatch):
    """ "Trusted CA: none" stood beside stations whose signatures were verified: the database's
    signatures and the CA of the next merge are two facts, each said as it is."""
    assert (window.signatures_label.isVisibleTo(window), window.trust_label.text()) == (
        False, "No trusted CA chosen for the next merge: new bundles are merged unverified")
    window.add_files(world["bundles"])
    merge(qtbot, window)  # without a CA
    assert window.signatures_label.text() == "Signatures: 0 of 2 verified"
    assert "#8a5a00" in window.signatures_label.styleSheet()
    merged_with_trust(qtbot, window, world, monkeypatch)  # the same two, now verified, and the tampered one
    assert window.signatures_label.text() == "Signatures: 2 of 2 verified (trusted CA Erkindik Kanaty CA)"
    assert window.signatures_label.styleSheet() == ""
    assert window.trust_label.text() == "Trusted CA for the next merge: Erkindik Kanaty CA"

    again = reopened(qtbot, window.store.path)  # this window does not know which CA verified them
    assert (again.signatures_label.text(), again.trust_label.text()) == (
        "Signatures: 2 of 2 verified",
        "No trusted CA chosen for the next merge: new bundles are merged unverified")
    assert shown(again.stations_model)[0][StationsModel.SIGNATURES] == "verified"
    again.close()


def test_issue_12_no_idle_progress_bar(qtbot, window, world):
    """An idle bar at 0 % said nothing: it shows once a merge runs, and keeps its end."""
    assert window.progress.isVisibleTo(window) is False
    assert window.result_label.isVisibleTo(window) is False
    window.add_files(world["bundles"])
    with qtbot.wait_signal(window.merge_finished, timeout=60_000):
        qtbot.mouseClick(window.merge_button, Qt.LeftButton)
        assert window.progress.isVisibleTo(window) is True
    qtbot.wait_until(lambda: not window.busy())
    assert (window.progress.isVisibleTo(window), window.progress.text()) == (True, "100%")
    assert window.result_label.isVisibleTo(window) is True
    again = reopened(qtbot, window.store.path)
    assert again.progress.isVisibleTo(again) is False
    again.close()


def test_issue_12_a_real_toolbar_icons_words_and_shortcuts(qtbot, window):
    toolbar = window.toolbar
    actions = [a for a in toolbar.actions() if not a.isSeparator()]
    assert [(a.iconText(), a.toolTip(), a.icon().isNull()) for a in actions] == [
        ("Open", "Open a coordinator database (Ctrl+O)", False),
        ("New", "Create a new coordinator database (Ctrl+N)", False),
        ("Add bundles", "Add observers' bundles (.obsx) to the list to merge (Ctrl+B)", False),
        ("Add a folder", "Add every bundle in a folder and its subfolders (Ctrl+Shift+B)", False),
        ("Trust CA", "Choose the organisation's CA certificate: bundles its observers signed are merged "
                     "as verified (Ctrl+T)", False),
        ("Merge", "Verify and merge the listed bundles (Ctrl+M)", False),
        ("Election file", "Load the election file and its station list (Ctrl+E)", False),
        ("Official results", "Import the official results per station (results CSV) (Ctrl+I)", False),
        ("Analyse", "Compare with the official results, tabulate the PVT sample and test the official results "
                    "(Ctrl+Shift+A)", False),
        ("Report", "Write the report: CSV, Excel workbook or signed PDF (Ctrl+R)", False),
    ]
    assert toolbar.toolButtonStyle() == Qt.ToolButtonTextBesideIcon
    assert window.withdraw_button.isVisibleTo(window.tabs.widget(1))  # the Bundles tab keeps Withdraw


def test_issue_12_the_merge_shortcut_merges(qtbot, window, world):
    with qtbot.wait_active(window):
        window.show()
        window.activateWindow()
    window.add_files(world["bundles"])
    assert window.merge_action.isEnabled()
    with qtbot.wait_signal(window.merge_finished, timeout=10_000):
        qtbot.keyClick(window.stations_view, Qt.Key_M, Qt.ControlModifier)
    qtbot.wait_until(lambda: not window.busy())
    assert len(window.store.protocols()) == 2
    assert not window.merge_action.isEnabled()  # nothing left to merge


def test_issue_12_line_names_are_whole_and_an_empty_note_takes_no_room(qtbot, window, world, monkeypatch,
                                                                        in_language):
    """ru line names were cut to "Число избирательных бюлл…" beside an empty Note column."""
    in_language("ru")
    merged_with_trust(qtbot, window, world, monkeypatch)
    again = reopened(qtbot, window.store.path, lang="ru")
    again.resize(1366, 768)
    again.show()
    again.tabs.setCurrentIndex(0)
    assert again.select_station(world["aigerim"].station_id)
    qtbot.wait_until(lambda: again.detail_view.viewport().width() > 500)
    view, model = again.detail_view, again.detail_model
    header = view.horizontalHeader()
    margin = view.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, view) + 1  # as the delegate's
    width = header.sectionSize(StationDetailModel.LINE) - 2 * margin
    cut = []
    for row in range(model.rowCount()):
        text = model.line_label(row)
        needed = view.fontMetrics().boundingRect(0, 0, width, 10_000, Qt.TextWordWrap, text).height()
        if needed > view.rowHeight(row):
            cut.append(text)
    assert cut == []
    assert view.horizontalScrollBar().maximum() == 0  # nothing scrolled out of sight sideways
    assert header.isSectionHidden(model.note_column) is False  # ALA-101 has notes: the observers disagree
    # A station without a note (the observers agree, no official figures yet): no Note column.
    report = again.selected_station()
    quiet = dataclasses.replace(report, consolidated=dataclasses.replace(report.consolidated, conflict_codes=[]))
    again._show_station(quiet)
    assert [model.note(row) for row in range(model.rowCount())] == [""] * model.rowCount()
    assert header.isSectionHidden(model.note_column) is True
    again.close()
