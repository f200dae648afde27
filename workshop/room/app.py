"""The phones' HTTP API and page, as a Starlette app behind the opening's token.

Every path starts with ``/<token>/``; anything else, the wrong token included, gets
the same neutral 404. Before any work a request passes the per-address rate limit
and the 4 KB body limit; writes also pass the per-device limit, then run one
service call in a worker thread (origin "phone", the member taken from the
device, never from the request). Answers carry a Content-Security-Policy that
forbids inline script, so text from phones can only ever be text.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

import anyio.to_thread
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from workshop.changes import ChangeSet
from workshop.errors import ConflictError, WorkshopError
from workshop.origins import PHONE
from workshop.room.devices import Device
from workshop.room.view import members_list
from workshop.services import capture, voting

if TYPE_CHECKING:
    from workshop.room.server import Room

MAX_BODY = 4096
COOKIE = "ws_device"
KEEPALIVE_SECONDS = 15.0
STATIC = {"": ("index.html", "text/html; charset=utf-8"),
          "room.css": ("room.css", "text/css; charset=utf-8"),
          "room.js": ("room.js", "text/javascript; charset=utf-8"),
          "icon.svg": ("icon.svg", "image/svg+xml")}
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
                                 b" connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # the token is in the address: never pass it on
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
]


def _not_found() -> Response:
    return PlainTextResponse("Not Found", status_code=404)


def _refused(message: str, status: int = 422) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _danish(error: WorkshopError) -> str:
    detail = getattr(error, "detail", error.message)
    return detail[:1].upper() + detail[1:]


class Guard:
    """The outer ASGI layer: rate limit per address, body limit, security headers, 404 for the rest."""

    def __init__(self, app: ASGIApp, room: Room) -> None:
        self.app, self.room = app, room

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client") or ("?", 0)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        if not self.room.address_limits.allow(client[0]):
            await PlainTextResponse("For mange forespørgsler. Vent et øjeblik.", 429)(scope, receive, send_with_headers)
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length", b"0")
        if not length.isdigit() or int(length) > MAX_BODY:
            await _refused("Forespørgslen er for stor.", 413)(scope, receive, send_with_headers)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > MAX_BODY:  # a body sent without (or beyond) its Content-Length
                    raise _TooLarge
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except _TooLarge:
            await _refused("Forespørgslen er for stor.", 413)(scope, receive, send_with_headers)


class _TooLarge(Exception):
    pass


def build_app(room: Room, static_dir: Path) -> Starlette:
    """The app for one opening of ``room``: its token, devices and limits."""

    def device_of(request: Request) -> Device | None:
        return room.devices.get(request.cookies.get(COOKIE))

    async def page(request: Request) -> Response:
        name = request.path_params.get("name", "")
        if name not in STATIC:
            return _not_found()
        file, media = STATIC[name]
        return FileResponse(static_dir / file, media_type=media)

    async def members(request: Request) -> Response:
        snap = await room.snapshot()
        device = device_of(request)
        return JSONResponse({"meeting": snap.title, "members": members_list(snap, room.devices.taken()),
                             "me": device.member_id if device else None})

    async def join(request: Request) -> Response:
        body = await _json(request)
        member_id = body.get("member") if body is not None else None
        if not _row_id(member_id):
            return _refused("Vælg dit navn.")
        snap = await room.snapshot()
        if member_id not in snap.present:
            return _refused("Navnet er ikke på listen over tilstedeværende.")
        device = device_of(request)
        fresh = device is None
        if device is None:
            device = room.devices.new(request.client.host if request.client else None)
            if device is None:
                return _refused("Der er ikke plads til flere enheder.", 503)
        status = room.devices.join(device.id, member_id)
        if status == "busy":
            if fresh:
                room.devices.forget(device.id)
            return _refused("Navnet bruges allerede på en anden telefon, og sekretæren er allerede spurgt."
                            " Vent et øjeblik, og prøv igen.", 409)
        response = JSONResponse({"status": status, "name": snap.present[member_id]})
        if fresh:
            response.set_cookie(COOKIE, device.id, path=f"/{room.token}/", httponly=True, samesite="strict")
        room.wake()
        return response

    async def leave(request: Request) -> Response:
        device = device_of(request)
        if device is not None:
            room.devices.leave(device.id)
            room.wake()
        return JSONResponse({"status": "left"})

    async def state(request: Request) -> Response:
        snap = await room.snapshot()
        device = device_of(request)
        if device is None:
            return JSONResponse({"meeting": snap.title, "step": "choose"})
        return JSONResponse(room.view_for(device, snap))

    async def events(request: Request) -> Response:
        device = device_of(request)
        if device is None:
            return _refused("Vælg dit navn først.", 403)
        if request.method == "HEAD":  # headers only: a stream would hold a slot and the connection for ever
            return Response(media_type="text/event-stream")
        stream = room.open_stream(device)
        if stream is None:
            return _refused("Der er for mange åbne forbindelser.", 503)

        async def lines() -> Any:
            try:
                yield "retry: 2000\n\n"
                while not room.closing:
                    try:
                        await asyncio.wait_for(stream.ready.wait(), KEEPALIVE_SECONDS)
                    except TimeoutError:
                        yield ": ok\n\n"
                        continue
                    stream.ready.clear()
                    if stream.latest is not None and not room.closing:
                        yield f"event: state\ndata: {stream.latest}\n\n"
                yield "event: closed\ndata: {}\n\n"  # the chair closed the room: the page says so
            finally:
                room.close_stream(stream)

        return StreamingResponse(lines(), media_type="text/event-stream",
                                 headers={"x-accel-buffering": "no"})

    def action(run: Callable[[Device, dict[str, Any]], ChangeSet]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            device = device_of(request)
            if device is None or device.member_id is None:
                return _refused("Vælg dit navn først.", 403)
            if not room.device_limits.allow(device.id):
                return _refused("Du sender for hurtigt. Vent et øjeblik.", 429)
            body = await _json(request)
            if body is None:
                return _refused("Forespørgslen kunne ikke læses.", 400)
            try:
                changes = await anyio.to_thread.run_sync(run, device, body, limiter=room.writer)
            except WorkshopError as error:
                return _refused(_danish(error), 409 if error.__class__.__name__ == "LockedError" else 422)
            room.changed(changes)
            return JSONResponse({"status": "ok"})
        return endpoint

    def answer(device: Device, body: dict[str, Any]) -> ChangeSet:
        item = room.current_item()
        if item is None:
            raise WorkshopError("Der er ingen spørgerunde i gang.")
        return capture.set_answer(room.db, item, device.member_id, _text(body), origin=PHONE)  # type: ignore[arg-type]

    def add_input(device: Device, body: dict[str, Any]) -> ChangeSet:
        group, candidate = body.get("group"), body.get("candidate")
        if not _row_id(group) or (candidate is not None and not _row_id(candidate)):
            raise WorkshopError("Forespørgslen kunne ikke læses.")
        return capture.add_input(room.db, group, _text(body), candidate_id=candidate,
                                 member_id=device.member_id, origin=PHONE)

    def vote(device: Device, body: dict[str, Any]) -> ChangeSet:
        candidate, count, was = body.get("candidate"), body.get("count"), body.get("was")
        if not _row_id(candidate) or not _whole(count) or (was is not None and not _whole(was)):
            raise WorkshopError("Forespørgslen kunne ikke læses.")
        try:
            # Based on the count the phone showed ("was"): the secretary may have typed this
            # member's dots from paper meanwhile, and a tap must not overwrite that unseen.
            return voting.set_member_votes(room.db, candidate, device.member_id, count, origin=PHONE,  # type: ignore[arg-type]
                                           expected=None if was is None else {"count": was})
        except ConflictError as error:
            now = error.current.get("count", 0)
            raise WorkshopError(f"Dine stemmer her er ændret et andet sted imens; nu har du {now}."
                                " Tryk igen, hvis du vil ændre dem.") from error

    @asynccontextmanager
    async def lifespan(app: Starlette) -> Any:
        task = asyncio.create_task(room.broadcast_loop())
        try:
            yield
        finally:
            task.cancel()

    routes = [Mount(f"/{room.token}", routes=[
        Route("/", page),
        Route("/api/members", members),
        Route("/api/join", join, methods=["POST"]),
        Route("/api/leave", leave, methods=["POST"]),
        Route("/api/state", state),
        Route("/api/events", events),
        Route("/api/answer", action(answer), methods=["POST"]),
        Route("/api/inputs", action(add_input), methods=["POST"]),
        Route("/api/votes", action(vote), methods=["POST"]),
        Route("/{name}", page),
    ])]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={404: lambda r, e: _not_found(), 405: lambda r, e: _not_found()})
    app.add_middleware(Guard, room=room)
    return app


async def _json(request: Request) -> dict[str, Any] | None:
    """The request's JSON object, or None; only ``application/json`` (a form post from another page cannot)."""
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return None
    try:
        body = json.loads(await request.body())
    except (ValueError, UnicodeDecodeError, RecursionError):  # 4 KB of "[" nests deeper than the parser follows
        return None
    return body if isinstance(body, dict) else None


MAX_ID = 2**31 - 1  # the databases' integer columns: a larger id would fail in the driver, not as a refusal


def _whole(value: Any) -> TypeGuard[int]:
    """A JSON whole number a row can hold (not a bool, a float or beyond the database's integers)."""
    return isinstance(value, int) and not isinstance(value, bool) and -MAX_ID <= value <= MAX_ID


def _row_id(value: Any) -> TypeGuard[int]:
    return _whole(value) and value > 0


def _text(body: dict[str, Any]) -> str:
    value = body.get("text")
    if not isinstance(value, str):
        raise WorkshopError("Skriv en tekst.")
    return value
