"""`ca init`, `ca issue` and `verify` through the real entry point (python main.py ...)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from observer_app.identity import load_identity
from observer_app.signing import sign_pdf
from tests.conftest import ROOT
from tests.unit.test_signing import append_incremental_update, flip_byte, make_pdf

OBSERVER_ID = "0e6c1f2a-7b1d-4c8e-9a55-3f2d1b0c9e77"
NAME = "Aigerim Bekova"
ORG = "Erkindik Kanaty"
PASSPHRASE = "correct horse"


def run(args, cwd, *, passphrase: str | None = PASSPHRASE, extra_env=None):
    env = {k: v for k, v in os.environ.items()
           if k not in ("OBSERVER_APP_PASSPHRASE", "OBSERVER_APP_CA_PASSPHRASE")}
    if passphrase is not None:
        env["OBSERVER_APP_PASSPHRASE"] = passphrase
    env.update(extra_env or {})
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], cwd=cwd,
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          encoding="utf-8", timeout=120)
    assert "Traceback" not in proc.stderr
    return proc


def one_sentence(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("observer-app: ") and lines[0].endswith((".", "yet."))
    return lines[0]


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    """A CA and an identity made with the command line, and PDFs signed with that identity."""
    d = tmp_path_factory.mktemp("cli")
    proc = run(["ca", "init", "--out", "ca", "--org", ORG], d)
    assert proc.returncode == 0, proc.stderr
    proc = run(["ca", "issue", "--ca", "ca", "--name", NAME, "--observer-id", OBSERVER_ID,
                "--out", "aigerim.p12"], d)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(f"Issued {NAME} ({ORG}), observer {OBSERVER_ID}")

    identity = load_identity(d / "aigerim.p12", PASSPHRASE)
    signed = sign_pdf(make_pdf(), identity)
    (d / "signed.pdf").write_bytes(signed)
    (d / "incremental.pdf").write_bytes(append_incremental_update(signed))
    (d / "flipped.pdf").write_bytes(flip_byte(signed, b"Observer summary", 9))
    (d / "unsigned.pdf").write_bytes(make_pdf())

    # Another CA with the very same name, and an identity with the same name and id.
    assert run(["ca", "init", "--out", "other-ca", "--org", ORG], d).returncode == 0
    assert run(["ca", "issue", "--ca", "other-ca", "--name", NAME, "--observer-id", OBSERVER_ID,
                "--out", "impostor.p12"], d).returncode == 0
    (d / "impostor.pdf").write_bytes(
        sign_pdf(make_pdf(), load_identity(d / "impostor.p12", PASSPHRASE)))
    return d


def test_ca_init_made_the_files(work):
    assert (work / "ca" / "ca.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    key = (work / "ca" / "ca.key.pem").read_bytes()
    assert key.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert PASSPHRASE.encode() not in key


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_ca_certificate_is_public_and_keys_private(tmp_path, umask):
    """ca.pem is handed out (--trust): readable by all; the key and identities: the owner only."""
    old = os.umask(umask)
    try:
        assert run(["ca", "init", "--out", "ca", "--org", ORG], tmp_path).returncode == 0
        assert run(["ca", "issue", "--ca", "ca", "--name", NAME, "--out", "a.p12"],
                   tmp_path).returncode == 0
    finally:
        os.umask(old)
    mode = {name: stat.S_IMODE(os.stat(tmp_path / name).st_mode)
            for name in ("ca/ca.pem", "ca/ca.key.pem", "a.p12")}
    assert mode == {"ca/ca.pem": 0o644, "ca/ca.key.pem": 0o600, "a.p12": 0o600}


def test_ca_init_refuses_an_existing_ca(work):
    before = (work / "ca" / "ca.pem").read_bytes()
    proc = run(["ca", "init", "--out", "ca"], work)
    assert proc.returncode == 1
    assert "already holds a CA" in one_sentence(proc.stderr)
    assert (work / "ca" / "ca.pem").read_bytes() == before


def test_issued_identity(work):
    identity = load_identity(work / "aigerim.p12", PASSPHRASE)
    assert (identity.name, identity.organisation, identity.observer_id) == (NAME, ORG, OBSERVER_ID)


def test_ca_issue_refuses_to_overwrite(work):
    before = (work / "aigerim.p12").read_bytes()
    proc = run(["ca", "issue", "--ca", "ca", "--name", "X", "--out", "aigerim.p12"], work)
    assert proc.returncode == 1
    assert "refusing to overwrite" in one_sentence(proc.stderr)
    assert (work / "aigerim.p12").read_bytes() == before


def test_ca_issue_with_passphrase_files(work, tmp_path):
    (tmp_path / "ca-pw").write_text(PASSPHRASE + "\n")
    (tmp_path / "p12-pw").write_text("another one\n")
    proc = run(["ca", "issue", "--ca", work / "ca", "--name", "Bolat", "--org", "Other Org",
                "--out", "bolat.p12", "--passphrase-file", "p12-pw",
                "--ca-passphrase-file", "ca-pw"], tmp_path, passphrase=None)
    assert proc.returncode == 0, proc.stderr
    identity = load_identity(tmp_path / "bolat.p12", "another one")
    assert (identity.name, identity.organisation) == ("Bolat", "Other Org")


def test_ca_passphrase_variable_where_it_differs(work, tmp_path):
    proc = run(["ca", "issue", "--ca", work / "ca", "--name", "Dana", "--out", "dana.p12"],
               tmp_path, passphrase="dana's own",
               extra_env={"OBSERVER_APP_CA_PASSPHRASE": PASSPHRASE})
    assert proc.returncode == 0, proc.stderr
    assert load_identity(tmp_path / "dana.p12", "dana's own").organisation == ORG


def test_wrong_ca_passphrase(work, tmp_path):
    proc = run(["ca", "issue", "--ca", work / "ca", "--name", "X", "--out", "x.p12"], tmp_path,
               passphrase="wrong")
    assert proc.returncode == 1
    assert "passphrase does not open the CA key" in one_sentence(proc.stderr)
    assert not (tmp_path / "x.p12").exists()


@pytest.mark.parametrize("args", [
    ["ca", "init", "--out", "new-ca"],
    ["ca", "issue", "--ca", "ca", "--name", "X", "--out", "x.p12"],
], ids=["ca-init", "ca-issue"])
def test_missing_passphrase_without_terminal(work, args):
    proc = run(args, work, passphrase=None)
    assert proc.returncode == 1
    sentence = one_sentence(proc.stderr)
    assert "there is no terminal to ask for it" in sentence
    assert "OBSERVER_APP_PASSPHRASE" in sentence and "--passphrase-file" in sentence
    assert not (work / "new-ca").exists() and not (work / "x.p12").exists()


@pytest.mark.parametrize("args", [
    ["ca", "issue", "--ca", "ca", "--name", "X", "--observer-id", "nope", "--out", "x.p12"],
    ["ca", "issue", "--ca", "ca", "--out", "x.p12"],
    ["ca", "init"],
    ["verify"],
], ids=["bad-uuid", "no-name", "no-out", "no-file"])
def test_usage_errors_exit_2(work, args):
    assert run(args, work).returncode == 2


def test_verify_trusted(work):
    proc = run(["verify", "signed.pdf", "--trust", "ca/ca.pem"], work)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[1] == f"Signer: {NAME} ({ORG}), observer {OBSERVER_ID}"
    assert lines[2].startswith("Signed at: 20") and lines[2].endswith(" UTC")
    assert lines[3:] == [
        "Signature: intact",
        "Covers the whole file: yes",
        "Changes allowed after signing: none (certified)",
        f"Observer named in the document: {OBSERVER_ID} (the signer's)",
        "Station: none (not a station summary)",
        "Signer: trusted (chain leads to ca/ca.pem)",
        "Result: valid",
    ]
    assert proc.stderr == ""


def test_verify_without_trust_says_not_verified(work):
    proc = run(["verify", "signed.pdf"], work)
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[-2:] == ["Signer: not verified (no --trust given)",
                                             "Result: intact; signer NOT verified (no --trust)"]


def test_issue_11_verify_of_a_rogue_cas_pdf_without_trust_is_not_called_valid(work):
    """Issue 11: another CA with the organisation's name; without --trust verify printed
    "Result: valid"."""
    proc = run(["verify", "impostor.pdf"], work)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert "Result: valid" not in proc.stdout.splitlines()
    assert proc.stdout.splitlines()[-1] == "Result: intact; signer NOT verified (no --trust)"


def test_verify_self_signed(work, tmp_path):
    from observer_app.identity import create_self_signed_identity

    identity = create_self_signed_identity(NAME, None, OBSERVER_ID, tmp_path / "me.p12", "pw")
    (tmp_path / "self.pdf").write_bytes(sign_pdf(make_pdf(), identity))
    proc = run(["verify", "self.pdf"], tmp_path)
    assert proc.returncode == 0
    assert "Signature: intact" in proc.stdout
    assert "Signer: not verified (self-signed certificate)" in proc.stdout
    assert proc.stdout.splitlines()[-1] == (
        "Result: intact; signer NOT verified (self-signed certificate)")
    proc = run(["verify", "self.pdf", "--trust", work / "ca" / "ca.pem"], tmp_path)
    assert proc.returncode == 1
    assert "self-signed" in one_sentence(proc.stderr)


@pytest.mark.parametrize("name, reason", [
    ("incremental.pdf", "The file was changed after signing"),
    ("flipped.pdf", "The signature is broken"),
    ("impostor.pdf", "was not issued by the CA in ca/ca.pem"),
    ("unsigned.pdf", "is not signed"),
], ids=["incremental-update", "flipped-byte", "other-ca-same-name", "unsigned"])
def test_verify_failures(work, name, reason):
    proc = run(["verify", name, "--trust", "ca/ca.pem"], work)
    assert proc.returncode == 1
    assert reason in one_sentence(proc.stderr)
    assert proc.stdout.startswith(f"File: {name}\n")


def test_verify_incremental_update_fails_even_without_trust(work):
    proc = run(["verify", "incremental.pdf"], work)
    assert proc.returncode == 1
    assert "Covers the whole file: no" in proc.stdout


@pytest.mark.parametrize("name, content, message", [
    ("missing.pdf", None, "does not exist"),
    ("bundle.obsx", b"PK\x03\x04" + bytes(40), "not a readable zip file"),
    ("notes.txt", b"hello", "neither a PDF nor an export bundle"),
], ids=["missing", "bundle", "not-pdf"])
def test_verify_other_files(tmp_path, name, content, message):
    if content is not None:
        (tmp_path / name).write_bytes(content)
    proc = run(["verify", name], tmp_path)
    assert proc.returncode == 1
    assert message in one_sentence(proc.stderr)


def test_verify_missing_trust_file(work):
    proc = run(["verify", "signed.pdf", "--trust", "nowhere.pem"], work)
    assert proc.returncode == 1
    assert "nowhere.pem does not exist" in one_sentence(proc.stderr)


# --- issue 11: names print on one line; signatures are judged as of when they were made -------

def test_issue_11_ca_issue_refuses_a_name_with_a_line_break(work, tmp_path):
    proc = run(["ca", "issue", "--ca", work / "ca", "--name", "Aigerim\nResult: valid",
                "--out", "x.p12"], tmp_path)
    assert proc.returncode == 1
    assert one_sentence(proc.stderr) == (
        "observer-app: The observer's name must not contain line breaks or other control "
        "characters.")
    assert not (tmp_path / "x.p12").exists()


def test_issue_11_verify_prints_a_certificate_name_with_line_breaks_on_one_line(tmp_path):
    """Issue 11: a certificate whose CN is "Aigerim\\nSigner: trusted\\nResult: valid" printed
    fake "Signer: trusted" and "Result: valid" lines."""
    from tests.unit.test_signing import FAKE_LINES_NAME, forge_ca, forge_identity

    identity = forge_identity(forge_ca(tmp_path / "rogue"), name=FAKE_LINES_NAME)
    (tmp_path / "fake.pdf").write_bytes(sign_pdf(make_pdf(), identity))
    proc = run(["verify", "fake.pdf"], tmp_path)
    assert (proc.returncode, proc.stderr) == (0, "")
    lines = proc.stdout.splitlines()
    assert lines[1] == (f"Signer: Aigerim\\nSigner: trusted\\nResult: valid ({ORG}), observer "
                        f"{OBSERVER_ID}")
    assert [line for line in lines if line in ("Signer: trusted", "Result: valid")] == []
    assert lines[-1] == "Result: intact; signer NOT verified (no --trust)"


def test_issue_11_verify_of_a_bundle_prints_such_a_name_on_one_line(tmp_path):
    from observer_app.bundle import export_bundle
    from observer_app.demo import fill_demo
    from observer_app.storage.store import Store
    from tests.unit.test_bundle import make_ca, make_identity
    from tests.unit.test_signing import FAKE_LINES_NAME

    with Store.open(tmp_path / "observer.sqlite") as store:
        fill_demo(store)
        export_bundle(store, tmp_path / "fake.obsx", make_identity(
            store.observer_id, make_ca("Rogue CA"), name=FAKE_LINES_NAME))
        observer_id = store.observer_id
    proc = run(["verify", "fake.obsx"], tmp_path)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout == (
        "fake.obsx is intact and signed by Aigerim\\nSigner: trusted\\nResult: valid (Erkindik "
        f"Kanaty), observer {observer_id}; the signer is not verified (a certificate that was not "
        "checked against a CA (use --trust CA.pem)).\n")


def test_issue_11_merge_says_why_on_one_line_whatever_the_bundle_holds(tmp_path):
    """The merge's line for a rejected bundle: one line, whatever the manifest claims."""
    from tests.unit.test_bundle import forged, make_identity
    from observer_app.bundle import MEMBERS, export_bundle
    from observer_app.demo import fill_demo
    from observer_app.storage.store import Store
    import zipfile

    with Store.open(tmp_path / "observer.sqlite") as store:
        fill_demo(store)
        identity = make_identity(store.observer_id)
        export_bundle(store, tmp_path / "good.obsx", identity)
    with zipfile.ZipFile(tmp_path / "good.obsx") as zf:
        members = {name: zf.read(name) for name in MEMBERS}
    bad = forged(tmp_path, members, identity, name="bad.obsx", manifest=lambda m: m.update(
        observer_id="x\nSigner: trusted\nResult: valid"))
    proc = run(["merge", "--into", "coord.sqlite", bad.name], tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0] == (
        f"observer-app: bad.obsx was rejected. The certificate belongs to observer "
        f"{identity.observer_id}, but the manifest names observer x\\nSigner: trusted\\nResult: "
        "valid.")
    assert len(proc.stderr.splitlines()) == 1


