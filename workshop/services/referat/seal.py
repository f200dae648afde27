"""An approved version's seal: what is signed when the last member approves, and its check.

When the last present member approves, the version is fingerprinted (``sha256``
over the frozen referat, everything the approved document shows) and *sealed*:
this installation signs (Ed25519, ``workshop.signing``) the approval as a whole,

    {"format": "workshop-approval/1", "version": N, "sha256": <referat>,
     "document_sha256": <the frozen meeting document>, "approvals": [{"member", "at"}, ...]}

and the seal ``{"document_sha256", "signature"}`` is kept in the version's
``content``. The meeting file carries the same (``meeting_file``), so another
installation can check it.

``verification`` tells what an approved version is worth when it is read:

- ``verified``: fingerprint, meeting document and approvals match the seal, and the
  signature is this installation's or one the user trusts;
- ``unverified`` (*godkendt andetsteds – ikke verificeret*): no signature (imported
  without a valid one, or approved before signatures existed), or signed with a key
  this installation does not know; trusting that key (``signing.trust_key``) makes it
  verified;
- ``altered`` (*ændret efter godkendelse*): the stored content no longer matches its
  fingerprint or its seal — edited in the database after approval. It never prints as
  approved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlmodel import Session

from workshop import signing
from workshop.models import ReferatVersion
from workshop.referat.fingerprint import fingerprint
from workshop.services.referat.versions import _approvals

SEAL_FORMAT = "workshop-approval/1"

State = Literal["verified", "unverified", "altered"]


@dataclass(frozen=True)
class Verification:
    """What the check of an approved version found.

    Attributes:
        state: ``verified``, ``unverified`` or ``altered``.
        reason: one Danish sentence saying why (shown in the app and on the approval page).
        key: the signing installation's public key (base64) when the signature is valid.
    """

    state: State
    reason: str
    key: str | None = None

    @property
    def key_id(self) -> str | None:
        return signing.key_id(self.key) if self.key else None

    @property
    def can_trust(self) -> bool:
        """Unverified only because its valid signature is from a key the user has not trusted yet."""
        return self.state == "unverified" and self.key is not None

    def shown(self) -> tuple[str, str]:
        """``(state, reason)`` as ``render_pdf`` takes it."""
        return self.state, self.reason


def _stamp(at: datetime) -> str:
    """An approval time as signed: ``2017-11-20T09:15:00`` (seconds always, no zone)."""
    return at.replace(microsecond=0, tzinfo=None).isoformat(timespec="seconds")


def approval_payload(number: int, sha256: str, document_sha256: str | None,
                     approvals: Iterable[tuple[str, datetime]]) -> dict[str, Any]:
    """The data an approval's signature covers (approvals sorted, so their order does not matter)."""
    given = sorted(({"member": name, "at": _stamp(at)} for name, at in approvals),
                   key=lambda a: (a["member"], a["at"]))
    return {"format": SEAL_FORMAT, "version": number, "sha256": sha256, "document_sha256": document_sha256,
            "approvals": given}


def document_fingerprint(document: dict[str, Any] | None) -> str | None:
    return fingerprint(document) if document is not None else None


def seal(s: Session, row: ReferatVersion) -> None:
    """Sign an approved version with this installation's key (in the approving transaction).

    ``row`` has just been approved: its status, ``sha256`` and every approval are in ``s``.

    Raises:
        StorageError: the installation's key file cannot be read.
    """
    assert row.content is not None and row.sha256 is not None
    s.flush()  # the last approval is a row before it is signed
    document_sha256 = document_fingerprint(row.content.get("document"))
    payload = approval_payload(row.number, row.sha256, document_sha256,
                               [(a["member"], a["at"]) for a in _approvals(s, row)])
    row.content = {**row.content, "seal": {"document_sha256": document_sha256, "signature": signing.sign(payload)}}


def verification(s: Session, row: ReferatVersion) -> Verification | None:
    """Check an approved version against its fingerprint and seal; None unless it is approved."""
    if row.status != "approved":
        return None
    content = row.content or {}
    referat = content.get("referat")
    if not isinstance(referat, dict) or not row.sha256 or fingerprint(referat) != row.sha256:
        return Verification("altered", "referatets indhold passer ikke længere med fingeraftrykket fra"
                                       " godkendelsen.")
    stored_seal = content.get("seal")
    if not isinstance(stored_seal, dict):
        return Verification("unverified", content.get("unverified_reason")
                            or "versionen har ingen signatur, så det kan ikke efterprøves, hvor og af hvem"
                               " den er godkendt.")
    document_sha256 = stored_seal.get("document_sha256")
    document = content.get("document")
    if document is not None and document_fingerprint(document) != document_sha256:
        return Verification("altered", "mødets data i versionen passer ikke med dem, der blev godkendt.")
    payload = approval_payload(row.number, row.sha256, document_sha256,
                               [(a["member"], a["at"]) for a in _approvals(s, row)])
    signature = stored_seal.get("signature")
    if not isinstance(signature, dict) or not signing.signature_valid(payload, signature):
        return Verification("altered", "godkendelserne eller indholdet passer ikke med signaturen fra"
                                       " godkendelsen.")
    key: str = signature["key"]
    key_id = signing.key_id(key)
    match signing.known(key):
        case "own":
            return Verification("verified", f"Signeret af denne installation (nøgle {key_id}).", key)
        case "trusted":
            return Verification("verified", f"Signeret af en installation, du har valgt at stole på"
                                            f" (nøgle {key_id}).", key)
    return Verification("unverified", f"den er signeret af en installation, denne ikke kender (nøgle {key_id}).",
                        key)


def check_file_seal(state: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """For import: the seal to keep from a meeting file's approved ``referat`` section.

    Returns ``(seal, reason)``: the seal when the file's signature is valid for what
    the file says (its key may still be unknown; ``verification`` decides at reading),
    else None and the Danish reason the version is not verified.
    """
    signature = state.get("signature")
    if signature is None:
        return None, "filen, den kom fra, har ingen signatur, så det kan ikke efterprøves, hvor og af hvem" \
                     " den er godkendt."
    from workshop.meetingfile.formats import parse_date_time  # the package pulls in jsonschema

    document_sha256 = state.get("document_sha256")
    given = [(a["member"], parse_date_time(a["at"])) for a in state.get("approvals", [])]
    payload = approval_payload(state["version"], state["sha256"], document_sha256,
                               [(name, at) for name, at in given if at is not None])
    if not signing.signature_valid(payload, signature):
        return None, "filens signatur passer ikke med dens indhold og godkendelser; filen er ændret efter" \
                     " godkendelsen."
    return {"document_sha256": document_sha256, "signature": signature}, ""
