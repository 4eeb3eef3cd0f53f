"""What the store refuses, said in one line that names the store (never its password)."""

from __future__ import annotations


class StoreError(RuntimeError):
    """The store cannot be used for this: one line naming the store and the reason."""


class StorePermissionError(StoreError):
    """The database role may read the store but not import into it."""


def cannot_import(connection) -> StorePermissionError:
    """The refusal a read-only role gets for an import (a reader's one line, exit status 2)."""
    return StorePermissionError(
        f"{store_name(connection)}: role '{connection.info.user}' cannot import into the "
        "incident store (it may only read it); nothing was imported"
    )


def store_name(connection) -> str:
    """The store as messages name it: its URI without the password."""
    info = connection.info
    return f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"


def first_line(error: Exception) -> str:
    """The first line of a driver's message (PostgreSQL adds DETAIL and HINT lines)."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
