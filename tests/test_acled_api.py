"""A month straight from ACLED's API, against a real HTTP server on 127.0.0.1 that speaks the
API's contract (tests/acled_test_server.py): paging, tokens that expire, 403, 429, 5xx,
revisions and deletions, numbers as strings."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import time

import pandas as pd
import pytest
from acled_test_server import EMAIL, NO_ACCESS_EMAIL, PASSWORD, month_events

from mali_incidents.acled_api import (
    AcledApiError,
    AcledClient,
    AcledCredentials,
    DownloadCanceledError,
    QgisTransport,
    UrllibTransport,
    download_month,
)
from mali_incidents.definitions import ACLED_COLUMNS
from mali_incidents.importer import import_month_from_acled


def client_for(server, email=EMAIL, password=PASSWORD, transport=None, **options) -> AcledClient:
    options.setdefault("backoff_seconds", 0.001)
    transport = transport or UrllibTransport()  # the command line's, without QGIS
    return AcledClient(AcledCredentials(email, password), server.url, transport, **options)


def read_export(path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def test_a_large_month_arrives_whole_through_an_expired_token_and_a_429(
    acled, sample_month, tmp_path
):
    acled.events.update(month_events(sample_month, 12_345, prefix="MLI2"))
    acled.token_calls = 3  # the token runs out after three calls (a 429, a 503, page 1)
    acled.failures = [429, 503]
    acled.retry_after = "3"
    waits: list[float] = []
    out = tmp_path / "mali_2021-02.csv"

    result = download_month("Mali", "2021-02", out, client_for(acled, sleep=waits.append))

    export = read_export(out)
    expected = {
        event_id
        for event_id, event in acled.events.items()
        if event["country"] == "Mali" and event["event_date"].startswith("2021-02")
    }
    assert len(expected) == 12_345 + 58
    assert len(export) == len(expected) and set(export["event_id_cnty"]) == expected
    assert not export["event_id_cnty"].duplicated().any()  # every event once
    assert tuple(export.columns) == ACLED_COLUMNS  # an ordinary export file
    assert result.events == len(expected) and result.pages == 3 and result.first_download
    assert acled.grants("password") == 1 and acled.grants("refresh_token") == 1
    assert waits[0] == 3.0  # ACLED's Retry-After is honoured, then a short backoff for the 503
    assert len(waits) == 2
    pages = [query["page"] for _, path, query in acled.requests if path == "/api/acled/read"]
    assert pages == ["1", "1", "1", "2", "2", "3"]  # 429, 503, page 1, 401, page 2, page 3
    assert sorted(os.listdir(tmp_path)) == ["acled_cache", "mali_2021-02.csv"]  # no temp left


def test_the_qgis_network_manager_goes_through_qgis_proxy(qgis_app, acled, tmp_path):
    from qgis.core import QgsSettings

    acled.token_calls = 1
    settings = QgsSettings()
    assert ".qgis-settings" in settings.fileName()  # pytest-qgis's scratch settings
    # QGIS's own proxy settings (Options › Network), with the test server as the proxy: a
    # host no resolver knows is reached only through it.
    proxy = {
        "proxy/proxyEnabled": True,
        "proxy/proxyType": "HttpProxy",
        "proxy/proxyHost": "127.0.0.1",
        "proxy/proxyPort": acled.httpd.server_port,
    }
    for key, value in proxy.items():
        settings.setValue(key, value)
    try:
        client = AcledClient(
            AcledCredentials(EMAIL, PASSWORD),
            "http://acled.invalid",
            QgisTransport(),
            backoff_seconds=0.001,
        )
        result = download_month("Mali", "2021-02", tmp_path / "m.csv", client, page_limit=20)
    finally:
        for key in proxy:
            settings.remove(key)
    assert result.events == 58 and result.pages == 3
    assert len(set(read_export(tmp_path / "m.csv")["event_id_cnty"])) == 58
    assert acled.grants("refresh_token") >= 1


def test_the_qgis_network_manager_retries_on_429_and_5xx(qgis_app, acled, tmp_path):
    acled.failures = [429, 503, 500]
    waits: list[float] = []
    client = client_for(acled, transport=QgisTransport(), sleep=waits.append)
    result = download_month("Mali", "2021-02", tmp_path / "m.csv", client, page_limit=20)
    assert result.events == 58 and len(waits) == 3
    assert len(set(read_export(tmp_path / "m.csv")["event_id_cnty"])) == 58


def test_the_qgis_network_manager_says_when_the_network_is_down(qgis_app):
    client = AcledClient(AcledCredentials(EMAIL, PASSWORD), free_port_url(), QgisTransport())
    with pytest.raises(
        AcledApiError, match=r"cannot reach .*/oauth/token: .*\(is the network down\?\)"
    ):
        client.log_in()


def test_an_unknown_host_is_one_line_too():
    # .invalid never resolves (RFC 2606): the DNS failure a missing network gives.
    client = AcledClient(AcledCredentials(EMAIL, PASSWORD), "http://acled.invalid")
    with pytest.raises(AcledApiError) as raised:
        client.log_in()
    assert str(raised.value).startswith("cannot reach http://acled.invalid/oauth/token: ")
    assert str(raised.value).endswith("(is the network down?)")


def test_a_second_download_gives_the_revised_month(acled, tmp_path):
    out = tmp_path / "m.csv"
    first = download_month("Mali", "2021-02", out, client_for(acled))
    assert first.events == 58 and first.changes() == "first download of Mali 2021-02"

    february = sorted(i for i in acled.events if i.startswith("MLI1"))
    for event_id in february[:12]:
        acled.revise(event_id, fatalities="17", notes="Revised by ACLED.")
    for event_id in february[12:14]:
        acled.delete(event_id)
    acled.requests.clear()

    second = download_month("Mali", "2021-02", out, client_for(acled))

    assert second.changes() == "12 events revised, 2 deleted since your last download"
    export = read_export(out).set_index("event_id_cnty")
    assert len(export) == 56 and not set(february[12:14]) & set(export.index)
    assert (export.loc[february[:12], "fatalities"] == "17").all()
    assert (export.loc[february[14:], "notes"] != "Revised by ACLED.").all()
    # Only what changed was asked for: the month was not downloaded again.
    asked = [query for _, path, query in acled.requests if path == "/api/acled/read"]
    assert asked and all("event_date" not in query and "timestamp" in query for query in asked)
    assert any(path == "/api/deleted/read" for _, path, _ in acled.requests)


def test_an_interrupted_download_continues_where_it_stopped(acled, sample_month, tmp_path):
    acled.events.update(month_events(sample_month, 400, prefix="MLI3"))
    pages_seen: list[int] = []
    with pytest.raises(DownloadCanceledError):
        download_month(
            "Mali",
            "2021-02",
            tmp_path / "m.csv",
            client_for(acled),
            page_limit=100,
            on_page=lambda page, events: pages_seen.append(page),
            is_canceled=lambda: len(pages_seen) >= 2,
        )
    assert pages_seen == [1, 2] and not (tmp_path / "m.csv").exists()  # nothing half-written
    acled.requests.clear()

    download_month("Mali", "2021-02", tmp_path / "m.csv", client_for(acled), page_limit=100)

    pages = [query["page"] for _, path, query in acled.requests if path == "/api/acled/read"]
    assert pages == ["3", "4", "5"]  # the pages kept in the cache are not asked again
    export = read_export(tmp_path / "m.csv")
    assert len(export) == 458 and export["event_id_cnty"].is_unique


def test_cancel_is_heard_while_waiting_for_a_retry(acled, tmp_path):
    acled.failures = [429]
    acled.retry_after = "120"  # ACLED asks for two minutes
    started = time.monotonic()
    with pytest.raises(DownloadCanceledError):
        download_month(
            "Mali",
            "2021-02",
            tmp_path / "m.csv",
            AcledClient(AcledCredentials(EMAIL, PASSWORD), acled.url),
            is_canceled=lambda: time.monotonic() - started > 0.5,
        )
    assert time.monotonic() - started < 5


def test_repeated_server_errors_give_up_with_one_line(acled, tmp_path):
    acled.failures = [503] * 10
    with pytest.raises(AcledApiError) as raised:
        download_month("Mali", "2021-02", tmp_path / "m.csv", client_for(acled, retries=2))
    assert str(raised.value).endswith("still answered 503 after 3 tries; try again later")
    assert "\n" not in str(raised.value)


def test_import_from_acled_gives_the_same_month_as_the_file(acled, tmp_path):
    imported, downloaded = import_month_from_acled(
        client_for(acled), "2021-02", tmp_path / "m.gpkg"
    )
    assert (imported.incidents, imported.fatalities, imported.rejected) == (58, 134, 0)
    assert downloaded.csv_path == tmp_path / "acled_cache" / "acled_mali_2021-02.csv"


# -- the command line -----------------------------------------------------------------------


def run_cli(*arguments, email=EMAIL, password=PASSWORD) -> subprocess.CompletedProcess:
    """``python -m mali_incidents …`` as a user runs it, the account in the environment."""
    environment = {**os.environ, "ACLED_EMAIL": email, "ACLED_PASSWORD": password}
    return subprocess.run(
        [sys.executable, "-m", "mali_incidents", *map(str, arguments)],
        capture_output=True,
        text=True,
        cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        env=environment,
        timeout=300,
    )


def free_port_url() -> str:
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_command_line_downloads_and_imports_and_never_shows_the_password(acled, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    month = ("--country", "Mali", "--month", "2021-02")
    runs = {
        "download": run_cli(
            "download", *month, "--out", tmp_path / "m.csv", "--acled-url", acled.url
        ),
        "import": run_cli(
            "import", "--from-acled", *month, "--out", tmp_path / "month" / "m.gpkg",
            "--acled-url", acled.url,
        ),
        "wrong password": run_cli(
            "download", *month, "--out", tmp_path / "x.csv", "--acled-url", acled.url,
            password=PASSWORD + "x",
        ),
        "no API access": run_cli(
            "download", *month, "--out", tmp_path / "y.csv", "--acled-url", acled.url,
            email=NO_ACCESS_EMAIL,
        ),
        "network down": run_cli(
            "download", *month, "--out", tmp_path / "z.csv", "--acled-url", free_port_url()
        ),
        "no account": run_cli(
            "download", *month, "--out", tmp_path / "z.csv", "--acled-url", acled.url,
            email="", password="",
        ),
    }  # fmt: skip
    # In this process too, with the logs captured.
    download_month("Mali", "2021-02", tmp_path / "again.csv", client_for(acled))
    with pytest.raises(AcledApiError):
        download_month("Mali", "2021-02", tmp_path / "n.csv", client_for(acled, password="bad"))

    assert runs["download"].returncode == 0, runs["download"].stderr
    assert "events=58 pages=1 (first download of Mali 2021-02)" in runs["download"].stdout
    assert len(read_export(tmp_path / "m.csv")) == 58
    assert runs["import"].returncode == 0, runs["import"].stderr
    assert "incidents=58 fatalities=134 rejected=0" in runs["import"].stdout
    assert (tmp_path / "month" / "m.gpkg").is_file()
    expected_errors = {
        "wrong password": "ACLED refused the account's e-mail or password (http://127.0.0.1",
        "no API access": "the ACLED account has no API access yet (403 at http://127.0.0.1",
        "network down": "(is the network down?)",
        "no account": "set ACLED_EMAIL and ACLED_PASSWORD",
    }
    for name, expected in expected_errors.items():
        run = runs[name]
        assert run.returncode == 2, (name, run.stderr)
        assert run.stderr.startswith("error: ") and expected in run.stderr, (name, run.stderr)
        assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "y.csv").exists()

    outputs = [run.stdout + run.stderr for run in runs.values()] + [caplog.text]
    assert caplog.text and not any(PASSWORD in output for output in outputs)
    written = [path for path in tmp_path.rglob("*") if path.is_file()]
    assert any(path.suffix == ".sqlite" for path in written)  # the cache was looked at too
    for path in written:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_the_account_can_come_from_qgis_authentication(acled, acled_auth_config, tmp_path):
    from qgis.core import QgsApplication

    from mali_incidents.acled_api import credentials_from_auth_config

    credentials = credentials_from_auth_config(acled_auth_config)
    assert credentials.email == EMAIL and PASSWORD not in repr(credentials)
    with pytest.raises(AcledApiError, match="'nosuchid' not found"):
        credentials_from_auth_config("nosuchid")

    # The command line too, headless: QGIS's authentication database and its master password
    # from the environment variables QGIS reads (as for qgis_process).
    master = tmp_path / "master.txt"
    master.write_text("master-of-the-test")
    database = os.path.dirname(QgsApplication.authManager().authenticationDatabasePath())
    run = subprocess.run(
        [
            *(sys.executable, "-m", "mali_incidents", "download", "--month", "2021-02"),
            *("--out", str(tmp_path / "m.csv"), "--acled-url", acled.url),
            *("--auth-id", acled_auth_config),
        ],
        capture_output=True,
        text=True,
        cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("ACLED_")},
            "QGIS_AUTH_DB_DIR_PATH": database,
            "QGIS_AUTH_PASSWORD_FILE": str(master),
        },
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert "events=58" in run.stdout and PASSWORD not in run.stdout + run.stderr
