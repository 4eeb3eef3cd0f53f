"""What the store refuses, said in one line that names the store (never its password)."""

from __future__ import annotations


class StoreError(RuntimeError):
    """The store cannot be used for this: one line naming the store and the reason."""


class StorePermissionError(StoreError):
    """The database role may read the store but not import into it."""


def cannot_import(connection) -> StorePermissionError:
    return StorePermissionError(
        f"{store_name(connection)}: role '{connection.info.user}' cannot import into the "
        "incident store (it may only read it); nothing was imported"
    )


def store_name(connection) -> str:
    info = connection.info
    return f"postgresql://{info.user}@{info.host}:{info.port}/{info.dbname}"


def first_line(error: Exception) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
