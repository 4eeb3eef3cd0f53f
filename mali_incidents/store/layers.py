"""The store's incidents and rejects as QGIS layers (provider ``postgres``): their data
sources, filtered by month and country with quoted values, and never holding a password."""

from __future__ import annotations

from ..acled import MONTH_PATTERN
from .connection import is_store_uri
from .errors import StoreError
from .schema import GEOMETRY_COLUMN, KEY_COLUMN, MONTH_VIEW, STORE_SCHEMA


def month_subset(month: str, country: str) -> str:
    """The month layer's filter: ``"country" = 'Mali' AND "month" = '2021-02'``, values quoted
    as SQL literals (QGIS sends the subset string to PostgreSQL as it is)."""
    if not MONTH_PATTERN.match(month or ""):
        raise StoreError(f"month '{month}' is not of the form YYYY-MM (e.g. 2021-02)")
    return f'"country" = {sql_literal(country)} AND "month" = {sql_literal(month)}'


def sql_literal(value: str) -> str:
    """A text value as a standard SQL literal. A backslash (whose meaning depends on the
    server's standard_conforming_strings) or NUL never is a country or a month: refused."""
    text = str(value)
    if "\\" in text or "\x00" in text:
        raise StoreError(f"'{text}' cannot be used as a filter value")
    return "'" + text.replace("'", "''") + "'"


def month_layer_uri(connection: str, month: str, country: str, authcfg: str = "") -> str:
    """The QGIS data source of the country's month in the store (provider ``postgres``).

    ``connection`` is a ``postgresql://`` URI or a QGIS connection string (a saved PostGIS
    connection's). No password is written into it: QGIS takes it from ``authcfg`` (its
    authentication manager) or libpq (``PGPASSWORD``, ``~/.pgpass``, a service).
    """
    # QGIS only once a layer is made: an import into the store (the command line's) runs
    # without loading it, half a second sooner.
    from ..compat import POINT_WKB

    uri = _layer_connection(connection, authcfg)
    uri.setDataSource(
        STORE_SCHEMA, MONTH_VIEW, GEOMETRY_COLUMN, month_subset(month, country), KEY_COLUMN
    )
    uri.setWkbType(POINT_WKB)  # Qgis.WkbType from QGIS 3.30, 3.22's name before (compat.py)
    uri.setSrid("4326")
    uri.setParam("checkPrimaryKeyUnicity", "0")
    return uri.uri(False)


def rejects_layer_uri(connection: str, import_id: int, authcfg: str = "") -> str:
    """The QGIS data source (provider ``postgres``) of one import's rejected rows."""
    uri = _layer_connection(connection, authcfg)
    uri.setDataSource(STORE_SCHEMA, "rejects", None, f'"import_id" = {int(import_id)}', "reject_id")
    return uri.uri(False)


def _layer_connection(connection: str, authcfg: str):
    """A QgsDataSourceUri holding the connection only, without any password."""
    from qgis.core import QgsDataSourceUri

    if not is_store_uri(connection):
        uri = QgsDataSourceUri(connection)
        uri.setPassword("")
        if authcfg:
            uri.setAuthConfigId(authcfg)
        return uri
    from psycopg2.extensions import parse_dsn

    params = parse_dsn(connection)
    uri = QgsDataSourceUri()
    sslmode = QgsDataSourceUri.decodeSslMode(params.get("sslmode", "prefer"))
    user, database = params.get("user", ""), params.get("dbname", "")
    if params.get("service"):
        uri.setConnection(params["service"], database, user, "", sslmode, authcfg)
    else:
        host, port = params.get("host", ""), params.get("port", "")
        uri.setConnection(host, port, database, user, "", sslmode, authcfg)
    return uri
