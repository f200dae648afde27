"""Run mode's "Åbn for deltagere" / "Luk for deltagere": the room for members' phones, from the chair's layout.

Owns the ``RoomControl``, its menu action (Ctrl+Shift+D, in F1 like every action),
the button beside the projector's, the address line, and the secretary's OK for a
second device on a taken name. The projector shows the QR code while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QPushButton, QWidget

from workshop.errors import WorkshopError

from ui import shortcuts
from ui.context import AppContext
from ui.projector import ProjectorWindow
from ui.room_control import RoomControl

if TYPE_CHECKING:
    from workshop.room.devices import JoinRequest


class RoomActions(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget, meeting_id: Callable[[], int | None],
                 projector: Callable[[], ProjectorWindow | None]) -> None:
        super().__init__(parent)
        self._parent, self._meeting_id, self._projector = parent, meeting_id, projector
        self.control = RoomControl(ctx, self)
        # in the Møde menu, and on the chair's layout for a window of its own
        self.action = shortcuts.action("meeting.room", parent, self.toggle, owner=self)
        self.action.setToolTip(self.tr("Lad medlemmerne følge mødet og skrive fra deres telefoner ({keys})")
                               .format(keys=shortcuts.hint("meeting.room")))
        self.button = QPushButton(self.action.text(), parent)
        self.button.setObjectName("run_room")
        self.button.setToolTip(self.action.toolTip())
        self.button.clicked.connect(self.toggle)
        self.address = QLabel(parent)
        self.address.setObjectName("run_room_address")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.hide()
        self.error = QLabel(parent)
        self.error.setObjectName("run_room_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.prompts: list[QMessageBox] = []
        self.control.opened.connect(self._show_open)
        self.control.closed.connect(self._show_closed)
        self.control.join_requested.connect(self.ask_secretary)

    @property
    def is_open(self) -> bool:
        return self.control.room is not None

    def toggle(self) -> None:
        if self.is_open:
            self.close()
        else:
            self.open()

    def open(self, host: str | None = None, port: int = 0) -> str | None:
        """Open the room on ``host``; without it the chair picks the network when there are several."""
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return None
        self.error.hide()
        if host is None:
            host = self.choose_network()
            if host == "":
                return None  # the chair cancelled
        try:
            return self.control.open(meeting_id, host=host, port=port)
        except WorkshopError as error:
            self.error.setText(error.message)
            self.error.show()
            return None

    def close(self) -> None:
        self.control.close()

    def choose_network(self) -> str | None:
        """The address to listen on: asked only when the machine is on more than one network.

        None means the default route's; "" means the chair cancelled.
        """
        from workshop.room.address import addresses, default_address

        found = [a for a in addresses() if not a.ip.startswith("127.")]
        if len(found) < 2:
            return None
        default = default_address()
        labels = [a.label for a in found]
        current = labels.index(default.label) if default is not None and default.label in labels else 0
        label, ok = QInputDialog.getItem(self._parent, self.tr("Åbn for deltagere"),
                                         self.tr("Hvilket netværk er telefonerne på?"), labels, current, False)
        return found[labels.index(label)].ip if ok else ""

    def follow_projector(self) -> None:
        """A projector window just made: give it the address if the room is open."""
        self.control.ctx.room_url = self.control.url  # a projector made later reads it
        projector = self._projector()
        if projector is not None:
            projector.set_room_url(self.control.url)

    def _show_open(self, url: str) -> None:
        self.action.setText(self.tr("Luk for deltagere"))
        self.button.setText(self.action.text())
        self.address.setText(self.tr("Åben for deltagere (almindelig HTTP på det lokale net): %1").replace("%1", url))
        self.address.show()
        self.follow_projector()

    def _show_closed(self) -> None:
        self.action.setText(self.tr("Åbn for deltagere"))
        self.button.setText(self.action.text())
        self.address.hide()
        for prompt in self.prompts:
            prompt.close()
        self.prompts.clear()
        self.follow_projector()

    def ask_secretary(self, request: JoinRequest) -> None:
        """A second device asks for a taken name: the secretary approves or refuses, without blocking."""
        name = self.control.member_name(request.member_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Deltager"),
                          self.tr('En ny telefon vil deltage som "%1", som en anden telefon allerede bruger.'
                                  " Må den det?").replace("%1", name),
                          QMessageBox.StandardButton.NoButton, self._parent)
        box.setObjectName("room_join_request")
        approve = box.addButton(self.tr("Godkend"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Afvis"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.NonModal)

        def decided() -> None:
            if box.clickedButton() is approve:
                self.control.approve(request)
            else:
                self.control.refuse(request)
            if box in self.prompts:
                self.prompts.remove(box)

        box.finished.connect(decided)
        self.prompts.append(box)
        box.show()
