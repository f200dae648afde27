"""Throwaway PostgreSQL schemas for tests and benchmarks: a URL whose search_path points at one.

The test session (tests/conftest.py), the migration tests and the PostgreSQL benchmark
each work in a schema of their own, so runs sharing one server never meet.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text


def create_schema(admin_url: str, name: str) -> str:
    """(Re)create schema ``name``, empty; the URL of ``admin_url`` with its search_path set to it."""
    admin = create_engine(admin_url, connect_args={"connect_timeout": 3})
    try:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{name}"'))
    finally:
        admin.dispose()
    sep = "&" if "?" in admin_url else "?"
    return f"{admin_url}{sep}options=-csearch_path%3D{name}"


def drop_schema(admin_url: str, name: str) -> None:
    admin = create_engine(admin_url, connect_args={"connect_timeout": 3})
    try:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
    finally:
        admin.dispose()


@contextmanager
def pg_schema(admin_url: str, name: str) -> Iterator[str]:
    """``create_schema`` for the ``with`` block, dropped afterwards."""
    url = create_schema(admin_url, name)
    try:
        yield url
    finally:
        drop_schema(admin_url, name)