@pytest.fixture
def expired_identity(tmp_path):
    """An identity whose certificate was valid from 2020-06-01 to 2021-06-01 (forged: long
    expired) and its CA's ca.pem."""
    import datetime as dt

    from tests.unit.test_signing import forge_ca, forge_identity

    utc = dt.timezone.utc
    ca = forge_ca(tmp_path / "old-ca", valid_from=dt.datetime(2020, 1, 1, tzinfo=utc))
    return forge_identity(ca, valid_from=dt.datetime(2020, 6, 1, tzinfo=utc),
                          valid_until=dt.datetime(2021, 6, 1, tzinfo=utc)), ca[2]


def test_issue_11_a_pdf_signed_before_its_certificate_expired_still_verifies(
        tmp_path, monkeypatch, expired_identity):
    """Issue 11: a summary signed while its certificate was valid stopped verifying when the
    certificate expired."""
    import datetime as dt

    from tests.unit.test_signing import freeze_signing_clock

    identity, ca_pem = expired_identity
    freeze_signing_clock(monkeypatch, dt.datetime(2021, 1, 10, 12, 30, tzinfo=dt.timezone.utc))
    (tmp_path / "old.pdf").write_bytes(sign_pdf(make_pdf(), identity))
    freeze_signing_clock(monkeypatch, dt.datetime(2021, 7, 1, 9, 0, tzinfo=dt.timezone.utc))
    (tmp_path / "late.pdf").write_bytes(sign_pdf(make_pdf(), identity))
    monkeypatch.undo()
    proc = run(["verify", "old.pdf", "--trust", ca_pem], tmp_path)
    assert (proc.returncode, proc.stderr) == (0, "")
    lines = proc.stdout.splitlines()
    assert lines[2] == ("Signed at: 2021-01-10 12:30:00 UTC, within the certificate's validity (it "
                        "expired on 2021-06-01)")
    assert lines[-1] == "Result: valid"
    late = run(["verify", "late.pdf", "--trust", ca_pem], tmp_path)
    assert late.returncode == 1
    assert one_sentence(late.stderr) == (
        "observer-app: The signature claims to have been made on 2021-07-01 09:00 UTC, when the "
        "signer's certificate was not valid (it is valid from 2020-06-01 to 2021-06-01), so it is "
        "not valid.")


