"""A throw-away PostgreSQL + PostGIS cluster for the store's tests.

``initdb`` in a temporary folder, ``pg_ctl start`` on a free port of 127.0.0.1 (and a socket
in the same folder), stopped and deleted at the end. PostgreSQL refuses to run as root: as
root, the cluster belongs to Debian's ``postgres`` system user (made by the postgresql
package that ``make setup`` installs). No skip: without PostgreSQL the tests fail and say why.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

CLUSTER_USER = "postgres"  # Debian's; only used when the tests run as root
SUPERUSER = "store_admin"
DATABASE = "team_store"


def postgres_bindir() -> Path:
    """The newest PostgreSQL whose PostGIS is installed (Debian: /usr/lib/postgresql/N/bin)."""
    if os.environ.get("PG_BINDIR"):
        return Path(os.environ["PG_BINDIR"])
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"), key=lambda path: int(path.parent.name)
    )
    for bindir in reversed(candidates):
        version = bindir.parent.name
        if Path(f"/usr/share/postgresql/{version}/extension/postgis.control").is_file():
            return bindir
    raise RuntimeError(
        "PostgreSQL with PostGIS not found (/usr/lib/postgresql/N/bin and the postgis "
        "extension): run `make setup` (installs postgresql-15 and postgresql-15-postgis-3)"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    bindir: Path

    def uri(self, user: str = SUPERUSER, database: str = DATABASE) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def sql(self, statements: str, user: str = SUPERUSER, database: str = DATABASE) -> str:
        """Run SQL with psql (stop at the first error); returns psql's output."""
        completed = subprocess.run(
            [
                str(self.bindir / "psql"),
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                self.uri(user, database),
                "-c",
                statements,
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"psql failed: {completed.stderr.strip()}")
        return completed.stdout.strip()


def _as_cluster_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", CLUSTER_USER, "--", *command]


def start_cluster() -> Cluster:
    bindir = postgres_bindir()
    folder = Path(tempfile.mkdtemp(prefix="mali_incidents_pg_"))
    if os.geteuid() == 0:
        try:
            account = pwd.getpwnam(CLUSTER_USER)
        except KeyError:
            raise RuntimeError(
                f"system user '{CLUSTER_USER}' missing (the postgresql package makes it): "
                "run `make setup`"
            ) from None
        os.chown(folder, account.pw_uid, account.pw_gid)
    data = folder / "data"
    port = free_port()
    subprocess.run(
        _as_cluster_user(
            [
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                SUPERUSER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
        timeout=180,
    )
    options = (
        f"-p {port} -c listen_addresses=127.0.0.1 -k {folder} -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off"
    )
    subprocess.run(
        _as_cluster_user(
            [
                str(bindir / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "server.log"),
                "-w",
                "-t",
                "120",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
        timeout=180,
    )
    cluster = Cluster(folder=folder, port=port, bindir=bindir)
    cluster.sql(f"CREATE DATABASE {DATABASE}", database="postgres")
    # The database owner's one step before the first import (README: a team store).
    cluster.sql("CREATE EXTENSION postgis")
    return cluster


def stop_cluster(cluster: Cluster) -> None:
    subprocess.run(
        _as_cluster_user(
            [
                str(cluster.bindir / "pg_ctl"),
                "-D",
                str(cluster.folder / "data"),
                "-m",
                "fast",
                "-w",
                "stop",
            ]
        ),
        capture_output=True,
        timeout=120,
    )
    shutil.rmtree(cluster.folder, ignore_errors=True)
