"""Does a referat read from outside (a meeting file's approved ``content``) have the types it declares?

``Referat.from_dict`` builds the dataclasses from whatever JSON it is given; a
hand-edited file could put a number where text belongs or a block kind the
printer does not know, and the PDF would fail later with a traceback. This
walks the dataclasses by their own type hints, so a field added to them later is
checked without a change here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, Literal, get_args, get_origin

from workshop.referat.content import Referat


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _problem(value: Any, hint: Any, where: str) -> str | None:
    origin = get_origin(hint)
    if origin is Literal:
        return None if value in get_args(hint) else f"{where}: ukendt værdi {repr(value)[:40]}"
    if origin in (typing.Union, types.UnionType):
        found = [_problem(value, arg, where) for arg in get_args(hint)]
        return None if None in found else found[0]
    if origin is tuple:
        if not isinstance(value, tuple):
            return f"{where}: skal være en liste"
        args = get_args(hint)
        each = args[0] if len(args) == 2 and args[1] is Ellipsis else None
        for i, item in enumerate(value):
            found_problem = _problem(item, each if each is not None else args[i] if i < len(args) else Any,
                                     f"{where}[{i}]")
            if found_problem:
                return found_problem
        return None
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        if not isinstance(value, hint):
            return f"{where}: har forkert form"
        for field in dataclasses.fields(hint):
            found_problem = _problem(getattr(value, field.name), _hints(hint)[field.name], f"{where}.{field.name}")
            if found_problem:
                return found_problem
        return None
    if hint is bool:
        return None if isinstance(value, bool) else f"{where}: skal være true eller false"
    if hint is int:
        return None if isinstance(value, int) and not isinstance(value, bool) else f"{where}: skal være et tal"
    if hint is str:
        return None if isinstance(value, str) else f"{where}: skal være tekst"
    if hint is type(None):
        return None if value is None else f"{where}: skal være tom"
    return None  # a type this walker does not know: the shape check (as_dict round trip) still holds


def content_problem(referat: Referat) -> str | None:
    """The first field whose value is not of its declared type (``items[2].blocks[0].kind: …``), or None."""
    return _problem(referat, Referat, "content")
