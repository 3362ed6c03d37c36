"""What a publication leaves out, and the pseudonyms it uses instead (issue 14).

By default nothing that identifies an observer or a private person reaches the published file:
observers appear as "Observer N" (numbered in the order the coordinator's database first saw a
bundle of theirs, so a number stays with its observer from one publication to the next; records
the coordinator typed in under no bundle are the "Coordinator"'s), contacts and
organisations never appear, witness lists and free-text notes are left out, and every known
name or contact that an observer wrote into a text that is kept (an incident's account, the
reason an official gave) is replaced by "[withheld]". Officials who ordered an obstruction keep
their name and position: they acted in office. Photos keep their SHA-256 and size, not their
bytes.

A name is found in any case, spacing, accents, invisible characters, full-width or look-alike
letters (a Cyrillic "е" in a Latin name), inside a handle or an e-mail address ("bekova_a",
"aigerimbekova@..."), and as it was before a bundle changed it (every copy the database holds, and
the audit trail). E-mail addresses and phone numbers in a kept text are withheld whoever they
belong to, --with-names or not (contacts never: a witness's phone number neither); links are
withheld unless published with names (a profile or channel names its owner). A witness list's
parts written as names ("Gulnara Abenova") have each word withheld too. Where an official's name
is also a witness's or an observer's, it is withheld: a private person's name never reaches the
file because someone typed it as an official's.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

WITHHELD = "[withheld]"
_PARTS = re.compile(r"[,;/()\[\]\n]+|\s+-\s+|\s+—\s+")
_LEAST = 4  # a shorter fragment (an initial, "и") would blank ordinary words
# A run of letters, or of digits with the spaces, dashes and brackets a phone number is written
# with: what names and numbers are made of (a number's token is its digits, its last 10 when
# longer: "+7 701 555-01-42" and "8 (701) 5550142" are one number).
_TOKEN = re.compile(r"[^\W\d_]+|\d(?:[\d().\- ]*\d)?")
# Letters that look alike, after case folding: Cyrillic and Greek ones as the Latin they resemble
# (an "А" typed for an "A" hides nothing from a reader).
_LOOKALIKES = str.maketrans("аеорсухіјѕԁһвкмнтαβεικνορτυχ", "aeopcyxijsdhbkmhtabeikvoptux")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+\s*\d|8)[\d\s().\-]{7,}\d(?!\w)")
_LINK = re.compile(r"(?:https?://|www\.)\S+|(?<![\w@.])[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}/\S*", re.IGNORECASE)
_TRAILING = ".,;:!?)»\"'"
_END = ""  # the key that marks where a secret's tokens end in the trie


def skeleton(text: str) -> tuple[str, list[int]]:
    """`text` as the redaction compares it: case folded, without accents, invisible characters
    or compatibility forms (full-width letters), look-alike letters as one; and for each of its
    characters the index of the character of `text` it came from."""
    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKD", ch).casefold():
            if unicodedata.category(c) in ("Mn", "Me", "Cf"):
                continue
            c = c.translate(_LOOKALIKES)
            chars.append(c)
            where.append(i)
    return "".join(chars), where


def _token(found: str) -> str:
    if not found[0].isdigit():
        return found
    digits = "".join(ch for ch in found if ch.isdigit())
    return digits[-10:]


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_token(t) for t in _TOKEN.findall(skeleton(text)[0]))


@dataclass
class Redaction:
    with_names: bool
    with_photos: bool
    pseudonyms: dict[str, str] = field(default_factory=dict)  # observer id -> what the file calls them
    secrets: list[str] = field(default_factory=list)  # longest first: never to appear in the file
    left_out: Counter = field(default_factory=Counter)  # what was left out -> how many
    _trie: dict = field(default_factory=dict)  # the secrets' tokens, one level per token

    @classmethod
    def of(cls, db, *, with_names: bool = False, with_photos: bool = False) -> Redaction:
        """Pseudonyms for the observers with records in the coordinator database `db`
        (sqlite3), and the strings the publication must not contain. Observer N is the N-th
        observer whose bundle the database saw first (bundles are never forgotten, whatever
        became of them): a number stays with its observer when another's bundle is withdrawn,
        or when an observer who had recorded nothing records later; numbers may have gaps."""
        redaction = cls(with_names, with_photos)
        has_records = {oid for (oid,) in db.execute(
            "SELECT observer_id FROM protocols WHERE deleted = 0 UNION SELECT observer_id FROM obstructions "
            "WHERE deleted = 0 UNION SELECT observer_id FROM incidents WHERE deleted = 0 "
            "UNION SELECT observer_id FROM turnout_tallies WHERE deleted = 0")}
        signers = {}
        for oid, name in db.execute(
                "SELECT p.observer_id, b.signer_name FROM protocols p JOIN bundles b ON b.sha256 = p.bundle_sha256 "
                "WHERE b.signer_name != '' GROUP BY p.observer_id"):
            signers[oid] = name
        secrets: set[str] = set()
        numbers = {oid: number for number, (oid,) in enumerate(db.execute(
            "SELECT observer_id FROM bundles WHERE observer_id != '' GROUP BY observer_id ORDER BY min(rowid)"), 1)}
        for oid, full_name, contact in db.execute("SELECT id, full_name, contact FROM observers ORDER BY rowid"):
            if oid in has_records:
                name = full_name or signers.get(oid, "")
                # records typed into this database, under no bundle: the coordinator's own
                alias = f"Observer {numbers[oid]}" if oid in numbers else "Coordinator"
                redaction.pseudonyms[oid] = (name or alias) if with_names else alias
                if not with_names:
                    redaction.left_out["observer names"] += bool(name)
            if contact:
                redaction.left_out["observer contacts"] += 1
        names, contacts, witnesses = _held(db)
        if not with_names:
            for name in names:
                secrets.update(_fragments(name, words=True))
            for text in witnesses:
                secrets.update(_fragments(text, names=True))
        for contact in contacts:  # contacts never appear, --with-names or not
            secrets.update(_fragments(contact, contact=True))
        redaction.secrets = sorted(secrets, key=lambda s: (-len(s), s))
        for secret in redaction.secrets:
            tokens = _tokens(secret)
            if not tokens or (len(tokens) == 1 and len(tokens[0]) < 2):
                continue  # nothing a reader would read as the name ("(", ".*", an initial)
            node = redaction._trie
            for token in tokens:
                node = node.setdefault(token, {})
            node[_END] = True
        return redaction

    def observer(self, observer_id: str) -> str:
        return self.pseudonyms.get(observer_id, "")

    def place(self, station, loaded: bool) -> tuple[str, str, str, str]:
        """A station's code, region, district and address as published: the election file's or
        station list's as they are (the coordinator loaded them), a station only bundles brought
        scrubbed (its signer typed them); a code that names someone is withheld, and replaced by
        one made from the station's id."""
        code, region, district, address = station.code, station.region or "", station.district or "", \
            station.address or ""
        if loaded:
            return code, region, district, address
        if self.scrub(code) != code:
            code = f"withheld-{hashlib.sha256(station.id.encode()).hexdigest()[:12]}"
        return code, self.scrub(region), self.scrub(district), self.scrub(address)

    @staticmethod
    def record_id(table: str, observer_id: str, record_id: str) -> str:
        """The id a record is published under: a hash of its table, its observer and its own id.
        An observer's record ids are theirs to choose (a crafted bundle's are any text); this one
        names nothing, links a photo to its record, and stays from one publication to the next."""
        return hashlib.sha256("\0".join((table, observer_id, record_id)).encode("utf-8")).hexdigest()[:16]

    def scrub(self, text: str | None) -> str:
        """`text` with every name, contact and witness string withheld (counted in left_out),
        in any case, spacing or look-alike letters; e-mail addresses and phone numbers always
        withheld, links too unless published with names."""
        if not text:
            return ""
        text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")  # zero-width characters
        text = self._withhold(_EMAIL, text, "contacts found in kept texts, withheld")
        text = self._withhold(_PHONE, text, "contacts found in kept texts, withheld", _is_phone)
        if not self.with_names:
            text = self._withhold(_LINK, text, "links in kept texts, withheld")
        if not self._trie:
            return text
        folded, where = skeleton(text)
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(folded)]
        tokens = [_token(folded[a:b]) for a, b in spans]
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(tokens):
            node, j, longest = self._trie, i, None
            while j < len(tokens) and tokens[j] in node:
                node = node[tokens[j]]
                j += 1
                if _END in node:
                    longest = j
            if longest is None:
                i += 1
                continue
            found.append((where[spans[i][0]], where[spans[longest - 1][1] - 1] + 1))
            i = longest
        if not found:
            return text
        self.left_out["names found in kept texts, withheld"] += len(found)
        pieces, at = [], 0
        for a, b in found:
            pieces += [text[at:a], WITHHELD]
            at = b
        return "".join(pieces) + text[at:]

    def _withhold(self, pattern: re.Pattern, text: str, what: str, keep=None) -> str:
        def one(match: re.Match) -> str:
            found = match.group()
            stripped = found.rstrip(_TRAILING)
            if keep is not None and not keep(stripped):
                return found
            self.left_out[what] += 1
            return WITHHELD + found[len(stripped):]

        return pattern.sub(one, text)

    def lines(self) -> list[str]:
        """What was left out, one line each, for the command's output."""
        return [f"{what}: {count}" for what, count in sorted(self.left_out.items()) if count]


