"""The coordinator's merge: verified, idempotent, order-independent, atomic per bundle."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile

import pytest

from observer_app.bundle import export_bundle
from observer_app.domain.records import Protocol
from observer_app.domain.template import load_template
from observer_app.errors import InvalidValueError
from observer_app.merge import merge_bundles
from observer_app.report import aggregates, build, summary_json
from observer_app.storage.store import Store
from tests.conftest import KZ_FILE
from tests.unit.merge.helpers import GOOD, bundle_id, dump, report_csv, trust_of

def test_two_observers_who_agree(observers, coordinator, ca):
    a, b = observers("Aigerim Bekova"), observers("Dana Sadykova")
    a.protocol(**GOOD)
    b.protocol(**GOOD)
    with coordinator() as coord:
        result = merge_bundles(coord, [a.export(), b.export()], trust_of(ca), workers=1)
        assert (len(result.merged), len(result.rejected), result.conflicts) == (2, 0, 0)
        template, reports = build(coord)
        (station,) = reports
        assert station.code == "ALA-101"
        assert [r.source for r in station.rows] == ["consolidated", "observer", "observer"]
        assert station.consolidated.values == GOOD
        assert station.consolidated.flags == []
        assert {r.signer for r in station.observers} == {"Aigerim Bekova", "Dana Sadykova"}
        assert {r.verified for r in station.rows} == {1}


def test_two_observers_who_disagree_are_both_kept_and_flagged(observers, coordinator, ca):
    a, b = observers("Aigerim Bekova"), observers("Dana Sadykova")
    a.protocol(**GOOD)
    b.protocol(**GOOD | {"nur_otan": 1141, "valid": 1780, "in_boxes": 1811})
    with coordinator() as coord:
        merge_bundles(coord, [a.export(), b.export()], trust_of(ca), workers=1)
        _, (station,) = build(coord)
        assert station.consolidated.conflict_codes == ["in_boxes", "valid", "nur_otan"]
        assert station.consolidated.values["nur_otan"] is None
        assert station.consolidated.values["ak_zhol"] == 184
        assert "conflict" in station.consolidated.flags
        assert [sorted(r.values.items()) != sorted(GOOD.items()) for r in station.observers].count(True) == 1
        assert all("conflict" in r.flags for r in station.observers)


def test_merging_twice_changes_nothing(observers, coordinator, ca):
    a = observers("Aigerim Bekova")
    a.protocol(**GOOD)
    a.store.add_tally(a.station.id)
    bundle = a.export()
    with coordinator() as coord:
        merge_bundles(coord, [bundle], trust_of(ca), workers=1)
        before = dump(coord)
        result = merge_bundles(coord, [bundle, bundle], trust_of(ca), workers=1)
        assert (len(result.merged), len(result.already)) == (0, 2)
        assert dump(coord) == before


def test_order_does_not_matter(observers, coordinator, ca):
    a, b, c = observers("A"), observers("B"), observers("C", station="NQZ-014" if False else "ALA-104")
    a.protocol(**GOOD)
    b.protocol(**GOOD | {"adal": 205, "valid": 1681})
    c.protocol(**GOOD)
    first_a = a.export()
    a.protocol(**GOOD | {"auyl": 99, "adal": 205})  # a newer export supersedes the first
    second_a = a.export()
    bundles = [first_a, b.export(), second_a, c.export()]
    with coordinator("one.sqlite") as one, coordinator("two.sqlite") as two:
        merge_bundles(one, bundles, trust_of(ca), workers=1)
        merge_bundles(two, list(reversed(bundles)), trust_of(ca), workers=1)
        assert report_csv(one) == report_csv(two)
        drop_bundle_columns = {t: [row for row in rows] for t, rows in dump(one).items()}
        assert drop_bundle_columns == dump(two)
        _, reports = build(one)
        a_row = next(r for rep in reports for r in rep.observers if r.observer_id == a.store.observer_id)
        assert a_row.values["auyl"] == 99  # the newer export won in both orders


def election_row(store):
    row = store.db.execute("SELECT * FROM election").fetchone()
    names = [d[0] for d in store.db.execute("SELECT * FROM election").description]
    return dict(zip(names, row))


MERGE_TIME = ("created_at", "updated_at")  # the coordinator's own: when it first took the election


@pytest.mark.parametrize("workers", [1, 2])
def test_the_election_kept_does_not_depend_on_the_order(observers, coordinator, ca, workers):
    """Observers who loaded the same election file at other times (other timestamps, and one
    reloaded it: version 2): every order keeps the same election row, version 1, named after
    the smallest-hash bundle, and the fast path that writes bundles together does not skip it."""
    a, b, c = observers("A"), observers("B", station="ALA-104"), observers("C", station="ALA-117")
    c.store.load_election(load_template(KZ_FILE))
    c.store.update(c.store.election(), date="2021-01-10")  # the same file, version 2
    for o in (a, b, c):
        o.protocol(**GOOD)
    bundles = [a.export(), b.export(), c.export()]
    kept = []
    for i, order in enumerate((bundles, bundles[::-1], [bundles[1], bundles[2], bundles[0]])):
        with coordinator(f"c{i}.sqlite") as store:
            result = merge_bundles(store, order, trust_of(ca), workers=workers)
            assert (len(result.merged), len(result.rejected)) == (3, 0)
            row = election_row(store)
            kept.append({k: v for k, v in row.items() if k not in MERGE_TIME})
    assert kept[0] == kept[1] == kept[2]
    assert (kept[0]["version"], kept[0]["deleted"]) == (1, 0)
    assert kept[0]["bundle_sha256"] == min(bundle_id(b) for b in bundles)


def test_a_bundle_with_another_version_of_the_election_waits_for_the_election_file(
        observers, coordinator, ca, tmp_path):
    """Issue 11, case 2: without a loaded election file, bundles must carry the identical
    election; one that differs is rejected with the reason, and never changes the election.
    Once the coordinator loads the file, that file decides (and a bundle never changes it)."""
    a = observers("A")
    a.protocol(**GOOD)
    first = a.export()
    corrected = load_template(KZ_FILE)
    corrected.contestants[0].name["en"] = "Nur Otan (corrected)"
    a.store.load_election(corrected)
    second = a.export()
    with coordinator() as store:
        merge_bundles(store, [first], trust_of(ca), workers=1)
        result = merge_bundles(store, [second], trust_of(ca), workers=1)
        assert len(result.rejected) == 1
        assert result.rejected[0].reasons[-1].code == "merge.other_template"
        assert store.template().contestants[0].name["en"] == "Nur Otan"
        store.load_election(corrected)  # the coordinator decides: the corrected file
        result = merge_bundles(store, [second, first], trust_of(ca), workers=1)
        assert (len(result.merged), len(result.already)) == (1, 1)
        assert store.template().contestants[0].name["en"] == "Nur Otan (corrected)"
        row = election_row(store)
        assert row["bundle_sha256"] is None  # the file's, not a bundle's


def test_invalid_bundles_are_rejected_whole_and_the_rest_go_on(observers, coordinator, ca, other_ca, tmp_path):
    good, stranger = observers("Good"), observers("Stranger", authority=other_ca)
    good.protocol(**GOOD)
    stranger.protocol(**GOOD)
    tampered = tmp_path / "tampered.obsx"
    original = good.export()
    with zipfile.ZipFile(original) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "data.sqlite":
                data = data[:-100] + bytes(b ^ 0xFF for b in data[-100:])
            dst.writestr(info, data)
    truncated = tmp_path / "truncated.obsx"
    truncated.write_bytes(original.read_bytes()[:500])
    with coordinator() as coord:
        result = merge_bundles(coord, [tampered, truncated, stranger.export(), original],
                               trust_of(ca), workers=1)
        assert sorted(c.path.rsplit("/", 1)[-1] for c in result.rejected) == [
            "export-1.obsx", "tampered.obsx", "truncated.obsx"]
        assert [c.path for c in result.merged] == [str(original)]
        statuses = dict(coord.db.execute("SELECT file_name, status FROM bundles").fetchall())
        assert statuses["tampered.obsx"] == "rejected"
        assert coord.db.execute("SELECT count(*) FROM protocols").fetchone()[0] == 1


def test_without_trust_bundles_are_merged_but_unverified(observers, coordinator, other_ca):
    a = observers("A", authority=other_ca)
    a.protocol(**GOOD)
    with coordinator() as coord:
        result = merge_bundles(coord, [a.export()], None, workers=1)
        assert len(result.merged) == 1
        _, (station,) = build(coord)
        assert [r.verified for r in station.rows] == [0, 0]


def test_merging_again_with_trust_verifies_what_was_merged_unverified(observers, coordinator, ca, other_ca):
    a, b = observers("A"), observers("B", station="ALA-104")
    a.protocol(**GOOD)
    b.protocol(**GOOD)
    bundles = [a.export(), b.export()]
    with coordinator() as coord:
        assert len(merge_bundles(coord, bundles, None, workers=1).merged) == 2
        assert {bundle.verified for bundle in coord.bundles()} == {False}
        # the organisation's own CA: both are verified now, nothing is merged twice
        again = merge_bundles(coord, bundles, trust_of(ca), workers=1)
        assert (len(again.merged), len(again.already), len(again.rejected)) == (0, 2, 0)
        assert [(b.status, b.verified) for b in coord.bundles()] == [("merged", True)] * 2
        _, reports = build(coord)
        assert {r.verified for report in reports for r in report.rows} == {1}


def test_a_later_trust_that_rejects_a_merged_bundle_takes_its_records_out(observers, coordinator, other_ca):
    """Issue 11, case 3: merged without --trust, then merged again with a CA that did not sign
    them: they are rejected, and their records leave the report (as if never merged)."""
    a, b = observers("A"), observers("B", station="ALA-104")
    a.protocol(**GOOD)
    b.protocol(**GOOD)
    bundles = [a.export(), b.export()]
    with coordinator() as coord:
        assert len(merge_bundles(coord, bundles, None, workers=1).merged) == 2
        again = merge_bundles(coord, bundles, trust_of(other_ca), workers=1)
        assert (len(again.already), len(again.rejected)) == (0, 2)
        assert [(b.status, b.verified) for b in coord.bundles()] == [("rejected", False)] * 2
        assert coord.election() is None  # nothing of theirs is left, not even the election
        for table in ("protocols", "observers", "stations", "carried_protocols"):
            assert coord.db.execute(f"SELECT count(*) FROM {table} WHERE bundle_sha256 IS NOT NULL").fetchone() == (0,)


def test_same_record_id_under_another_signer_is_kept_as_a_conflict(observers, coordinator, ca):
    a, b = observers("A"), observers("B")
    a.protocol(**GOOD)
    stolen_id = a.store.protocol(a.station.id).id
    b.store.insert(Protocol(id=stolen_id, station_id=b.station.id, observer_id=b.store.observer_id,
                            values=GOOD | {"nur_otan": 2000}))
    bundles = [a.export(), b.export()]
    with coordinator("one.sqlite") as one, coordinator("two.sqlite") as two:
        merge_bundles(one, bundles, trust_of(ca), workers=1)
        merge_bundles(two, bundles[::-1], trust_of(ca), workers=1)
        for coord in (one, two):
            rows = coord.db.execute("SELECT table_name, record_id, observer_id, kind FROM conflict_records "
                                    "ORDER BY observer_id").fetchall()
            assert rows == sorted([("protocols", stolen_id, a.store.observer_id, "id_collision"),
                                   ("protocols", stolen_id, b.store.observer_id, "id_collision")],
                                  key=lambda r: r[2])
            # Two records: each observer's own protocol (issue 11, case 1).
            (station,) = build(coord)[1]
            assert sorted(r.values["nur_otan"] for r in station.observers) == [1041, 2000]
        assert dump(one) == dump(two)


def test_two_protocols_of_one_observer_for_one_station(observers, coordinator, ca, tmp_path):
    a = observers("A")
    a.protocol(**GOOD)
    first = a.export()
    # The same observer on a second laptop (a copy of the database) typed the protocol again.
    a.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "laptop2.sqlite"
    shutil.copy(a.store.path, copy)
    with Store.open(copy) as laptop2:
        laptop2.db.execute("DELETE FROM protocols")  # test-only: a fresh protocol with a new id
        laptop2.save_protocol(a.station.id, values=GOOD | {"adal": 210, "valid": 1686})
        second = a.folder / "laptop2.obsx"
        export_bundle(laptop2, second, a.identity)
    with coordinator("one.sqlite") as one, coordinator("two.sqlite") as two:
        merge_bundles(one, [first, second], trust_of(ca), workers=1)
        merge_bundles(two, [second, first], trust_of(ca), workers=1)
        for coord in (one, two):
            assert coord.db.execute("SELECT count(*) FROM protocols").fetchone()[0] == 1
            assert [k for (k,) in coord.db.execute("SELECT kind FROM conflict_records")] == ["second_protocol"]
        assert report_csv(one) == report_csv(two)


def test_bundle_of_another_election_is_rejected(observers, coordinator, ca, tmp_path, ru_template):
    a = observers("A")
    a.protocol(**GOOD)
    with coordinator() as coord:
        coord.load_election(ru_template)
        result = merge_bundles(coord, [a.export()], trust_of(ca), workers=1)
        assert len(result.rejected) == 1
        reason = result.rejected[0].reasons[-1]
        assert (reason.code, reason.params) == (
            "merge.other_election", {"bundle_election": "kz-2021-majilis", "held": ru_template.id})
        assert "is for the election “kz-2021-majilis”" in str(reason)


def test_official_results_overrides_and_report_flags(observers, coordinator, ca):
    a = observers("A")
    a.protocol(**GOOD)
    with coordinator() as coord:
        merge_bundles(coord, [a.export()], trust_of(ca), workers=1)
        sid = a.station.id
        official = GOOD | {"nur_otan": 1241, "ak_zhol": 84}
        assert coord.import_official([(sid, official)], "cec.csv") == (1, 0, 0)
        assert coord.import_official([(sid, official)], "cec.csv") == (0, 0, 1)
        template, (station,) = build(coord)
        assert station.official.values == official
        assert station.consolidated.flags == ["differs_from_official"]
        assert station.observers[0].flags == ["differs_from_official"]
        with pytest.raises(InvalidValueError, match="needs a reason"):
            coord.add_override(sid, "adal", 200, "  ")
        override = coord.add_override(sid, "adal", 200, "Photo of the protocol shows 200")
        assert coord.audit_rows(override)[0]["table_name"] == "overrides"
        _, (station,) = build(coord)
        assert station.consolidated.values["adal"] == 200
        assert "valid_sum" in station.consolidated.flags
        areas = summary_json(template, aggregates(template, [station]))
        assert [a["region"] for a in areas] == ["г. Алматы", "total"]
        total = areas[-1]
        assert total["official"]["issued"] == 1713
        assert total["observed"]["shares"]["nur_otan"] == pytest.approx(100 * 1041 / 1680)
        assert total["observed"]["passes_threshold"]["nur_otan"] is True
        assert total["observed"]["passes_threshold"]["auyl"] is False


def test_every_bundle_is_all_in_or_all_out(observers, coordinator, ca):
    """Whatever is committed, a bundle's records are all there or none are."""
    a, b = observers("A"), observers("B", station="ALA-104")
    a.protocol(**GOOD)
    for _ in range(5):
        a.store.add_tally(a.station.id)
    b.protocol(**GOOD)
    with coordinator() as coord:
        merge_bundles(coord, [a.export(), b.export()], trust_of(ca), workers=1)
        merged = {sha for (sha,) in coord.db.execute("SELECT sha256 FROM bundles WHERE status = 'merged'")}
        for table in ("protocols", "turnout_tallies"):
            sources = {sha for (sha,) in coord.db.execute(f"SELECT DISTINCT bundle_sha256 FROM {table}")}
            assert sources <= merged
        assert coord.db.execute("SELECT count(*) FROM turnout_tallies").fetchone()[0] == 5
        conn = sqlite3.connect(coord.path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()


def test_store_lists_bundles_and_conflicts(observers, coordinator, ca):
    a, b = observers("A"), observers("B")
    a.protocol(**GOOD)
    stolen_id = a.store.protocol(a.station.id).id
    b.store.insert(Protocol(id=stolen_id, station_id=b.station.id, observer_id=b.store.observer_id,
                            values=GOOD))
    with coordinator() as coord:
        merge_bundles(coord, [a.export(), b.export()], trust_of(ca), workers=1)
        assert sorted((x.file_name, x.status, x.signer_name, x.verified) for x in coord.bundles()) == [
            ("export-1.obsx", "merged", "A", True), ("export-1.obsx", "merged", "B", True)]
        listed = coord.conflict_records()
        assert sorted((c.table_name, c.record_id, c.kind, c.observer_id) for c in listed) == sorted(
            ("protocols", stolen_id, "id_collision", o.store.observer_id) for o in (a, b))
        assert {c.row["id"] for c in listed} == {stolen_id}


def test_why_a_bundle_was_rejected_is_kept_as_a_message(observers, coordinator, ca, other_ca, tmp_path):
    """The coordinator database keeps the reason translatable (reason_json) and in English
    (reason); Store.bundles() gives back the Message, with its code and values, after a reopen."""
    stranger = observers("Stranger", authority=other_ca)
    stranger.protocol(**GOOD)
    good = observers("Good")
    good.protocol(**GOOD)
    truncated = tmp_path / "truncated.obsx"
    truncated.write_bytes(good.export().read_bytes()[:500])
    with coordinator() as coord:
        result = merge_bundles(coord, [stranger.export(), truncated, good.export()], trust_of(ca),
                               workers=1)
        assert (len(result.merged), len(result.rejected)) == (1, 2)
        path = coord.path
    with Store.open(path) as coord:
        bundles = coord.bundles()
        untrusted = next(b for b in bundles if b.signer_name == "Stranger")
        broken = next(b for b in bundles if b.file_name == "truncated.obsx")
        merged = next(b for b in bundles if b.status == "merged")
        assert (untrusted.status, untrusted.reason.code, untrusted.reason.params) == (
            "rejected", "bundle.not_trusted", {})
        assert str(untrusted.reason) == ("The bundle is signed by a certificate that does not lead to "
                                         "the trusted CA.")
        assert (broken.status, broken.reason.code) == ("rejected", "bundle.not_a_zip")
        assert broken.reason.params["detail"] == "File is not a zip file"
        assert (merged.reason.code, str(merged.reason)) == ("verbatim", "")
        # The English sentence stays in `reason` for scripts and sqlite readers.
        rows = dict(coord.db.execute("SELECT file_name, reason FROM bundles WHERE status = 'rejected'"))
        assert rows["truncated.obsx"] == str(broken.reason)


def test_a_schema_3_bundle_merges_into_a_schema_4_database(coordinator, tmp_path):
    """An observer still on the previous app version: tests/data/observer-schema-3.obsx was made
    by the app at schema 3 (photos without observer_id, records keyed by id alone)."""
    from tests.conftest import DATA

    bundle = tmp_path / "old.obsx"
    shutil.copy(DATA / "observer-schema-3.obsx", bundle)
    trust = [(DATA / "observer-schema-3-ca.pem").read_bytes()]
    with coordinator() as coord:
        result = merge_bundles(coord, [bundle], trust, workers=1)
        assert ([c.schema_version for c in result.merged], result.rejected) == ([3], [])
        _, (station,) = build(coord)
        assert station.consolidated.values == GOOD
        assert station.headcounts == {result.merged[0].observer_id: 12}
        (photo,) = coord.db.execute("SELECT observer_id, owner_table, size FROM photos").fetchall()
        assert photo == (result.merged[0].observer_id, "incidents", 40)
        # issue 12: a schema-3 protocol has no signing details: none, not a NULL the table refuses
        assert coord.db.execute("SELECT source, commission_signed_at, certified_by FROM protocols").fetchall() == [
            ("certified_copy", None, "")]
        assert coord.db.execute("SELECT commission_signed_at, certified_by FROM carried_protocols").fetchall() in (
            [], [(None, "")])


def test_a_protocol_without_a_source_and_its_signing_details_travel_through_a_merge_issue_12(
        observers, coordinator, ca):
    """Issue 12, items 4 and 10: a protocol whose source the observer has not chosen ("") merges
    as such, and so do when the commission signed it and who certified the copy."""
    plain, detailed = observers("Plain"), observers("Detailed", station="ALA-104")
    plain.store.save_protocol(plain.station.id, values=GOOD)
    detailed.store.save_protocol(detailed.station.id, values=GOOD, source="certified_copy",
                                 commission_signed_at="2021-01-10T19:15:00.000+00:00",
                                 certified_by="A. Seitkali, secretary of the commission")
    with coordinator() as coord:
        result = merge_bundles(coord, [plain.export(), detailed.export()], trust_of(ca), workers=1)
        assert result.rejected == []
        rows = coord.db.execute("SELECT observer_id, source, commission_signed_at, certified_by "
                                "FROM protocols ORDER BY station_id").fetchall()
        assert sorted(rows) == sorted([
            (plain.id, "", None, ""),
            (detailed.id, "certified_copy", "2021-01-10T19:15:00.000+00:00",
             "A. Seitkali, secretary of the commission")])
