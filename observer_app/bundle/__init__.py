"""Export bundles (`*.obsx`): one observer's database, signed, for the coordinator's merge.

A bundle is a zip with exactly these members (design.md, "Export bundle"):

``data.sqlite``        a ``VACUUM INTO`` snapshot of the observer database (rollback-journal mode,
                       one self-contained file; safe to take while the app has the database open);
``manifest.json``      UTF-8 JSON, sorted keys: format and schema version, app version, election id,
                       observer id, station codes, row counts per table, SHA-256 of ``data.sqlite``
                       and ``observer.pem``, creation time (UTC);
``observer.pem``       the observer's certificate (its subject UID is the observer id);
``manifest.json.p7s``  a detached DER CMS signature over the exact bytes of ``manifest.json``,
                       made with the observer's ECDSA P-256 key (the identity of the PDF summaries).

The package's parts: ``format`` (members, limits, manifest, zip reading), ``check``
(BundleCheck), ``cms`` (the signature), ``trust`` (CA anchors), ``snapshot`` (the database
inside), ``export`` and ``verify``.

:func:`export_bundle` writes one (atomically, signed, never half-written); it refuses an identity
whose observer id is not the database's, and a database the verifier would refuse.

:func:`verify_bundle` never raises for a bad bundle: it returns a :class:`BundleCheck` (plain,
picklable fields, for a process pool) whose ``reasons`` say, one Message each (``str()`` gives
the English sentence; the GUI translates it), what is wrong.
It reads the zip defensively (exactly the four members; no duplicates, paths, folders,
encryption or oversized members), checks the manifest, the CMS signature (a strict DER reading
of the layout this app writes, else asn1crypto; cryptography for ECDSA), the certificate (UID =
observer id, digitalSignature usage, validity at the bundle's creation), optionally the chain to
trusted CA certificates, the SHA-256 of each member, and then the database itself, opened
read-only with ``trusted_schema=OFF`` (in memory, via ``deserialize``, unless it is large):
integrity check, schema, observer ids, row counts, stations. :func:`verify_and_read` also reads
from the verified snapshot, with the same connection (the merge's workers).

Cost per small bundle on the 2-core reference machine (one station, 10 tallies, 11 KB bundle,
64 KB snapshot; bench/bench_merge.py): verify_and_read with the merge's reading about 1.3 ms
CPU, of which ~0.45 ms SQLite (integrity check ~0.1 plus parsing the schema ~0.15, which its
re-preparation costs each time), ~0.16 ms the two ECDSA verifications, ~0.15 ms unpacking and
hashing data.sqlite; the rest is Python. It was 3.2 ms with a temporary file per bundle, a
connection per check and per read, and asn1crypto for every signature. Parsed trust anchors,
the issuer found for each certificate, the expected schema and (per thread) the connection of
the last good snapshot, with its prepared statements, are kept between bundles.
"""

from observer_app.bundle.check import BundleCheck
from observer_app.bundle.export import (
                                        SMALL_DATABASE,
                                        SMALL_PAGE_SIZE,
                                        TINY_DATABASE,
                                        TINY_PAGE_SIZE,
                                        export_bundle,
)
from observer_app.bundle.format import (
                                        CERT,
                                        COUNTED_TABLES,
                                        DATA,
                                        FORMAT_VERSION,
                                        MANIFEST,
                                        MAX_BUNDLE_SIZE,
                                        MAX_SIZES,
                                        MEMBERS,
                                        OBSERVER_TABLES,
                                        SIGNATURE,
                                        SUFFIX,
                                        manifest_to_bytes,
)
from observer_app.bundle.snapshot import (
                                        COORDINATOR_TABLES,
                                        IN_MEMORY_SNAPSHOT,
                                        REUSE_LIMIT,
                                        SnapshotConnection,
)
from observer_app.bundle.trust import TrustSet, trust_anchors
from observer_app.bundle.verify import verify_and_read, verify_bundle

__all__ = [
    "BundleCheck", "CERT", "COORDINATOR_TABLES", "COUNTED_TABLES", "DATA", "FORMAT_VERSION",
    "IN_MEMORY_SNAPSHOT", "MANIFEST", "MAX_BUNDLE_SIZE", "MAX_SIZES", "MEMBERS",
    "OBSERVER_TABLES", "REUSE_LIMIT", "SIGNATURE", "SMALL_DATABASE", "SMALL_PAGE_SIZE", "SUFFIX",
    "SnapshotConnection", "TINY_DATABASE", "TINY_PAGE_SIZE", "TrustSet", "export_bundle",
    "manifest_to_bytes", "trust_anchors", "verify_and_read", "verify_bundle",
]
