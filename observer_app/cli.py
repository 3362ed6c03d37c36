"""The `observer-app` command line (design.md): the same services the GUI calls.

Exit codes: 0 success, 1 failure (one sentence on stderr), 2 usage error; 141, silently, when
the reader of standard output has gone (`observer-app stations list --db X | head`).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
from pathlib import Path
from typing import Callable, Sequence

from observer_app import __version__
from observer_app.errors import DatabaseError, NotFoundError, ObserverAppError
from observer_app.export.files import check_not_input, check_out_file, check_output
from observer_app.messages import QT_TRANSLATE_NOOP, Message
from observer_app.storage.connect import busy_error, is_busy
from observer_app.storage.store import Store

PROG = "observer-app"
LANGUAGES = ("kk", "ru", "en")

# The GUI lives in ui/, which the core never imports: main.py hands its launchers in here.
GuiLauncher = Callable[[argparse.Namespace], int]


GUI_OPTIONS = ("--db", "--lang")  # before a command: what the app (GUI) opens, and in which language
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of our output went away (e.g. `| head`)


def _db_option(parser: argparse.ArgumentParser, help: str = "the observer database file") -> None:
    parser.add_argument("--db", required=True, type=Path, metavar="PATH", help=help)


def _force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="replace the file if it exists (never one this command reads)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Record what you observe at a polling station, offline; export signed "
                    "evidence; merge observers' exports. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", dest="gui_db", type=Path, metavar="PATH",
                        help="database the app opens (default: observer.sqlite in your data folder)")
    parser.add_argument("--lang", dest="gui_lang", choices=LANGUAGES,
                        help="language of the app (default: the last one chosen, else the system's)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    shot = commands.add_parser("screenshot", help="render every main screen to PNG offscreen, and exit",
                               description="Renders every main screen, with demo data, to PNG files.")
    shot.add_argument("outdir", type=Path, metavar="OUTDIR")
    shot.add_argument("--db", type=Path, metavar="PATH",
                      help="database to show (default: a temporary one filled with demo data)")
    shot.add_argument("--lang", choices=LANGUAGES, default="en")

    election = commands.add_parser("election", help="election files").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    load = election.add_parser("load", help="load an election file (creates the database)",
                               description="Loads an *.election.json file into the database, "
                                           "creating the database if it does not exist, and adds "
                                           "the stations the file lists.")
    load.add_argument("file", type=Path, metavar="FILE")
    _db_option(load)
    load.add_argument("--coordinator", action="store_true",
                      help="make a new database a coordinator's (to import official results and merge "
                           "bundles into); an existing one keeps its kind")

    stations = commands.add_parser("stations", help="polling stations").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    imp = stations.add_parser("import", help="import a station list CSV",
                              description="Imports a station list (CSV with station_code, region, "
                                          "district, address, registered_voters). Existing "
                                          "stations are updated; a bad row refuses the whole file.")
    imp.add_argument("csv", type=Path, metavar="CSV")
    _db_option(imp)
    lst = stations.add_parser("list", help="list stations, one a line, code first, tab-separated",
                              description="Prints code, region, district, address and registered "
                                          "voters of every station, tab-separated.")
    _db_option(lst)

    observer = commands.add_parser("observer", help="the observer who keeps the database").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    show = observer.add_parser(
        "show", help="print the observer id, name, organisation and contact, tab-separated",
        description="Prints the database's observer: id (what 'ca issue --observer-id' needs), "
                    "name, organisation and contact, one a line, the field's name first.")
    _db_option(show)
    profile = observer.add_parser(
        "set", help="set the observer's name, organisation or contact",
        description="Sets the observer's profile, as the app's first-run page does (summaries show "
                    "it); the change is audited.")
    profile.add_argument("--name", help="full name")
    profile.add_argument("--org", help="organisation")
    profile.add_argument("--contact", help="phone or e-mail for the coordinator")
    _db_option(profile)

    protocols = commands.add_parser("protocols", help="result protocols").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    tmpl = protocols.add_parser("template-csv", help="print the results CSV header",
                                description="Prints the header of a results CSV for the loaded "
                                            "election, to prepare bulk files.")
    _db_option(tmpl)
    pimp = protocols.add_parser("import", help="import a results CSV",
                                description="Imports protocols from a results CSV (station_code, "
                                            "then line and contestant codes). A protocol imported "
                                            "again replaces the earlier one; any bad row refuses "
                                            "the whole file.")
    pimp.add_argument("csv", type=Path, metavar="CSV")
    _db_option(pimp)
    pexp = protocols.add_parser("export", help="write protocols as a results CSV",
                                description="Writes this database's protocols as a results CSV "
                                            "('-' for standard output).")
    pexp.add_argument("csv", metavar="CSV")
    _db_option(pexp)
    _force_option(pexp)
    _add_identity_commands(commands)
    _add_coordinator_commands(commands)
    _add_analysis_commands(commands)
    _add_publish_command(commands)
    return parser


def _add_publish_command(commands) -> None:
    """`publish` (design.md, "Publication")."""
    publish = commands.add_parser(
        "publish", help="write a redacted SQLite file for Datasette (and its metadata.json)",
        description="Writes PUBLIC.sqlite, a new file meant for publication (never the working database), "
                    "with readable tables per station, the obstructions, incidents, analysis and what "
                    "each column means, and PUBLIC.metadata.json beside it for "
                    "'datasette PUBLIC.sqlite -m PUBLIC.metadata.json'. By default observers appear as "
                    "pseudonyms and their names, contacts, witness lists, notes and photos are left "
                    "out; the command says what it left out.")
    _db_option(publish, help="the coordinator database")
    publish.add_argument("--out", required=True, type=Path, metavar="PUBLIC.sqlite")
    publish.add_argument("--sample", type=Path, metavar="SAMPLE.csv",
                         help="the PVT sample: the analysis table gets the PVT, the stations their stratum")
    publish.add_argument("--with-names", action="store_true",
                         help="keep observers' names, witness lists and notes (contacts never)")
    publish.add_argument("--with-photos", action="store_true", help="keep the photos' bytes")
    publish.add_argument("--force", action="store_true", help="replace existing output files")


def _identity_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--identity", type=Path, metavar="P12",
                        help="your identity file (default: the one attached to the database)")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="file whose first line is the identity's passphrase (else "
                             "OBSERVER_APP_PASSPHRASE, else a prompt)")


def _confidence(text: str) -> float:
    if text not in ("95", "99"):
        raise argparse.ArgumentTypeError(f"{text!r}: the confidence is 95 or 99 (percent)")
    return int(text) / 100


def _add_analysis_commands(commands) -> None:
    """`sample draw` and `analyse compare|pvt|forensics` (design.md, "Analysis")."""
    sample = commands.add_parser("sample", help="samples of polling stations").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    draw = sample.add_parser(
        "draw", help="draw a stratified random sample of stations for a PVT (SAMPLE.csv)",
        description="Draws a stratified random sample of the station list: N stations allocated to "
                    "the strata in proportion to their registered voters (at least 2 each), stations "
                    "far larger than their stratum's typical one sampled with certainty (counted in "
                    "N). The same seed gives the same sample. Writes station_code, stratum, weight.")
    _db_option(draw, help="the coordinator database (its station list)")
    draw.add_argument("--size", required=True, type=_positive, metavar="N")
    draw.add_argument("--strata", choices=("region", "district", "none"), default="region",
                      help="the station list's column whose values are the strata (default: region)")
    draw.add_argument("--seed", type=int, default=0, metavar="S", help="the random seed (default 0)")
    draw.add_argument("--out", required=True, type=Path, metavar="SAMPLE.csv")
    draw.add_argument("--force", action="store_true", help="replace an existing file")
    analyse = commands.add_parser("analyse", help="analysis of the results").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    compare = analyse.add_parser(
        "compare", help="official against observed protocols at the same stations",
        description="Turnout, the invalid share and each contestant's share of valid votes, official "
                    "against the observers' protocols, over the stations that have both (stations "
                    "where observers were removed or not shown the protocol are counted apart), with "
                    "the difference and its confidence interval; the head-count against the official "
                    "issued line where it covers the whole voting day.")
    pvt = analyse.add_parser(
        "pvt", help="the parallel vote tabulation from a sample",
        description="Estimates turnout, the invalid share and each contestant's share of valid votes "
                    "from the sampled stations that reported, with margins of error (stratified "
                    "ratio estimator, stations as clusters); threshold verdicts and seats.")
    pvt.add_argument("--sample", required=True, type=Path, metavar="SAMPLE.csv")
    pvt.add_argument("--source", choices=("observers", "official"), default="observers",
                     help="the sampled stations' protocols to estimate from (default: observers)")
    forensics = analyse.add_parser(
        "forensics", help="integer peaks, anomalous votes and last digits of station results",
        description="Integer-percentage peaks against their binomial null, Shpilkin's estimate of "
                    "anomalous votes for the leader, and last-digit uniformity, with the stations "
                    "behind each signal.")
    forensics.add_argument("--source", choices=("official", "observers"), default="official")
    for command in (compare, pvt, forensics):
        _db_option(command, help="the coordinator database")
        command.add_argument("--json", action="store_true", help="print one JSON object")
    for command in (compare, pvt):
        command.add_argument("--confidence", type=_confidence, default=0.95, metavar="95|99",
                             help="the confidence of the intervals, in percent (default 95)")


def _add_coordinator_commands(commands) -> None:
    """`export`, `merge`, `official import` and `report`: bundles and the coordinator."""
    summary = commands.add_parser(
        "summary", help="write the signed PDF summary of a station visit",
        description="Writes the PDF summary of what this observer recorded at one station "
                    "(protocol with its checks, obstructions, turnout head-count, incidents, "
                    "photo hashes), signed with the observer's identity. Never unsigned.")
    _db_option(summary)
    summary.add_argument("--station", required=True, metavar="CODE", help="the station's code")
    summary.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    summary.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the PDF")
    _identity_options(summary)
    _force_option(summary)
    export = commands.add_parser(
        "export", help="write a signed export bundle of the database (.obsx)",
        description="Writes a signed bundle of this observer database (a consistent snapshot, "
                    "a manifest, the certificate and a signature over the manifest) for the "
                    "coordinator. Safe while the app is open.")
    _db_option(export)
    export.add_argument("--out", required=True, type=Path, metavar="FILE.obsx")
    _identity_options(export)
    _force_option(export)
    merge = commands.add_parser(
        "merge", help="verify observers' bundles and merge them into a coordinator database",
        description="Verifies each bundle and merges the valid ones into COORD.sqlite (created "
                    "if missing). An invalid bundle, or with --trust one not signed through that "
                    "CA, is rejected whole and reported; the rest go on. Merging is idempotent "
                    "and order-independent. Exit 1 when any bundle was rejected.")
    merge.add_argument("--into", required=True, type=Path, metavar="COORD.sqlite",
                       help="the coordinator database (created if missing)")
    merge.add_argument("files", nargs="+", type=Path, metavar="FILE.obsx")
    merge.add_argument("--trust", type=Path, metavar="CA.pem",
                       help="accept only bundles signed through this CA (else: unverified)")
    merge.add_argument("--workers", type=_positive, metavar="N",
                       help="verification processes (default and most: one per core)")
    bundles = commands.add_parser("bundles", help="the bundles merged into a coordinator database").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    blist = bundles.add_parser(
        "list", help="list every bundle the database has seen, tab-separated",
        description="Prints, one bundle a line, tab-separated: its SHA-256, status (merged, "
                    "rejected, withdrawn), verified (1 when its signer chains to a CA given with "
                    "--trust), the signer's observer id and name, the file name, when the database "
                    "first saw it, and why it was rejected or withdrawn.")
    _db_option(blist, help="the coordinator database")
    withdraw = bundles.add_parser(
        "withdraw", help="withdraw a merged bundle: the database as if it had never been merged",
        description="Withdraws a merged bundle: its records leave the database (what other "
                    "bundles carry of them stays), as if it had never been merged; the withdrawal "
                    "and its reason are audited, and merging the bundle again does not bring it back.")
    withdraw.add_argument("sha256", metavar="SHA256", help="the bundle's SHA-256 (or its first 8+ characters)")
    _db_option(withdraw, help="the coordinator database")
    withdraw.add_argument("--reason", required=True, metavar="TEXT", help="why (kept with the bundle)")
    official = commands.add_parser("official", help="official results").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    oimp = official.add_parser(
        "import", help="import official results per station (results CSV)",
        description="Imports the official results per station (results CSV: station_code, then "
                    "line and contestant codes). Imported again, a station's result is replaced "
                    "(audited); a bad row refuses the whole file.")
    oimp.add_argument("csv", type=Path, metavar="CSV")
    _db_option(oimp, help="the coordinator database")
    report = commands.add_parser(
        "report", help="write the coordinator's report (.csv, .xlsx or signed .pdf)",
        description="Per station, the observers' protocols beside the official one with every "
                    "difference; per region and in total, turnout and shares from both. The PDF "
                    "is signed with your identity and ends with the analysis (paired comparison, "
                    "threshold and seats, forensics of the official results; the PVT with --sample).")
    _db_option(report, help="the coordinator database")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument("--lang", choices=LANGUAGES, default="en")
    report.add_argument("--sample", type=Path, metavar="SAMPLE.csv",
                        help="the analysis (PDF section, XLSX sheet) adds the PVT from this sample "
                             "(sample draw's CSV); the wide CSV gets a sampled column")
    report.add_argument("--wide", action="store_true",
                        help="with a .csv: one row per station, official and observers' figures side by "
                             "side (the publication's station_comparison columns), for R or pandas")
    _identity_options(report)
    _force_option(report)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of processes (1 or more)")
    return value


def _observer_id_arg(text: str) -> str:
    import uuid

    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a UUID (e.g. 0e6c1f2a-7b1d-4c8e-9a55-3f2d1b0c9e77)") from None


def _add_identity_commands(commands) -> None:
    """`ca init`, `ca issue` and `verify`: identities and signatures."""
    ca = commands.add_parser("ca", help="organisation certificate authority").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    init = ca.add_parser(
        "init", help="create an organisation CA (DIR/ca.pem, DIR/ca.key.pem)",
        description="Creates an organisation CA in DIR: the certificate ca.pem, which "
                    "coordinators use with --trust, and the key ca.key.pem, protected by a "
                    "passphrase (from --passphrase-file, OBSERVER_APP_CA_PASSPHRASE, "
                    "OBSERVER_APP_PASSPHRASE, or a prompt). An existing CA is never overwritten, "
                    "and there is no --force: a key is never replaced.")
    init.add_argument("--out", required=True, type=Path, metavar="DIR",
                      help="folder for the CA (created if needed)")
    init.add_argument("--name", metavar="NAME", help="the CA's name (default: from --org)")
    init.add_argument("--org", metavar="ORG", help="the organisation")
    init.add_argument("--passphrase-file", type=Path, metavar="FILE",
                      help="file whose first line is the CA key's passphrase")
    issue = ca.add_parser(
        "issue", help="issue an observer an identity (FILE.p12)",
        description="Issues an observer a key and a certificate (name, organisation, observer "
                    "id), signed by the CA in --ca, written as a passphrase-protected PKCS#12 "
                    "file. The CA key's passphrase comes from --ca-passphrase-file, "
                    "OBSERVER_APP_CA_PASSPHRASE or OBSERVER_APP_PASSPHRASE; the new file's "
                    "from --passphrase-file or OBSERVER_APP_PASSPHRASE; else a prompt. An "
                    "existing file is never overwritten (there is no --force).")
    issue.add_argument("--ca", required=True, type=Path, metavar="DIR",
                       help="the CA folder made by 'ca init'")
    issue.add_argument("--name", required=True, metavar="NAME", help="the observer's full name")
    issue.add_argument("--org", metavar="ORG", help="organisation (default: the CA's)")
    issue.add_argument("--observer-id", type=_observer_id_arg, metavar="UUID",
                       help="the observer's id (default: a new one)")
    issue.add_argument("--out", required=True, type=Path, metavar="FILE.p12",
                       help="the identity file to write (never overwritten)")
    issue.add_argument("--passphrase-file", type=Path, metavar="FILE",
                       help="file whose first line is the new identity's passphrase")
    issue.add_argument("--ca-passphrase-file", type=Path, metavar="FILE",
                       help="file whose first line is the CA key's passphrase")
    verify = commands.add_parser(
        "verify", help="verify a signed PDF summary or export bundle",
        description="Verifies the signature of a signed PDF summary and prints the signer, "
                    "the time, whether the signature is intact, whether it covers the whole "
                    "file and whether the signer is trusted. Exit 0 when intact and covering the "
                    "whole file (and, with --trust, signed through that CA); 1 otherwise.")
    verify.add_argument("file", type=Path, metavar="FILE", help="a signed PDF or .obsx bundle")
    verify.add_argument("--trust", type=Path, metavar="CA.pem",
                        help="the organisation CA's certificate (or its folder)")


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _count(n: int, one: str, many: str | None = None) -> str:
    """`n` with its noun, singular for 1: "1 station", "24 stations" (the CLI speaks English)."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _sentence(text: object) -> str:
    """A reason as a sentence of its own: capital first letter, final full stop."""
    text = str(text).strip()
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def _command_name(args: argparse.Namespace) -> str:
    return " ".join(w for w in (PROG, args.command, getattr(args, "action", None)) if w)


