"""Live changes on a shared PostgreSQL server: notices, counters, reconnects, presence.

No Qt here: the UI and ``workshop watch`` use the same ``Listener``.
"""
