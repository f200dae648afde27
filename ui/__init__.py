"""Workshop's Qt user interface; calls services in ``workshop`` and nothing below them."""

from ui.none_refcount import keep_none_alive

# Before any widget work: PySide6 6.12 leaks references to None on Python 3.11.
keep_none_alive()