def _check_out(args: argparse.Namespace, out: Path, example: str | None = None) -> None:
    """The file a command is about to write, checked before any work or passphrase prompt:
    never a file the command reads (every path argument but `out`: the database with its
    -wal/-shm files, the identity, passphrase, trust and CSV files), and not an existing file
    without --force."""
    inputs = [value for value in vars(args).values() if isinstance(value, Path) and value is not out]
    check_output(out, inputs, force=args.force, example=example)


def _open(args: argparse.Namespace, create: bool = False, kind: str | None = None) -> Store:
    """The database --db names; with kind, only one of that kind (design.md, "Database kinds")."""
    return Store.open(args.db, create=create, kind=kind, command=_command_name(args))


def _looks_like_bundle(path: Path, head: bytes | None = None) -> bool:
    """A bundle by its name or its first bytes (a zip file); `head`: those bytes, when read."""
    if path.suffix.lower() == ".obsx":
        return True
    if head is None:
        try:
            with open(path, "rb") as f:
                head = f.read(4)
        except OSError:
            return False
    return head.startswith(b"PK\x03\x04")


def _open_coordinator(path: Path, create: bool = False, command: str = "") -> Store:
    """A coordinator database (made, with create, when there is none): as _open, but a wrong
    file is not called "not an observer database", and an observer's database is refused."""
    from observer_app.merge import prepare

    try:
        store = Store.open(path, create=create, kind="coordinator", command=f"{PROG} {command}".strip())
    except DatabaseError as exc:
        if exc.code == "schema.not_sqlite" and _looks_like_bundle(path):
            raise ObserverAppError("cli.coordinator_is_bundle", QT_TRANSLATE_NOOP(
                "Messages", "{path} is an export bundle, not a database; merge it into a coordinator "
                "database with 'observer-app merge --into COORD.sqlite {path}'."), path=str(path)) from None
        if exc.code == "schema.not_sqlite":
            raise ObserverAppError("cli.coordinator_not_sqlite", QT_TRANSLATE_NOOP(
                "Messages", "{path} is not a database of this app (not an SQLite file); it was not "
                "changed."), path=str(path)) from None
        if exc.code == "schema.other_program":
            raise ObserverAppError("cli.coordinator_other_program", QT_TRANSLATE_NOOP(
                "Messages", "{path} is a database of another program, not a database of this app; it "
                "was not changed."), path=str(path)) from None
        raise
    try:
        prepare(store, f"{PROG} {command}".strip())
    except BaseException:
        store.close()
        raise
    return store


