"""The ``workshop`` command: import, export, list, demo; with no command, the desktop app.

Qt is imported only in the branch that starts the app, so the command line runs
on a machine without a display. Bad input, a rejected file, an unknown meeting or
a database that cannot be used ends with exit status 2 and one Danish line on
stderr, never a traceback; control characters in that line are shown escaped
(``\u001b``), so a hostile file name or key cannot drive the terminal.

To add a subcommand: a ``_add_<name>`` function that registers its parser and
sets ``handler``, called from ``build_parser``; the handler gets the open
database and the parsed arguments and returns the exit status.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from workshop import logs, paths
from workshop.errors import WorkshopError
from workshop.plain_text import escaped

if TYPE_CHECKING:
    from workshop.db import Database

Handler = Callable[["Database", argparse.Namespace], int]
EXIT_BAD_INPUT = 2
EXIT_ALTERED = 3  # the PDF is written, but the approved referat was changed after approval
log = logging.getLogger("workshop.cli")  # not __main__ under python -m

# argparse's own messages are English; the ones a user meets most, in Danish.
_ARGPARSE_DANISH = [
    (r"the following arguments are required: (.*)", r"mangler: \1"),
    (r"unrecognized arguments: (.*)", r"ukendte argumenter: \1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"ukendt kommando \2 (vælg mellem \3)"),
    (r"argument (\S+): expected one argument", r"\1 skal efterfølges af en værdi"),
    (r"argument (\S+): invalid (\S+) value: (.*)", r"\1: ugyldig værdi \3"),
    (r"argument (\S+): (.*)", r"\1: \2"),
]


class DanishFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "Brug: " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one Danish line and exit status 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", DanishFormatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenter"
        self._optionals.title = "tilvalg"
        self.add_argument("-h", "--help", action="help", help="vis denne hjælp og afslut")

    def error(self, message: str) -> NoReturn:
        for english, danish in _ARGPARSE_DANISH:
            if re.fullmatch(english, message):
                message = re.sub(english, danish, message)
                break
        fail(f"{message} (se {self.prog} --help)")


def fail(message: str) -> NoReturn:
    """One line on stderr (and in the log file), exit status 2."""
    if not logs.configured():  # a bad argument ends before main() configured the log
        logs.configure(quiet=True)
    if logs.writes_file():  # a log on stderr only (no usable data folder) would make it two lines
        log.warning("Refused: %s", _one_line(message))
    print(f"workshop: {_one_line(message)}", file=sys.stderr)
    raise SystemExit(EXIT_BAD_INPUT)


def _one_line(message: str) -> str:
    return escaped(" ".join(message.split()))


# A row id is a positive 64-bit integer (SQLite's INTEGER, PostgreSQL's bigint at most).
_MAX_ID = 2**63 - 1
_ID = re.compile(r"[0-9]{1,19}")  # ASCII digits only: str.isdigit() also takes "²" and "٣"


def meeting_id(value: str) -> int:
    """An argparse type: a meeting id as ``workshop list`` shows it."""
    if not _ID.fullmatch(value) or not 1 <= int(value) <= _MAX_ID:
        shown = value if len(value) <= 30 else value[:27] + "…"
        raise argparse.ArgumentTypeError(f'"{shown}" er ikke et møde-id (se "workshop list")')
    return int(value)


def build_parser() -> Parser:
    parser = Parser(
        prog="workshop",
        description="Workshop: kør opgaveudvalgets møder og lav referatet."
        " Uden kommando åbnes programmet.",
    )
    parser.add_argument(
        "--db", metavar="STI|URL",
        help="databasen: en fil (SQLite) eller en URL som postgresql://… "
             "(standard: $WORKSHOP_DB eller workshop.db i datamappen)",
    )
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="skriv også loggen på stderr (den står altid i logs/workshop.log i datamappen)")
    sub = parser.add_subparsers(dest="command", title="kommandoer", metavar="KOMMANDO",
                                parser_class=Parser)
    _add_import(sub)
    _add_export(sub)
    _add_list(sub)
    _add_demo(sub)
    _add_approve(sub)
    _add_watch(sub)
    _add_serve(sub)
    _add_key(sub)
    _add_trust_key(sub)
    return parser


def _add_import(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="indlæs en mødefil (.workshop.json) som et nyt møde",
                       description="Indlæs en mødefil som et nyt møde. Sidste linje er det nye mødes id."
                       " En afvist fil ændrer intet i databasen.")
    p.add_argument("file", metavar="FIL", type=Path, help="mødefilen")
    p.set_defaults(handler=cmd_import)


def _add_export(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="skriv et møde til fil",
                       description="Skriv et møde til en eller flere filer.")
    p.add_argument("meeting", metavar="MØDE", type=meeting_id, help="mødets id (se workshop list)")
    p.add_argument("--json", metavar="FIL", type=Path, help="skriv mødefilen (JSON) hertil")
    p.add_argument("--pdf", metavar="FIL", type=Path,
                   help="skriv referatet som PDF hertil (mærket UDKAST, indtil det er godkendt)")
    p.set_defaults(handler=cmd_export)


def _add_list(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="vis alle møder: id, dato, udvalg, titel",
                       description="Vis alle møder, ét pr. linje: id, dato og tid, udvalg, titel"
                       " (adskilt af tabulatorer).")
    p.set_defaults(handler=cmd_list)


def _add_approve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("approve", help="godkend referatet som et medlem, der var til stede",
                       description="Registrér et tilstedeværende medlems godkendelse af referatet."
                       " Er referatet stadig et udkast, sendes det først til godkendelse."
                       " Når alle tilstedeværende har godkendt, er referatet godkendt og låst.")
    p.add_argument("meeting", metavar="MØDE", type=meeting_id, help="mødets id (se workshop list)")
    p.add_argument("--member", metavar="NAVN", required=True, help="medlemmets navn, præcis som i udvalget")
    p.set_defaults(handler=cmd_approve)


def _add_demo(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="indlæs demomødet (Gentofte, 15. november 2017)",
                       description="Indlæs demomødet. Sidste linje er dets id.")
    p.set_defaults(handler=cmd_demo)


def _add_watch(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("watch", help="vis ændringer i et møde, mens de sker (kun PostgreSQL)",
                       description="Skriv én JSON-linje pr. ændring i mødet (hvad, hvilke id'er, hvem, hvornår),"
                       " når forbindelsen er genoprettet, og når nogen åbner eller lukker mødet."
                       " Kun med en fælles PostgreSQL-server (--db postgresql://…). Stop med Ctrl+C.")
    p.add_argument("meeting", metavar="MØDE", type=meeting_id, help="mødets id (se workshop list)")
    p.set_defaults(handler=cmd_watch, server_only=True)


def _add_serve(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="lad deltagerne følge mødet og skrive fra deres telefoner",
                       description="Start siden, som deltagerne åbner på deres telefoner (almindelig HTTP på"
                       " det lokale net; se README). Sidste linje er adressen med adgangskoden;"
                       " Ctrl+C lukker.")
    p.add_argument("meeting", metavar="MØDE", type=meeting_id, help="mødets id (se workshop list)")
    p.add_argument("--host", metavar="ADRESSE",
                   help="den adresse på denne maskine, der lyttes på (standard: den med standardruten)")
    p.add_argument("--port", metavar="PORT", type=port_number, default=8080, help="porten (standard: 8080)")
    p.set_defaults(handler=cmd_serve)


def _add_key(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("key", help="vis denne installations signaturnøgle (nøgle-id og offentlig nøgle)",
                       description="Vis nøglen, som denne installation signerer godkendte referater med:"
                       " nøgle-id'et (til at sammenligne i telefonen) og, på sidste linje, den offentlige"
                       " nøgle, som en anden installation kan vælge at stole på (workshop trust-key).")
    p.set_defaults(handler=cmd_key, no_db=True)


def _add_trust_key(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("trust-key", help="stol på en anden installations signaturnøgle",
                       description="Stol fremover på referater, der er godkendt og signeret af en anden"
                       " installation. Angiv dens offentlige nøgle (workshop key på den anden maskine)"
                       " eller en mødefil, den har signeret. Sammenlign nøgle-id'et med afsenderen først.")
    p.add_argument("key", metavar="NØGLE|MØDEFIL", help="den offentlige nøgle (base64) eller en signeret mødefil")
    p.add_argument("--note", metavar="TEKST", default="", help="hvis nøgle det er, fx kommunens navn")
    p.set_defaults(handler=cmd_trust_key, no_db=True)


def port_number(value: str) -> int:
    """An argparse type: a TCP port (0 lets the system choose)."""
    if not re.fullmatch(r"[0-9]{1,5}", value) or int(value) > 65535:
        shown = value if len(value) <= 30 else value[:27] + "…"
        raise argparse.ArgumentTypeError(f'"{shown}" er ikke et portnummer (0-65535)')
    return int(value)


# --- handlers --------------------------------------------------------------

def cmd_import(db: Database, args: argparse.Namespace) -> int:
    from workshop.services.meetings import get_meeting
    from workshop.services.referat.meeting_file import import_meeting_file, import_notes

    new_id = import_meeting_file(db, args.file).id
    assert new_id is not None
    meeting = get_meeting(db, new_id)
    for note in import_notes(db, new_id):  # not verified, or the body became a correction: never silent
        print(f"workshop: bemærk: {_one_line(note)}", file=sys.stderr)
    print(f'Indlæst "{escaped(meeting.title)}" som møde {new_id}.')
    print(new_id)
    return 0


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    from workshop.services.referat.meeting_file import export_meeting_file
    from workshop.services.referat.printing import export_pdf

    if args.json is None and args.pdf is None:
        fail("angiv, hvad der skal skrives, fx --json FIL eller --pdf FIL")
    if args.json is not None:
        written = export_meeting_file(db, args.meeting, args.json)
        print(f"Skrev {escaped(str(written))}")
    if args.pdf is not None:
        check = export_pdf(db, args.meeting, args.pdf)
        print(f"Skrev {escaped(str(args.pdf))}")
        if check is not None and check.state == "altered":
            print("workshop: advarsel: referatet er ændret efter godkendelse og er ikke det godkendte:"
                  f" {_one_line(check.reason)} PDF'en er mærket ÆNDRET.", file=sys.stderr)
            return EXIT_ALTERED
        if check is not None and check.state == "unverified":
            print(f"workshop: bemærk: referatet er godkendt andetsteds – ikke verificeret: {_one_line(check.reason)}",
                  file=sys.stderr)
    return 0


def cmd_approve(db: Database, args: argparse.Namespace) -> int:
    from workshop.services.referat import approve_by_name, referat_state

    approve_by_name(db, args.meeting, args.member)
    state = referat_state(db, args.meeting)
    assert state is not None
    if state["status"] == "approved":
        print(f"Referatet (version {state['version']}) er godkendt af alle tilstedeværende og nu låst."
              f" SHA-256: {state['sha256']}")
        from workshop.services.referat.printing import newest_verification

        check = newest_verification(db, args.meeting)
        if check is not None:
            print(check.reason)  # "Signeret af denne installation (nøgle …)."
    else:
        print(f"{escaped(args.member.strip())} har godkendt referatet (version {state['version']});"
              f" {len(state['approvals'])} godkendelse(r) indtil nu.")
    return 0


def cmd_key(db: Database | None, args: argparse.Namespace) -> int:
    from workshop import signing

    key = signing.own_public_key()
    print(f"Nøgle-id: {signing.key_id(key)}")
    print(key)
    return 0


def cmd_trust_key(db: Database | None, args: argparse.Namespace) -> int:
    from workshop import signing

    given: str = args.key
    path = Path(given)
    if path.is_file():
        from workshop.meetingfile import read_document

        doc = read_document(path)
        section = doc.get("referat") if isinstance(doc, dict) else None
        signature = section.get("signature") if isinstance(section, dict) else None
        if not isinstance(signature, dict) or not isinstance(signature.get("key"), str):
            fail(f"{path} har intet signeret, godkendt referat; angiv nøglen selv (workshop key på den anden"
                 " maskine)")
        given = signature["key"]
    key_id = signing.trust_key(given, args.note)
    note = f" ({escaped(args.note)})" if args.note else ""
    print(f"Stoler nu på nøgle {key_id}{note}. Referater, den har signeret, vises som verificerede.")
    return 0


def cmd_watch(db: Database, args: argparse.Namespace) -> int:
    from workshop.live.watch import watch

    return watch(db, args.meeting)


def cmd_list(db: Database, args: argparse.Namespace) -> int:
    from workshop.services.committees import list_committees
    from workshop.services.meetings import list_meetings

    names = {c.id: c.name for c in list_committees(db)}
    meetings = list_meetings(db)
    for m in meetings:  # one line each: a newline or tab in a title comes out escaped
        print(f"{m.id}\t{m.starts_at:%Y-%m-%d %H:%M}\t{escaped(names.get(m.committee_id, ''))}"
              f"\t{escaped(m.title)}")
    if not meetings:
        print("Ingen møder i databasen.", file=sys.stderr)
    return 0


def cmd_serve(db: Database, args: argparse.Namespace) -> int:
    import threading

    from workshop.room import follow
    from workshop.room.address import default_address
    from workshop.room.server import Room
    from workshop.services.meetings import get_meeting

    meeting = get_meeting(db, args.meeting)
    host = args.host
    if host is None:
        found = default_address()
        if found is None:
            fail("maskinen har ingen netværksforbindelse; angiv --host ADRESSE")
        host = found.ip
    # Other laptops write to a shared server: the room hears their change notices (room/follow.py).
    room = Room(db, args.meeting, host=host, port=args.port, poll_seconds=follow.poll_seconds(db),
                on_request=lambda r: print(f"En ny enhed beder om navnet {escaped(room.member_name(r.member_id))};"
                                           " det kan kun godkendes fra programmet.", file=sys.stderr))
    room.start()
    listener = follow.follow(room, db)
    print(f'Deltagerne kan nu følge "{escaped(meeting.title)}". Almindelig HTTP på det lokale net; Ctrl+C lukker.',
          file=sys.stderr)
    print(room.url, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        if listener is not None:
            listener.stop()
        room.stop()
    return 0


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from workshop.demo import load_demo
    from workshop.services.meetings import get_meeting

    new_id = load_demo(db)
    print(f'Demomødet "{escaped(get_meeting(db, new_id).title)}" er indlæst som møde {new_id}.')
    print(new_id)
    return 0


# --- entry point -----------------------------------------------------------

def run_app(db_url: str, argv: list[str], *, verbose: bool = False) -> int:
    """Start the desktop app; Qt is imported here and nowhere else in this module."""
    try:
        app = importlib.import_module("ui.app")  # lazy on purpose: the CLI must run without Qt
    except ModuleNotFoundError as error:
        if error.name not in ("ui", "ui.app"):
            raise
        print("workshop: det grafiske program er ikke installeret i denne udgave;"
              " brug en kommando (se workshop --help).", file=sys.stderr)
        return 1
    # Like sys.argv: the program name first (QApplication expects it), then the app's own options.
    return int(app.main(db_url, [sys.argv[0] or "workshop", *argv], verbose=verbose) or 0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(list(sys.argv[1:] if argv is None else argv))
    try:
        url = paths.db_url(args.db) if args.db is not None else paths.default_db_url()
    except WorkshopError as error:
        fail(error.message)
    except OSError as error:
        fail(f"datamappen kan ikke bruges: {error}")
    if args.command is None:
        # The app sets up the log itself once its window has painted (start-up time).
        return run_app(url, rest, verbose=args.verbose)  # leftover arguments are the app's (e.g. Qt's)
    logs.configure(verbose=args.verbose)
    if rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    handler: Handler = args.handler
    if getattr(args, "server_only", False) and not url.startswith("postgresql"):
        from workshop.live.watch import SERVER_ONLY

        fail(SERVER_ONLY)  # before opening: a SQLite file must not even be created for it
    try:
        if getattr(args, "no_db", False):  # the installation's keys: no database to open
            return handler(None, args)  # type: ignore[arg-type]
        if args.command == "import":
            # The file first: a rejected file must not even create the database (first use).
            from workshop.meetingfile.validate import read_document, validate_document

            validate_document(read_document(args.file))
        from workshop.db import Database

        db = Database(url)
        try:
            return handler(db, args)
        finally:
            db.close()
    except WorkshopError as error:
        fail(error.message)
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        fail(f"filen kan ikke skrives eller læses{where}: {error.strerror or error}")
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        log.exception("workshop %s failed", args.command)
        # A database that fails while in use (a page damaged since it was checked, a lost
        # server): the driver's error in one line, not a traceback (the log has the traceback).
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(error, SQLAlchemyError | sqlite3.Error):
            raise
        from workshop.db import storage_error

        fail(storage_error(error, url).message)


if __name__ == "__main__":
    raise SystemExit(main())