@pytest.fixture
def observer_db(work, tmp_path):
    """An observer's database (the demo day at ALA-101) and her identity from the CLI's CA."""
    from observer_app.demo import fill_demo
    from observer_app.storage.store import Store

    with Store.open(tmp_path / "observer.sqlite") as store:
        fill_demo(store)
        observer_id = store.observer_id
    assert run(["ca", "issue", "--ca", work / "ca", "--name", NAME, "--observer-id", observer_id,
                "--out", "own.p12"], tmp_path).returncode == 0
    return tmp_path, observer_id


def summary(cwd, station: str = "ALA-101", out: str = "s.pdf"):
    return run(["summary", "--db", "observer.sqlite", "--station", station, "--out", out,
                "--identity", "own.p12"], cwd)


def test_issue_11_a_summary_states_its_station_and_verify_prints_it(work, observer_db):
    cwd, observer_id = observer_db
    made = summary(cwd)
    assert made.stdout == (f"Wrote s.pdf: station ALA-101, signed by {NAME} ({ORG}), observer "
                           f"{observer_id}.\n")
    proc = run(["verify", "s.pdf", "--trust", work / "ca"], cwd)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert proc.stdout.splitlines()[-4:] == [
        f"Observer named in the document: {observer_id} (the signer's)",
        "Station: ALA-101",
        f"Signer: trusted (chain leads to {work / 'ca' / 'ca.pem'})",
        "Result: valid",
    ]


