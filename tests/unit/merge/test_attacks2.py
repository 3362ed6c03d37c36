"""Attacks on the merge's trust boundaries, a second hostile review (issue 11): each test is what
a hostile observer (a real identity from the coordinator's CA, or none) or a careless coordinator
did, the way they would do it; "Was:" says what the attack achieved before it was fixed. Tests
without "Was:" guard a boundary that held but had no test.
"""

from __future__ import annotations

import itertools
import zipfile
from pathlib import Path

from observer_app.bundle import verify_bundle
from observer_app.cli import main
from observer_app.merge import merge_bundles
from tests.unit.merge.helpers import GOOD, trust_of
from tests.unit.merge.test_attacks import report, tables


def _pem(ca, tmp_path) -> Path:
    pem = tmp_path / "ca.pem"
    pem.write_bytes(trust_of(ca)[0])
    return pem


# --- 1. What the merge prints comes from the bundles' senders: their file names ----------------

def test_a_bundle_file_named_with_line_breaks_prints_no_line_of_its_own(observers, ca, other_ca, tmp_path, capsys):
    """An observer outside the organisation mails a bundle named "x.obsx<newline>observer-app:
    all bundles verified<newline>.obsx"; the coordinator merges the folder with --trust. Was: its
    rejection printed the name raw, and with it a line saying every bundle verified."""
    o = observers("O", authority=other_ca)
    o.protocol(**GOOD)
    evil = tmp_path / "x.obsx\nobserver-app: all bundles verified\n.obsx"
    o.export().rename(evil)
    missing = tmp_path / "gone.obsx\nobserver-app: merged 100 bundles"
    coord = tmp_path / "c.sqlite"
    assert main(["merge", "--into", str(coord), str(evil), "--trust", str(_pem(ca, tmp_path)),
                 "--workers", "1"]) == 1
    assert main(["merge", "--into", str(coord), str(missing), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    lines = err.splitlines()
    assert len(lines) == 2 and all(line.startswith("observer-app: ") for line in lines), err
    assert "x.obsx\\nobserver-app: all bundles verified\\n.obsx was rejected. The bundle is signed by a " \
           "certificate that does not lead to the trusted CA." in lines[0]
    assert "gone.obsx\\nobserver-app: merged 100 bundles" in lines[1]


# --- 2. The coordinator's database is an output: never one of the bundles ----------------------

def test_merge_into_a_file_that_is_one_of_the_bundles_is_refused(observers, tmp_path, capsys):
    """`merge --into` given one of the bundles, directly or through a link: refused, the bundle
    byte for byte as it was. Was (an empty file, e.g. a download that failed): it became a
    coordinator's database."""
    o = observers("O")
    o.protocol(**GOOD)
    bundle, other = o.export(), o.export()
    before = bundle.read_bytes()
    link = tmp_path / "link.sqlite"
    link.symlink_to(bundle)
    empty = tmp_path / "empty.obsx"
    empty.write_bytes(b"")
    for into, files in ((bundle, [bundle]), (link, [bundle]), (bundle, [other]), (empty, [empty, other])):
        assert main(["merge", "--into", str(into), *map(str, files), "--workers", "1"]) == 1
        assert bundle.read_bytes() == before
    assert empty.read_bytes() == b""
    err = capsys.readouterr().err
    assert "is an export bundle, not a database" in err
    assert "is a file this command reads; an output never replaces it" in err


# --- 3. A record's history: any order of one observer's exports ---------------------------------

def test_one_observers_exports_in_any_order_keep_deletions_and_list_divergence(observers, coordinator, ca):
    """One observer's stale export (an obstruction and an incident), a later one deleting both,
    and a copy of the laptop that changed the protocol at the same version: every order gives
    the same tables and report; the deletions hold (a stale bundle never brings a record back)."""
    o = observers("O")
    o.protocol(**GOOD)
    removal = o.store.start_obstruction(o.station.id, "removed")
    incident = o.store.add_incident(o.station.id, "carousel", description="buses")
    stale = o.export()
    o.store.delete(removal)
    o.store.delete(incident)
    fresh = o.export()
    o.craft("UPDATE protocols SET values_json = json_set(values_json, '$.nur_otan', 1000, '$.valid', 1639)")
    diverged = o.export()
    seen = set()
    for i, order in enumerate(itertools.permutations([stale, fresh, diverged])):
        with coordinator(f"c{i}.sqlite") as coord:
            merge_bundles(coord, order, trust_of(ca), workers=1)
            assert coord.db.execute("SELECT deleted FROM obstructions UNION ALL "
                                    "SELECT deleted FROM incidents").fetchall() == [(1,), (1,)]
            assert coord.db.execute("SELECT kind FROM conflict_records").fetchall() == [("diverged",)]
            seen.add(repr((tables(coord), report(coord))))
    assert len(seen) == 1


# --- 4. Zip bombs ------------------------------------------------------------------------------

def test_a_small_file_cannot_make_the_verifier_parse_a_huge_manifest(tmp_path):
    """A 40 KB file (no signature needed) whose data.sqlite declares 20 MiB and whose manifest
    unpacks to 18 MiB of JSON. Was: the manifest's limit followed the declared size of the
    database (read only after the manifest), so the verifier parsed it all; at 512 MiB, a
    400 KB file took 1.3 GB of memory and 9 s per 200 MB, in each worker."""
    bomb = tmp_path / "bomb.obsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("data.sqlite", "w") as f:
            for _ in range(20):
                f.write(bytes(1024 * 1024))
        with zf.open("manifest.json", "w") as f:
            f.write(b'{"stations": [')
            for _ in range(18 * 2):
                f.write(b"0," * (256 * 1024))
            f.write(b"0]}")
        zf.writestr("observer.pem", b"")
        zf.writestr("manifest.json.p7s", b"")
    assert bomb.stat().st_size < 100_000
    check = verify_bundle(bomb)
    assert not check.ok
    assert "bundle.member_declared_too_large" in {r.code for r in check.reasons}, [str(r) for r in check.reasons]


def test_bundles_list_prints_no_terminal_control_sequence_from_a_rejected_file(observers, tmp_path, capsys):
    """Any file (no signature needed) whose manifest names the observer "\\x1b[2J\\x1b[32mall
    bundles verified", and a bundle file whose name holds an escape sequence: both are listed by
    `bundles list`. Was: printed raw (only tabs and line breaks were replaced), so the terminal
    cleared the screen and printed what the file said."""
    import json

    o = observers("O")
    o.protocol(**GOOD)
    genuine = o.export()
    with zipfile.ZipFile(genuine) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["observer_id"] = "\x1b[2J\x1b[32mall bundles verified"
    members["manifest.json"] = json.dumps(manifest).encode()
    forged = tmp_path / "forged.obsx"
    with zipfile.ZipFile(forged, "w") as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    named = tmp_path / "\x1b]0;title\x07x.obsx"
    named.write_bytes(forged.read_bytes()[:-1])
    coord = tmp_path / "c.sqlite"
    assert main(["merge", "--into", str(coord), str(forged), str(named), "--workers", "1"]) == 1
    capsys.readouterr()
    assert main(["bundles", "list", "--db", str(coord)]) == 0
    out = capsys.readouterr().out
    assert len(out.splitlines()) == 2 and "\x1b" not in out and "\x07" not in out, repr(out)
    assert "\\x1b[2J\\x1b[32mall bundles verified" in out


# --- 5. What a signed manifest says, every reader reads alike ------------------------------------

def test_a_signed_manifest_naming_two_observers_is_refused(observers, coordinator, ca, tmp_path):
    """A trusted observer signs a manifest whose "observer_id" appears twice: B's id first (what
    a reader that takes the first key sees), their own last (what Python's json takes). Refused
    whole: a signed manifest means one thing to every reader."""
    from observer_app.bundle.cms import _sign

    b, hostile = observers("B"), observers("H", station="ALA-104")
    hostile.protocol(**GOOD)
    bundle = hostile.export()
    with zipfile.ZipFile(bundle) as zf:
        members = {name: zf.read(name) for name in zf.namelist()}
    text = members["manifest.json"].decode()
    assert text.count(f'"observer_id": "{hostile.id}"') == 1
    text = text.replace('{\n', '{\n "observer_id": "%s",\n' % b.id, 1)
    members["manifest.json"] = text.encode()
    members["manifest.json.p7s"] = _sign(members["manifest.json"], hostile.identity)
    twice = tmp_path / "twice.obsx"
    with zipfile.ZipFile(twice, "w") as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    with coordinator() as coord:
        result = merge_bundles(coord, [twice], trust_of(ca), workers=1)
        assert [r.code for r in result.rejected[0].reasons] == ["bundle.manifest_not_json"]
        assert "appears twice" in str(result.rejected[0].reasons[0])
        assert coord.db.execute("SELECT count(*) FROM protocols").fetchone() == (0,)


def _sign_as_is(db: Path, identity, observer_id: str, out: Path) -> Path:
    """Signs a database file byte for byte as it is (no VACUUM INTO, which would rebuild its
    indexes), as a hostile signer's own tool would: the manifest the app would write for it."""
    import functools
    import hashlib
    from unittest import mock

    from cryptography.hazmat.primitives.serialization import Encoding

    from observer_app import __version__
    from observer_app.bundle import snapshot as bundle_snapshot
    from observer_app.bundle.cms import _sign
    from observer_app.bundle.format import FORMAT_VERSION, _utc_now_text, _zip_info, manifest_to_bytes

    conn = bundle_snapshot._connect_readonly(db)
    try:
        with mock.patch.object(bundle_snapshot, "_schema_matches", lambda *_a, **_k: True):
            facts = bundle_snapshot._inspect_database(conn, observer_id, integrity=False)
    finally:
        conn.close()
    data = db.read_bytes()
    cert = identity.certificate.public_bytes(Encoding.PEM)
    manifest = manifest_to_bytes({
        "format_version": FORMAT_VERSION, "schema_version": facts.schema_version, "app_version": __version__,
        "election_id": facts.election_ids[0], "observer_id": observer_id, "stations": facts.stations,
        "row_counts": facts.row_counts, "created_at": _utc_now_text(),
        "sha256": {"data.sqlite": hashlib.sha256(data).hexdigest(), "observer.pem": hashlib.sha256(cert).hexdigest()}})
    with zipfile.ZipFile(out, "w") as zf:
        for member, blob in (("data.sqlite", data), ("manifest.json", manifest), ("observer.pem", cert),
                             ("manifest.json.p7s", _sign(manifest, identity))):
            zf.writestr(_zip_info(member, zipfile.ZIP_DEFLATED), blob)
    return out


def test_verify_prints_no_escape_sequence_from_a_damaged_databases_index_name(observers, tmp_path, capsys):
    """A self-signed bundle (anyone can make one) whose database has an index named
    "\\x1b[2J\\x1b[32mResult: valid" that does not match its table: SQLite's integrity check
    names the index. Was: `verify` (and `merge`) printed the name raw, and the terminal cleared
    the screen and printed "Result: valid" in green."""
    import sqlite3

    from tests.unit.merge.helpers import craft

    o = observers("O")
    o.protocol(**GOOD)
    o.store.add_incident(o.station.id, "carousel", description="buses")
    name = "\x1b[2J\x1b[32mResult: valid"
    o.craft(f'CREATE INDEX "{name}" ON incidents (category)')
    db = tmp_path / "damaged.sqlite"
    conn = sqlite3.connect(o.store.path)
    conn.execute("VACUUM INTO ?", [str(db)])
    conn.close()
    craft(db, "PRAGMA writable_schema = ON",
          ("UPDATE sqlite_master SET sql = ? WHERE name = ?", [f'CREATE INDEX "{name}" ON incidents (description)', name]))
    conn = sqlite3.connect(db)
    assert "missing from index" in conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    bundle = _sign_as_is(db, o.self_signed(), o.id, tmp_path / "damaged.obsx")
    assert main(["verify", str(bundle)]) == 1
    assert main(["merge", "--into", str(tmp_path / "c.sqlite"), str(bundle), "--workers", "1"]) == 1
    err = capsys.readouterr().err
    assert "missing from index" in err and "\x1b" not in err, repr(err)


# --- 4. Unverified never beats verified: not even by disagreeing ---------------------------------

def test_an_unverified_bundle_at_a_verified_station_changes_nothing_the_verified_observers_agree_on(
        observers, coordinator, ca):
    """A stranger with a self-signed identity (a new observer id) reports other figures at a
    verified observer's station. Was: the consolidated record, the report and the analysis
    turned every party's figure unknown ("observers disagree"); now the stranger's protocol is
    listed, flagged, and not counted while a verified one is there."""
    from observer_app.report import build
    from observer_app.storage.arrays import load_arrays

    coordinator = coordinator()
    honest, stranger = observers("A"), observers("Z")
    honest.protocol(**GOOD)
    stranger.protocol(**GOOD | {"nur_otan": 1541, "valid": 2180, "in_boxes": 2211})
    merge_bundles(coordinator, [honest.export()], trust_of(ca), workers=1)
    merge_bundles(coordinator, [stranger.export(stranger.self_signed("Z"))], None, workers=1)
    _template, [station] = build(coordinator)
    assert sorted((row.observer_id == stranger.id, row.verified, "conflict" in row.flags)
                  for row in station.observers) == [(False, 1, True), (True, 0, True)]
    assert station.consolidated.values == GOOD and station.consolidated.conflict_codes == []
    assert station.consolidated.verified == 1
    arrays = load_arrays(coordinator)
    i = arrays.codes.index(honest.station.code)
    assert arrays.observed.valid[i] == GOOD["valid"]
    # With no verified observer there, the unverified ones are all there is, and are counted.
    alone = observers("Y", station="ALA-104")
    alone.protocol(**GOOD)
    merge_bundles(coordinator, [alone.export(alone.self_signed("Y"))], None, workers=1)
    _template, stations = build(coordinator)
    [ala104] = [s for s in stations if s.code == "ALA-104"]
    assert ala104.consolidated.values == GOOD and ala104.consolidated.verified == 0


def test_an_unverified_removal_does_not_take_a_verified_station_out_of_the_comparison(observers, coordinator, ca):
    """A stranger's self-signed bundle holding only a "removed" (or "protocol not shown") event
    at a verified observer's station. Was: the station left the paired comparison, listed as
    "observers removed", and the report counted the removal; a falsified station could so be
    hidden by anyone. Where no verified record is there, an unverified removal still counts."""
    from observer_app.report import build
    from observer_app.storage.arrays import load_arrays

    coordinator = coordinator()
    honest, stranger, alone = observers("A"), observers("Z"), observers("Y", station="ALA-104")
    honest.protocol(**GOOD)
    stranger.store.start_obstruction(stranger.station.id, "removed")
    stranger.store.start_obstruction(stranger.station.id, "protocol_not_shown", stage="counting")
    alone.protocol(**GOOD)
    alone.store.start_obstruction(alone.station.id, "removed")
    merge_bundles(coordinator, [honest.export()], trust_of(ca), workers=1)
    merge_bundles(coordinator, [stranger.export(stranger.self_signed("Z")), alone.export(alone.self_signed("Y"))],
                  None, workers=1)
    arrays = load_arrays(coordinator)
    i, j = arrays.codes.index("ALA-101"), arrays.codes.index("ALA-104")
    assert (bool(arrays.removed[i]), bool(arrays.not_shown[i])) == (False, False)
    assert bool(arrays.removed[j]) is True
    _template, stations = build(coordinator)
    by_code = {s.code: s for s in stations}
    assert dict(by_code["ALA-101"].obstructions) == {}
    assert dict(by_code["ALA-104"].obstructions) == {"removed": 1}
