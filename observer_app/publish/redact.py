"""What a publication leaves out, and the pseudonyms it uses instead (issue 14).

By default nothing that identifies an observer or a private person reaches the published file:
observers appear as "Observer N" (numbered in the order the coordinator's database first held
them, so a number stays with its observer from one publication to the next), contacts and
organisations never appear, witness lists and free-text notes are left out, and every known
name or contact that an observer wrote into a text that is kept (an incident's account, the
reason an official gave) is replaced by "[withheld]". Officials who ordered an obstruction keep
their name and position: they acted in office. Photos keep their SHA-256 and size, not their
bytes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

WITHHELD = "[withheld]"
_PARTS = re.compile(r"[,;/()\[\]\n]+|\s+-\s+|\s+—\s+")
_LEAST = 4  # a shorter fragment (an initial, "и") would blank ordinary words


@dataclass
class Redaction:
    with_names: bool
    with_photos: bool
    pseudonyms: dict[str, str] = field(default_factory=dict)  # observer id -> what the file calls them
    secrets: list[str] = field(default_factory=list)  # longest first: never to appear in the file
    left_out: Counter = field(default_factory=Counter)  # what was left out -> how many
    _pattern: re.Pattern | None = None

    @classmethod
    def of(cls, db, *, with_names: bool = False, with_photos: bool = False) -> Redaction:
        """Pseudonyms for the observers with records in the coordinator database `db`
        (sqlite3), and the strings the publication must not contain."""
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
        number = 0
        for oid, full_name, organisation, contact in db.execute(
                "SELECT id, full_name, organisation, contact FROM observers ORDER BY rowid"):
            if oid in has_records:
                number += 1
                name = full_name or signers.get(oid, "")
                redaction.pseudonyms[oid] = (name or f"Observer {number}") if with_names else f"Observer {number}"
                if not with_names:
                    redaction.left_out["observer names"] += bool(name)
            for text in (full_name, signers.get(oid, "")) if not with_names else ():
                secrets.update(_fragments(text or "", words=True))
            secrets.update(_fragments(contact or ""))  # contacts never appear, --with-names or not
            if contact:
                redaction.left_out["observer contacts"] += 1
        for (name,) in db.execute("SELECT DISTINCT signer_name FROM bundles WHERE signer_name != ''"):
            if not with_names:
                secrets.update(_fragments(name, words=True))
        if not with_names:
            for (witnesses,) in db.execute(
                    "SELECT witnesses FROM obstructions WHERE deleted = 0 AND witnesses != ''"):
                secrets.update(_fragments(witnesses))
        redaction.secrets = sorted(secrets, key=lambda s: (-len(s), s))
        if redaction.secrets:
            # whole words only: "Dana" is withheld, "Adana" is not
            redaction._pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in redaction.secrets)
                                            + r")(?!\w)", re.IGNORECASE)
        return redaction

    def observer(self, observer_id: str) -> str:
        return self.pseudonyms.get(observer_id, "")

    def scrub(self, text: str | None) -> str:
        """`text` with every name, contact and witness string withheld (counted in left_out)."""
        if not text or self._pattern is None:
            return text or ""
        found, n = self._pattern.subn(WITHHELD, text)
        if n:
            self.left_out["names found in kept texts, withheld"] += n
        return found

    def lines(self) -> list[str]:
        """What was left out, one line each, for the command's output."""
        return [f"{what}: {count}" for what, count in sorted(self.left_out.items()) if count]


def _fragments(text: str, *, words: bool = False) -> set[str]:
    """A name, contact or witness list, and its parts worth searching for: each part between
    separators (commas, semicolons, slashes, brackets, line breaks) that holds a space or a digit
    ("D. Sadykova", "+7 701 555 0142"; a lone "observer" or a party's name in brackets is not a
    person). words=True (a person's own name): each word of 4 letters or more too, so that a
    surname alone is withheld ("Sadykova said").
    """
    text = " ".join(text.split())
    if len(text) < _LEAST:
        return set()
    found = {text}
    for part in _PARTS.split(text):
        part = " ".join(part.split()).strip(" .:")
        if len(part) >= _LEAST and (" " in part or any(ch.isdigit() for ch in part)):
            found.add(part)
    if words:
        found |= {w for w in re.findall(r"\w+", text) if len(w) >= _LEAST and not w.isdigit()}
    return found
