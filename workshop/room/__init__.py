"""The room: members join the meeting from their phones on the local network.

``server.Room`` serves ``resources/room/`` and a small JSON API over plain HTTP
(Starlette on uvicorn, in a background thread), behind a random per-opening token.
Every write goes through the same services as the desktop, with origin "phone",
so ``services/member_rules.py`` decides what a member may do. No Qt here: the
desktop (``ui/room_control.py``) and ``workshop serve`` both wrap it.
"""
