"""BundleCheck: what verifying a bundle found, in plain fields that pickle across processes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from observer_app.identity import printable
from observer_app.messages import Message

# ---------------------------------------------------------------------------------------------
# The result of a verification


@dataclasses.dataclass
class BundleCheck:
    """What :func:`verify_bundle` found. Plain fields only, so it pickles across processes.
    The signer's name and organisation are as they can be printed (identity.printable: a line
    break in a certificate's name is written \\n)."""

    path: str
    sha256: str | None = None  # the bundle's id: of manifest.json (of the file if unreadable)
    ok: bool = False
    reasons: list[Message] = dataclasses.field(default_factory=list)  # str(reason): English
    manifest: dict[str, Any] | None = None
    observer_id: str | None = None  # the manifest's (equal to the certificate's UID when ok)
    signer_name: str | None = None
    signer_org: str | None = None
    cert_sha256: str | None = None  # of the certificate's DER
    self_signed: bool = False
    trusted: bool | None = None  # None: no trust anchors were given
    schema_version: int | None = None
    election_id: str | None = None
    extracted: str | None = None  # where data.sqlite was left (extract_to), when ok
    cert_valid_until: str | None = None  # the certificate's notAfter, ISO 8601 UTC

    @property
    def status(self) -> str:
        """'invalid', 'trusted' or 'unverified' (intact, but the signer is not verified)."""
        if not self.ok:
            return "invalid"
        return "trusted" if self.trusted else "unverified"

    def signer(self) -> str:
        org = f" ({printable(self.signer_org)})" if self.signer_org else ""
        return f"{printable(self.signer_name) if self.signer_name else 'unknown signer'}{org}"

    def _made(self) -> str:
        """", made on DATE, within the certificate's validity (it expired on DATE)" when the
        certificate has expired since (the bundle is judged as of when it was made), else ""."""
        created = (self.manifest or {}).get("created_at")
        if not self.cert_valid_until or not isinstance(created, str):
            return ""
        until = dt.datetime.fromisoformat(self.cert_valid_until)
        if dt.datetime.now(dt.timezone.utc) <= until:
            return ""
        made = dt.datetime.fromisoformat(created.replace("Z", "+00:00")).astimezone(dt.timezone.utc)
        return (f", made on {made:%Y-%m-%d %H:%M} UTC, within the certificate's validity (it "
                f"expired on {until:%Y-%m-%d})")

    def summary(self) -> str:
        """A message for a person: the verdict first, then each reason on its own line. What
        comes from the bundle is printed on its own line whatever it holds."""
        name = printable(Path(self.path).name)
        if not self.ok:
            return "\n".join([f"{name} is not a valid bundle:"] + [f"  {r}" for r in self.reasons])
        who = (f"signed by {self.signer()}, observer {printable(str(self.observer_id))}"
               f"{self._made()}")
        if self.trusted:
            return f"{name} is intact and {who}, whose certificate leads to the trusted CA."
        why = ("a self-signed certificate" if self.self_signed
               else "a certificate that was not checked against a CA (use --trust CA.pem)")
        return f"{name} is intact and {who}; the signer is not verified ({why})."
