"""Reading and validating a meeting file: JSON Schema first, then the references it cannot express.

Every problem is reported as ``<JSON path>: <Danish message>``, e.g.
``meeting.items[2].groups[0].members[1]: "Anne Hjort" er ikke medlem af udvalget``.
Validation never touches the database, so a rejected file cannot write anything.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema
import jsonschema
from jsonschema import Draft202012Validator, FormatChecker

from workshop import member_names
from workshop.errors import ValidationError
from workshop.limits import year_in_range, years_message
from workshop.meetingfile.formats import is_clock_time, parse_date, parse_date_time
from workshop.plain_text import CONTROL, escaped, has_visible, invisible_only, thousands, too_long

SCHEMA_PATH = Path(__file__).with_name("schema.json")
FORMAT = "workshop-meeting/1"
MAX_FILE_BYTES = 50 * 1024 * 1024  # far above any real meeting; refused before reading
MAX_DIGITS = 20  # an integer literal's digits: every number in the file is far smaller
MAX_DEPTH = 32  # levels of nesting: a meeting file has at most 8

_BAD_CHAR = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_TYPE_NAMES = {
    "string": "tekst",
    "integer": "et helt tal",
    "number": "et tal",
    "boolean": "true eller false",
    "array": "en liste",
    "object": "et objekt",
    "null": "null",
}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a file: where (JSON path) and what (Danish)."""

    sort_key: tuple[tuple[int, int | str], ...]
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class MeetingFileError(ValidationError):
    """A rejected meeting file. ``problems`` lists them all; the message names the first."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        ordered = sorted(set(problems))
        first = ordered[0]
        more = len(ordered) - 1
        detail = first.message + (f" (og {more} fejl mere)" if more else "")
        super().__init__(first.path, detail)
        # in a file, the path is what says where: "meeting.items[4].title: må ikke være tom"
        self.message = f"{first.path}: {detail}" if first.path else detail
        self.args = (self.message,)
        self.problems = ordered


def file_error(message: str) -> MeetingFileError:
    """A problem with the file as a whole (size, encoding, JSON syntax)."""
    return MeetingFileError([Problem((), "", message)])


# --- reading ---------------------------------------------------------------

def read_document(path: str | Path) -> dict[str, Any]:
    """Read a meeting file as JSON, without validating its content.

    Only a regular file is read, and never more than ``MAX_FILE_BYTES``: a device such as
    ``/dev/zero`` reports size 0 and never ends, a named pipe waits for a writer.

    Raises:
        MeetingFileError: missing, not a regular file, unreadable, too large, not UTF-8 or not valid JSON.
    """
    path = Path(path)
    shown, name = escaped(str(path)), escaped(path.name)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # before opening: opening a pipe or a device can block
            raise _not_regular(path, shown)
        # O_NONBLOCK: should the path have become a pipe since, opening it does not wait for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise _not_regular(path, shown)
            if info.st_size > MAX_FILE_BYTES:
                raise _too_large(name, info.st_size)
            raw = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since fstat
            if len(raw) > MAX_FILE_BYTES:
                raise _too_large(name, max(info.st_size, len(raw)))
    except FileNotFoundError:
        raise file_error(f"{shown}: filen findes ikke") from None
    except PermissionError:
        raise file_error(f"{shown}: ingen adgang til at læse filen") from None
    except OSError as error:
        raise file_error(f"{shown}: filen kan ikke læses ({escaped(error.strerror or str(error))})") from None
    return parse_document(raw, name=name)


def _not_regular(path: Path, shown: str) -> MeetingFileError:
    if path.is_dir():
        return file_error(f"{shown}: er en mappe, ikke en fil")
    return file_error(f"{shown}: er ikke en almindelig fil (men fx en enhed eller en navngivet pipe);"
                      " den er ikke indlæst.")


def _too_large(name: str, size: int) -> MeetingFileError:
    return file_error(f"{name}: filen er for stor ({size / 1024 / 1024:.1f} MB); grænsen er"
                      f" {MAX_FILE_BYTES // 1024 // 1024} MB. Den er ikke indlæst.")


def parse_document(raw: bytes | str, name: str = "filen") -> dict[str, Any]:
    """Parse JSON text; duplicate keys and NaN/Infinity are refused, errors give line and column.

    ``name`` is shown in messages as given (``read_document`` passes it escaped). Integers
    longer than ``MAX_DIGITS`` are refused (Python refuses 4,300 digits with a ValueError),
    nesting the parser cannot follow is refused, and a float with an integral value becomes
    an int: JSON Schema calls ``5.0`` an integer, and the database must get 5.
    """
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")  # tolerate the BOM some Windows editors write
        except UnicodeDecodeError as error:
            raise file_error(f"{name}: er ikke UTF-8-tekst (byte {error.start + 1})") from None
    else:
        text = raw
    try:
        doc = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constant,
                         parse_int=_int, parse_float=_float)
    except json.JSONDecodeError as error:
        raise file_error(
            f"{name}: ugyldig JSON i linje {error.lineno}, kolonne {error.colno}: {_json_reason(error.msg)}"
        ) from None
    except _DuplicateKey as error:
        raise file_error(f"{name}: nøglen {quote(error.key)} står to gange i samme objekt") from None
    except _Constant as error:
        raise file_error(f"{name}: {error.name} er ikke tilladt i en mødefil (kun almindelige tal)") from None
    except _TooManyDigits as error:
        raise file_error(f"{name}: {_long_number_place(text)}et tal med {thousands(error.digits)} cifre er"
                         f" ikke tilladt (højst {MAX_DIGITS})") from None
    except RecursionError:
        raise file_error(f"{name}: filen er indlejret for dybt (en mødefil har højst {MAX_DEPTH}"
                         " niveauer)") from None
    if not isinstance(doc, dict):
        raise file_error(f"{name}: skal indeholde ét JSON-objekt ({{ … }}) øverst")
    return doc


class _TooManyDigits(Exception):
    def __init__(self, digits: int) -> None:
        self.digits = digits


def _int(literal: str) -> int:
    digits = len(literal) - literal.startswith("-")
    if digits > MAX_DIGITS:
        raise _TooManyDigits(digits)
    return int(literal)


def _float(literal: str) -> int | float:
    value = float(literal)  # a literal too large for a float becomes inf: the schema refuses that
    return int(value) if value.is_integer() and abs(value) < 10**MAX_DIGITS else value


# A JSON string (skipped) or an integer literal longer than MAX_DIGITS.
_LONG_NUMBER = re.compile(r'"(?:[^"\\]|\\.)*"|-?\d{' + str(MAX_DIGITS + 1) + r',}(?![.eE\d])')


def _long_number_place(text: str) -> str:
    """``linje 3, kolonne 8: `` for the first over-long integer outside a string, else ""."""
    for match in _LONG_NUMBER.finditer(text):
        if not match.group().startswith('"'):
            pos = match.start()
            line = text.count("\n", 0, pos) + 1
            return f"linje {line}, kolonne {pos - text.rfind(chr(10), 0, pos)}: "
    return ""


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _Constant(Exception):
    def __init__(self, name: str) -> None:
        self.name = name


def _no_constant(name: str) -> Any:
    raise _Constant(name)


_JSON_REASONS = {
    "Expecting value": "der mangler en værdi",
    "Expecting ',' delimiter": "der mangler et komma",
    "Expecting ':' delimiter": "der mangler et kolon",
    "Expecting property name enclosed in double quotes": "der mangler en nøgle i dobbelte anførselstegn",
    "Unterminated string starting at": "en tekst er ikke afsluttet med \"",
    "Invalid control character at": "et kontroltegn står direkte i en tekst",
    "Extra data": "der står mere efter dokumentets afslutning",
    "Invalid \\escape": "ugyldig escape-sekvens",
    "Invalid \\uXXXX escape": "ugyldig \\uXXXX-sekvens",
}


def _json_reason(msg: str) -> str:
    for english, danish in _JSON_REASONS.items():
        if msg.startswith(english):
            return danish
    return msg


# --- paths and quoting ---------------------------------------------------------

def json_path(parts: Iterable[str | int]) -> str:
    """``["meeting", "items", 2, "title"]`` -> ``meeting.items[2].title``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out


