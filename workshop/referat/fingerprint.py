"""SHA-256 over the referat's canonical content, never over PDF bytes.

PDF bytes change with ReportLab versions and fonts; the content does not. The
canonical form is JSON with sorted keys, UTF-8 text kept as is and no spaces,
so the same referat always gives the same digest on every machine.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from workshop.referat.content import Referat


def canonical_json(data: Any) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint(referat: Referat | dict[str, Any]) -> str:
    """Hex SHA-256 of a referat (or its ``as_dict`` form, as frozen in the database)."""
    data = referat.as_dict() if isinstance(referat, Referat) else referat
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()
