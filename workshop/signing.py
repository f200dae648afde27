"""This installation's signing key, the keys it trusts, and Ed25519 signatures over JSON data.

Every installation of Workshop has its own Ed25519 key pair, made the first time it
is needed and kept in the user's data folder (``paths.data_dir() / "keys"``):

- ``installation.pem``: the private key (PKCS#8 PEM), readable by the user only (0600);
- ``trusted.json``: the public keys of other installations the user has chosen to
  trust, ``{"<key>": {"id": "<key id>", "note": "...", "added": "<ISO time>"}}``.

A public key is written as the base64 of its 32 raw bytes; its *key id* is the first
64 bits of its SHA-256 in four groups of hex digits (``3f2a 9c1b 77d0 12ee``), short
enough to read aloud when two secretaries compare keys on the phone.

The cryptography is the ``cryptography`` package's (PyCA, OpenSSL); nothing here is
hand-written beyond choosing what is signed: the canonical JSON of a dict
(``fingerprint.canonical_json``), so the same data gives the same bytes everywhere.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from workshop.atomic_file import replace_file
from workshop.errors import StorageError, ValidationError
from workshop.paths import data_dir
from workshop.plain_text import escaped
from workshop.referat.fingerprint import canonical_json

if TYPE_CHECKING:  # cryptography (~80 ms of imports) is loaded when a key is first used
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ALGORITHM = "Ed25519"
KEY_FILE = "installation.pem"
TRUST_FILE = "trusted.json"

Known = Literal["own", "trusted"]


def key_dir() -> Path:
    """The folder of this installation's key and trusted keys (made private on first use)."""
    folder = data_dir() / "keys"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def installation_key() -> Ed25519PrivateKey:
    """This installation's private key, made and saved (0600) the first time it is needed.

    Two processes that need it for the first time at the same moment end with one key:
    each writes a complete key file under a temporary name and links it into place,
    which only one can do; the other reads the winner's.

    Raises:
        StorageError: the key file exists but cannot be read as an Ed25519 key.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_dir() / KEY_FILE
    if path.exists():
        return _load(path)
    key = Ed25519PrivateKey.generate()
    fd, tmp = tempfile.mkstemp(prefix=f".{KEY_FILE}.", dir=path.parent)  # mode 0600
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()))
            out.flush()
            os.fsync(out.fileno())
        os.link(tmp, path)  # fails if another process was first
    except FileExistsError:
        return _load(path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return key


def _load(path: Path) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    problem = f"installationens signaturnøgle {escaped(str(path))} kan ikke læses"
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as error:
        # Written by another process this very moment? Then it is complete a moment later.
        raise StorageError(f"{problem} ({escaped(str(error))}). Flyt filen væk, så laves en ny nøgle;"
                           " referater, den har signeret, kan så kun verificeres, hvis den gamle nøgle"
                           " betros.") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise StorageError(f"{problem}: den er ikke en Ed25519-nøgle.")
    return key


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """A public key as base64 of its 32 raw bytes (how it is written in meeting files)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def own_public_key() -> str:
    return public_key_text(installation_key())


def _public_key(text: str) -> Ed25519PublicKey:
    """Raises ValueError (also for bad base64) when ``text`` is not an Ed25519 public key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as error:
        raise ValueError("ikke base64") from error
    return Ed25519PublicKey.from_public_bytes(raw)  # ValueError unless 32 bytes


def key_id(public_key: str) -> str:
    """``3f2a 9c1b 77d0 12ee``: the first 64 bits of the raw public key's SHA-256, in groups."""
    try:
        raw = base64.b64decode(public_key.strip(), validate=True)
    except (binascii.Error, ValueError):
        raw = public_key.encode("utf-8", "replace")
    digest = hashlib.sha256(raw).hexdigest()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def sign(data: dict[str, Any]) -> dict[str, str]:
    """``{"algorithm": "Ed25519", "key": <public key>, "value": <base64 signature>}`` over ``data``."""
    key = installation_key()
    value = key.sign(canonical_json(data).encode("utf-8"))
    return {"algorithm": ALGORITHM, "key": public_key_text(key), "value": base64.b64encode(value).decode("ascii")}


def signature_valid(data: dict[str, Any], signature: Any) -> bool:
    """Was ``data`` signed by the key the signature names? (Whether that key is known is ``known``.)"""
    if not isinstance(signature, dict) or signature.get("algorithm") != ALGORITHM:
        return False
    from cryptography.exceptions import InvalidSignature

    key_text, value = signature.get("key"), signature.get("value")
    if not isinstance(key_text, str) or not isinstance(value, str):
        return False
    try:
        public = _public_key(key_text)
        public.verify(base64.b64decode(value, validate=True), canonical_json(data).encode("utf-8"))
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def trusted_keys() -> dict[str, dict[str, str]]:
    """The other installations' keys this user trusts (empty when none, or the file is unreadable)."""
    path = key_dir() / TRUST_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}  # a damaged list trusts nobody; trusting again rewrites it
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)} \
        if isinstance(data, dict) else {}


def known(public_key: str) -> Known | None:
    """``own`` for this installation's key, ``trusted`` for one the user trusts, else None."""
    if public_key == own_public_key():
        return "own"
    return "trusted" if public_key in trusted_keys() else None


def trust_key(public_key: str, note: str = "") -> str:
    """Trust another installation's key from now on; returns its key id.

    Raises:
        ValidationError: ``public_key`` is not an Ed25519 public key in base64.
    """
    text = public_key.strip()
    try:
        _public_key(text)
    except ValueError as error:
        raise ValidationError("key", "nøglen er ikke en Ed25519-nøgle i base64 (44 tegn, som i"
                                     ' mødefilens "signature"."key")') from error
    keys = trusted_keys()
    keys[text] = {"id": key_id(text), "note": note, "added": datetime.now().replace(microsecond=0).isoformat()}
    payload = (json.dumps(keys, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    replace_file(key_dir() / TRUST_FILE, lambda out: out.write(payload), own=True)
    return key_id(text)