def _sort_key(parts: Iterable[str | int]) -> tuple[tuple[int, int | str], ...]:
    return tuple((0, p) if isinstance(p, int) else (1, p) for p in parts)


def problem(parts: Sequence[str | int], message: str) -> Problem:
    return Problem(_sort_key(parts), json_path(parts) or "dokumentet", message)


def quote(value: Any, limit: int = 60) -> str:
    """A value as JSON, shortened, for a message (control and bidi characters come out escaped)."""
    text = escaped(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= limit else text[: limit - 2] + "…" + text[-1]


# --- schema ------------------------------------------------------------------

@cache
def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema


# The schema's formats, for strings (other types are the "type" keyword's business).
def _date_ok(value: str) -> bool:
    day = parse_date(value)
    return day is not None and year_in_range(day)


def _date_time_ok(value: str) -> bool:
    moment = parse_date_time(value)
    return moment is not None and year_in_range(moment)


def _visible_ok(value: str) -> bool:
    # a control character is the text pattern's error; one message per problem
    return has_visible(value) or CONTROL.search(value) is not None


_FORMATS: dict[str, Callable[[str], bool]] = {
    "date": _date_ok,
    "local-date-time": _date_time_ok,
    "clock-time": is_clock_time,
    "visible": _visible_ok,
}


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    for name, check in _FORMATS.items():
        checker.checks(name)(lambda v, check=check: not isinstance(v, str) or check(v))
    return checker


def _inlined(node: Any, defs: dict[str, Any]) -> Any:
    """``node`` with every ``#/$defs/...`` reference replaced by the definition itself.

    jsonschema resolves a ``$ref`` through ``referencing`` on every visit; with the
    references inlined a 5,000-input meeting validates in about a third of the time
    (tests/bench figure 5). A reference beside other keywords becomes an ``allOf``
    entry, which reports the same errors at the same paths.
    """
    if isinstance(node, list):
        return [_inlined(x, defs) for x in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inlined(v, defs) for k, v in node.items() if k not in ("$ref", "$defs")}
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        target = _inlined(defs[ref.removeprefix("#/$defs/")], defs)
        if not out:
            return target
        out["allOf"] = [*out.get("allOf", []), target]
    elif ref is not None:
        out["$ref"] = ref
    return out


@cache
def _inlined_schema() -> dict[str, Any]:
    schema = load_schema()
    inlined: dict[str, Any] = _inlined(schema, schema.get("$defs", {}))
    return inlined


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(_inlined_schema(), format_checker=_format_checker())


@cache
def _compiled_check() -> Callable[[Any], Any]:
    """The schema compiled to Python code by fastjsonschema (compiled once per process).

    It checks a valid file about ten times faster than jsonschema (bench figures 5 and
    7), but stops at the first error and names it in English; so it only answers "valid".
    When it refuses, jsonschema finds every error and ``_translate`` words them.
    """
    return fastjsonschema.compile(_inlined_schema(), formats=_FORMATS, use_default=False)


def _schema_accepts(doc: Any) -> bool:
    try:
        _compiled_check()(doc)
    except fastjsonschema.JsonSchemaException:
        return False
    return True


def _translate(error: jsonschema.ValidationError) -> list[Problem]:
    """One jsonschema error as Danish problems (one per unknown or missing key)."""
    parts = list(error.absolute_path)
    kind, value, instance = error.validator, error.validator_value, error.instance
    if kind == "additionalProperties":
        known = error.schema.get("properties", {})
        return [problem(parts, f"ukendt nøgle {quote(k)}") for k in instance if k not in known]
    if kind == "required":
        return [problem(parts, f"mangler nøglen {quote(k)}") for k in value if k not in instance]
    if kind == "type":
        wanted = " eller ".join(_TYPE_NAMES.get(t, t) for t in ([value] if isinstance(value, str) else value))
        return [problem(parts, f"skal være {wanted}, ikke {quote(instance)}")]
    if kind == "enum":
        return [problem(parts, f"{quote(instance)} er ikke tilladt; brug en af: {', '.join(value)}")]
    if kind == "const":
        return [problem(parts, f"skal være {quote(value)}, ikke {quote(instance)}")]
    if kind == "minimum":
        return [problem(parts, f"skal være mindst {value}, ikke {quote(instance)}")]
    if kind == "maximum":
        return [problem(parts, f"må højst være {value}, ikke {quote(instance)}")]
    if kind == "maxLength":
        return [problem(parts, too_long(len(instance), value))]
    if kind == "pattern":
        return [problem(parts, _pattern_message(value, instance))]
    if kind == "format":
        return [problem(parts, _format_message(value, instance))]
    return [problem(parts, error.message)]  # a keyword the schema does not use today


def _pattern_message(pattern: str, instance: str) -> str:
    bad = _BAD_CHAR.search(instance)
    if bad:
        code = ord(bad.group())
        if 0xD800 <= code <= 0xDFFF:
            return f"indeholder et ugyldigt tegn (U+{code:04X})"
        return f"indeholder et kontroltegn (U+{code:04X}), som ikke er tilladt"
    if "0-9a-f" in pattern:
        return f"{quote(instance)} er ikke en SHA-256-værdi (64 små hexcifre)"
    return f"{quote(instance)} har ikke den rigtige form"


def _format_message(fmt: str, instance: str) -> str:
    if fmt == "visible":
        return invisible_only(instance)
    if fmt in ("date", "local-date-time") and (parse_date(instance) or parse_date_time(instance)):
        return f"{quote(instance)} er ikke tilladt: {years_message()}"
    if fmt == "date":
        return f"{quote(instance)} er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"
    if fmt == "local-date-time":
        return f"{quote(instance)} er ikke en gyldig dato og tid (ÅÅÅÅ-MM-DDTTT:MM)"
    if fmt == "clock-time":
        return f"{quote(instance)} er ikke et gyldigt klokkeslæt (TT:MM)"
    return f"{quote(instance)} har ikke formatet {fmt}"


# --- references --------------------------------------------------------------

def _references(doc: dict[str, Any]) -> list[Problem]:
    """What the schema cannot say: unique names and titles, and members that exist."""
    found: list[Problem] = []
    committee, meeting = doc["committee"], doc["meeting"]
    members: set[str] = set()
    keys: dict[str, str] = {}  # member_names.key -> the first name with it
    for i, member in enumerate(committee.get("members", [])):
        name = member["name"]
        where: list[str | int] = ["committee", "members", i, "name"]
        first = keys.setdefault(member_names.key(name), name)
        if name in members:
            found.append(problem(where, f"{quote(name)} står to gange blandt udvalgets medlemmer"))
        elif first != name:  # the same name on paper: one person signing twice
            found.append(problem(where, f"{quote(name)} står to gange blandt udvalgets medlemmer (som"
                                        f" {quote(first)}; forskellen er kun store/små bogstaver,"
                                        " mellemrum eller usynlige tegn)"))
        elif (word := member_names.mixed_script(name)) is not None:
            found.append(problem(where, f"{quote(name)} blander bogstaver fra flere alfabeter (latinsk, græsk,"
                                        f" kyrillisk) i ordet {quote(word)}, så navnet kan ligne et andet"
                                        " medlems; skriv det med ét alfabet"))
        members.add(name)

    def refs(base: list[str | int], names: list[str], what: str | None, key: str | None = None) -> None:
        """Each name must be a member; ``what`` set means each may appear only once there."""
        seen: set[str] = set()
        for j, name in enumerate(names):
            where = [*base, j, key] if key else [*base, j]
            if name not in members:
                found.append(problem(where, f"{quote(name)} er ikke medlem af udvalget"))
            elif what and name in seen:
                found.append(problem(where, f"{quote(name)} står to gange i {what}"))
            seen.add(name)

    refs(["meeting", "attendance"], [a["member"] for a in meeting.get("attendance", [])], "fremmødet",
         "member")
    for i, item in enumerate(meeting.get("items", [])):
        base: list[str | int] = ["meeting", "items", i]
        refs([*base, "absent"], item.get("absent", []), "listen over fraværende")
        refs([*base, "conflicts"], item.get("conflicts", []), "listen over inhabile")
        refs([*base, "answers"], [a["member"] for a in item.get("answers", [])], "svarene", "member")
        refs([*base, "remarks"], [r["member"] for r in item.get("remarks", [])], None, "member")
        titles: set[str] = set()
        for j, cand in enumerate(item.get("candidates", [])):
            if cand["title"] in titles:
                found.append(problem([*base, "candidates", j, "title"],
                                     f"pejlemærket {quote(cand['title'])} står to gange i punktet"))
            titles.add(cand["title"])
        grouped: dict[str, int] = {}  # member -> the first group of the item they are in
        for j, group in enumerate(item.get("groups", [])):
            refs([*base, "groups", j, "members"], group.get("members", []), "gruppen")
            for k, name in enumerate(group.get("members", [])):
                first_group = grouped.setdefault(name, j)
                if first_group != j and name in members:  # one group per member in an item, as in the app
                    found.append(problem([*base, "groups", j, "members", k],
                                         f"{quote(name)} er allerede med i gruppen"
                                         f" {quote(item['groups'][first_group]['name'])} i samme punkt; et medlem kan"
                                         " kun være i én gruppe pr. punkt"))
            for k, inp in enumerate(group.get("inputs", [])):
                if "member" in inp:
                    refs([*base, "groups", j, "inputs", k], [inp["member"]], None)
                if "candidate" in inp and inp["candidate"] not in titles:
                    found.append(problem([*base, "groups", j, "inputs", k, "candidate"],
                                         f"pejlemærket {quote(inp['candidate'])} findes ikke i punktet"))
        for j, wg in enumerate(item.get("working_groups", [])):
            refs([*base, "working_groups", j, "members"], wg.get("members", []), "arbejdsgruppen")
            if "convener" in wg and wg["convener"] not in wg.get("members", []):
                found.append(problem([*base, "working_groups", j, "convener"],
                                     f"tovholderen {quote(wg['convener'])} er ikke med i arbejdsgruppen"))
            meets, reports = parse_date(wg.get("meets_on", "")), parse_date(wg.get("reports_to", ""))
            if meets is not None and reports is not None and reports < meets:
                # as the services refuse it (a group reports back after it has met), so no export has it
                found.append(problem([*base, "working_groups", j, "reports_to"],
                                     f"tilbagemeldingen ({quote(wg['reports_to'])}) kan ikke ligge før gruppens"
                                     f" første møde ({quote(wg['meets_on'])})"))
    referat = doc.get("referat")
    if referat is not None:
        for j, approval in enumerate(referat.get("approvals", [])):
            if approval["member"] not in members:
                found.append(problem(["referat", "approvals", j, "member"],
                                     f"{quote(approval['member'])} er ikke medlem af udvalget"))
        if referat["status"] == "approved" and "sha256" not in referat:
            found.append(problem(["referat"], 'et godkendt referat skal have "sha256"'))
    return found


def _too_deep(doc: Any) -> Problem | None:
    """A problem at the first value nested deeper than ``MAX_DEPTH`` levels, or None.

    Iterative, so any depth the parser accepted is walked without recursion. The path
    is cut where the schema's shapes end (8 parts) and trailing list indices are dropped:
    ``meeting.items[0].title``, not a thousand ``[0]``.
    """
    stack: list[tuple[Any, int, tuple[str | int, ...]]] = [(doc, 1, ())]
    while stack:
        node, depth, path = stack.pop()
        if depth > MAX_DEPTH:
            parts = list(path[:8])
            while len(parts) > 1 and isinstance(parts[-1], int):
                parts.pop()
            return problem(parts, f"er indlejret for dybt (højst {MAX_DEPTH} niveauer)")
        children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        stack.extend((child, depth + 1, (*path, key)) for key, child in children
                     if isinstance(child, dict | list))
    return None


def problems(doc: Any) -> list[Problem]:
    """Everything wrong with ``doc``, sorted by path; empty when it is a valid meeting file."""
    if not isinstance(doc, dict):
        return [problem([], "skal være et JSON-objekt")]
    if not _schema_accepts(doc):
        deep = _too_deep(doc)
        if deep is not None:  # before jsonschema: quoting such a value would overflow the stack
            return [deep]
        # jsonschema decides: the compiled check is stricter in one corner ("$" in a
        # pattern matches before a final newline in jsonschema, not there)
        found = [p for error in _validator().iter_errors(doc) for p in _translate(error)]
        if found:
            return sorted(set(found))
    return sorted(set(_references(doc)))


def validate_document(doc: Any) -> None:
    """Check a parsed meeting file completely.

    Raises:
        MeetingFileError: with every problem; its message names the first one's JSON path.
    """
    found = problems(doc)
    if found:
        raise MeetingFileError(found)
