"""The bundle's file format: its members, their size limits, the manifest, and reading a zip defensively."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Any

from observer_app.messages import QT_TRANSLATE_NOOP, Message

MEMBERS = ("data.sqlite", "manifest.json", "observer.pem", "manifest.json.p7s")
FORMAT_VERSION = 1
SUFFIX = ".obsx"

DATA, MANIFEST, CERT, SIGNATURE = MEMBERS
# The most a member may hold once uncompressed (declared in the zip and enforced while reading).
MAX_SIZES = {DATA: 512 * 1024 * 1024, MANIFEST: 1024 * 1024, CERT: 1024 * 1024,
             SIGNATURE: 1024 * 1024}
# The manifest lists the stations the database holds records at, so it may also hold as much as
# the database does (a station listed there is a row of it): member_limit(), up to MAX_MANIFEST.
# The database's size is only declared when the manifest is read (its bytes come after), so
# that bound alone let a 400 KB file make a worker parse 513 MB of JSON (3 GB of memory):
# MAX_MANIFEST bounds it whatever the declared size (96,325 stations with 150-character codes
# take 15 MB; the manifest of Russia's 96,325 stations, 1.6 MB).
MAX_MANIFEST = 16 * 1024 * 1024
MAX_BUNDLE_SIZE = 2 * MAX_SIZES[DATA] + sum(MAX_SIZES.values()) + 1024 * 1024  # and the zip's headers


def member_limit(name: str, data_size: int) -> int:
    """The most the member `name` may hold once unpacked, in a bundle whose data.sqlite declares
    data_size bytes: the fixed limit; for the manifest, 1 MiB more than the database (a manifest
    of a 96,325-station database lists 96,325 codes), and never more than MAX_MANIFEST."""
    if name == MANIFEST:
        return min(MAX_MANIFEST, MAX_SIZES[MANIFEST] + max(0, min(data_size, MAX_SIZES[DATA])))
    return MAX_SIZES[name]

# The tables whose rows the manifest counts (schema.RECORD_TABLES and the audit trail).
COUNTED_TABLES = ("election", "observers", "stations", "visits", "protocols", "obstructions",
                 "turnout_tallies", "turnout_announcements", "incidents", "photos", "audit")
# Tables whose rows belong to one observer (observer_id NOT NULL) and name a station.
OBSERVER_TABLES = ("visits", "protocols", "obstructions", "turnout_tallies",
                   "turnout_announcements", "incidents")

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member timestamps: the same data gives the same zip
_CHUNK = 1024 * 1024
_MANIFEST_KEYS = {"format_version": int, "schema_version": int, "app_version": str,
                  "election_id": str, "observer_id": str, "stations": list, "row_counts": dict,
                  "sha256": dict, "created_at": str}


# ---------------------------------------------------------------------------------------------
# Small helpers


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _show(name: str, limit: int = 60) -> str:
    """A member name as it can be shown in a message (shortened, unprintable characters escaped;
    the template puts the quotes)."""
    if len(name) > limit:
        name = name[:limit] + "..."
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


def _parse_utc(text: Any) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _utc_now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _one_line(text: Any) -> str:
    """An error's text fit for a one-sentence reason (asn1crypto's span several lines), control
    characters escaped: SQLite's and zipfile's texts quote names from the file (an index called
    "\\x1b[2J..." would reach the terminal of whoever verifies it)."""
    text = " ".join(str(text).split()).rstrip(".")
    return text if text.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _remove(path: Path | None) -> None:
    if path is not None:
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


def manifest_to_bytes(manifest: dict[str, Any]) -> bytes:
    """The manifest as it is stored and signed: UTF-8 JSON with sorted keys."""
    return (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def _zip_info(name: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = compression
    info.create_system = 3  # Unix, so that the permissions below mean what they say
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class _Refused(Exception):
    """A problem that makes reading the rest of the bundle pointless; its args are Messages."""


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, sink=None,
                 blob: bytes | None = None, limit: int | None = None) -> tuple[bytes | None, str]:
    """Reads a member with a cap on its size; returns (bytes or None when sunk, SHA-256 hex).

    blob: the whole bundle, when it is in memory: an ordinary member is then cut out of it and
    unpacked directly (_member_from_blob); anything unusual is read by zipfile, which says
    what is wrong with it."""
    limit = MAX_SIZES[info.orig_filename] if limit is None else limit
    if blob is not None and sink is None:
        found = _member_from_blob(blob, info, limit)
        if found is not None:
            return found, hashlib.sha256(found).hexdigest()
    digest = hashlib.sha256()
    parts: list[bytes] = []
    total = 0
    with zf.open(info) as f:
        while True:
            chunk = f.read(min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            total += len(chunk)
            if total > limit:
                raise _Refused(Message("bundle.member_too_large_unpacked", QT_TRANSLATE_NOOP(
                    "Messages", "The member {name} is larger than {mib} MiB once unpacked; it is "
                    "not a bundle this app wrote."),
                    {"name": info.orig_filename, "mib": limit // (1024 * 1024)}))
            digest.update(chunk)
            if sink is None:
                parts.append(chunk)
            else:
                sink.write(chunk)
    return (b"".join(parts) if sink is None else None), digest.hexdigest()


_LOCAL_HEADER = struct.Struct("<4s2sHH4sIIIHH")  # zip local file header, 30 bytes


def _member_from_blob(blob: bytes, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """A member's bytes, as zipfile would read them, when the zip is ordinary: the local header
    agrees with the central directory, the member is stored or deflated whole, its size and
    CRC-32 are right. None in every other case (zipfile then reads it, or says why not)."""
    if info.flag_bits & 0x61 or info.file_size > limit:
        return None  # encrypted or patched data, or larger than any member may be
    start = info.header_offset
    head = blob[start:start + _LOCAL_HEADER.size]
    if len(head) != _LOCAL_HEADER.size:
        return None
    signature, _, flags, _, _, _, _, _, name_length, extra_length = _LOCAL_HEADER.unpack(head)
    if signature != b"PK\x03\x04" or flags & 0x61:
        return None
    start += _LOCAL_HEADER.size
    name = blob[start:start + name_length]
    if name != info.orig_filename.encode("utf-8" if flags & 0x800 else "cp437"):
        return None
    start += name_length + extra_length
    raw = blob[start:start + info.compress_size]
    if len(raw) != info.compress_size:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        data = raw
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        try:
            data = inflater.decompress(raw, info.file_size + 1)
        except zlib.error:
            return None
        if not inflater.eof:
            return None
    else:
        return None
    if len(data) != info.file_size or zlib.crc32(data) != info.CRC:
        return None
    return data


def _check_members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    problems: list[Message] = []
    found: dict[str, zipfile.ZipInfo] = {}
    for info in zf.infolist():
        name = info.orig_filename
        parts = name.replace("\\", "/").split("/")
        if name in found:
            problems.append(Message("bundle.member_twice", QT_TRANSLATE_NOOP(
                "Messages", "The bundle holds the member “{name}” twice."), {"name": _show(name)}))
        elif name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            problems.append(Message("bundle.member_absolute", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a member with an absolute path, “{name}”."),
                {"name": _show(name)}))
        elif ".." in parts:
            problems.append(Message("bundle.member_leaves", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a member whose path leaves the bundle, “{name}”."),
                {"name": _show(name)}))
        elif "\\" in name:
            problems.append(Message("bundle.member_backslash", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a member with a backslash in its name, “{name}”."),
                {"name": _show(name)}))
        elif name.endswith("/") or info.is_dir():
            problems.append(Message("bundle.member_folder", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has a folder entry, “{name}”."), {"name": _show(name)}))
        elif name not in MEMBERS:
            problems.append(Message("bundle.member_unexpected", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has an unexpected member “{name}”."), {"name": _show(name)}))
        else:
            found[name] = info
            if info.flag_bits & 0x1:
                problems.append(Message("bundle.member_encrypted", QT_TRANSLATE_NOOP(
                    "Messages", "The member {name} is encrypted."), {"name": name}))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                problems.append(Message("bundle.member_compression", QT_TRANSLATE_NOOP(
                    "Messages", "The member {name} uses a compression this app does not write."),
                    {"name": name}))
    data_size = found[DATA].file_size if DATA in found else 0
    for name, info in found.items():
        limit = member_limit(name, data_size)
        if info.file_size > limit:
            problems.append(Message("bundle.member_declared_too_large", QT_TRANSLATE_NOOP(
                "Messages", "The member {name} declares {size} bytes, more than {mib} MiB; it "
                "is not a bundle this app wrote."),
                {"name": name, "size": info.file_size, "mib": limit // (1024 * 1024)}))
    for name in MEMBERS:
        if name not in found:
            problems.append(Message("bundle.member_missing", QT_TRANSLATE_NOOP(
                "Messages", "The bundle lacks the member {name}."), {"name": name}))
    if problems:
        raise _Refused(*problems)
    return found


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for k, v in pairs:
        if k in result:
            raise ValueError(f"the key {k!r} appears twice")
        result[k] = v
    return result


def _parse_manifest(data: bytes) -> tuple[dict[str, Any] | None, list[Message]]:
    try:
        manifest = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicate_keys)
    except (UnicodeDecodeError, ValueError) as exc:
        return None, [Message("bundle.manifest_not_json", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json is not valid UTF-8 JSON ({detail})."),
            {"detail": _one_line(exc)})]
    if not isinstance(manifest, dict):
        return None, [Message("bundle.manifest_not_object", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json is not a JSON object."))]
    problems: list[Message] = []
    for key, kind in _MANIFEST_KEYS.items():
        value = manifest.get(key)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            problems.append(Message("bundle.manifest_bad_key", QT_TRANSLATE_NOOP(
                "Messages", "manifest.json has no valid “{key}”."), {"key": key}))
    if problems:
        return None, problems
    if manifest["format_version"] != FORMAT_VERSION:
        if manifest["format_version"] > FORMAT_VERSION:
            return None, [Message("bundle.format_newer", QT_TRANSLATE_NOOP(
                "Messages", "The bundle has format version {version}; it was written by a newer "
                "version of the app, so update the app to read it."),
                {"version": manifest["format_version"]})]
        return None, [Message("bundle.format_unknown", QT_TRANSLATE_NOOP(
            "Messages", "The bundle has an unknown format version {version}."),
            {"version": manifest["format_version"]})]
    sums = manifest["sha256"]
    if set(sums) != {DATA, CERT} or not all(isinstance(v, str) for v in sums.values()):
        problems.append(Message("bundle.manifest_no_hashes", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json does not give the SHA-256 of data.sqlite and observer.pem.")))
    counts = manifest["row_counts"]
    if set(counts) != set(COUNTED_TABLES) or not all(
            isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in counts.values()):
        problems.append(Message("bundle.manifest_no_counts", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json does not give a row count for each table.")))
    if not all(isinstance(s, str) for s in manifest["stations"]):
        problems.append(Message("bundle.manifest_bad_stations", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json lists stations that are not codes.")))
    if _parse_utc(manifest["created_at"]) is None:
        problems.append(Message("bundle.manifest_bad_time", QT_TRANSLATE_NOOP(
            "Messages", "manifest.json has no valid creation time.")))
    return (None, problems) if problems else (manifest, [])


class _NullSink:
    def write(self, data: bytes) -> None:
        pass
