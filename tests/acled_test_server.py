"""A stand-in for ACLED's API on 127.0.0.1, speaking its contract over real HTTP.

OAuth password and refresh grants (tokens that expire after a number of data calls, as a
token running out mid-download would), events paged with ``limit`` / ``page``, filters on
``country``, ``event_date`` (BETWEEN) and ``timestamp``, the deleted-events endpoint, an
account without API access (403), and answers of 429 or 5xx when told to. Numbers are sent
as strings, as ACLED's JSON does (the timestamp as a number, to have both).
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pandas as pd


@dataclass
class Account:
    password: str
    api_access: bool = True


@dataclass
class AcledTestServer:
    accounts: dict[str, Account] = field(default_factory=dict)
    events: dict[str, dict] = field(default_factory=dict)
    deleted: list[dict] = field(default_factory=list)
    # Data calls an access token is good for before it answers 401 (None: for ever).
    token_calls: int | None = None
    # Statuses the next data calls answer with instead of data, in order (429, 500, 503).
    failures: list[int] = field(default_factory=list)
    retry_after: str = "0"
    requests: list[tuple[str, str, dict]] = field(default_factory=list)

    def __post_init__(self):
        self._lock = threading.Lock()
        self._tokens: dict[str, dict] = {}
        self._refresh_tokens: dict[str, str] = {}
        self._counter = 0
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> AcledTestServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # What the tests change between downloads --------------------------------------------

    def revise(self, event_id: str, **values: str) -> None:
        with self._lock:
            self.events[event_id] = {
                **self.events[event_id],
                **values,
                "timestamp": int(time.time()),
            }

    def delete(self, event_id: str) -> None:
        with self._lock:
            del self.events[event_id]
            self.deleted.append(
                {"event_id_cnty": event_id, "deleted_timestamp": str(int(time.time()))}
            )

    def grants(self, grant_type: str) -> int:
        return sum(1 for _, path, query in self.requests if query.get("grant_type") == grant_type)

    # The API ------------------------------------------------------------------------------

    def token(self, form: dict[str, str]) -> tuple[int, dict]:
        if form.get("client_id") != "acled":
            return 400, {"error": "invalid_client"}
        with self._lock:
            if form.get("grant_type") == "password":
                account = self.accounts.get(form.get("username", ""))
                if account is None or account.password != form.get("password"):
                    return 400, {
                        "error": "invalid_grant",
                        "error_description": "The user credentials were incorrect.",
                    }
                email = form["username"]
            elif form.get("grant_type") == "refresh_token":
                email = self._refresh_tokens.pop(form.get("refresh_token", ""), "")
                if not email:
                    return 400, {"error": "invalid_grant"}
            else:
                return 400, {"error": "unsupported_grant_type"}
            self._counter += 1
            access, refresh = f"access-{self._counter}", f"refresh-{self._counter}"
            self._tokens[access] = {"email": email, "calls": 0}
            self._refresh_tokens[refresh] = email
        return 200, {
            "token_type": "Bearer",
            "expires_in": 86400,
            "access_token": access,
            "refresh_token": refresh,
        }

    def read(self, endpoint: str, query: dict[str, str], authorization: str) -> tuple[int, dict]:
        with self._lock:
            token = self._tokens.get(authorization.removeprefix("Bearer ").strip())
            if token is None or (
                self.token_calls is not None and token["calls"] >= self.token_calls
            ):
                return 401, {"message": "Unauthorized"}
            token["calls"] += 1
            if not self.accounts[token["email"]].api_access:
                return 403, {"message": "Access denied"}
            if self.failures:
                return self.failures.pop(0), {"message": "try later"}
            if endpoint == "acled":
                rows = [event for event in self.events.values() if _matches(event, query)]
                rows.sort(key=lambda event: (event["event_date"], event["event_id_cnty"]))
            else:
                rows = [row for row in self.deleted if _deleted_matches(row, query)]
        limit = int(query.get("limit", "5000"))
        page = int(query.get("page", "1"))
        chosen = rows[(page - 1) * limit : page * limit]
        return 200, {"status": 200, "success": True, "count": len(chosen), "data": chosen}


def _compare(value: float, where: str, wanted: float) -> bool:
    return {
        ">": value > wanted,
        ">=": value >= wanted,
        "<": value < wanted,
        "<=": value <= wanted,
        "=": value == wanted,
    }[where]


def _matches(event: dict, query: dict[str, str]) -> bool:
    if "country" in query and event["country"].casefold() != query["country"].casefold():
        return False
    if "event_date" in query:
        if query.get("event_date_where", "=") == "BETWEEN":
            first, last = query["event_date"].split("|")
            if not first <= event["event_date"] <= last:
                return False
        elif event["event_date"] != query["event_date"]:
            return False
    if "timestamp" in query:
        where = query.get("timestamp_where", ">=")
        if not _compare(int(event["timestamp"]), where, int(query["timestamp"])):
            return False
    return True


def _deleted_matches(row: dict, query: dict[str, str]) -> bool:
    if "deleted_timestamp" not in query:
        return True
    where = query.get("deleted_timestamp_where", ">=")
    return _compare(int(row["deleted_timestamp"]), where, int(query["deleted_timestamp"]))


def _handler_for(server: AcledTestServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # quiet: the tests read server.requests
            pass

        def _answer(self, status: int, payload: dict) -> None:
            body = json.dumps(payload).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if status == 429:
                self.send_header("Retry-After", server.retry_after)
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            form = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode("utf-8")))
            path = urllib.parse.urlsplit(self.path).path
            server.requests.append(
                ("POST", path, {"grant_type": form.get("grant_type", "")})
            )  # never the password
            if path != "/oauth/token":
                self._answer(404, {"message": "not found"})
                return
            self._answer(*server.token(form))

        def do_GET(self) -> None:
            parts = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(parts.query))
            server.requests.append(("GET", parts.path, query))
            endpoint = {"/api/acled/read": "acled", "/api/deleted/read": "deleted"}.get(parts.path)
            if endpoint is None or query.get("_format") != "json":
                self._answer(404, {"message": "not found"})
                return
            self._answer(*server.read(endpoint, query, self.headers.get("Authorization", "")))

    return Handler


# -- what the tests serve --------------------------------------------------------------------

EMAIL = "analyst@example.org"
NO_ACCESS_EMAIL = "new.analyst@example.org"
# Distinctive, so that finding it anywhere (output, logs, files) cannot be a coincidence.
PASSWORD = "Tz9-never-print-me-4417"


def month_events(sample_month, count, month="2021-02", country="Mali", prefix="MLI") -> dict:
    """``count`` events shaped like the sample month's, every value as text but the timestamp."""
    rows = pd.read_csv(sample_month, dtype=str, keep_default_na=False).to_dict("records")
    events = {}
    for number in range(count):
        event = dict(rows[number % len(rows)])
        event_id = f"{prefix}{100000 + number}"
        event.update(
            event_id_cnty=event_id,
            event_date=f"{month}-{number % 28 + 1:02d}",
            year=month[:4],
            country=country,
            timestamp=1614600000,
        )
        events[event_id] = event
    return events


def sample_server(sample_month) -> AcledTestServer:
    """Two accounts (one without API access); Mali's February (the sample's 58 events), 20 of
    its March and 25 of Burkina Faso's February, so the filters have something to leave out."""
    server = AcledTestServer(
        accounts={EMAIL: Account(PASSWORD), NO_ACCESS_EMAIL: Account(PASSWORD, api_access=False)}
    )
    server.events.update(month_events(sample_month, 58))
    server.events.update(month_events(sample_month, 20, month="2021-03", prefix="MLI7"))
    server.events.update(month_events(sample_month, 25, country="Burkina Faso", prefix="BFO"))
    return server.start()
