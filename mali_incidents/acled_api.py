"""A month of incidents straight from ACLED's API, with the analyst's own account.

A source beside ``acled.py``: it writes an ordinary export file (ACLED's CSV columns), which
the import reads like any other, so the atlas never knows where a month came from.

ACLED's API (2025–): an OAuth password grant at ``{base}/oauth/token`` gives a bearer token
(24 h) and a refresh token (14 days); events come from ``{base}/api/acled/read`` page by page,
deleted events from ``{base}/api/deleted/read``. A 403 means the account has no API access.

The HTTP layer is a small transport interface: ``UrllibTransport`` (standard library, for the
command line without QGIS) and ``QgisTransport`` (QGIS's network manager, so the proxy and
SSL settings of QGIS apply). The caller chooses; the plugin and Processing pass the QGIS one.

Credentials come from the environment (``ACLED_EMAIL`` / ``ACLED_PASSWORD``) or from a QGIS
authentication configuration; they live in memory only and never enter a file, a log line or
a message. Tokens stay in memory too.

The cache (one SQLite file per country in ``acled_cache/`` beside the month's output, the
folder the analyst chose) keeps the events downloaded and the time of the last download:
the next download asks only for events changed since (ACLED's ``timestamp``) and applies the
events ACLED deleted, so re-running a past month reflects ACLED's revisions. Each page is
committed as it arrives (SQLite transactions are atomic), so an interrupted download resumes
where it stopped.
"""

from __future__ import annotations

import calendar
import json
import logging
import os
import sqlite3
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .acled import MONTH_PATTERN, AcledInputError
from .definitions import ACLED_COLUMNS

DEFAULT_ACLED_URL = "https://acleddata.com"
ENV_EMAIL = "ACLED_EMAIL"
ENV_PASSWORD = "ACLED_PASSWORD"
PAGE_LIMIT = 5000  # ACLED's own default page size
CACHE_FOLDER = "acled_cache"
CACHE_VERSION = 1
# Events changed in the last minutes before a download may not be visible to it yet (and the
# two clocks differ): the next download asks again from a little earlier. Unchanged events
# asked twice are not counted as revised.
TIMESTAMP_OVERLAP_SECONDS = 600

log = logging.getLogger(__name__)


class AcledApiError(AcledInputError):
    """ACLED's API cannot give the month: one line saying why (never a credential)."""


class DownloadCanceledError(RuntimeError):
    """The user cancelled; the pages already fetched stay in the cache for the next run."""


# -- credentials ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AcledCredentials:
    email: str
    password: str = field(repr=False)  # never printed, not even in a traceback's locals


def credentials_from_environment() -> AcledCredentials:
    email = os.environ.get(ENV_EMAIL, "").strip()
    password = os.environ.get(ENV_PASSWORD, "")
    if not email or not password:
        raise AcledApiError(
            f"set {ENV_EMAIL} and {ENV_PASSWORD} (your ACLED account) in the environment, "
            "or give --auth-id (a QGIS authentication configuration)"
        )
    return AcledCredentials(email, password)


def credentials_from_auth_config(auth_id: str) -> AcledCredentials:
    """The user name and password of a QGIS authentication configuration (Basic method)."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig()
    found = auth_id in manager.configIds()
    if not found or not manager.loadAuthenticationConfig(auth_id, config, True):
        raise AcledApiError(
            f"QGIS authentication configuration '{auth_id}' not found (or the master "
            "password is not set)"
        )
    email, password = config.config("username", ""), config.config("password", "")
    if config.method() != "Basic" or not email or not password:
        raise AcledApiError(
            f"QGIS authentication configuration '{auth_id}' must be of the Basic method "
            "with your ACLED e-mail as user name and your password"
        )
    return AcledCredentials(email.strip(), password)


# -- transports -----------------------------------------------------------------------------


@dataclass
class HttpResponse:
    status: int
    body: bytes
    retry_after: str = ""


class NetworkDownError(Exception):
    """No answer at all: connection refused, unknown host, timeout."""


class Transport(Protocol):
    def request(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None
    ) -> HttpResponse: ...


class UrllibTransport:
    """The standard library's HTTP: works without QGIS (the command line)."""

    def __init__(self, timeout: float = 120):
        self.timeout = timeout

    def request(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None
    ) -> HttpResponse:
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                return HttpResponse(answer.status, answer.read())
        except urllib.error.HTTPError as error:
            with closing(error):
                return HttpResponse(
                    error.code, error.read(), error.headers.get("Retry-After", "") or ""
                )
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise NetworkDownError(str(reason)) from None