def _is_phone(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return 10 <= digits <= 15


def _held(db) -> tuple[set[str], set[str], set[str]]:
    """Every observer name, contact and witness list the coordinator database holds or held: the
    kept rows, every bundle's copy of them (an observer who renamed themselves or changed their
    phone number), the copies listed as conflicts, the audit trail's old and new values, the
    certificates' names, and the witness lists of deleted records too."""
    names: set[str] = set()
    contacts: set[str] = set()
    witnesses: set[str] = set()
    for table in ("observers", "carried_observers"):
        if _has_table(db, table):
            for full_name, contact in db.execute(f"SELECT full_name, contact FROM [{table}]"):
                names.add(full_name or "")
                contacts.add(contact or "")
    names.update(name for (name,) in db.execute("SELECT DISTINCT signer_name FROM bundles WHERE signer_name != ''"))
    for field_, old, new in db.execute(
            "SELECT field, old, new FROM audit WHERE table_name = 'observers' AND field IN ('full_name', 'contact')"):
        (names if field_ == "full_name" else contacts).update((old or "", new or ""))
    for table in ("obstructions", "carried_obstructions"):
        if _has_table(db, table):
            witnesses.update(w for (w,) in db.execute(f"SELECT witnesses FROM [{table}] WHERE witnesses != ''"))
    for table, row_json in db.execute(
            "SELECT table_name, row_json FROM conflict_records WHERE table_name IN ('observers', 'obstructions')"):
        try:
            row = json.loads(row_json)
        except ValueError:
            continue
        if not isinstance(row, dict):
            continue
        for key, into in (("full_name", names), ("contact", contacts), ("witnesses", witnesses)):
            if isinstance(row.get(key), str):
                into.add(row[key])
    return names - {""}, contacts - {""}, witnesses - {""}


def _has_table(db, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def _fragments(text: str, *, words: bool = False, names: bool = False, contact: bool = False) -> set[str]:
    """A name, contact or witness list, and its parts worth searching for: each part between
    separators (commas, semicolons, slashes, brackets, line breaks) that holds a space or a digit
    ("D. Sadykova", "+7 701 555 0142"; a lone "observer" or a party's name in brackets is not a
    person); contact=True: every part. words=True (a person's own name): the whole name whatever
    its length, each word of 4 letters or more too, so that a surname alone is withheld
    ("Sadykova said"), and the words run together ("aigerimbekova", "abekova": a handle or an
    e-mail address). names=True (a witness list): the words of each part written as a name is
    ("Gulnara Abenova": each word capitalised, two to four of them).
    """
    text = " ".join(text.split())
    if words and len(_tokens(text)) == 1 and len(_tokens(text)[0]) >= 2:
        return {text}
    if len(text) < _LEAST:
        return set()
    found = {text}
    for part in _PARTS.split(text):
        part = " ".join(part.split()).strip(" .:")
        if len(part) >= _LEAST and (contact or " " in part or any(ch.isdigit() for ch in part)):
            found.add(part)
        letters = re.findall(r"[^\W\d_]+", part)
        if names and 2 <= len(letters) <= 4 and all(w[0].isupper() for w in letters):
            found |= {w for w in letters if len(w) >= _LEAST}
    if words:
        parts = [w for w in re.findall(r"[^\W\d_]+", text)]
        found |= {w for w in parts if len(w) >= _LEAST}
        if 2 <= len(parts) <= 5:
            for a in parts:
                for b in parts:
                    if a is not b and len(b) >= _LEAST:
                        found |= {a + b, a[0] + b}
    return found