def test_issue_11_summary_refuses_a_profile_name_other_than_the_certificates(observer_db):
    cwd, _ = observer_db
    assert run(["observer", "set", "--db", "observer.sqlite", "--name", "Bolat Nurlanov"],
               cwd).returncode == 0
    proc = summary(cwd)
    assert (proc.returncode, proc.stdout) == (1, "")
    assert one_sentence(proc.stderr) == (
        f"observer-app: The profile's name “Bolat Nurlanov” is not the name in the certificate, "
        f"“{NAME}”: a signed document names its signer as the certificate does. Change the "
        f"profile's name to “{NAME}”, or sign with the identity issued to “Bolat Nurlanov”.")
    assert not (cwd / "s.pdf").exists()


def test_issue_11_summary_refuses_a_station_where_nothing_is_recorded(observer_db):
    cwd, _ = observer_db
    proc = summary(cwd, station="NQZ-003")
    assert (proc.returncode, proc.stdout) == (1, "")
    assert one_sentence(proc.stderr) == (
        "observer-app: Nothing of yours is recorded at station NQZ-003 (no protocol, visit, "
        "head-count, obstruction, incident or announced turnout), so there is no summary to sign: "
        "a signed summary says what you saw there.")
    assert not (cwd / "s.pdf").exists()


