"""Reaching the store: ``postgresql://`` URIs, QGIS's saved PostGIS connections and their
credentials, and the SQL composition every store module uses.

Credentials come from libpq (the URI, ``PGPASSWORD``, ``~/.pgpass``, a service file) or, in
QGIS, its authentication manager; they are never printed or saved. Values from files and
users only ever reach SQL as query parameters or COPY data; names as ``sql.Identifier``
(``sql_name``).
"""

from __future__ import annotations

import re

from .errors import StoreError, first_line

URI_PREFIXES = ("postgresql://", "postgres://")


def is_store_uri(text: object) -> bool:
    """True for a PostgreSQL connection URI (``postgresql://…``), not a file name."""
    return str(text).startswith(URI_PREFIXES)


def redacted(uri: str) -> str:
    """The URI without its password, fit for messages and logs."""
    without_user_password = re.sub(r"^(\w+://[^/:@]*):[^@/]*@", r"\1:***@", str(uri))
    return re.sub(r"(?i)(password=)[^&\s]*", r"\1***", without_user_password)


def connect(uri: str):
    """A psycopg2 connection to the store (nothing is created here: see ``migrate``)."""
    try:
        import psycopg2
    except ImportError:
        raise StoreError(
            "the PostgreSQL driver psycopg2 is not installed (Debian: python3-psycopg2; "
            "QGIS on Windows ships it)"
        ) from None

    try:
        connection = psycopg2.connect(uri, application_name="mali_incidents")
    except psycopg2.Error as error:
        raise StoreError(f"{redacted(uri)}: cannot connect ({first_line(error)})") from None
    return connection


def saved_connections() -> list[str]:
    """The names of the PostGIS connections saved in QGIS (Data Source Manager)."""
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return sorted(metadata.connections()) if metadata is not None else []


def saved_connection(name: str) -> tuple[str, str]:
    """(libpq connection string for the import, QGIS connection string for layers) of a
    saved PostGIS connection. Its credentials come from its authentication configuration
    (QGIS's authentication manager) into the first, in memory only; the second keeps the
    ``authcfg`` and never a password."""
    from psycopg2.extensions import make_dsn
    from qgis.core import (
        QgsApplication,
        QgsAuthMethodConfig,
        QgsDataSourceUri,
        QgsProviderConnectionException,
        QgsProviderRegistry,
    )

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        raise StoreError(f"no saved PostGIS connection named '{name}'")
    uri = QgsDataSourceUri(connection.uri())
    user, password = uri.username(), uri.password()
    if uri.authConfigId():
        config = QgsAuthMethodConfig()
        if not QgsApplication.authManager().loadAuthenticationConfig(
            uri.authConfigId(), config, True
        ):
            raise StoreError(
                f"'{name}': its authentication configuration {uri.authConfigId()} "
                "cannot be read (is the master password entered?)"
            )
        user = config.config("username") or user
        password = config.config("password") or password
    parts = {
        "service": uri.service(),
        "host": uri.host(),
        "port": uri.port(),
        "dbname": uri.database(),
        "user": user,
        "password": password,
        "sslmode": QgsDataSourceUri.encodeSslMode(uri.sslMode())
        if uri.sslMode() != QgsDataSourceUri.SslMode.SslPrefer
        else "",
    }
    dsn = make_dsn(**{key: value for key, value in parts.items() if value})
    uri.setPassword("")
    return dsn, uri.connectionInfo(False)


def password_to_environment(store_uri: str) -> None:
    """A password given in the URI, handed to libpq (QGIS's provider) through the process's
    environment, never a layer source or project file; ``PGPASSWORD`` set already wins."""
    import os

    from psycopg2.extensions import parse_dsn

    password = parse_dsn(store_uri).get("password")
    if password and "PGPASSWORD" not in os.environ:
        os.environ["PGPASSWORD"] = password


def sql_text(text: str):
    from psycopg2 import sql

    return sql.SQL(text)


def sql_name(name: str):
    from psycopg2 import sql

    return sql.Identifier(name)


def any_text(values: list[str]) -> tuple[object, object]:
    """``ANY(…)`` of many texts and its parameter: one text the server splits at line breaks
    (half the time of a list of 80,000 parameters), or the list if a text holds one."""
    if any("\n" in value for value in values):
        return sql_text("ANY(%s::text[])"), list(values)
    return sql_text("ANY(string_to_array(%s, chr(10)))"), "\n".join(values)