def cmd_election_load(args: argparse.Namespace) -> int:
    from observer_app.domain.template import load_template

    template = load_template(args.file)
    with _open(args, create=True, kind="coordinator" if args.coordinator else None) as store:
        _, (added, updated, _same) = store.load_election(template)
        total = len(store.stations())
    _out(f"Loaded {template.id} into {args.db}: {_count(added, 'station')} added, {updated} updated, "
         f"{total} in all.")
    return 0


def cmd_stations_import(args: argparse.Namespace) -> int:
    from observer_app.csvio import read_stations

    with _open(args) as store:
        store.template()  # an election must be loaded first
        specs = read_stations(args.csv)
        added, updated, same = store.upsert_stations(specs)
    _out(f"Imported {_count(len(specs), 'station')}: {added} added, {updated} updated, {same} unchanged.")
    return 0


def _clean(value: object) -> str:
    """A value as one tab-separated field of one line: tabs and line breaks as spaces, and every
    other control character escaped (identity.printable): what a bundle or its file name holds
    (any file's manifest names an observer) never reaches the terminal as an escape sequence."""
    from observer_app.identity import printable

    if value is None:
        return ""
    return printable(str(value).replace("\t", " ").replace("\n", " ").replace("\r", " "))


def cmd_stations_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        lines = ["\t".join(_clean(v) for v in (s.code, s.region, s.district, s.address, s.registered_voters))
                 for s in store.stations()]
    if lines:
        _out("\n".join(lines))
    return 0