DEMO_DAY_WARNINGS = [
    "observer-app: warning: ALA-101: This database holds the demo election, for practice: what "
    "you sign is marked DEMO and is not evidence.",
    "observer-app: warning: ALA-101: The protocol is still a draft: make it final once every "
    "figure is checked.",
    "observer-app: warning: ALA-101: 1 control relation(s) fail and the protocol is not confirmed "
    "as on the official copy (evidence, not a typo): 7 = Σ (off by 14).",
    "observer-app: warning: ALA-101: Your departure from the station is not recorded.",
]
CLOCK_WARNING = "observer-app: warning: ALA-101: This computer's clock says "


def without_clock(lines: list[str]) -> list[str]:
    """The warnings but the clock's: the demo election was in 2021, this computer's clock is not."""
    assert sum(line.startswith(CLOCK_WARNING) for line in lines) == 1, lines
    return [line for line in lines if not line.startswith(CLOCK_WARNING)]


def test_issue_12_summary_signs_a_draft_and_warns_of_what_is_missing_or_odd(observer_db):
    cwd, observer_id = observer_db
    proc = summary(cwd)
    assert (proc.returncode, proc.stdout) == (0, f"Wrote s.pdf: station ALA-101, signed by {NAME} "
                                                 f"({ORG}), observer {observer_id}.\n")
    assert without_clock(proc.stderr.splitlines()) == DEMO_DAY_WARNINGS
    assert (cwd / "s.pdf").read_bytes().startswith(b"%PDF")


def test_issue_12_export_warns_station_by_station_and_still_exports(observer_db):
    from observer_app.storage.store import Store

    cwd, _ = observer_db
    with Store.open(cwd / "observer.sqlite") as store:
        nqz = store.station_by_code("NQZ-003").id
        store.set_visit_time(nqz, "arrived_at", store.clock())
        store.save_protocol(nqz, status="final", source="certified_copy", as_on_official_copy=True)
    proc = run(["export", "--db", "observer.sqlite", "--out", "a.obsx", "--identity", "own.p12"], cwd)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Wrote a.obsx: signed by ")
    lines = proc.stderr.splitlines()
    ala = [line for line in lines if ": ALA-101: " in line]
    assert without_clock(ala) == DEMO_DAY_WARNINGS
    nqz = [line for line in lines if ": NQZ-003: " in line]  # the demo and the clock said once
    assert nqz == ["observer-app: warning: NQZ-003: Your departure from the station is not recorded."]
    assert lines == ala + nqz
    assert (cwd / "a.obsx").is_file()
