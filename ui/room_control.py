"""Opens and closes the room (members' phones) for the desktop, and joins its changes to the app's.

The Qt-free server (``workshop/room``) runs in its own thread. Its writes come back
here as change sets on that thread and are re-emitted on the GUI thread through
``AppContext.broadcast``, exactly like a key press; every change the app makes is
passed to the room so the phones follow. A second device asking for a taken name
is put to the secretary (``join_requested``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from workshop.changes import ChangeSet

from ui.context import AppContext

if TYPE_CHECKING:
    from workshop.room.devices import JoinRequest
    from workshop.room.server import Room


class RoomControl(QObject):
    opened = Signal(str)  # the join address
    closed = Signal()
    join_requested = Signal(object)  # JoinRequest, on the GUI thread
    _from_room = Signal(object)  # ChangeSet, emitted on the server's thread
    _request_from_room = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.room: Room | None = None
        # Emitted on the server thread, delivered on this object's (the GUI) thread: queued.
        self._from_room.connect(ctx.broadcast)
        self._request_from_room.connect(self.join_requested)
        ctx.changed.connect(self._to_room)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def url(self) -> str | None:
        return self.room.url if self.room is not None else None

    def open(self, meeting_id: int, host: str | None = None, port: int = 0) -> str:
        """Open the room for ``meeting_id`` on ``host`` (default: the default route's address).

        Raises:
            RoomError: no network, or the address cannot be used (a Danish message).
        """
        from workshop.room.address import default_address
        from workshop.room.server import Room, RoomError

        self.close()
        if host is None:
            found = default_address()
            if found is None:
                raise RoomError(QCoreApplication.translate(
                    "RoomControl", "Computeren er ikke på et netværk, så telefonerne kan ikke nå den."
                    " Forbind til mødelokalets net og prøv igen."))
            host = found.ip
        room = Room(self.ctx.db, meeting_id, host=host, port=port,
                    on_change=self._from_room.emit, on_request=self._request_from_room.emit)
        room.start()
        self.room = room
        self.opened.emit(room.url)
        return room.url

    def close(self) -> None:
        if self.room is None:
            return
        room, self.room = self.room, None
        room.stop()
        self.closed.emit()

    def approve(self, request: JoinRequest) -> None:
        if self.room is not None:
            self.room.approve(request.id)

    def refuse(self, request: JoinRequest) -> None:
        if self.room is not None:
            self.room.refuse(request.id)

    def member_name(self, member_id: int) -> str:
        return self.room.member_name(member_id) if self.room is not None else str(member_id)

    def _to_room(self, changes: ChangeSet) -> None:
        if self.room is not None:
            self.room.notify(changes)
