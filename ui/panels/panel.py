"""What the main window may rely on in a tab: the panel contract.

A panel is a ``QWidget`` built as ``cls(ctx, parent)`` from its ``PanelSpec``
(``ui/panels/__init__.py``) that also has the two methods of ``Panel``. The main window
checks the contract when it loads the panel (a widget without it is logged and left
out) and from then on calls these methods only, never ``getattr``/``hasattr``.

The agenda also has ``ItemPanel``'s two methods: the window tells it the item picked in
the start-up preview and asks it which item to reopen on.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtGui import QAction


@runtime_checkable
class Panel(Protocol):
    """A tab of the main window."""

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show ``meeting_id`` (None: no meeting). The window calls it, once, for every
        ``AppContext.meeting_selected``; a panel never selects a meeting itself."""

    def menu_actions(self) -> list[QAction]:
        """The panel's actions for the menu its spec names (may be empty). Their keys come
        from ``ui/shortcuts.py``."""


@runtime_checkable
class ItemPanel(Panel, Protocol):
    """A panel that shows one agenda item of the meeting at a time (the agenda)."""

    def select_item(self, item_id: int) -> None:
        """Make ``item_id`` the shown item (nothing if the meeting has no such item)."""

    def current_item_id(self) -> int | None:
        """The shown item, or None."""