def cmd_observer_show(args: argparse.Namespace) -> int:
    with _open(args, kind="observer") as store:
        o = store.observer()
        _out("\n".join(f"{field}\t{_clean(value)}" for field, value in (
            ("observer_id", o.id), ("name", o.full_name), ("organisation", o.organisation),
            ("contact", o.contact))))
    return 0


def cmd_observer_set(args: argparse.Namespace) -> int:
    changes = {field: value.strip() for field, value in (
        ("full_name", args.name), ("organisation", args.org), ("contact", args.contact))
        if value is not None}
    if not changes:
        raise ObserverAppError("cli.observer_set_nothing", QT_TRANSLATE_NOOP(
            "Messages", "Nothing to set: give --name, --org or --contact."))
    if changes.get("full_name") == "":
        raise ObserverAppError("cli.observer_name_empty", QT_TRANSLATE_NOOP(
            "Messages", "The observer's name cannot be empty."))
    with _open(args, kind="observer") as store:
        o = store.update_observer(**changes)
    _out(f"Observer {o.id}: {o.full_name or '(no name)'}"
         + (f", {o.organisation}" if o.organisation else "") + ".")
    return 0


def cmd_protocols_template_csv(args: argparse.Namespace) -> int:
    from observer_app.csvio import results_header

    with _open(args) as store:
        sys.stdout.write(results_header(store.template()))
    return 0


def cmd_protocols_import(args: argparse.Namespace) -> int:
    from observer_app.csvio import read_results
    from observer_app.identity import printable

    with _open(args, kind="observer") as store:
        template = store.template()
        rows = read_results(args.csv, template, store.station_ids_by_code())
        added, replaced, same = store.import_protocols(rows)
        stations = {s.id: s for s in store.stations()}
    _out(f"Imported {_count(len(rows), 'protocol')}: {added} added, {replaced} replaced, {same} unchanged.")
    # What the imported figures themselves say is wrong: evidence, so imported all the same.
    for station_id, values in sorted(rows, key=lambda row: stations[row[0]].code):
        findings = protocol_findings(template, values, stations[station_id].registered_voters)
        if findings:
            print(f"{PROG}: warning: {printable(stations[station_id].code)}: {'; '.join(findings)}",
                  file=sys.stderr)
    return 0


def protocol_findings(template, values: dict[str, int | None], listed: int | None) -> list[str]:
    """A protocol's failing control relations, by how much each is off, and registered voters
    other than the station list's: "fails 2 = 3 + 4 (off by 14)", "registered 2,700 but the
    station list says 2,720" (English, as the command line speaks)."""
    def label(term) -> str:
        if term.kind == "line":
            return template.line(term.code).number
        return "Σ votes" if term.kind == "contestants" else str(term.constant)

    found = []
    for result in template.evaluate(values):
        if not result.failed:
            continue
        off = abs(result.difference or 0)
        notes = ([f"off by {off:,}"] if off else []) + (
            ["a warning"] if result.relation.severity == "warning" else [])
        found.append(f"fails {result.relation.display(label)}" + (f" ({', '.join(notes)})" if notes else ""))
    code = template.role_code("registered")
    registered = values.get(code) if code else None
    if registered is not None and listed is not None and registered != listed:
        found.append(f"registered {registered:,} but the station list says {listed:,}")
    return found


def cmd_protocols_export(args: argparse.Namespace) -> int:
    from observer_app.csvio import write_results

    if args.csv != "-":
        _check_out(args, Path(args.csv), "protocols.csv")
    with _open(args, kind="observer") as store:
        template = store.template()
        codes = {s.id: s.code for s in store.stations()}
        rows = sorted((codes[p.station_id], p.values) for p in store.protocols()
                      if p.observer_id == store.observer_id and p.station_id in codes)
    if args.csv == "-":
        write_results(sys.stdout, template, rows)
    else:
        import io

        from observer_app.export.files import write_atomically

        text = io.StringIO(newline="")
        write_results(text, template, rows)
        write_atomically(Path(args.csv), text.getvalue().encode("utf-8"), replace=args.force)
        _out(f"Wrote {_count(len(rows), 'protocol')} to {args.csv}.")
    return 0


def cmd_ca_init(args: argparse.Namespace) -> int:
    from observer_app.identity import CA_CERT_FILE, CA_KEY_FILE, check_new_ca_dir, create_ca
    from observer_app.passphrase import CA_ENV, for_ca_key, get_passphrase

    check_new_ca_dir(args.out)  # before asking for a passphrase
    passphrase = get_passphrase(for_ca_key(args.out / CA_KEY_FILE, new=True), env=CA_ENV,
                                file=args.passphrase_file, confirm=True)
    ca = create_ca(args.out, passphrase, name=args.name, org=args.org)
    _out(f"Created the CA \"{ca.name}\" in {args.out}: give {args.out / CA_CERT_FILE} to whoever "
         f"verifies (--trust); keep {args.out / CA_KEY_FILE} and its passphrase private.")
    return 0