class QgisTransport:
    """QGIS's network manager: the proxy, SSL and timeout settings of QGIS apply.

    ``QgsBlockingNetworkRequest`` may run in a task's thread (the dialog's import).
    """

    def request(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None
    ) -> HttpResponse:
        from qgis.core import QgsBlockingNetworkRequest
        from qgis.PyQt.QtCore import QByteArray, QUrl
        from qgis.PyQt.QtNetwork import QNetworkRequest

        request = QNetworkRequest(QUrl(url))
        for name, value in headers.items():
            request.setRawHeader(name.encode("ascii"), value.encode("utf-8"))
        blocking = QgsBlockingNetworkRequest()
        if method == "POST":
            blocking.post(request, QByteArray(body or b""), True)
        else:
            blocking.get(request, True)  # True: never an answer from QGIS's disk cache
        reply = blocking.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        if not status:
            raise NetworkDownError(blocking.errorMessage() or "no answer")
        return HttpResponse(
            int(status),
            bytes(reply.content()),
            bytes(reply.rawHeader(QByteArray(b"Retry-After"))).decode("ascii", "replace"),
        )


# -- the API --------------------------------------------------------------------------------


class AcledClient:
    """OAuth tokens (in memory), one refresh and retry on 401, retries on 429 and 5xx."""

    def __init__(
        self,
        credentials: AcledCredentials,
        base_url: str = DEFAULT_ACLED_URL,
        transport: Transport | None = None,
        retries: int = 5,
        backoff_seconds: float = 2.0,
        sleep: Callable[[float], None] | None = None,
        is_canceled: Callable[[], bool] | None = None,
    ):
        self.credentials = credentials
        self.base_url = base_url.rstrip("/")
        self.transport = transport or UrllibTransport()
        self.retries = retries
        self.backoff_seconds = backoff_seconds
        self.sleep = sleep or self._pause
        self.is_canceled = is_canceled or (lambda: False)
        self._access_token = ""
        self._refresh_token = ""
        self._expires_at = 0.0

    # Tokens ---------------------------------------------------------------------------------

    def _token_request(self, fields: dict[str, str]) -> dict:
        body = _Form(urllib.parse.urlencode({**fields, "client_id": "acled"}).encode("ascii"))
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        answer = self._send("POST", f"{self.base_url}/oauth/token", headers, body)
        if answer.status in (400, 401):
            return {}
        self._raise_for_status(answer, "/oauth/token")
        payload = self._json(answer, "/oauth/token")
        if not payload.get("access_token"):
            raise AcledApiError(f"{self.base_url}/oauth/token: no access token in the answer")
        return payload

    def _keep(self, payload: dict) -> None:
        self._access_token = str(payload["access_token"])
        self._refresh_token = str(payload.get("refresh_token") or "")
        self._expires_at = time.monotonic() + float(payload.get("expires_in") or 86400) - 60

    def log_in(self) -> None:
        payload = self._token_request(
            {
                "username": self.credentials.email,
                "password": self.credentials.password,
                "grant_type": "password",
                "scope": "authenticated",
            }
        )
        if not payload:
            raise AcledApiError(
                f"ACLED refused the account's e-mail or password ({self.base_url}/oauth/token)"
            )
        self._keep(payload)
        log.info("logged in to %s", self.base_url)

    def refresh(self) -> None:
        """A new access token from the refresh token; the password again if that fails."""
        payload = (
            self._token_request(
                {"grant_type": "refresh_token", "refresh_token": self._refresh_token}
            )
            if self._refresh_token
            else {}
        )
        if payload:
            self._keep(payload)
            log.info("access token refreshed")
        else:
            self.log_in()

    # Data -----------------------------------------------------------------------------------

    def read(self, endpoint: str, query: dict[str, str]) -> list[dict]:
        """One page of ``{base}/api/{endpoint}/read`` as records."""
        path = f"/api/{endpoint}/read"
        url = f"{self.base_url}{path}?" + urllib.parse.urlencode({"_format": "json", **query})
        if not self._access_token:
            self.log_in()
        elif time.monotonic() >= self._expires_at:
            self.refresh()
        answer = self._send("GET", url, self._bearer(), None)
        if answer.status == 401:  # expired or revoked early: refresh once, then ask again
            self.refresh()
            answer = self._send("GET", url, self._bearer(), None)
        self._raise_for_status(answer, path)
        payload = self._json(answer, path)
        payload = payload if isinstance(payload, dict) else {}
        records = payload.get("data")
        if records is None or payload.get("success") is False:
            message = payload.get("error") or payload.get("message")
            message = message.get("message") if isinstance(message, dict) else message
            raise AcledApiError(
                f"{self.base_url}{path}: ACLED answered without data"
                + (f" ({_one_line(str(message))})" if message else "")
            )
        if not isinstance(records, list) or not all(isinstance(row, dict) for row in records):
            raise AcledApiError(f"{self.base_url}{path}: the answer's data is not a list of rows")
        return records

    def _bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._access_token}", "Accept": "application/json"}

    def _send(
        self, method: str, url: str, headers: dict[str, str], body: bytes | None
    ) -> HttpResponse:
        """One request, again after a pause while ACLED says it is busy (429) or failing (5xx)."""
        where = url.split("?")[0]
        for attempt in range(self.retries + 1):
            if self.is_canceled():
                raise DownloadCanceledError("download cancelled")
            try:
                answer = self.transport.request(method, url, headers, body)
            except NetworkDownError as reason:
                raise AcledApiError(
                    f"cannot reach {where}: {_one_line(str(reason))} (is the network down?)"
                ) from None
            if answer.status != 429 and answer.status < 500:
                return answer
            if attempt == self.retries:
                raise AcledApiError(
                    f"{where} still answered {answer.status} after {self.retries + 1} tries; "
                    "try again later"
                )
            wait = self.backoff_seconds * 2**attempt
            if answer.retry_after.strip().isdigit():
                wait = min(float(answer.retry_after.strip()), 300.0)
            log.info("%s answered %s: trying again in %.1f s", where, answer.status, wait)
            self.sleep(wait)
        raise AssertionError("unreachable")

    def _pause(self, seconds: float) -> None:
        """Wait, in short steps: a cancel during a long Retry-After is not kept waiting."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self.is_canceled():
                raise DownloadCanceledError("download cancelled")
            time.sleep(min(left, 0.2))

    def _raise_for_status(self, answer: HttpResponse, path: str) -> None:
        if answer.status == 403:
            raise AcledApiError(
                f"the ACLED account has no API access yet (403 at {self.base_url}{path}); "
                "ask ACLED to enable it"
            )
        if answer.status == 401:
            raise AcledApiError(f"ACLED refused the access token twice ({self.base_url}{path})")
        if not 200 <= answer.status < 300:
            raise AcledApiError(f"{self.base_url}{path} answered HTTP {answer.status}")

    def _json(self, answer: HttpResponse, path: str):
        try:
            return json.loads(answer.body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise AcledApiError(f"{self.base_url}{path}: the answer is not JSON") from None


class _Form(bytes):
    """A token request's body: it holds the password, so its repr (a traceback's arguments,
    a debugger) shows none of it."""

    def __repr__(self) -> str:
        return "<form, not shown>"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]


# -- the cache ------------------------------------------------------------------------------


class AcledCache:
    """Events of one country as ACLED last gave them, the months downloaded whole, the time
    of the last download and a download in progress (its pages), in one SQLite file."""

    def __init__(self, path: Path, base_url: str):
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path))
        with self.db:
            self.db.executescript(
                """
                CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value TEXT);
                CREATE TABLE IF NOT EXISTS events (
                    event_id_cnty TEXT PRIMARY KEY, event_date TEXT, record TEXT);
                CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
                CREATE TABLE IF NOT EXISTS months (month TEXT PRIMARY KEY);
                CREATE TABLE IF NOT EXISTS pages_done (month TEXT, page INTEGER,
                    PRIMARY KEY (month, page));
                """
            )
        if self.state("base_url", base_url) != base_url:  # another server's events
            with self.db:
                for table in ("state", "events", "months", "pages_done"):
                    self.db.execute(f"DELETE FROM {table}")  # fixed names, no value
        with self.db:
            self.set_state("base_url", base_url)
            self.set_state("version", str(CACHE_VERSION))

    def close(self) -> None:
        self.db.close()

    def state(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO state VALUES (?, ?)", (key, value))

    def last_download(self) -> int | None:
        value = self.state("last_download")
        return int(value) if value else None

    def complete_months(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT month FROM months")}

    def month_records(self, month: str) -> dict[str, dict]:
        rows = self.db.execute(
            "SELECT event_id_cnty, record FROM events WHERE event_date LIKE ? "
            "ORDER BY event_date, event_id_cnty",
            (f"{month}-%",),
        )
        return {event_id: json.loads(record) for event_id, record in rows}

    def store(self, records: list[dict]) -> None:
        """Insert or replace; the caller commits (one page, one transaction)."""
        self.db.executemany(
            "INSERT OR REPLACE INTO events VALUES (?, ?, ?)",
            [
                (
                    str(record.get("event_id_cnty", "")).strip(),
                    _event_date(record),
                    json.dumps(record, ensure_ascii=False, sort_keys=True),
                )
                for record in records
                if str(record.get("event_id_cnty", "")).strip()
            ],
        )

    def delete(self, event_ids: list[str]) -> None:
        self.db.executemany(
            "DELETE FROM events WHERE event_id_cnty = ?", [(event_id,) for event_id in event_ids]
        )


def _event_date(record: dict) -> str:
    """ACLED's API gives dates as 2021-02-08; anything else is kept as is."""
    return str(record.get("event_date", "")).strip()[:10]


