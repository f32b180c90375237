"""PostgreSQL behind the same Store: the server fixture shared with test_store.py, COPY writes,
connection errors. The server: env EVENTWIRE_TEST_PG (a URL), else a throwaway cluster started
from /usr/lib/postgresql/15/bin; neither -> fail under CI, skip otherwise."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.store import Store, open_store

PG_BIN = Path("/usr/lib/postgresql/15/bin")
_STASH = pytest.StashKey[str]()


def _free_port(preferred: int = 5499) -> int:
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise RuntimeError("no free port")


def _as_postgres(cmd: str) -> list[str]:
    # initdb refuses to run as root
    return ["su", "postgres", "-c", cmd] if os.geteuid() == 0 else ["sh", "-c", cmd]


def _start_cluster() -> tuple[str, Path]:
    folder = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data, port = folder / "data", _free_port()
    subprocess.run(_as_postgres(f"{PG_BIN}/initdb -D {data} -A trust -U postgres"),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres(
        f"{PG_BIN}/pg_ctl -D {data} -o '-p {port} -k {folder} -c listen_addresses=127.0.0.1 "
        f"-c fsync=off' -l {folder}/log -w start"), check=True, capture_output=True)
    return f"postgresql://postgres@127.0.0.1:{port}/postgres", folder


def _stop_cluster(folder: Path) -> None:
    subprocess.run(_as_postgres(f"{PG_BIN}/pg_ctl -D {folder / 'data'} -m fast stop"),
                   capture_output=True)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server(request: pytest.FixtureRequest) -> str:
    """An admin URL of a PostgreSQL server; one server per test session (shared via the stash,
    as this fixture is imported into more than one module)."""
    config = request.config
    if _STASH in config.stash:
        return config.stash[_STASH]
    url = os.environ.get("EVENTWIRE_TEST_PG")
    if not url:
        if not (PG_BIN / "initdb").exists():
            message = ("no PostgreSQL for the store tests: set EVENTWIRE_TEST_PG to a server URL "
                       "or install postgresql 15 (.ci/postgres.sh)")
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        url, folder = _start_cluster()
        config.add_cleanup(lambda: _stop_cluster(folder))
    config.stash[_STASH] = url
    return url


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the server, dropped after the test."""
    import psycopg
    name = "ew_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield pg_server.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_postgres_store_uses_copy_and_reopens(pg_url: str, monkeypatch: pytest.MonkeyPatch):
    from test_store import A, B
    import psycopg
    copies: list[str] = []
    real_copy = psycopg.Cursor.copy

    def spy(self, statement, *args, **kw):
        copies.append(str(statement))
        return real_copy(self, statement, *args, **kw)

    monkeypatch.setattr(psycopg.Cursor, "copy", spy)
    with open_store(pg_url) as store:
        assert store.backend == "postgres"
        assert store.add([A, B]).added == 2
    assert any(c.startswith("COPY events") for c in copies)
    with open_store(pg_url) as store:  # schema set-up is idempotent; data is there
        assert store.known_article_ids(["reuters-1", "afp-1", "x"]) == {"reuters-1", "afp-1"}
        assert len(store.events()) == 1


def test_same_article_from_two_connections_is_stored_once(pg_url: str):
    from test_store import A
    with open_store(pg_url) as one, open_store(pg_url) as two:
        assert one.add([A]).added == 1
        assert two.add([A]).skipped == 1
        assert two.stats()["articles"] == 1


def test_unreachable_server_is_a_store_error_without_password():
    port = _free_port(0)
    with pytest.raises(StoreError, match="cannot connect to PostgreSQL") as info:
        open_store(f"postgresql://bob:s3cret@127.0.0.1:{port}/events?connect_timeout=2")
    assert "s3cret" not in str(info.value) and "bob:***@" in str(info.value)


def test_missing_database_is_a_store_error(pg_server: str):
    url = pg_server.rsplit("/", 1)[0] + "/no_such_db_" + uuid.uuid4().hex[:6]
    with pytest.raises(StoreError, match="does not exist"):
        open_store(url)


def test_store_type_is_shared(pg_url: str):
    with open_store(pg_url) as store:
        assert isinstance(store, Store) and store.stats()["articles"] == 0