def cmd_ca_issue(args: argparse.Namespace) -> int:
    from observer_app.identity import CA_KEY_FILE, check_new_file, issue_identity, load_ca
    from observer_app.passphrase import CA_ENV, for_ca_key, for_identity_file, get_passphrase

    check_new_file(args.out, "an identity")  # before asking for passphrases
    ca_passphrase = get_passphrase(for_ca_key(args.ca / CA_KEY_FILE), env=CA_ENV,
                                   file=args.ca_passphrase_file)
    ca = load_ca(args.ca, ca_passphrase)
    passphrase = get_passphrase(for_identity_file(args.out, new=True), file=args.passphrase_file,
                                confirm=True)
    identity = issue_identity(ca, None, args.name, args.org, args.observer_id, args.out,
                              passphrase)
    until = identity.certificate.not_valid_after_utc.strftime("%Y-%m-%d")
    _out(f"Issued {identity.describe()}, valid until {until}: {args.out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        with open(path, "rb") as f:
            head = f.read(1024)
    except FileNotFoundError:
        raise ObserverAppError("cli.no_such_file", QT_TRANSLATE_NOOP("Messages", "The file {path} does not exist."),
                               path=str(path)) from None
    except IsADirectoryError:
        raise ObserverAppError("cli.is_a_folder", QT_TRANSLATE_NOOP(
            "Messages", "{path} is a folder; give a signed PDF file."), path=str(path)) from None
    except OSError as exc:
        raise ObserverAppError("cli.cannot_read", QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {reason}."),
                               path=str(path), reason=str(exc.strerror or exc)) from exc
    if _looks_like_bundle(path, head):
        return _verify_bundle(args)
    if b"%PDF-" not in head:
        raise ObserverAppError("cli.not_verifiable", QT_TRANSLATE_NOOP(
            "Messages", "{path} is neither a PDF nor an export bundle; nothing to verify."), path=str(path))
    from observer_app.signing import verify_pdf

    result = verify_pdf(path, args.trust)
    _out("\n".join(result.lines()))
    if not result.ok:
        raise ObserverAppError(result.refusal())
    return 0


def load_identity_for(args: argparse.Namespace, store: Store):
    """The identity from --identity, else the one attached to the database; never unsigned."""
    from observer_app.identity import load_identity
    from observer_app.passphrase import for_identity_file, get_passphrase

    path = args.identity
    if path is None:
        attached = store.observer().identity_path
        if not attached:
            raise ObserverAppError("cli.no_identity", QT_TRANSLATE_NOOP(
                "Messages", "No identity to sign with: give --identity FILE.p12, or attach one to the "
                "database in the app."))
        path = Path(attached)
        if getattr(args, "out", None) is not None:
            check_not_input(args.out, [path])  # before asking for its passphrase
    passphrase = get_passphrase(for_identity_file(path), file=args.passphrase_file)
    return load_identity(path, passphrase)


# Letters that look alike in station codes typed by hand: O and 0, l and 1, Cyrillic and Latin.
_LOOKALIKE = str.maketrans({"o": "0", "о": "0", "l": "1", "i": "1", "і": "1", "а": "a", "в": "b",
                            "е": "e", "к": "k", "м": "m", "н": "h", "р": "p", "с": "c", "т": "t",
                            "у": "y", "х": "x"})


def _plain(code: str) -> str:
    return code.casefold().translate(_LOOKALIKE)


def _nearest(code: str, codes: Sequence[str]) -> str | None:
    """The one station code that `code` most likely meant to be, or None (none, or a tie)."""
    import difflib

    wanted = _plain(code)
    same = [c for c in codes if _plain(c) == wanted]
    if same:
        return same[0] if len(same) == 1 else None
    matcher = difflib.SequenceMatcher(b=wanted)
    scored = []
    for c in codes:
        matcher.set_seq1(_plain(c))
        if matcher.real_quick_ratio() >= 0.8 and matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8:
            scored.append((matcher.ratio(), c))
    scored.sort(reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _station(store: Store, args: argparse.Namespace):
    """The station --station names; else a refusal that shows where the codes are."""
    try:
        return store.station_by_code(args.station)
    except NotFoundError as exc:
        if exc.code != "store.no_station":
            raise
    code = args.station
    near = _nearest(code, [s.code for s in store.stations()])
    if near is not None:
        raise ObserverAppError("cli.no_station_near", QT_TRANSLATE_NOOP(
            "Messages", "There is no station {code} in {path} (did you mean {suggestion}?); see the "
            "codes with 'observer-app stations list --db {path}'."),
            code=code, path=str(args.db), suggestion=near)
    raise ObserverAppError("cli.no_station", QT_TRANSLATE_NOOP(
        "Messages", "There is no station {code} in {path}; see the codes with "
        "'observer-app stations list --db {path}'."), code=code, path=str(args.db))


def _file_name_like(code: str) -> str:
    """A station code as an example file name, where it can be one."""
    return code if re.fullmatch(r"[\w-][\w.-]*", code) else "summary"


MAX_WARNED_STATIONS = 20  # an export of many stations names the first ones' warnings, then counts


def _review_warnings(store: Store, station_ids: list[str]) -> list[str]:
    """The review before signing (observer_app/review.py) of each station, as warning lines:
    "STATION: sentence". Printed by _warn once the file is written; they never stop a command."""
    from observer_app.identity import printable
    from observer_app.review import DATABASE_WIDE, review

    lines: list[str] = []
    warned = 0
    for station_id in station_ids:
        items = review(store, station_id)
        if warned:  # the demo and the clock are said once, with the first station
            items = [item for item in items if item.code not in DATABASE_WIDE]
        if not items:
            continue
        warned += 1
        if warned > MAX_WARNED_STATIONS:
            continue
        code = printable(store.station(station_id).code)
        lines += [f"{code}: {_sentence(item.message)}" for item in items]
    if warned > MAX_WARNED_STATIONS:
        lines.append(f"{_count(warned - MAX_WARNED_STATIONS, 'more station')} with warnings like these.")
    return lines


def _warn(lines: list[str]) -> None:
    for line in lines:
        print(f"{PROG}: warning: {line}", file=sys.stderr)


def cmd_summary(args: argparse.Namespace) -> int:
    from observer_app.export.files import write_signed_summary

    _check_out(args, args.out, _file_name_like(args.station) + ".pdf")
    with _open(args, kind="observer") as store:
        station = _station(store, args)
        identity = load_identity_for(args, store)
        warnings = _review_warnings(store, [station.id])  # what is signed: read before signing
        write_signed_summary(store, station.id, args.out, identity, args.lang)
    from observer_app.identity import printable

    _warn(warnings)
    _out(f"Wrote {args.out}: station {printable(station.code)}, signed by {identity.describe()}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from observer_app.bundle import export_bundle

    _check_out(args, args.out, "observer.obsx")
    with _open(args, kind="observer") as store:
        identity = load_identity_for(args, store)
        from observer_app.review import observed_stations

        warnings = _review_warnings(store, observed_stations(store))
        manifest = export_bundle(store, args.out, identity, replace=args.force)
    _warn(warnings)
    stations = manifest.get("stations") or []
    _out(f"Wrote {args.out}: signed by {identity.describe()}; {_count(len(stations), 'station')}.")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from observer_app.identity import printable, trust_anchor_pems
    from observer_app.merge import merge_bundles

    check_not_input(args.into, args.files)  # the database is an output: never one of the bundles
    trust = trust_anchor_pems(args.trust)
    # File names come from the bundles' senders: printed with their line breaks escaped.
    missing = [printable(str(f)) for f in args.files if not f.is_file()]
    if missing:
        if len(missing) > 1:
            raise ObserverAppError("cli.no_such_bundles", QT_TRANSLATE_NOOP(
                "Messages", "No such bundle: {path} (and %n more); nothing was merged.", None, 1),
                path=missing[0], n=len(missing) - 1)
        raise ObserverAppError("cli.no_such_bundle", QT_TRANSLATE_NOOP(
            "Messages", "No such bundle: {path}; nothing was merged."), path=missing[0])
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int, check, status: str) -> None:
        if status == "rejected":
            reason = _sentence(check.reasons[0]) if check.reasons else "It is not valid."
            start = "\r" if interactive else ""  # over the progress count
            print(f"{start}{PROG}: {printable(check.path)} was rejected. {printable(reason)}",
                  file=sys.stderr)
        elif interactive:
            print(f"\r{done}/{total} bundles", end="", file=sys.stderr, flush=True)

    with _open_coordinator(args.into, create=True, command="merge") as store:
        result = merge_bundles(store, args.files, trust, workers=args.workers, progress=progress)
    if interactive:
        print(file=sys.stderr)
    trust_note = "" if trust else " (unverified: no --trust given)"
    kept = (f"{result.conflicts} record variant kept as a conflict" if result.conflicts == 1
            else f"{result.conflicts} record variants kept as conflicts")
    _out(f"Merged {_count(len(result.merged), 'bundle')}{trust_note}, {len(result.already)} already "
         f"merged, {len(result.rejected)} rejected; {kept} (disagreements between observers are "
         f"flagged in the report).")
    return 1 if result.rejected else 0


def cmd_official_import(args: argparse.Namespace) -> int:
    from observer_app.csvio import LOAD_STATIONS_FIRST, read_results

    with _open_coordinator(args.db, command="official import") as store:
        rows = read_results(args.csv, store.template(), store.station_ids_by_code(),
                            unknown_station_hint=LOAD_STATIONS_FIRST)
        added, replaced, same = store.import_official(rows, args.csv.name)
    _out(f"Imported {_count(len(rows), 'official result')}: {added} added, {replaced} replaced, "
         f"{same} unchanged.")
    return 0


def cmd_bundles_list(args: argparse.Namespace) -> int:
    from observer_app.merge import list_bundles

    with _open_coordinator(args.db, command="bundles list") as store:
        rows = list_bundles(store)
    if rows:
        _out("\n".join("\t".join(_clean(v) for v in (
            b.sha256, b.status, int(b.verified), b.observer_id, b.signer_name, b.file_name,
            b.first_seen_at, b.reason)) for b in rows))
    return 0


def cmd_bundles_withdraw(args: argparse.Namespace) -> int:
    from observer_app.merge import withdraw_bundle

    with _open_coordinator(args.db, command="bundles withdraw") as store:
        full = withdraw_bundle(store, args.sha256, args.reason)
    _out(f"Withdrew the bundle {full}: its records are no longer in {args.db}.")
    return 0


def _arrays(args: argparse.Namespace):
    from observer_app.storage.arrays import load_arrays

    with _open_coordinator(args.db, command=_command_name(args)[len(PROG) + 1:]) as store:
        return load_arrays(store)


def _json_out(data: dict) -> None:
    import json

    _out(json.dumps(data, ensure_ascii=False, allow_nan=False, sort_keys=True))


def _pct(value: float | None, digits: int = 1) -> str:
    return "unknown" if value is None else f"{100 * value:.{digits}f}%"


def _points(value: float | None) -> str:
    return "unknown" if value is None else f"{100 * value:+.1f}"


def cmd_sample_draw(args: argparse.Namespace) -> int:
    from observer_app.analysis.sample import SampleError, draw
    from observer_app.csvio import write_sample
    from observer_app.export.files import write_atomically

    _check_out(args, args.out, "sample.csv")
    with _open_coordinator(args.db, command="sample draw") as store:
        stations = store.stations()
    if args.strata == "none":
        strata = ["all"] * len(stations)
    else:
        strata = [getattr(s, args.strata) or "(none)" for s in stations]
    import numpy as np

    registered = np.array([np.nan if s.registered_voters is None else float(s.registered_voters)
                           for s in stations])
    try:
        sample = draw([s.code for s in stations], strata, registered, args.size, seed=args.seed)
    except SampleError as exc:
        raise ObserverAppError("cli.sample_impossible", QT_TRANSLATE_NOOP(
            "Messages", "No sample was drawn: {reason}."), reason=str(exc)) from None
    import io

    buffer = io.StringIO()
    write_sample(buffer, sample.stations)
    write_atomically(args.out, buffer.getvalue().encode("utf-8"))
    take_all = sample.strata.get("take-all", (0, 0))[1]
    _out(f"Wrote {args.out}: {_count(len(sample.stations), 'station')} in "
         f"{_count(len(sample.strata), 'stratum', 'strata')} (seed {args.seed}"
         + (f"; {take_all} far larger than their stratum's typical station, taken with certainty" if take_all else "")
         + ").")
    return 0


def cmd_analyse_compare(args: argparse.Namespace) -> int:
    from observer_app.analysis.compare import compare

    result = compare(_arrays(args), args.confidence)
    if args.json:
        _json_out(result.to_json())
        return 0
    level = f"{round(100 * args.confidence)}%"
    lines = [f"Paired comparison over {_count(result.stations, 'station')} with both an official and an "
             f"observers' protocol (official minus observed, {level} intervals, percentage points):"]

    def row(name: str, p) -> str:
        interval = ("" if p.low is None else f" ({_points(p.low)} to {_points(p.high)})")
        return (f"  {name:24} official {_pct(p.official):>8}  observed {_pct(p.observed):>8}  "
                f"difference {_points(p.difference)}{interval}  [{_count(p.stations, 'station')}]")

    lines.append(row("turnout", result.turnout))
    lines.append(row("invalid ballots", result.invalid))
    for code, p in result.shares.items():
        lines.append(row(code, p))
    lines.append(row("head-count (full day)", result.headcount))
    if result.excluded_removed or result.excluded_not_shown:
        lines.append(f"Left out: {_count(len(result.excluded_removed), 'station')} where observers were removed"
                     + (f" ({', '.join(result.excluded_removed[:10])}"
                        + (", ..." if len(result.excluded_removed) > 10 else "") + ")" if result.excluded_removed else "")
                     + f", {_count(len(result.excluded_not_shown), 'station')} where the protocol was not shown"
                     + (f" ({', '.join(result.excluded_not_shown[:10])})" if result.excluded_not_shown else "") + ".")
    _out("\n".join(lines))
    return 0


def cmd_analyse_pvt(args: argparse.Namespace) -> int:
    from observer_app.analysis.pvt import tabulate
    from observer_app.csvio import read_sample

    sample = read_sample(args.sample)
    result = tabulate(_arrays(args), sample, args.source, args.confidence)
    if args.json:
        _json_out(result.to_json())
        return 0
    level = f"{round(100 * args.confidence)}%"
    reported = sum(s.reported for s in result.strata)
    source = "observers'" if args.source == "observers" else "official"
    lines = [f"PVT from the {source} protocols of {reported} of {len(sample)} sampled stations "
             f"({level} margins of error):"]

    def row(name: str, e, extra: str = "") -> str:
        moe = "" if e.moe is None else f" ± {100 * e.moe:.{1 if e.moe >= 0.00995 else 2}f}"
        inside = ("" if e.official_inside is None else
                  " inside the interval" if e.official_inside else " OUTSIDE the interval")
        return f"  {name:20} {_pct(e.estimate):>7}{moe:8} official {_pct(e.official)}{inside}{extra}"

    lines.append(row("turnout", result.turnout))
    lines.append(row("invalid ballots", result.invalid))
    for code, e in result.shares.items():
        seats = result.seats[code]
        seat_text = ("" if seats["estimate"] is None else
                     f"; seats {seats['estimate']}"
                     + ("" if seats["low"] is None else f" ({seats['low']}-{seats['high']})")
                     + ("" if seats["official"] is None else f", official {seats['official']}"))
        lines.append(row(code, e, f"; threshold: {result.thresholds[code]}{seat_text}"))
    short = [s for s in result.strata if not s.enough]
    if short:
        lines.append("No verdict yet: too few sampled stations reported in "
                     + ", ".join(f"{s.name} ({s.reported} of {s.sampled})" for s in short[:10])
                     + (", ..." if len(short) > 10 else "") + ".")
    if result.unknown_codes:
        lines.append(f"{_count(len(result.unknown_codes), 'sampled station')} not in the database: "
                     + ", ".join(result.unknown_codes[:10]) + ".")
    _out("\n".join(lines))
    return 0


def cmd_analyse_forensics(args: argparse.Namespace) -> int:
    from observer_app.analysis.forensics import forensics

    result = forensics(_arrays(args), args.source)
    if args.json:
        _json_out(result.to_json())
        return 0
    peaks, anomalous, digits = result.integer_peaks, result.anomalous_votes, result.last_digit
    z = "unknown" if peaks.z is None else f"{peaks.z:.1f}"
    lines = [f"Forensics of the {args.source} results of {_count(result.stations_used, 'station')} "
             f"(leader: {result.leader or 'unknown'}):",
             f"  integer percentages: {peaks.observed} stations, {peaks.null_mean:.1f} ± {peaks.null_sd:.1f} "
             f"expected by chance; excess {peaks.excess:.1f} (z = {z})"]
    if anomalous.votes is None:
        lines.append("  anomalous votes: unknown")
    else:
        lines.append(f"  anomalous votes for the leader: {anomalous.votes:,.0f} (clean turnout "
                     f"{_pct(anomalous.clean_turnout, 0)}, leader/others {anomalous.ratio:.3f} there)")
    if digits.chi2 is not None:
        lines.append(f"  last digits: chi-square {digits.chi2:.1f} (9 df), p = {digits.p_value:.3g}; "
                     f"counts 0-9: {', '.join(map(str, digits.counts))}")
    _out("\n".join(lines))
    return 0


REPORT_SUFFIXES = (".csv", ".xlsx", ".pdf")


def cmd_report(args: argparse.Namespace) -> int:
    from observer_app import report

    check_out_file(args.out, "report.pdf")
    suffix = args.out.suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        raise ObserverAppError("cli.report_format", QT_TRANSLATE_NOOP(
            "Messages", "{path}: the report is written as .csv, .xlsx or .pdf."), path=str(args.out))
    _check_out(args, args.out)
    if args.wide and suffix != ".csv":
        raise ObserverAppError("cli.report_wide_csv", QT_TRANSLATE_NOOP(
            "Messages", "--wide is for a .csv report; {path} is not one."), path=str(args.out))
    sample = None
    if args.sample is not None:
        if suffix == ".csv" and not args.wide:
            raise ObserverAppError("cli.report_sample_csv", QT_TRANSLATE_NOOP(
                "Messages", "--sample is for the PDF and XLSX reports (their analysis) and the wide CSV "
                "(--wide); the report CSV keeps its columns."), path=str(args.out))
        from observer_app.csvio import read_sample

        sample = read_sample(args.sample)
    with _open_coordinator(args.db, command="report") as store:
        identity = load_identity_for(args, store) if suffix == ".pdf" else None
        template, reports = report.build(store)
        if suffix == ".csv" and args.wide:
            from observer_app.analysis.forensics import forensics
            from observer_app.storage.arrays import load_arrays

            peaks = set(forensics(load_arrays(store), "official").integer_peaks.stations)
            data = report.wide_csv_text(template, reports, peaks, sample).encode("utf-8")
        elif suffix == ".csv":
            data = report.csv_text(template, reports).encode("utf-8")
        elif suffix == ".xlsx":
            data = report.xlsx_bytes(template, reports, lang=args.lang, store=store, sample=sample)
        else:
            from observer_app.export.files import signer_line
            from observer_app.export.report_analysis import overview_of
            from observer_app.export.report_pdf import pdf_bytes
            from observer_app.signing import sign_pdf

            analysis = overview_of(store, sample)
            data = sign_pdf(pdf_bytes(template, reports, lang=args.lang, signer=signer_line(identity),
                                      analysis=analysis), identity)
    from observer_app.export.files import write_atomically

    write_atomically(args.out, data, replace=args.force)
    _out(f"Wrote {args.out}: {_count(len(reports), 'station')}.")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from observer_app.publish import publish

    with _open_coordinator(args.db, command="publish") as store:
        done = publish(store, args.out, sample_path=args.sample, with_names=args.with_names,
                       with_photos=args.with_photos, force=args.force)
    rows = ", ".join(f"{table} {n}" for table, n in done.rows.items())
    _out(f"Wrote {done.path} ({rows}) and {done.metadata_path}.")
    _out("Left out: " + ("; ".join(done.left_out) if done.left_out else "nothing (no names, contacts, "
                                                                          "witnesses or photos held)") + ".")
    _out(f"Browse it with: datasette {done.path} -m {done.metadata_path}")
    return 0


def _verify_bundle(args: argparse.Namespace) -> int:
    from observer_app.bundle import verify_bundle
    from observer_app.identity import trust_anchor_pems

    trust = trust_anchor_pems(args.trust)
    check = verify_bundle(args.file, trust)
    if not check.ok:
        reasons = list(check.reasons) or [Message("cli.bundle_not_valid", QT_TRANSLATE_NOOP(
            "Messages", "The bundle is not valid."))]
        if len(reasons) > 1:
            raise ObserverAppError("cli.invalid_bundle_more", QT_TRANSLATE_NOOP(
                "Messages", "{path} is not a valid bundle. {reason} In all, %n problems were found.", None, 1),
                path=str(args.file), reason=reasons[0], n=len(reasons))
        raise ObserverAppError("cli.invalid_bundle", QT_TRANSLATE_NOOP(
            "Messages", "{path} is not a valid bundle. {reason}"), path=str(args.file), reason=reasons[0])
    _out(check.summary())
    return 0


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
    ("election", "load"): cmd_election_load,
    ("stations", "import"): cmd_stations_import,
    ("stations", "list"): cmd_stations_list,
    ("observer", "show"): cmd_observer_show,
    ("observer", "set"): cmd_observer_set,
    ("protocols", "template-csv"): cmd_protocols_template_csv,
    ("protocols", "import"): cmd_protocols_import,
    ("protocols", "export"): cmd_protocols_export,
    ("ca", "init"): cmd_ca_init,
    ("ca", "issue"): cmd_ca_issue,
    ("verify", None): cmd_verify,
    ("summary", None): cmd_summary,
    ("export", None): cmd_export,
    ("merge", None): cmd_merge,
    ("bundles", "list"): cmd_bundles_list,
    ("sample", "draw"): cmd_sample_draw,
    ("analyse", "compare"): cmd_analyse_compare,
    ("analyse", "pvt"): cmd_analyse_pvt,
    ("analyse", "forensics"): cmd_analyse_forensics,
    ("bundles", "withdraw"): cmd_bundles_withdraw,
    ("official", "import"): cmd_official_import,
    ("report", None): cmd_report,
    ("publish", None): cmd_publish,
}


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps its subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _misplaced_gui_option(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The fix for `--db`/`--lang` written before a command (where they mean the app's own),
    e.g. "put --lang after the command: observer-app summary ... --lang ru"; else None."""
    commands = _subcommands(parser)
    found: tuple[str, str] | None = None
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            return None
        name, eq, value = token.partition("=")
        if name in GUI_OPTIONS:
            if not eq:
                i += 1
                value = argv[i] if i < len(argv) else ""
            found = found or (name, value)
        elif not token.startswith("-"):
            if found is None or token not in commands:
                return None
            words = [token]
            actions = _subcommands(commands[token])
            following = [t for t in argv[i + 1:] if not t.startswith("-")][:1]
            if actions and following and following[0] in actions:
                words.append(following[0])
            option, value = found
            return (f"put {option} after the command: {PROG} {' '.join(words)} ... "
                    f"{option} {shlex.quote(value)}")
        i += 1
    return None


def _stdout_reader_gone() -> bool:
    """Whether standard output is a pipe (or socket) whose reader has gone, so that a
    BrokenPipeError from elsewhere (a worker's pipe) is still reported."""
    try:
        import select

        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & (select.POLLERR | select.POLLHUP) for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll() (Windows), or no real stdout
        return True


def _quiet_stdout() -> None:
    """After a broken pipe: later writes (and the flush at exit) go to /dev/null, silently
    (the recipe of Python's documentation for SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (OSError, ValueError):  # stdout is no real file (tests): nothing to redirect
        pass


def main(argv: Sequence[str] | None = None, *, gui: GuiLauncher | None = None,
         screenshot: GuiLauncher | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # files and pipes are UTF-8 whatever the locale
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    misplaced = _misplaced_gui_option(parser, argv)
    if misplaced:
        parser.error(misplaced)  # exit 2, before argparse asks for the --db it did not see
    args = parser.parse_args(argv)
    if args.command is not None and (args.gui_db is not None or args.gui_lang is not None):
        parser.error("--db and --lang before a command choose what the app opens; put them after "
                     "the command")
    try:
        if args.command is None:
            if gui is None:
                raise ObserverAppError("cli.no_desktop_app", QT_TRANSLATE_NOOP(
                    "Messages", "The desktop app is not available in this installation."))
            code = gui(args)
        elif args.command == "screenshot":
            if screenshot is None:
                raise ObserverAppError("cli.no_screenshots", QT_TRANSLATE_NOOP(
                    "Messages", "Screenshots need the desktop app, which is not available here."))
            code = screenshot(args)
        else:
            code = COMMANDS[(args.command, getattr(args, "action", None))](args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's last flush
        return code
    except BrokenPipeError as exc:
        if not _stdout_reader_gone():
            print(f"{PROG}: unexpected error ({type(exc).__name__}: {exc}); please report it.",
                  file=sys.stderr)
            return 1
        _quiet_stdout()  # `observer-app ... | head`: the reader has all it wanted
        return EXIT_BROKEN_PIPE
    except ObserverAppError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was half-written.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - a person gets a sentence, never a traceback
        if is_busy(exc):  # another program held the write lock for longer than we waited
            print(f"{PROG}: {busy_error()}", file=sys.stderr)
            return 1
        print(f"{PROG}: unexpected error ({type(exc).__name__}: {exc}); please report it.",
              file=sys.stderr)
        return 1