def cache_path(cache_dir: Path, country: str) -> Path:
    safe = "".join(ch if ch.isalnum() else "_" for ch in country.strip().casefold())
    return Path(cache_dir) / f"acled_{safe}.sqlite"


# -- a month --------------------------------------------------------------------------------


@dataclass
class DownloadResult:
    csv_path: Path
    country: str
    month: str
    events: int
    pages: int
    first_download: bool
    added: int = 0
    revised: int = 0
    deleted: int = 0

    def changes(self) -> str:
        if self.first_download:
            return f"first download of {self.country} {self.month}"
        added = f"{self.added} events added, " if self.added else ""
        return (
            f"{added}{self.revised} events revised, {self.deleted} deleted since your last download"
        )

    def summary(self) -> str:
        return f"events={self.events} pages={self.pages} ({self.changes()})"


def month_bounds(month: str) -> tuple[str, str]:
    if not MONTH_PATTERN.match(month or ""):
        raise AcledApiError(f"month '{month}' is not of the form YYYY-MM (e.g. 2021-02)")
    year, number = int(month[:4]), int(month[5:7])
    return f"{month}-01", f"{month}-{calendar.monthrange(year, number)[1]:02d}"


def download_month(
    country: str,
    month: str,
    out_csv: Path,
    client: AcledClient,
    cache_dir: Path | None = None,
    page_limit: int = PAGE_LIMIT,
    on_page: Callable[[int, int], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    clock: Callable[[], float] = time.time,
) -> DownloadResult:
    """Write ``country``'s events of ``month`` as an ACLED export CSV (atomically).

    A month downloaded before is brought up to date (events changed since the last download,
    deleted events dropped); a new month is fetched page by page, each page kept in the cache
    so that a cancelled or failed download continues where it stopped. ``on_page(page,
    events_so_far)`` is called after each page.
    """
    first_day, last_day = month_bounds(month)
    canceled = is_canceled or (lambda: False)
    client.is_canceled = canceled
    report = on_page or (lambda page, events: None)
    out_csv = Path(out_csv)
    cache = AcledCache(
        cache_path(cache_dir or out_csv.parent / CACHE_FOLDER, country), client.base_url
    )
    try:
        started = int(clock())
        since = cache.last_download()
        before = cache.month_records(month)
        pages = 0
        if since is not None:
            # Everything of the country changed since: every month in the cache stays current.
            changed = {"country": country, "timestamp": str(since - TIMESTAMP_OVERLAP_SECONDS)}
            changed["timestamp_where"] = ">="
            for page_records in _pages(client, "acled", changed, page_limit, canceled):
                pages += 1
                with cache.db:
                    cache.store(page_records)
                report(pages, len(page_records))
            deleted_query = {
                "deleted_timestamp": str(since - TIMESTAMP_OVERLAP_SECONDS),
                "deleted_timestamp_where": ">=",
            }
            for page_records in _pages(client, "deleted", deleted_query, page_limit, canceled):
                with cache.db:
                    cache.delete([str(row.get("event_id_cnty", "")) for row in page_records])
        first_download = month not in cache.complete_months()
        if first_download:
            with cache.db:  # a resumed download keeps the time the first attempt started
                cache.set_state("started", cache.state("started", str(started)))
            pages += _download_whole_month(
                client, cache, country, month, (first_day, last_day), page_limit, report, canceled
            )
        with cache.db:
            # The earliest start of this download: changes made while it ran are asked again.
            earliest = min(started, int(cache.state("started", str(started))))
            cache.set_state("last_download", str(earliest))
            cache.db.execute("DELETE FROM state WHERE key = 'started'")
        after = cache.month_records(month)
        _write_export_csv(list(after.values()), out_csv)
    finally:
        cache.close()
    result = DownloadResult(out_csv, country, month, len(after), pages, first_download)
    if not first_download:
        result.added = len(after.keys() - before.keys())
        result.deleted = len(before.keys() - after.keys())
        result.revised = sum(
            1 for event_id in before.keys() & after.keys() if before[event_id] != after[event_id]
        )
    log.info("%s %s: %s", country, month, result.summary())
    return result


def _download_whole_month(
    client: AcledClient,
    cache: AcledCache,
    country: str,
    month: str,
    days: tuple[str, str],
    page_limit: int,
    report: Callable[[int, int], None],
    canceled: Callable[[], bool],
) -> int:
    """Pages of the month not yet in the cache (a re-run resumes), then the month is whole."""
    done = {
        row[0] for row in cache.db.execute("SELECT page FROM pages_done WHERE month = ?", (month,))
    }
    query = {
        "country": country,
        "event_date": f"{days[0]}|{days[1]}",
        "event_date_where": "BETWEEN",
    }
    page = max(done, default=0)
    fetched = 0
    while True:
        page += 1
        if canceled():
            raise DownloadCanceledError("download cancelled")
        records = client.read("acled", {**query, "limit": str(page_limit), "page": str(page)})
        with cache.db:  # the page and the note that it is done: both or neither
            cache.store(records)
            cache.db.execute("INSERT OR REPLACE INTO pages_done VALUES (?, ?)", (month, page))
        fetched += 1
        report(page, len(records))
        log.info("%s %s: page %d, %d events", country, month, page, len(records))
        if len(records) < page_limit:
            break
    with cache.db:
        cache.db.execute("INSERT OR REPLACE INTO months VALUES (?)", (month,))
        cache.db.execute("DELETE FROM pages_done WHERE month = ?", (month,))
    return fetched


def _pages(
    client: AcledClient,
    endpoint: str,
    query: dict[str, str],
    page_limit: int,
    canceled: Callable[[], bool],
) -> Iterator[list[dict]]:
    page = 0
    while True:
        page += 1
        if canceled():
            raise DownloadCanceledError("download cancelled")
        records = client.read(endpoint, {**query, "limit": str(page_limit), "page": str(page)})
        yield records
        if len(records) < page_limit:
            return


def _write_export_csv(records: list[dict], out_csv: Path) -> None:
    """ACLED's export columns, values as ACLED's CSV writes them; a temporary file beside the
    target replaces it at once, so no half-written export is ever seen."""
    import csv

    from .acled import _as_text

    out_csv.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out_csv.name}.", dir=out_csv.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(ACLED_COLUMNS)
            for record in records:
                writer.writerow([_as_text(record.get(name)) for name in ACLED_COLUMNS])
        os.replace(temporary, out_csv)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
